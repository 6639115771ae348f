/**
 * Which files the scanner reads (real git for tracked/untracked, .gitignore outside git), what it
 * skips and reports, fail-closed bounds, suppressions, and the `wo-gate scan` command's exits.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { scanRepository } from "../../src/scan/scanRepository.js";
import { ScanResult } from "../../src/scan/schema.js";
import { MAX_DEPTH, MAX_FILE_BYTES, MAX_FILES, MAX_SCAN_MS } from "../../src/scan/walk.js";
import { GitRepo, plainDirectory } from "../support/gitRepo.js";
import { scanFiles } from "./scanFiles.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const MIGRATING_PROCFILE = "web: alembic upgrade head && gunicorn app:app\n";

const where = (r: ScanResult) => r.findings.map((f) => `${f.file}:${f.line}`);

describe("file listing", () => {
  it("in git: tracked files always, untracked ones unless .gitignore hides them, paths relative to DIR", async () => {
    const repo = GitRepo.create({ ".gitignore": "ignored/\n", "svc/.gitignore": "local/\n", "svc/Procfile": MIGRATING_PROCFILE });
    try {
      // Tracked although ignored: force-added.
      repo.write({ "svc/local/Procfile": MIGRATING_PROCFILE });
      repo.git("add", "-f", "svc/local/Procfile");
      repo.git("commit", "-q", "-m", "tracked despite ignore");
      repo.write({ "svc/new/Procfile": MIGRATING_PROCFILE, "svc/local/other/Procfile": MIGRATING_PROCFILE, "ignored/Procfile": MIGRATING_PROCFILE });
      const result = await scanRepository(path.join(repo.dir, "svc"));
      expect(where(result).sort()).toEqual(["Procfile:1", "local/Procfile:1", "new/Procfile:1"]);
    } finally {
      repo.cleanup();
    }
  });

  it("outside git: honours nested .gitignore files", async () => {
    const result = await scanFiles({
      ".gitignore": "build/\n*.local\n",
      "Procfile": MIGRATING_PROCFILE,
      "build/Procfile": MIGRATING_PROCFILE,
      "app/.gitignore": "generated/\n",
      "app/generated/Procfile": MIGRATING_PROCFILE,
      "app/Procfile": MIGRATING_PROCFILE,
      "app/Procfile.local": MIGRATING_PROCFILE,
    });
    expect(where(result).sort()).toEqual(["Procfile:1", "app/Procfile:1"]);
  });

  it("skips vendor folders, binary and oversized files, and reports them without denying", async () => {
    const big = `#!/bin/sh\n${"# padding\n".repeat(MAX_FILE_BYTES / 10 + 1)}alembic upgrade head\n`;
    const repo = plainDirectory({ "node_modules/pkg/Procfile": MIGRATING_PROCFILE, "scripts/huge.sh": big, "vendor/x/app.py": "command.upgrade(cfg)\n" });
    try {
      fs.writeFileSync(path.join(repo.dir, "tool.bin"), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]));
      fs.writeFileSync(path.join(repo.dir, "Procfile.dev"), Buffer.concat([Buffer.from("web: alembic upgrade head\n"), Buffer.from([0])]));
      const result = await scanRepository(repo.dir);
      expect(result.findings).toEqual([]);
      expect(result.skipped).toEqual([
        { file: "Procfile.dev", reason: "binary file" },
        { file: "node_modules", reason: "vendor folder" },
        { file: "vendor", reason: "vendor folder" },
      ]);
    } finally {
      repo.cleanup();
    }
  });

  it("a start command that runs a skipped file cannot be verified: that is a finding", async () => {
    const big = `#!/bin/sh\n${"echo padding\n".repeat(MAX_FILE_BYTES / 12 + 1)}`;
    const result = await scanFiles({ "docker/entry.sh": big, Dockerfile: `FROM alpine\nCOPY docker/entry.sh /entry.sh\nENTRYPOINT ["/entry.sh"]\n` });
    expect(result.findings.map((f) => [f.file, f.line, f.trigger, f.tool, f.rule])).toEqual([["Dockerfile", 3, "container-start", "unknown", "unverifiable-start-script"]]);
    expect(result.skipped).toEqual([{ file: "docker/entry.sh", reason: "larger than 2 MB" }]);
  });

  it("never follows a symlink out of the repository or into a loop", async () => {
    const outside = plainDirectory({ "Procfile": MIGRATING_PROCFILE });
    const repo = plainDirectory({ "app/Procfile": "web: gunicorn app:app\n" });
    try {
      fs.symlinkSync(path.join(outside.dir, "Procfile"), path.join(repo.dir, "Procfile"));
      fs.symlinkSync(repo.dir, path.join(repo.dir, "app", "loop"));
      const result = await scanRepository(repo.dir);
      expect(result.findings).toEqual([]);
      expect(result.skipped).toEqual([
        { file: "Procfile", reason: "symlink leaves the repository" },
        { file: "app/loop", reason: "symlinked folder not followed" },
      ]);
    } finally {
      repo.cleanup();
      outside.cleanup();
    }
  });

  it("fails closed past the global bounds, which are exported", async () => {
    expect([MAX_FILES, MAX_SCAN_MS, MAX_DEPTH, MAX_FILE_BYTES]).toEqual([200_000, 60_000, 64, 2 * 1024 * 1024]);
    const deep = Array.from({ length: MAX_DEPTH + 1 }, (_, i) => `d${i}`).join("/");
    const repo = plainDirectory({ [`${deep}/Procfile`]: MIGRATING_PROCFILE });
    try {
      await expect(scanRepository(repo.dir)).rejects.toThrow(InputError);
    } finally {
      repo.cleanup();
    }
    await expect(scanRepository(path.join(root, "no-such-dir"))).rejects.toThrow(/no such directory/);
  });
});

describe("suppressions", () => {
  it("a comment with a reason suppresses the finding on its line or the next one, and is reported", async () => {
    const result = await scanFiles({
      "entry.sh": "#!/bin/sh\n# wo-gate: allow-startup-migration single-node demo image, no shared database\nalembic upgrade head\nflask db upgrade # wo-gate: allow-startup-migration\n",
      Dockerfile: `FROM python\nCOPY entry.sh /entry.sh\nENTRYPOINT ["/entry.sh"]\n`,
    });
    expect(result.suppressed.map((s) => [s.file, s.line, s.reason])).toEqual([["entry.sh", 3, "single-node demo image, no shared database"]]);
    expect(where(result)).toEqual(["entry.sh:4"]);
    expect(result.suppressionErrors).toEqual([{ file: "entry.sh", line: 4, message: expect.stringContaining("without a reason") }]);
  });
});

describe("wo-gate scan", () => {
  const run = (...args: string[]) => spawnSync("npx", ["tsx", path.join(root, "src/cli/main.ts"), "scan", ...args], { cwd: root, encoding: "utf8" });

  it("exits 1 on a startup migration, 0 when only build-time findings, 2 when DIR is not a directory", () => {
    const migrating = plainDirectory({ Procfile: MIGRATING_PROCFILE });
    const buildOnly = plainDirectory({ Dockerfile: "FROM python\nRUN alembic upgrade head\nCMD [\"uvicorn\", \"app:app\"]\n" });
    try {
      const deny = run("--format", "json", migrating.dir);
      expect(deny.status).toBe(1);
      expect(ScanResult.parse(JSON.parse(deny.stdout)).findings.map((f) => f.trigger)).toEqual(["process-manager"]);
      const warn = run(buildOnly.dir);
      expect(warn.status).toBe(0);
      expect(warn.stdout).toContain("Dockerfile:2:5: warning (build time)");
      const missing = run(path.join(migrating.dir, "nope"));
      expect(missing.status).toBe(2);
      expect(missing.stderr.trim().split("\n")).toEqual([`wo-gate: ${path.join(migrating.dir, "nope")}: no such directory`]);
      const notDir = run(path.join(migrating.dir, "Procfile"));
      expect(notDir.status).toBe(2);
    } finally {
      migrating.cleanup();
      buildOnly.cleanup();
    }
  });
});
