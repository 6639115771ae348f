/**
 * `wo-gate migrations`: the listing shape, in-process over a real repository, and a spawned CLI
 * for the exit codes and output a user sees.
 */
import { execFile } from "node:child_process";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { existsSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { migrationListing } from "../../src/migrations/listing.js";
import { listMigrations } from "../../src/repo/checkout.js";
import { GitRepo, plainDirectory } from "../support/gitRepo.js";
import { TOOL_CASES } from "../repo/toolCases.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, ["--import", "tsx", resolve(root, "src/cli/main.ts"), ...args], { cwd: root }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** One repository holding every tool's two migrations (each tool under its own folder), one of them uncommitted. */
function everyTool(): GitRepo {
  const files: Record<string, string> = {};
  TOOL_CASES.forEach((c, i) => {
    for (const n of [1, 2] as const) for (const [p, text] of Object.entries(c.files(n, true))) files[`t${String(i).padStart(2, "0")}/${p}`] = text;
  });
  const repo = GitRepo.create({ ...files, "t99/alembic/versions/zz_new.py": 'revision = "zz"\ndown_revision = None\n' });
  repo.write({ "t98/alembic/versions/yy_new.py": 'revision = "yy"\ndown_revision = None\n' });
  cleanups.push(() => repo.cleanup());
  return repo;
}

describe("migrationListing", () => {
  it("lists each migration once, sorted by file, with tool, id, parents, down path and tracking", async () => {
    const repo = everyTool();
    const listing = migrationListing(await listMigrations(repo.dir));
    const files = listing.migrations.map((m) => m.file);
    expect(files).toEqual([...files].sort());
    for (const [i, c] of TOOL_CASES.entries()) {
      const entry = listing.migrations.find((m) => m.file === `t${String(i).padStart(2, "0")}/${c.file2}`);
      expect(entry, c.adapter).toBeDefined();
      // sqlx's .up.sql pairs are golang-migrate's too: listings name the first adapter.
      expect(entry!.tool).toBe(c.adapter === "sqlx" ? "golang-migrate" : c.adapter);
      expect(entry).toMatchObject({ id: c.revisionId, parents: [c.parentId], tracked: true, reversible: !c.neverReversible });
      if (entry!.reversible) expect(entry!.downLine).toBeGreaterThan(0);
    }
    expect(listing.migrations.find((m) => m.file === "t98/alembic/versions/yy_new.py")).toMatchObject({ tracked: false, reversible: false, downLine: null });
    expect(listing.heads.alembic).toEqual(["bbbb2222cccc", "yy", "zz"]);
    expect(Object.keys(listing.heads)).toEqual(Object.keys(listing.heads).sort());
  });
});

describe.skipIf(!existsSync(resolve(root, "node_modules/tsx")))("wo-gate migrations", () => {
  it("prints JSON and exits 0", async () => {
    const repo = GitRepo.create(TOOL_CASES[0]!.files(1, true));
    cleanups.push(() => repo.cleanup());
    const r = await cli(["migrations", repo.dir, "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      migrations: [{ file: "migrations/versions/aaaa1111bbbb_init.py", tool: "alembic", id: "aaaa1111bbbb", parents: [], reversible: true, downLine: 18, tracked: true }],
      heads: { alembic: ["aaaa1111bbbb"] },
    });
    const text = await cli(["migrations", repo.dir]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^FILE\s+TOOL\s+ID\s+PARENTS\s+DOWN\s+TRACKED\n/);
    expect(text.stdout).toContain("heads alembic: aaaa1111bbbb");
  });

  it("exits 2 with one line naming the directory outside a git repository", async () => {
    const dir = plainDirectory();
    cleanups.push(() => dir.cleanup());
    const r = await cli(["migrations", dir.dir]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`wo-gate: not a git repository: ${dir.dir}\n`);
  });

  it("exits 2 naming the file and line of a migration it cannot parse", async () => {
    const repo = GitRepo.create({ "db/migrate/20260101000000_x.rb": "class X < ActiveRecord::Migration[7.1]\n  def up\n    execute <<~SQL\n      SELECT 1\n" });
    cleanups.push(() => repo.cleanup());
    const r = await cli(["migrations", repo.dir, "--format", "json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^wo-gate: db\/migrate\/20260101000000_x\.rb:3: cannot read this rails migration: unterminated here-document/);
  });

  it("rejects an unknown format as a usage error", async () => {
    const r = await cli(["migrations", ".", "--format", "xml"]);
    expect(r.code).toBe(2);
  });
});
