/**
 * What the repository facts say when the answer is not a plain "found": several heads, an
 * ambiguous or missing revision, a tool without an adapter or without versioned files, an
 * unreadable migration, and a checkout or base ref the gate cannot use. None of these may pass
 * silently or crash.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { RepositoryFactsSchema } from "../../src/input/schema.js";
import { gatherRepositoryFacts, type Declaration } from "../../src/repo/facts.js";
import { GitRepo, plainDirectory } from "../support/gitRepo.js";
import { declaration } from "./declaration.js";
import { TOOL_CASES } from "./toolCases.js";

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));
const track = <T extends { cleanup(): void }>(x: T): T => (cleanups.push(() => x.cleanup()), x);

const gather = async (dir: string, wo: Declaration | null, opts: { base?: string | null; all?: Declaration[]; migrationPaths?: string[] } = {}) =>
  RepositoryFactsSchema.parse(
    await gatherRepositoryFacts({ dir, workOrder: wo, allWorkOrders: opts.all ?? (wo ? [wo] : []), base: opts.base ?? null, migrationPaths: opts.migrationPaths }),
  );

const alembic = TOOL_CASES.find((c) => c.adapter === "alembic")!;
const alembicFile = (rev: string, down: string | null): string =>
  `revision = "${rev}"\ndown_revision = ${down === null ? "None" : `"${down}"`}\n\ndef upgrade():\n    pass\n\ndef downgrade():\n    op.drop_column("t", "${rev}")\n`;

describe("migration graph", () => {
  it("reports every head when two Alembic revisions share a parent", async () => {
    const repo = track(
      GitRepo.create({
        "alembic/versions/a1_init.py": alembicFile("a1", null),
        "alembic/versions/b2_left.py": alembicFile("b2", "a1"),
        "alembic/versions/c3_right.py": alembicFile("c3", "a1"),
      }),
    );
    const m = (await gather(repo.dir, declaration("Alembic", "c3", ["a1"]))).migration!;
    expect(m.status).toBe("found");
    expect(m.heads).toEqual(["b2", "c3"]);
    // A merge revision (tuple down_revision) joins them again: one head.
    repo.commit({ "alembic/versions/d4_merge.py": alembicFile("d4", "x").replace('"x"', '("b2", "c3")') });
    const merged = (await gather(repo.dir, declaration("Alembic", "d4", ["c3", "b2"]))).migration!;
    expect(merged.heads).toEqual(["d4"]);
    expect(merged.parents).toEqual(["b2", "c3"]);
    expect(merged.declaredParents).toEqual(["b2", "c3"]);
  });

  it("reports a revision written in two files as ambiguous, naming both", async () => {
    const repo = track(GitRepo.create({ "a/versions/x1_a.py": alembicFile("x1", null), "b/versions/x1_b.py": alembicFile("x1", null) }));
    const m = (await gather(repo.dir, declaration("Alembic", "x1", null))).migration!;
    expect(m.status).toBe("ambiguous");
    expect(m.reason).toContain("a/versions/x1_a.py");
    expect(m.reason).toContain("b/versions/x1_b.py");
  });

  it("reports a revision no file has as not found, with the declared parents canonicalised", async () => {
    const repo = track(GitRepo.create(alembic.files(1, true)));
    const m = (await gather(repo.dir, declaration(alembic.tooling, "ffff0000", ["aaaa1111bbbb_init.py"]))).migration!;
    expect(m).toMatchObject({ status: "not-found", file: null, tool: "alembic" });
    expect(m.declaredParents).toEqual(["aaaa1111bbbb"]);
  });
});

describe("declared tools the gate cannot verify", () => {
  it("says so for a tool without an adapter", async () => {
    const repo = track(GitRepo.create({ "README.md": "x\n" }));
    const m = (await gather(repo.dir, declaration("Hibernate hbm2ddl (update)", "1", null))).migration!;
    expect(m).toMatchObject({ status: "no-adapter", tool: null });
    expect(m.reason).toContain("Hibernate hbm2ddl");
  });

  it("calls GORM's AutoMigrate unversioned", async () => {
    const repo = track(GitRepo.create({ "main.go": "package main\n" }));
    const m = (await gather(repo.dir, declaration("GORM AutoMigrate (gorm v1.25)", "none", null))).migration!;
    expect(m).toMatchObject({ status: "unversioned-tool", tool: "gorm", reason: "AutoMigrate is not a versioned migration" });
  });

  it("is unavailable, naming the file and line, when a migration of the tool cannot be parsed", async () => {
    const repo = track(
      GitRepo.create({
        ...alembic.files(1, true),
        "migrations/versions/dead_beef.py": 'revision = "dead"\ndown_revision = None\n"""never closed\n',
      }),
    );
    const m = (await gather(repo.dir, declaration(alembic.tooling, "aaaa1111bbbb", null))).migration!;
    expect(m.status).toBe("unavailable");
    expect(m.reason).toContain("migrations/versions/dead_beef.py:3");
  });

  it("is unavailable for a migration file that is not UTF-8", async () => {
    const repo = track(GitRepo.create({ "db/migrations/000001_init.up.sql": "SELECT 1;\n" }));
    repo.commit({ "db/migrations/000002_x.up.sql": Buffer.from([0x53, 0xe9, 0xff, 0x0a]) });
    const m = (await gather(repo.dir, declaration("golang-migrate v4", "000001", null))).migration!;
    expect(m.status).toBe("unavailable");
    expect(m.reason).toContain("db/migrations/000002_x.up.sql");
    expect(m.reason).toContain("not UTF-8");
  });
});

describe("checkouts and refs the gate cannot use", () => {
  it("is unavailable, naming the directory, outside a git repository", async () => {
    const dir = track(plainDirectory(alembic.files(1, true)));
    const facts = await gather(dir.dir, declaration(alembic.tooling, "aaaa1111bbbb", null), { base: "main" });
    expect(facts.status).toBe("unavailable");
    expect(facts.reason).toBe(`not a git repository: ${dir.dir}`);
    expect(facts.migration).toMatchObject({ status: "unavailable", reason: facts.reason });
    expect(facts.changedMigrations).toMatchObject({ status: "unavailable", base: "main" });
  });

  it("is unavailable for a directory that does not exist", async () => {
    const facts = await gather(join(tmpdir(), "wo-gate-no-such-dir-7f3a"), null);
    expect(facts.status).toBe("unavailable");
    expect(facts.reason).toContain("wo-gate-no-such-dir-7f3a");
  });

  it("reports a base ref that does not exist, naming it, while the other facts stand", async () => {
    const repo = track(GitRepo.create(alembic.files(1, true)));
    const facts = await gather(repo.dir, declaration(alembic.tooling, "aaaa1111bbbb", null), { base: "origin/nope" });
    expect(facts.status).toBe("available");
    expect(facts.migration!.status).toBe("found");
    expect(facts.changedMigrations).toMatchObject({ status: "unavailable", base: "origin/nope", changed: [] });
    expect(facts.changedMigrations!.reason).toContain("'origin/nope' does not exist");
  });

  it("rejects a base that would be read as a git option", async () => {
    const repo = track(GitRepo.create(alembic.files(1, true)));
    const facts = await gather(repo.dir, null, { base: "--output=/tmp/x" });
    expect(facts.changedMigrations).toMatchObject({ status: "unavailable" });
  });

  it("says a shallow clone lacks the base", async () => {
    const origin = track(GitRepo.create(alembic.files(1, true)));
    origin.commit(alembic.files(2, true)).commit({ "README.md": "x\n" });
    const parent = mkdtempSync(join(tmpdir(), "wo-gate-shallow-"));
    cleanups.push(() => rmSync(parent, { recursive: true, force: true }));
    const clone = join(parent, "clone");
    execFileSync("git", ["clone", "-q", "--depth", "1", `file://${origin.dir}`, clone]);
    const facts = await gather(clone, null, { base: "HEAD~2" });
    expect(facts.changedMigrations!.status).toBe("unavailable");
    expect(facts.changedMigrations!.reason).toContain("'HEAD~2'");
    expect(facts.changedMigrations!.reason).toContain("shallow clone");
  });
});

describe("changed migration files", () => {
  it("counts a deleted migration, read as it was at the base", async () => {
    const repo = track(GitRepo.create({ ...alembic.files(1, true), ...alembic.files(2, true) }));
    repo.branch("feature").remove([alembic.file2]);
    const facts = await gather(repo.dir, null, { base: "main" });
    expect(facts.changedMigrations!.changed).toEqual([{ file: alembic.file2, tool: "alembic", id: "bbbb2222cccc", declared: false }]);
  });

  it("counts uncommitted and untracked migration files too", async () => {
    const repo = track(GitRepo.create(alembic.files(1, true)));
    repo.branch("feature").write(alembic.files(2, true));
    const facts = await gather(repo.dir, null, { base: "main" });
    expect(facts.changedMigrations!.changed.map((c) => c.file)).toEqual([alembic.file2]);
  });

  it("ignores changed files that are not migrations", async () => {
    const repo = track(GitRepo.create(alembic.files(1, true)));
    repo.branch("feature").commit({ "app/main.py": "print('x')\n", "migrations/env.py": "run()\n" });
    const facts = await gather(repo.dir, null, { base: "main" });
    expect(facts.changedMigrations).toMatchObject({ status: "available", changed: [] });
  });

  it("treats files matching migration-paths as migrations, declared when a §4 names their path", async () => {
    const repo = track(GitRepo.create({ "README.md": "x\n" }));
    repo.branch("feature").commit({ "sql/changes/2026-03-01-add-index.sql": "CREATE INDEX i ON t (c);\n", "docs/x.sql": "SELECT 1;\n" });
    const globs = ["sql/changes/**/*.sql"];
    const undeclared = await gather(repo.dir, null, { base: "main", migrationPaths: globs });
    expect(undeclared.changedMigrations!.changed).toEqual([{ file: "sql/changes/2026-03-01-add-index.sql", tool: null, id: null, declared: false }]);
    const wo = declaration("psql scripts", "2026-03-01-add-index", null, " (`sql/changes/2026-03-01-add-index.sql`)");
    const declared = await gather(repo.dir, wo, { base: "main", migrationPaths: globs });
    expect(declared.changedMigrations!.changed[0]!.declared).toBe(true);
  });
});
