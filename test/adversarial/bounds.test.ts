/**
 * Every resource bound of docs/limits.md, lowered through its environment variable (so a bound
 * of 200,000 files is tested with six) and exceeded: a reported condition that fails closed
 * (scan: exit 2; check: deny "cannot verify"; a work order: exit 2; a file: skipped, and a start
 * command that runs it a finding), never a silent partial pass.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { LIMITS, limit } from "../../src/limits.js";
import { scanRepository } from "../../src/scan/scanRepository.js";
import { ScanResult, denyingFindings } from "../../src/scan/schema.js";
import { GitRepo, plainDirectory } from "../support/gitRepo.js";
import { cli, exampleRepositoryFiles, exampleWorkOrder, oneLineError, root } from "./support.js";

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));
const track = <T extends { cleanup(): void }>(x: T): T => (cleanups.push(() => x.cleanup()), x);

const MIGRATING_PROCFILE = "web: alembic upgrade head && gunicorn app:app\n";

/** Runs `fn` with environment variables set, restoring them after. */
async function withEnv<T>(vars: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  try {
    return await fn();
  } finally {
    for (const [k, v] of Object.entries(before)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

type Violations = Array<{ rule: string; message: string }>;
const violationsOf = (stdout: string): Violations => (JSON.parse(stdout) as { workOrders: Array<{ violations: Violations }> }).workOrders[0]!.violations;

describe("the bounds table", () => {
  it("is what docs/limits.md documents, row for row", () => {
    const doc = fs.readFileSync(path.join(root, "docs/limits.md"), "utf8");
    for (const { env, value } of Object.values(LIMITS)) expect(doc).toMatch(new RegExp(`\\| \`${env}\` \\| ${value} \\|`));
  });

  it("rejects a value that is not a positive whole number, naming the variable", async () => {
    for (const bad of ["abc", "0", "-5", "1.5", "1e3"]) {
      await withEnv({ WO_GATE_MAX_FILES: bad }, async () => expect(() => limit("files")).toThrow(new InputError(`WO_GATE_MAX_FILES must be a positive whole number, not ${JSON.stringify(bad)}`)));
    }
    const r = cli(["scan", root], { env: { WO_GATE_MAX_FILES: "many" } });
    expect(r.status).toBe(2);
    expect(oneLineError(r)).toBe('wo-gate: WO_GATE_MAX_FILES must be a positive whole number, not "many"');
  });
});

describe("file count (WO_GATE_MAX_FILES)", () => {
  it("scan exits 2 past it, in a plain folder and in git; check --repo denies: the scan cannot verify", async () => {
    const files = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`f${i}.txt`, "x\n"]));
    const plain = track(plainDirectory(files));
    await withEnv({ WO_GATE_MAX_FILES: "5" }, async () => {
      await expect(scanRepository(plain.dir)).rejects.toThrow(new InputError("scan: more than 5 files; the repository is too large to verify"));
    });
    // At the bound exactly, the scan runs.
    await withEnv({ WO_GATE_MAX_FILES: "6" }, async () => expect((await scanRepository(plain.dir)).findings).toEqual([]));

    const repo = track(GitRepo.create({ ...exampleRepositoryFiles(), ...files }));
    const scan = cli(["scan", repo.dir], { env: { WO_GATE_MAX_FILES: "5" } });
    expect(scan.status).toBe(2);
    expect(oneLineError(scan)).toBe("wo-gate: scan: more than 5 files; the repository is too large to verify");
    const check = cli(["check", "--format", "json", "--repo", repo.dir, exampleWorkOrder], { env: { WO_GATE_MAX_FILES: "5" } });
    expect(check.status).toBe(1);
    const startup = violationsOf(check.stdout).filter((v) => v.rule === "startup-migration");
    expect(startup).toHaveLength(1);
    expect(startup[0]!.message).toContain("more than 5 files");
  });
});

describe("folder depth (WO_GATE_MAX_DEPTH)", () => {
  it("scan exits 2 past it", async () => {
    const plain = track(plainDirectory({ "a/b/c/Procfile": MIGRATING_PROCFILE }));
    await withEnv({ WO_GATE_MAX_DEPTH: "3" }, async () => {
      await expect(scanRepository(plain.dir)).rejects.toThrow(/deeper than 3 folders; the repository is too deep to verify/);
    });
    await withEnv({ WO_GATE_MAX_DEPTH: "4" }, async () => expect(denyingFindings(await scanRepository(plain.dir)).map((f) => f.file)).toEqual(["a/b/c/Procfile"]));
  });
});

describe("scan time (WO_GATE_MAX_SCAN_MS)", () => {
  it("scan exits 2 when the time is spent", async () => {
    // Listing starts a git process, which alone takes longer than 1 ms.
    const plain = track(plainDirectory({ "svc/Dockerfile": "FROM x\nCMD [\"gunicorn\"]\n", Procfile: MIGRATING_PROCFILE }));
    const r = cli(["scan", plain.dir], { env: { WO_GATE_MAX_SCAN_MS: "1" } });
    expect(r.status).toBe(2);
    expect(oneLineError(r)).toBe("wo-gate: scan: time bound exceeded (0.001 s); the repository is too large to verify");
  });
});

describe("file size (WO_GATE_MAX_FILE_BYTES)", () => {
  it("a start script over it is skipped and its start command is a finding; a migration over it fails closed", async () => {
    const script = `#!/bin/sh\n${"# padding\n".repeat(20)}exec gunicorn app:app\n`;
    const repo = track(
      GitRepo.create({ ...exampleRepositoryFiles(), Dockerfile: 'FROM python\nCOPY entrypoint.sh /e.sh\nENTRYPOINT ["/e.sh"]\n', "entrypoint.sh": script }),
    );
    const env = { WO_GATE_MAX_FILE_BYTES: "160" };
    const scan = cli(["scan", "--format", "json", repo.dir], { env });
    expect(scan.status).toBe(1);
    const result = ScanResult.parse(JSON.parse(scan.stdout));
    expect(result.skipped).toContainEqual({ file: "entrypoint.sh", reason: "larger than 160 bytes" });
    expect(denyingFindings(result).map((f) => [f.file, f.rule])).toEqual([["Dockerfile", "unverifiable-start-script"]]);
    const migrations = cli(["migrations", repo.dir], { env });
    expect(migrations.status).toBe(2);
    expect(oneLineError(migrations)).toMatch(/b7c4e2a91f03_add_orders_notes\.py: cannot read this alembic migration: larger than 160 bytes$/);
  });
});

describe("work-order size (WO_GATE_MAX_WORK_ORDER_BYTES)", () => {
  it("check exits 2 for a work order over it", () => {
    const size = fs.statSync(exampleWorkOrder).size;
    const r = cli(["check", exampleWorkOrder], { env: { WO_GATE_MAX_WORK_ORDER_BYTES: "1024" } });
    expect(r.status).toBe(2);
    expect(oneLineError(r)).toBe(`wo-gate: ${exampleWorkOrder}: is ${size} bytes; a work order over 1 KB is refused`);
  });
});

describe("work-order lines (WO_GATE_MAX_WORK_ORDER_LINES)", () => {
  it("check exits 2 for a work order with more lines, however they end", () => {
    const dir = track(plainDirectory());
    const text = fs.readFileSync(exampleWorkOrder, "utf8");
    const lines = text.split("\n").length;
    for (const eol of ["\n", "\r\n", "\r"]) {
      const file = path.join(dir.dir, "WO-MIGRATION-1-lines.md");
      fs.writeFileSync(file, text.split("\n").join(eol));
      const r = cli(["check", file], { env: { WO_GATE_MAX_WORK_ORDER_LINES: String(lines - 1) } });
      expect(r.status).toBe(2);
      expect(oneLineError(r)).toBe(`wo-gate: ${file}: has ${lines} lines; a work order over ${lines - 1} lines is refused`);
    }
    expect(cli(["check", exampleWorkOrder], { env: { WO_GATE_MAX_WORK_ORDER_LINES: String(lines) } }).status).toBe(0);
  });
});

describe("start-path depth (WO_GATE_MAX_START_DEPTH)", () => {
  /** Dockerfile → s1.sh → s2.sh → … → sN.sh, the last one migrating. */
  function chain(n: number): Record<string, string> {
    const files: Record<string, string> = { Dockerfile: 'FROM python\nCOPY . /app\nENTRYPOINT ["/app/s1.sh"]\n' };
    for (let i = 1; i <= n; i++) files[`s${i}.sh`] = i < n ? `#!/bin/sh\n/app/s${i + 1}.sh\n` : "#!/bin/sh\nalembic upgrade head\n";
    return files;
  }

  it("a migration at the end of a chain longer than the bound is unverifiable where following stopped, never a silent pass", async () => {
    const deep = track(plainDirectory(chain(12)));
    const result = await scanRepository(deep.dir);
    expect(denyingFindings(result).map((f) => [f.file, f.rule])).toEqual([["s11.sh", "unverifiable-start-script"]]);
    expect(denyingFindings(result)[0]!.explanation).toContain("nested more than 10 start commands deep");
    await withEnv({ WO_GATE_MAX_START_DEPTH: "20" }, async () =>
      expect(denyingFindings(await scanRepository(deep.dir)).map((f) => [f.file, f.tool])).toEqual([["s12.sh", "alembic"]]),
    );
    await withEnv({ WO_GATE_MAX_START_DEPTH: "2" }, async () =>
      expect(denyingFindings(await scanRepository(track(plainDirectory(chain(4))).dir)).map((f) => [f.file, f.rule])).toEqual([["s3.sh", "unverifiable-start-script"]]),
    );
  });
});
