import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const script = path.join(root, "scripts/setup-chromium.mjs");

describe("scripts/setup-chromium.mjs", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "setup-chromium-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function run(env: Record<string, string>) {
    return spawnSync(process.execPath, [script], { encoding: "utf8", env: { ...process.env, ...env } });
  }

  function executable(name: string, body: string): string {
    const file = path.join(dir, name);
    writeFileSync(file, `#!/bin/sh\n${body}\n`);
    chmodSync(file, 0o755);
    return file;
  }

  it("uses an installed browser as it is, without running apt-get", () => {
    const browser = executable("my-chromium", "exit 0");
    // An apt-get first on PATH that leaves a mark if it is ever called.
    const mark = path.join(dir, "apt-get-was-called");
    executable("apt-get", `touch '${mark}'`);
    const r = run({ CHROMIUM_PATH: browser, PATH: `${dir}:${process.env.PATH ?? ""}` });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${browser}\n`);
    expect(r.stderr).toBe("");
    expect(existsSync(mark)).toBe(false);
  });

  it("ignores a CHROMIUM_PATH that is not an executable file", () => {
    const notExecutable = path.join(dir, "chromium.txt");
    writeFileSync(notExecutable, "");
    // Where no other browser exists this would install one: a failing apt-get keeps it local.
    executable("apt-get", "exit 1");
    const r = run({ CHROMIUM_PATH: notExecutable, PATH: `${dir}:${process.env.PATH ?? ""}` });
    expect(r.stdout).not.toContain(notExecutable);
  });

  it.skipIf(!existsSync("/usr/bin/chromium"))("finds Debian's chromium (skipped: /usr/bin/chromium absent)", () => {
    const r = run({ CHROMIUM_PATH: "" });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("/usr/bin/chromium\n");
  });
});
