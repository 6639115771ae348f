/**
 * Single hostile files the fuzz campaigns found breaking the scan, kept as regression cases:
 * each once crashed the process, ran out of memory, took minutes, or hid a migration.
 */
import { describe, expect, it } from "vitest";
import { parseShell, runnableCommands } from "../../src/scan/shell.js";
import { denyingFindings } from "../../src/scan/schema.js";
import { scanFiles } from "../scan/scanFiles.js";

const commandsOf = async (text: string, vars: Record<string, string[]> = {}) =>
  runnableCommands(await parseShell(text), { vars: new Map(Object.entries(vars).map(([k, v]) => [k, new Set(v)])) }).map((e) => e.words.map((w) => w.value).join(" "));

const where = async (files: Record<string, string>) => denyingFindings(await scanFiles(files)).map((f) => `${f.file}:${f.line} ${f.tool}`);

describe("shell text", () => {
  it("a 100,000-link && chain is read in linear memory (it once exhausted a 4 GB heap)", async () => {
    const commands = await commandsOf(`echo ${"a && ".repeat(100_000)}alembic upgrade head`);
    expect(commands).toHaveLength(100_001);
    expect(commands[100_000]).toBe("alembic upgrade head");
  });

  it("`a || b && c` runs c when a succeeds (c was once hidden behind `a` failing)", async () => {
    expect(await commandsOf('[ "$RUN" = "1" ] || [ "$OTHER" = "1" ] && alembic upgrade head', { RUN: ["1"] })).toContain("alembic upgrade head");
    // A guard the repository turns off still hides the command.
    expect(await commandsOf('[ "$RUN" = "1" ] && alembic upgrade head')).not.toContain("alembic upgrade head");
  });

  it("5,000 nested if / { / ( around a migration: no stack overflow, and the migration counts", async () => {
    for (const open of ["if true; then ", "{ ", "( ", "while true; do "]) {
      expect(await commandsOf(`${open.repeat(5000)}alembic upgrade head`)).toContain("alembic upgrade head");
    }
  });

  it("a backslash at the very end of a double-quoted word is not a crash", async () => {
    expect(await commandsOf('echo "abc\\')).toEqual(["echo abc\\"]);
  });

  it("a start script of nested ifs is a finding, read as a repository file", async () => {
    const script = `#!/bin/sh\n${"if true; then\n".repeat(3000)}alembic upgrade head\n`;
    expect(await where({ "entrypoint.sh": script, Dockerfile: 'FROM x\nCOPY entrypoint.sh /e.sh\nENTRYPOINT ["/e.sh"]\n' })).toEqual(["entrypoint.sh:3002 alembic"]);
  });
});

describe("repository files", () => {
  it("a .gitignore with a 100 KB line is not a crash: the pattern is left out and the rest still applies", async () => {
    const files = { ".gitignore": `build/\n${"a&&".repeat(35_000)}\n`, Procfile: "web: alembic upgrade head\n", "build/Procfile": "web: flask db upgrade\n" };
    expect(await where(files)).toEqual(["Procfile:1 alembic"]);
  });

  // Sized so that the old per-word cost (path length × commands) overruns the test timeout.
  it("a COPY with a 100 KB path and 100,000 commands resolves in linear time (it once took minutes)", async () => {
    const dockerfile = `FROM python\nCOPY "entrypoint.sh" /usr/local/bin/x${"$(".repeat(50_000)} upgrade head\nRUN echo ${"a&&".repeat(100_000)}b\nCMD ["gunicorn"]\n`;
    const result = await scanFiles({ Dockerfile: dockerfile, "entrypoint.sh": "#!/bin/sh\nexec gunicorn\n" });
    expect(result.findings).toEqual([]);
  });
});
