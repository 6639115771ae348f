/**
 * Repositories built to break the gate, through `scan`, `migrations` and `check --repo`: symlink
 * loops and symlinks out of the repository, a 2 GB sparse file, binary files with start-script
 * names, 20,000 files in one folder, names with spaces, newlines and non-UTF-8 bytes, unreadable
 * files and folders (as `nobody`), a .gitignore that ignores everything. Each run ends in a
 * result or one clean error line, reports what it skipped and why, never reads outside the
 * repository, and never lets what it could not read pass.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { listMigrations } from "../../src/repo/checkout.js";
import { scanRepository } from "../../src/scan/scanRepository.js";
import { ScanResult, denyingFindings } from "../../src/scan/schema.js";
import { scratchDir } from "../fuzz/campaign.js";
import { GitRepo, plainDirectory } from "../support/gitRepo.js";
import { CANARY, MIGRATIONS_DIR, asNobody, cli, exampleRepositoryFiles, exampleWorkOrder, oneLineError, outsideCanary, worldReadableDir } from "./support.js";

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));
const track = <T extends { cleanup(): void }>(x: T): T => (cleanups.push(() => x.cleanup()), x);

const ENTRYPOINT_DOCKERFILE = 'FROM python:3.12\nCOPY docker/entrypoint.sh /entrypoint.sh\nENTRYPOINT ["/entrypoint.sh"]\n';
const skippedOf = (r: ScanResult) => Object.fromEntries(r.skipped.map((s) => [s.file, s.reason]));
const json = (r: { stdout: string }) => ScanResult.parse(JSON.parse(r.stdout));

function symlinkedRepository(dir: string, outside: string): void {
  fs.mkdirSync(path.join(dir, "docker"), { recursive: true });
  fs.writeFileSync(path.join(dir, "Dockerfile"), ENTRYPOINT_DOCKERFILE);
  fs.symlinkSync(path.join(outside, "entrypoint.sh"), path.join(dir, "docker/entrypoint.sh"));
  fs.symlinkSync(path.join(outside, "Procfile"), path.join(dir, "Procfile"));
  fs.symlinkSync(outside, path.join(dir, "ext"));
  fs.symlinkSync("loop-b", path.join(dir, "loop-a"));
  fs.symlinkSync("loop-a", path.join(dir, "loop-b"));
  fs.symlinkSync(".", path.join(dir, "self"));
}

describe("symlinks", () => {
  const outside = track(outsideCanary());

  it("scan (plain folder): loops end, nothing outside is read, every link is listed as skipped, a start script it cannot read is a finding", async () => {
    // A start command that runs a file through a linked folder out of the repository.
    const repo = track(plainDirectory({ "run/Procfile": "web: ../ext/entrypoint.sh\n" }));
    symlinkedRepository(repo.dir, outside.dir);
    const result = await scanRepository(repo.dir);
    expect(JSON.stringify(result)).not.toContain(CANARY);
    expect(skippedOf(result)).toEqual({
      Procfile: "symlink leaves the repository",
      "docker/entrypoint.sh": "symlink leaves the repository",
      ext: "symlink leaves the repository",
      "loop-a": "broken symlink",
      "loop-b": "broken symlink",
      self: "symlinked folder not followed",
    });
    // The Dockerfile starts a script the scan may not read: unverifiable, a deny, never a pass.
    expect(denyingFindings(result).map((f) => [f.file, f.line, f.rule])).toEqual([
      ["Dockerfile", 3, "unverifiable-start-script"],
      ["run/Procfile", 1, "unverifiable-start-script"],
    ]);
    expect(denyingFindings(result)[1]!.explanation).toContain("ext/entrypoint.sh: ext: symlink leaves the repository");
  });

  it("scan, migrations and check --repo (git): committed links out of the repository are not followed, and fail closed", async () => {
    const repo = track(GitRepo.create(exampleRepositoryFiles()));
    symlinkedRepository(repo.dir, outside.dir);
    // A migration file that is a link to one outside: its revision must not be found.
    fs.symlinkSync(path.join(outside.dir, "outside_migration.py"), path.join(repo.dir, MIGRATIONS_DIR, "0ut51de0001_outside.py"));
    repo.git("add", "-A");
    repo.git("commit", "-q", "-m", "links");

    const scan = cli(["scan", "--format", "json", repo.dir]);
    expect(scan.status).toBe(1);
    expect(scan.stdout).not.toContain(CANARY);
    const result = json(scan);
    expect(skippedOf(result)).toMatchObject({ Procfile: "symlink leaves the repository", "docker/entrypoint.sh": "symlink leaves the repository" });
    expect(denyingFindings(result).map((f) => [f.file, f.rule])).toEqual([["Dockerfile", "unverifiable-start-script"]]);

    const inventory = await listMigrations(repo.dir);
    expect(inventory.records.map((r) => r.id)).not.toContain("0ut51de0001");
    expect(inventory.problems).toEqual([{ tool: "alembic", file: `${MIGRATIONS_DIR}/0ut51de0001_outside.py`, line: null, reason: "symlink leaves the repository" }]);
    const migrations = cli(["migrations", repo.dir]);
    expect(migrations.status).toBe(2);
    expect(oneLineError(migrations)).toContain("0ut51de0001_outside.py: cannot read this alembic migration: symlink leaves the repository");

    const check = cli(["check", "--format", "json", "--repo", repo.dir, exampleWorkOrder]);
    expect(check.status).toBe(1);
    expect(check.stdout).not.toContain(CANARY);
    const rules = (JSON.parse(check.stdout) as { workOrders: Array<{ violations: Array<{ rule: string; message: string }> }> }).workOrders[0]!.violations;
    expect(rules.map((v) => v.rule).sort()).toEqual(["startup-migration", "unversioned-migration"]);
    expect(rules.find((v) => v.rule === "unversioned-migration")?.message).toContain("symlink leaves the repository");
  });
});

describe("a 2 GB sparse file", () => {
  const TWO_GB = 2 * 1024 ** 3;

  it("as a start script, a migration and a work order: never read, reported, and failing closed", async () => {
    const repo = track(GitRepo.create({ ...exampleRepositoryFiles(), Dockerfile: ENTRYPOINT_DOCKERFILE }));
    // Untracked but not ignored, so both the scan and the migration reader list them (git never hashes them).
    const sparse = (rel: string) => {
      fs.mkdirSync(path.dirname(path.join(repo.dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(repo.dir, rel), "#!/bin/sh\nalembic upgrade head\n");
      fs.truncateSync(path.join(repo.dir, rel), TWO_GB);
    };
    sparse("docker/entrypoint.sh");
    const scan = await scanRepository(repo.dir);
    expect(skippedOf(scan)["docker/entrypoint.sh"]).toBe("larger than 2 MB");
    expect(denyingFindings(scan).map((f) => [f.file, f.rule])).toEqual([["Dockerfile", "unverifiable-start-script"]]);

    sparse(`${MIGRATIONS_DIR}/ffff00000000_huge.py`);
    const migrations = cli(["migrations", repo.dir]);
    expect(migrations.status).toBe(2);
    expect(oneLineError(migrations)).toContain("ffff00000000_huge.py: cannot read this alembic migration: larger than 2 MB");

    const workOrder = path.join(repo.dir, "WO-MIGRATION-9-huge.md");
    fs.writeFileSync(workOrder, "**WO-MIGRATION-9 — huge**\n");
    fs.truncateSync(workOrder, TWO_GB);
    const check = cli(["check", workOrder]);
    expect(check.status).toBe(2);
    expect(oneLineError(check)).toBe(`wo-gate: ${workOrder}: is ${TWO_GB} bytes; a work order over 5 MB is refused`);
  });
});

describe("binary files with start-script names", () => {
  it("a binary Dockerfile and a binary entrypoint.sh are skipped as binary; a start command that runs one is a finding", async () => {
    const repo = track(plainDirectory({ "svc/Dockerfile": ENTRYPOINT_DOCKERFILE }));
    const binary = Buffer.concat([Buffer.from("\x7fELF\x02\x01\x01\x00"), Buffer.from("alembic upgrade head\n")]);
    fs.writeFileSync(path.join(repo.dir, "Dockerfile"), binary);
    fs.mkdirSync(path.join(repo.dir, "svc/docker"));
    fs.writeFileSync(path.join(repo.dir, "svc/docker/entrypoint.sh"), binary);
    // Not UTF-8 but no NUL: read as text (with replacement characters), never a crash.
    fs.writeFileSync(path.join(repo.dir, "Procfile"), Buffer.from([0xff, 0xfe, 0x77, 0x65, 0x62, 0x3a, 0x20, 0xc0, 0x0a]));
    const r = cli(["scan", "--format", "json", repo.dir]);
    expect(r.status).toBe(1);
    const result = json(r);
    expect(skippedOf(result)).toEqual({ Dockerfile: "binary file", "svc/docker/entrypoint.sh": "binary file" });
    expect(denyingFindings(result).map((f) => [f.file, f.line, f.rule])).toEqual([["svc/Dockerfile", 3, "unverifiable-start-script"]]);
  });
});

describe("20,000 files in one folder", () => {
  it("are listed and scanned, in a plain folder and in git, through scan, migrations and check --repo", async () => {
    // On a tmpfs when there is one: the test is about the gate, not about the disk.
    const dir = scratchDir("wo-gate-20k-");
    const repo = track({ dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) });
    for (const [rel, text] of Object.entries({ ...exampleRepositoryFiles(), Procfile: "web: alembic upgrade head && gunicorn app:app\n" })) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    }
    fs.mkdirSync(path.join(repo.dir, "data"));
    for (let i = 0; i < 20_000; i++) fs.writeFileSync(path.join(repo.dir, "data", `f${String(i).padStart(5, "0")}.txt`), `${i}\n`);
    const scan = await scanRepository(repo.dir);
    expect(denyingFindings(scan).map((f) => `${f.file}:${f.line}`)).toEqual(["Procfile:1"]);

    // The same folder made a git repository: the files are listed by git now.
    const env = { ...process.env, GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_NOSYSTEM: "1", GIT_DIR: undefined, GIT_WORK_TREE: undefined, GIT_INDEX_FILE: undefined };
    const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false", ...args], { cwd: repo.dir, env });
    git("init", "-q");
    git("add", "-A");
    git("commit", "-q", "-m", "many files");
    const inventory = await listMigrations(repo.dir);
    expect(inventory.records.map((r) => r.id).sort()).toEqual(["5e1d0a8c3b27", "b7c4e2a91f03"]);
    const check = cli(["check", "--format", "json", "--repo", repo.dir, exampleWorkOrder]);
    expect(check.status).toBe(1);
    const report = JSON.parse(check.stdout) as { workOrders: Array<{ violations: Array<{ rule: string }> }>; scan: ScanResult };
    expect(report.workOrders[0]!.violations.map((v) => v.rule)).toEqual(["startup-migration"]);
  });
});

describe("names with spaces, newlines and non-UTF-8 bytes", () => {
  it("scan: odd but valid names are read and reported escaped; names that are not UTF-8 are listed as skipped", async () => {
    const repo = track(
      plainDirectory({
        "dir with space/Dockerfile": 'FROM python\nCOPY ["start here.sh", "/start.sh"]\nENTRYPOINT ["/start.sh"]\n',
        "dir with space/start here.sh": "#!/bin/sh\nflask db upgrade\n",
        "new\nline/Procfile": "web: python manage.py migrate && gunicorn x\n",
      }),
    );
    fs.writeFileSync(Buffer.from(`${repo.dir}/Procfile.\xff`, "latin1"), "web: alembic upgrade head\n");
    const result = await scanRepository(repo.dir);
    expect(denyingFindings(result).map((f) => `${f.file}:${f.line}`)).toEqual(["dir with space/start here.sh:2", "new\nline/Procfile:1"]);
    expect(result.skipped).toEqual([{ file: "Procfile.\ufffd", reason: "name is not UTF-8: not read" }]);
    const text = cli(["scan", repo.dir]);
    expect(text.status).toBe(1);
    // The newline in the name is shown escaped: a file name cannot forge a line of the report.
    expect(text.stdout.split("\n").filter((l) => l.startsWith("line/Procfile"))).toEqual([]);
  });

  it("migrations and check --repo (git): a migration whose name is not UTF-8 cannot be read, and fails closed", async () => {
    const repo = track(GitRepo.create(exampleRepositoryFiles()));
    repo.git("branch", "base");
    const odd = Buffer.concat([Buffer.from(`${repo.dir}/${MIGRATIONS_DIR}/c0ffee000001_`), Buffer.from([0xff]), Buffer.from(".py")]);
    fs.writeFileSync(odd, 'revision = "c0ffee000001"\ndown_revision = "b7c4e2a91f03"\n\ndef upgrade():\n    pass\n\ndef downgrade():\n    pass\n');
    repo.git("add", "-A");
    repo.git("commit", "-q", "-m", "odd name");
    const migrations = cli(["migrations", repo.dir]);
    expect(migrations.status).toBe(2);
    expect(oneLineError(migrations)).toContain("cannot read this alembic migration: its name is not UTF-8");
    // The pull request adds a migration the gate cannot read: never an allow.
    const check = cli(["check", "--format", "json", "--repo", repo.dir, "--base", "base", exampleWorkOrder]);
    expect(check.status).toBe(1);
    const rules = (JSON.parse(check.stdout) as { workOrders: Array<{ violations: Array<{ rule: string }> }> }).workOrders[0]!.violations.map((v) => v.rule);
    expect(rules).toContain("work-order-missing");
  });
});

describe.skipIf("reason" in asNobody)(`unreadable files and folders, run as nobody${"reason" in asNobody ? ` (${asNobody.reason})` : ""}`, () => {
  /** A copy of `files` as a git repository owned by nobody (so git trusts it), in a world-readable folder. */
  function nobodysRepository(files: Record<string, string>): string {
    const base = track(worldReadableDir("wo-gate-nobody-"));
    const repo = GitRepo.create(files);
    const dir = path.join(base.dir, "repo");
    fs.cpSync(repo.dir, dir, { recursive: true });
    repo.cleanup();
    const chown = (p: string) => {
      fs.chownSync(p, 65534, 65534);
      if (fs.lstatSync(p).isDirectory()) for (const e of fs.readdirSync(p)) chown(path.join(p, e));
    };
    if (process.getuid?.() === 0) chown(dir);
    return dir;
  }

  it("scan: an unreadable start script is skipped with the reason and the start command that runs it is a finding; an unreadable folder is exit 2", () => {
    const dir = nobodysRepository({ Dockerfile: ENTRYPOINT_DOCKERFILE, "docker/entrypoint.sh": "#!/bin/sh\nexec gunicorn app:app\n", "app/main.py": "print('hi')\n" });
    fs.chmodSync(path.join(dir, "docker/entrypoint.sh"), 0o000);
    const r = cli(["scan", "--format", "json", dir], { nobody: true });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    const result = json(r);
    expect(skippedOf(result)).toEqual({ "docker/entrypoint.sh": "permission denied" });
    expect(denyingFindings(result).map((f) => [f.file, f.rule])).toEqual([["Dockerfile", "unverifiable-start-script"]]);

    // Outside git, an unreadable folder hides what it holds: the scan cannot finish.
    fs.rmSync(path.join(dir, ".git"), { recursive: true, force: true });
    fs.chmodSync(path.join(dir, "app"), 0o000);
    const folder = cli(["scan", dir], { nobody: true });
    expect(folder.status).toBe(2);
    expect(oneLineError(folder)).toBe("wo-gate: app: cannot read this folder (permission denied); the repository cannot be verified");
  });

  it("migrations and check --repo: an unreadable migration is exit 2 for migrations and a deny for check", () => {
    const dir = nobodysRepository(exampleRepositoryFiles());
    fs.chmodSync(path.join(dir, MIGRATIONS_DIR, "b7c4e2a91f03_add_orders_notes.py"), 0o000);
    const migrations = cli(["migrations", dir], { nobody: true });
    expect(migrations.status).toBe(2);
    expect(oneLineError(migrations)).toContain("b7c4e2a91f03_add_orders_notes.py: cannot read this alembic migration: cannot be read: EACCES");
    const check = cli(["check", "--format", "json", "--repo", dir, exampleWorkOrder], { nobody: true });
    expect(check.stderr).toBe("");
    expect(check.status).toBe(1);
    const violations = (JSON.parse(check.stdout) as { workOrders: Array<{ violations: Array<{ rule: string; message: string }> }> }).workOrders[0]!.violations;
    expect(violations.map((v) => v.rule)).toEqual(["unversioned-migration"]);
    expect(violations[0]!.message).toContain("EACCES");
  });
});

describe("a .gitignore that ignores everything", () => {
  it("hides only untracked files: tracked start scripts and migrations are still read", async () => {
    const repo = track(GitRepo.create({ ...exampleRepositoryFiles(), Procfile: "web: alembic upgrade head && gunicorn app:app\n" }));
    repo.write({ ".gitignore": "*\n" });
    repo.git("add", "-f", ".gitignore");
    repo.git("commit", "-q", "-m", "ignore everything");
    repo.write({ "extra/Procfile": "web: flask db upgrade\n" }); // untracked and ignored
    const scan = await scanRepository(repo.dir);
    expect(denyingFindings(scan).map((f) => `${f.file}:${f.line}`)).toEqual(["Procfile:1"]);
    const check = cli(["check", "--format", "json", "--repo", repo.dir, exampleWorkOrder]);
    expect(check.status).toBe(1);
    const rules = (JSON.parse(check.stdout) as { workOrders: Array<{ violations: Array<{ rule: string }> }> }).workOrders[0]!.violations.map((v) => v.rule);
    expect(rules).toEqual(["startup-migration"]);
  });

  it("untracked files it hides are not the repository's: a migration only there is not found, and that is a deny", async () => {
    const repo = track(GitRepo.create({ "README.md": "# app\n" }));
    repo.write({ ".gitignore": "*\n", ...exampleRepositoryFiles() }); // untracked and ignored
    const check = cli(["check", "--format", "json", "--repo", repo.dir, exampleWorkOrder]);
    expect(check.status).toBe(1);
    const rules = (JSON.parse(check.stdout) as { workOrders: Array<{ violations: Array<{ rule: string }> }> }).workOrders[0]!.violations.map((v) => v.rule);
    expect(rules).toEqual(expect.arrayContaining(["governance-document-missing", "unversioned-migration"]));
  });
});
