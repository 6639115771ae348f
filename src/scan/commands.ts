/**
 * What one simple command does, as far as migrations go: strip what only sets up the real
 * command (environment assignments, `exec`, `sudo`, `gosu`, `tini --`, `npx`, `bundle exec`,
 * `python -m` …), then say whether it is inline shell (`sh -c "…"`), a script or program file
 * that may live in the repository, a package.json script (`npm start`), and which command rule
 * it matches. Wrappers are a table so adding one is adding an entry.
 */
import { COMMAND_RULES, type CommandRule } from "./rules.js";
import type { Word } from "./shellSyntax.js";

interface Wrapper {
  /** The wrapper's words (`["bundle", "exec"]`). */
  names: readonly string[];
  /** Options that take a separate value. */
  valued?: readonly string[];
  /** Positional words to drop after the options (gosu's user, timeout's duration). */
  positionals?: number;
  /** The wrapped command starts after a `--`. */
  afterDoubleDash?: boolean;
}

const WRAPPERS: readonly Wrapper[] = [
  { names: ["exec"], valued: ["-a"] },
  { names: ["env"], valued: ["-u", "--unset", "-C", "--chdir", "-S"] },
  { names: ["nohup"] },
  { names: ["time"] },
  { names: ["command"] },
  { names: ["builtin"] },
  { names: ["setsid"] },
  { names: ["nice"], valued: ["-n"] },
  { names: ["sudo"], valued: ["-u", "-g", "-C", "-D", "-h", "-p", "-U", "-r", "-t"] },
  { names: ["gosu"], positionals: 1 },
  { names: ["su-exec"], positionals: 1 },
  { names: ["s6-setuidgid"], positionals: 1 },
  { names: ["chpst"], valued: ["-u", "-U", "-b", "-e", "-n", "-l", "-L", "-m", "-d", "-o", "-p", "-f", "-c", "-r", "-t"] },
  { names: ["with-contenv"] },
  { names: ["tini"], valued: ["-p", "-e"] },
  { names: ["dumb-init"], valued: ["-r", "--rewrite"] },
  { names: ["timeout"], valued: ["-s", "--signal", "-k", "--kill-after"], positionals: 1 },
  { names: ["wait-for-it"], afterDoubleDash: true },
  { names: ["wait-for-it.sh"], afterDoubleDash: true },
  { names: ["wait-for"], afterDoubleDash: true },
  { names: ["dockerize"], valued: ["-wait", "-timeout", "-template", "-stdout", "-stderr", "-wait-retry-interval", "-env"] },
  { names: ["doppler", "run"], afterDoubleDash: true },
  { names: ["dotenv"], valued: ["-e", "-c", "-v"] },
  { names: ["npx"], valued: ["-p", "--package", "-c", "--call"] },
  { names: ["bunx"], valued: ["-p", "--package"] },
  { names: ["pnpx"] },
  { names: ["npm", "exec"], valued: ["-p", "--package", "-c", "--call"] },
  { names: ["pnpm", "exec"] },
  { names: ["pnpm", "dlx"] },
  { names: ["yarn", "dlx"], valued: ["-p", "--package"] },
  { names: ["yarn", "exec"] },
  { names: ["bundle", "exec"] },
  { names: ["poetry", "run"] },
  { names: ["pipenv", "run"] },
  { names: ["uv", "run"], valued: ["--with", "--python", "-p", "--project", "--directory", "--env-file"] },
  { names: ["pdm", "run"] },
  { names: ["hatch", "run"] },
  { names: ["rye", "run"] },
];

/** Interpreters whose first argument is the program that really runs. */
const INTERPRETERS = new Set(["python", "python3", "python2", "node", "nodejs", "ruby", "php", "perl", "tsx", "ts-node", "bun", "deno"]);
const SHELLS = new Set(["sh", "bash", "dash", "ash", "zsh", "ksh", "busybox"]);

export function basename(p: string): string {
  const s = p.replace(/\/+$/, "");
  return s.slice(s.lastIndexOf("/") + 1);
}

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

function programName(word: string): string {
  let name = basename(word);
  if (/^python\d(\.\d+)?$/.test(name)) name = "python";
  // npx prisma@5 … and versioned binaries
  return name.replace(/@[^/]*$/, "");
}

/** Drops leading assignments and wrappers; returns the words of the command that really runs. */
export function unwrap(words: readonly Word[]): Word[] {
  let rest = words.filter((w, i) => !(ASSIGNMENT.test(w.value) && words.slice(0, i).every((p) => ASSIGNMENT.test(p.value))));
  for (let guard = 0; guard < 16 && rest.length > 0; guard++) {
    const names = rest.map((w) => programName(w.value));
    const wrapper = WRAPPERS.find((wr) => wr.names.every((n, k) => (k === 0 ? names[0] === n : rest[k]?.value === n)));
    if (!wrapper) break;
    let k = wrapper.names.length;
    if (wrapper.afterDoubleDash) {
      const dd = rest.findIndex((w, idx) => idx >= k && w.value === "--");
      if (dd === -1) break;
      rest = rest.slice(dd + 1);
      continue;
    }
    while (k < rest.length) {
      const v = rest[k]!.value;
      if (v === "--") {
        k++;
        break;
      }
      if (ASSIGNMENT.test(v) && names[0] === "env") k++;
      else if (wrapper.valued?.includes(v)) k += 2;
      else if (v.startsWith("-") && v.length > 1) k++;
      else break;
    }
    k += wrapper.positionals ?? 0;
    rest = rest.slice(k);
  }
  return rest;
}

export type Interpretation =
  /** `sh -c "…"`: the text runs as shell, with the words after it as `$0`, `$1` … */
  | { kind: "inline-shell"; text: Word; args: Word[] }
  /** A file that may be in the repository (`sh x.sh`, `./start`, `python x.py`). */
  | { kind: "file"; file: Word; args: Word[]; viaInterpreter: string | undefined }
  /** `npm start`, `npm run X`, `yarn X`: package.json scripts. */
  | { kind: "package-scripts"; names: string[] };

const PACKAGE_MANAGERS = new Set(["npm", "yarn", "pnpm", "bun"]);
const NPM_LIFECYCLE = new Set(["start", "restart", "test", "stop"]);

function packageScripts(words: readonly Word[]): string[] | undefined {
  const pm = programName(words[0]?.value ?? "");
  if (!PACKAGE_MANAGERS.has(pm)) return undefined;
  const args = words.slice(1).map((w) => w.value).filter((v) => !v.startsWith("-"));
  const sub = args[0];
  if (!sub) return undefined;
  let name: string | undefined;
  if (sub === "run" || sub === "run-script") name = args[1];
  else if (sub === "start" || (NPM_LIFECYCLE.has(sub) && pm === "npm")) name = sub;
  else if (pm !== "npm" && !["install", "add", "remove", "exec", "dlx", "x", "create", "init", "ci", "build"].includes(sub)) name = sub;
  if (!name) return undefined;
  return [`pre${name}`, name, `post${name}`];
}

/** The ways this command can lead further along the start path. */
export function interpret(words: readonly Word[]): Interpretation[] {
  const core = unwrap(words);
  const first = core[0];
  if (!first) return [];
  const name = programName(first.value);
  const out: Interpretation[] = [];
  const scripts = packageScripts(core);
  if (scripts) out.push({ kind: "package-scripts", names: scripts });
  if (SHELLS.has(name)) {
    let k = name === "busybox" ? 2 : 1;
    while (k < core.length && core[k]!.value.startsWith("-") && core[k]!.value !== "-") {
      const opt = core[k]!.value;
      if (!opt.startsWith("--") && opt.includes("c")) {
        const text = core[k + 1];
        return text ? [...out, { kind: "inline-shell", text, args: core.slice(k + 2) }] : out;
      }
      k += opt === "-o" ? 2 : 1;
    }
    if (core[k]) out.push({ kind: "file", file: core[k]!, args: core.slice(k + 1), viaInterpreter: name });
    return out;
  }
  if (name === "su" || name === "runuser") {
    const c = core.findIndex((w) => w.value === "-c");
    if (c !== -1 && core[c + 1]) out.push({ kind: "inline-shell", text: core[c + 1]!, args: [] });
    return out;
  }
  if (name === "source" || name === ".") {
    if (core[1]) out.push({ kind: "file", file: core[1], args: core.slice(2), viaInterpreter: "sh" });
    return out;
  }
  if (INTERPRETERS.has(name)) {
    const script = core.slice(1).find((w) => !w.value.startsWith("-"));
    const dashM = core.findIndex((w) => w.value === "-m");
    if (script && dashM === -1) out.push({ kind: "file", file: script, args: core.slice(core.indexOf(script) + 1), viaInterpreter: name });
    return out;
  }
  out.push({ kind: "file", file: first, args: core.slice(1), viaInterpreter: undefined });
  return out;
}

/** The program and arguments a command rule is matched against. */
function ruleView(core: readonly Word[]): { program: string; args: string[] } | undefined {
  const first = core[0];
  if (!first) return undefined;
  let program = programName(first.value);
  let args = core.slice(1).map((w) => w.value);
  if (program === "python" || program === "ruby" || program === "php" || program === "node" || program === "nodejs" || program === "perl") {
    const m = args.indexOf("-m");
    if (m !== -1 && args[m + 1]) {
      program = args[m + 1]!;
      args = args.slice(m + 2);
    } else {
      const idx = args.findIndex((a) => !a.startsWith("-"));
      if (idx === -1) return undefined;
      const script = args[idx]!;
      const bin = /node_modules\/(?:\.bin\/([^/]+)$|(@[^/]+\/[^/]+|[^/@.][^/]*)\/)/.exec(script);
      program = bin ? programName(bin[1] ?? bin[2]!) : programName(script);
      args = args.slice(idx + 1);
    }
  } else if (program === "cargo" && args[0] === "sqlx") {
    program = "sqlx";
    args = args.slice(1);
  }
  return { program, args };
}

function containsSequence(args: readonly string[], seq: readonly string[]): boolean {
  if (seq.length === 0) return true;
  for (let i = 0; i + seq.length <= args.length; i++) if (seq.every((s, k) => args[i + k] === s)) return true;
  return false;
}

/** The command rule this command matches, if it applies migrations. */
export function matchCommand(words: readonly Word[]): CommandRule | undefined {
  const view = ruleView(unwrap(words));
  if (!view) return undefined;
  const positional = view.args;
  return COMMAND_RULES.find(
    (r) =>
      (r.programs.includes(view.program) || r.programs.includes("*")) &&
      (r.args.length === 0 || r.args.some((seq) => containsSequence(positional, seq))) &&
      !(r.unless ?? []).some((u) => positional.some((a) => a === u || a.startsWith(`${u}=`))) &&
      (!r.argPattern || r.argPattern.test(positional.join(" "))),
  );
}
