/**
 * `wo-gate extract`: the real CLI is spawned sparingly (it is slow); option parsing is checked
 * in-process on the registered command.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Command, CommanderError } from "commander";
import { afterAll, describe, expect, it } from "vitest";
import { registerExtract } from "../../src/cli/commands/extract.js";
import { extractWorkOrder } from "../../src/workorder/extractWorkOrder.js";
import { example, root } from "./paths.js";

const tsxCli = path.join(root, "node_modules/tsx/dist/cli.mjs");

function wogate(args: string[], asUser: string[] = []) {
  const [cmd, ...rest] = [...asUser, process.execPath, tsxCli, "src/cli/main.ts", ...args];
  return spawnSync(cmd as string, rest, { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
}

/** A command prefix that drops root's privileges, or null when none works here. */
function asNobody(): string[] | null {
  if (process.getuid?.() !== 0) return null;
  for (const prefix of [["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"], ["runuser", "-u", "nobody", "--"]]) {
    const probe = spawnSync(prefix[0] as string, [...prefix.slice(1), "id", "-u"], { encoding: "utf8" });
    if (probe.status === 0 && probe.stdout.trim() !== "0") return prefix;
  }
  return null;
}

describe("wo-gate extract (spawned)", () => {
  it("prints the work order as 2-space JSON with a trailing newline, exit 0", () => {
    const { file, text } = example("001");
    const r = wogate(["extract", file]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${JSON.stringify(extractWorkOrder(text, file), null, 2)}\n`);
  });

  it("an unknown flag is a usage error, exit 2", () => {
    const r = wogate(["extract", "--no-such-flag", example("001").file]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("unknown option '--no-such-flag'");
  });

  const nobody = asNobody();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "wo-cli-"));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  it.skipIf(!nobody)(nobody ? "an unreadable file: one line naming it, exit 2 (run as nobody)" : "unreadable file: skipped, cannot drop root privileges here (setpriv/runuser)", () => {
    fs.chmodSync(tmp, 0o755);
    const file = path.join(tmp, "WO-MIGRATION-5-locked.md");
    fs.writeFileSync(file, example("001").text, { mode: 0o000 });
    const r = wogate(["extract", file], nobody ?? []);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`wo-gate: ${file}: cannot read: permission denied\n`);
    expect(r.status).toBe(2);
  });
});

describe("wo-gate extract (options, in-process)", () => {
  function program() {
    let out = "";
    const p = new Command("wo-gate").exitOverride().configureOutput({ writeOut: (s) => void (out += s), writeErr: (s) => void (out += s) });
    registerExtract(p);
    p.commands.forEach((c) => c.exitOverride());
    return { p, output: () => out };
  }
  const rejects = async (args: string[]) => {
    const { p, output } = program();
    const e = await p.parseAsync(args, { from: "user" }).then(
      () => null,
      (err: unknown) => err,
    );
    return { e, output: output() };
  };

  it("--help describes the command", async () => {
    const { e, output } = await rejects(["extract", "--help"]);
    expect(e).toBeInstanceOf(CommanderError);
    expect((e as CommanderError).exitCode).toBe(0);
    expect(output).toContain("Usage: wo-gate extract [options] <file>");
  });

  it.each([
    [["extract", "--bogus", "x.md"], "commander.unknownOption"],
    [["extract"], "commander.missingArgument"],
    [["extract", "a.md", "b.md"], "commander.excessArguments"],
  ])("%j is refused (%s)", async (args, code) => {
    const { e } = await rejects(args);
    expect(e).toBeInstanceOf(CommanderError);
    expect((e as CommanderError).code).toBe(code);
    expect((e as CommanderError).exitCode).not.toBe(0);
  });
});
