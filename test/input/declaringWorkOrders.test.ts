/**
 * "Declared" means by any work order at the checked commit (decisions.md): a pull request that
 * changes a migration an older, unchanged work order declares is not `work-order-missing`, while
 * one that no work order in the repository declares is.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { checkWorkOrders } from "../../src/decision/checkWorkOrders.js";
import { GitRepo } from "../support/gitRepo.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const example = readFileSync(path.join(root, "examples/WO-MIGRATION-001-add-orders-notes.md"), "utf8");
const repos: GitRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

const alembic = (rev: string, down: string | null) =>
  `revision = "${rev}"\ndown_revision = ${down ? `"${down}"` : "None"}\n\n\ndef upgrade():\n    op.execute("SELECT 1")\n\n\ndef downgrade():\n    op.execute("SELECT 0")\n`;

/** The example work order's §4 revision and down revision, read from the document itself. */
const revision = /Migration ID \/ revision:\s*\n\s*- `([^`]+)`/.exec(example)![1]!;
const down = /Down revision\(s\):\s*\n\s*- `([^`]+)`/.exec(example)![1]!;

function repoWithDeclaredMigration(declare: boolean): GitRepo {
  const repo = GitRepo.create({
    "migrations/versions/0001_base.py": alembic(down, null),
    ...(declare ? { "docs/work-orders/WO-MIGRATION-001-add-orders-notes.md": example } : {}),
  });
  repos.push(repo);
  repo.git("branch", "base");
  repo.commit({ "migrations/versions/0002_notes.py": alembic(revision, down) }, "add the migration");
  return repo;
}

const run = (repo: GitRepo) =>
  checkWorkOrders({ workOrders: [], repo: repo.dir, base: "base", scan: false, scanPaths: [], migrationPaths: [], github: null });

describe("changed migrations are declared by any work order at the checked commit", () => {
  it("an older work order the change does not touch declares the migration: allow", async () => {
    const report = await run(repoWithDeclaredMigration(true));
    expect(report.decision).toBe("allow");
    expect(report.workOrders).toEqual([]);
  });

  it("no work order in the repository declares it: work-order-missing, naming the file", async () => {
    const report = await run(repoWithDeclaredMigration(false));
    expect(report.decision).toBe("deny");
    expect(report.workOrders.map((w) => w.file)).toEqual(["migrations/versions/0002_notes.py"]);
    expect(report.workOrders[0]!.violations.map((v) => v.rule)).toEqual(["work-order-missing"]);
  });
});
