/**
 * `check --repo` says, per work order, which migration file it matched and what was verified
 * (issue 7), from the facts the real cross-check gathered on a real git repository.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { checkWorkOrders } from "../../src/decision/checkWorkOrders.js";
import { renderMarkdown } from "../../src/report/renderMarkdown.js";
import { renderText } from "../../src/report/renderText.js";
import { verifiedFacts } from "../../src/report/verifiedFacts.js";
import { GitRepo } from "../support/gitRepo.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const example = readFileSync(path.join(root, "examples/WO-MIGRATION-001-add-orders-notes.md"), "utf8");
const revision = /Migration ID \/ revision:\s*\n\s*- `([^`]+)`/.exec(example)![1]!;
const down = /Down revision\(s\):\s*\n\s*- `([^`]+)`/.exec(example)![1]!;
const alembic = (rev: string, parent: string | null) =>
  `revision = "${rev}"\ndown_revision = ${parent ? `"${parent}"` : "None"}\n\n\ndef upgrade():\n    op.execute("SELECT 1")\n\n\ndef downgrade():\n    op.execute("SELECT 0")\n`;

const repos: GitRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

async function check(extra: Record<string, string> = {}) {
  const repo = GitRepo.create({
    "WO-MIGRATION-001-add-orders-notes.md": example,
    "SYSTEM_SPEC.md": "# Spec\n\n## 6.3 Migration Rules\n",
    "AUTONOMY_PLAYBOOK.md": "# Playbook\n",
    "migrations/versions/0001_base.py": alembic(down, null),
    "migrations/versions/0002_notes.py": alembic(revision, down),
    ...extra,
  });
  repos.push(repo);
  return checkWorkOrders({
    workOrders: [path.join(repo.dir, "WO-MIGRATION-001-add-orders-notes.md")],
    repo: repo.dir,
    base: null,
    scan: true,
    scanPaths: [],
    migrationPaths: [],
    github: null,
  });
}

describe("what the repository cross-check verified", () => {
  it("names the matched migration file, its tracking, parents and down step, and the governance documents", async () => {
    const report = await check();
    expect(report.decision).toBe("allow");
    const facts = verifiedFacts(report.workOrders[0]!.repository);
    expect(facts).toEqual([
      `migration: alembic ${revision} is migrations/versions/0002_notes.py:1, tracked by git; parents: ${down}; down step at line 9`,
      "governance documents: SYSTEM_SPEC.md (§6.3), AUTONOMY_PLAYBOOK.md",
    ]);
    expect(renderText(report, { color: false })).toContain(`  migration: alembic ${revision} is migrations/versions/0002_notes.py:1`);
  });

  it("links §2's references to the governance documents at the checked commit in the summary", async () => {
    const report = await check();
    const markdown = renderMarkdown(report, { source: { serverUrl: "https://github.com", owner: "acme", repo: "shop", sha: "abc123" } });
    expect(markdown).toContain(
      "- §2 references: [SYSTEM\\_SPEC\\.md](https://github.com/acme/shop/blob/abc123/SYSTEM_SPEC.md) · [AUTONOMY\\_PLAYBOOK\\.md](https://github.com/acme/shop/blob/abc123/AUTONOMY_PLAYBOOK.md)",
    );
  });

  it("reports a second Alembic head (a merge accident)", async () => {
    const report = await check({ "migrations/versions/0003_other.py": alembic("c0ffee000001", down) });
    const facts = verifiedFacts(report.workOrders[0]!.repository);
    expect(facts.find((f) => f.startsWith("note:"))).toBe(
      `note: the alembic migration graph has 2 heads (${[revision, "c0ffee000001"].sort().join(", ")}): merge them before deploying`,
    );
  });
});
