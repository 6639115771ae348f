/**
 * Process managers whose configuration names a command line to run when the service starts:
 * Procfile process types (not `release:`), systemd `ExecStartPre=`/`ExecStart=`/`ExecStartPost=`,
 * supervisord `[program:x] command=` (unless `autostart=false`), runit/s6 `run` scripts and s6
 * `cont-init.d` scripts. One table entry per format; each yields spans of shell text.
 */

export interface CommandSpan {
  from: number;
  to: number;
}

export interface ProcessManagerFormat {
  id: string;
  /** Does this file belong to the format (by path, and content when the name is not enough)? */
  matches(file: string, text: () => string | undefined): boolean;
  /** Command-line spans in the file. */
  commands(text: string): CommandSpan[];
  /** Environment values the file sets. */
  env(text: string): [string, string][];
}

function lines(text: string): { line: string; start: number }[] {
  const out: { line: string; start: number }[] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    out.push({ line: line.replace(/\r$/, ""), start });
    start += line.length + 1;
  }
  return out;
}

const PROCFILE_NOT_START = new Set(["release", "postdeploy", "predeploy"]);

const procfile: ProcessManagerFormat = {
  id: "procfile",
  matches: (file) => /(^|\/)Procfile(\.[\w-]+)?$/.test(file),
  commands: (text) =>
    lines(text).flatMap(({ line, start }) => {
      const m = /^([\w-]+)\s*:\s*/.exec(line);
      if (!m || PROCFILE_NOT_START.has(m[1]!)) return [];
      return [{ from: start + m[0].length, to: start + line.length }];
    }),
  env: () => [],
};

const systemd: ProcessManagerFormat = {
  id: "systemd",
  matches: (file) => /\.service$/.test(file),
  commands: (text) =>
    lines(text).flatMap(({ line, start }) => {
      const m = /^\s*ExecStart(?:Pre|Post)?\s*=\s*[-@:+!|]*/.exec(line);
      return m ? [{ from: start + m[0].length, to: start + line.length }] : [];
    }),
  env: (text) =>
    lines(text).flatMap(({ line }) => {
      const m = /^\s*Environment\s*=\s*(.*)$/.exec(line);
      if (!m) return [];
      return [...m[1]!.matchAll(/"?([A-Za-z_]\w*)=([^"\s]*)"?/g)].map((p) => [p[1]!, p[2]!] as [string, string]);
    }),
};

/** Sections of an INI-style supervisord file, with `autostart=false` programs left out. */
function supervisordPrograms(text: string): { header: string; body: { line: string; start: number }[] }[] {
  const out: { header: string; body: { line: string; start: number }[] }[] = [];
  for (const l of lines(text)) {
    const h = /^\s*\[([^\]]+)\]/.exec(l.line);
    if (h) out.push({ header: h[1]!.trim(), body: [] });
    else out[out.length - 1]?.body.push(l);
  }
  return out.filter((s) => s.header.startsWith("program:") && !s.body.some((l) => /^\s*autostart\s*=\s*false\b/i.test(l.line)));
}

const supervisord: ProcessManagerFormat = {
  id: "supervisord",
  matches: (file, text) => /\.(conf|ini)$/.test(file) && /^\s*\[program:/m.test(text() ?? ""),
  commands: (text) =>
    supervisordPrograms(text).flatMap((s) =>
      s.body.flatMap(({ line, start }) => {
        const m = /^\s*command\s*=\s*/.exec(line);
        return m ? [{ from: start + m[0].length, to: start + line.length }] : [];
      }),
    ),
  env: (text) =>
    supervisordPrograms(text).flatMap((s) =>
      s.body.flatMap(({ line }) => {
        const m = /^\s*environment\s*=\s*(.*)$/.exec(line);
        return m ? [...m[1]!.matchAll(/([A-Za-z_]\w*)="?([^",]*)"?/g)].map((p) => [p[1]!, p[2]!] as [string, string]) : [];
      }),
    ),
};

/** runit `sv/<name>/run`, s6 `services.d/<name>/run`, s6-rc `s6-rc.d/<name>/run|up`, s6 `cont-init.d/*`. */
const serviceScript: ProcessManagerFormat = {
  id: "runit-s6",
  matches: (file) => /(^|\/)(service|services\.d|sv|s6-rc\.d|runit)\/[^/]+\/(run|up)$/.test(file) || /(^|\/)cont-init\.d\/[^/]+$/.test(file),
  commands: (text) => [{ from: 0, to: text.length }],
  env: () => [],
};

export const PROCESS_MANAGERS: readonly ProcessManagerFormat[] = [procfile, systemd, supervisord, serviceScript];
