/**
 * A repository a pull request could come from, built with real git: governance documents and an
 * Alembic history on `main`, then a branch that adds a migration (and, usually, its work order).
 * The work orders are the shared fixtures (101: production, signed by Robert), optionally edited
 * the way an author would (select staging and sign it there, inject hostile text).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { GitRepo } from "../support/gitRepo.js";
import { fixturesDir, root } from "./harness.js";

export const OWNER = "acme";
export const REPO = "app";
export const PR_NUMBER = 7;
export const WORK_ORDER_PATH = "docs/work-orders/WO-MIGRATION-101-invoices-tax-region.md";
export const MIGRATION_PATH = "migrations/versions/8d0e4b1a2c6f_add_invoice_tax_region_code.py";
/** Policy data maps the §8 signers to these logins. */
export const LOGINS = { Robert: "robert-gh", "Anika Brandt": "anika-gh" } as const;

export function productionWorkOrder(): string {
  return readFileSync(path.join(fixturesDir, "WO-MIGRATION-101-invoices-tax-region.md"), "utf8");
}

function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`the fixture no longer holds ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

/** Fixture 101 moved to staging: the staging box checked, signed by the staging approver. */
export function stagingWorkOrder(): string {
  let text = productionWorkOrder();
  text = replaceOnce(text, "- [ ] autorisen (staging)", "- [x] autorisen (staging)");
  text = replaceOnce(text, "- [x] capecraft (production — Robert-only)", "- [ ] capecraft (production — Robert-only)");
  text = replaceOnce(text, "- [x] Approver name / role: Robert / Final authority", "- [x] Approver name / role: Anika Brandt / SRE lead");
  return text;
}

export { replaceOnce };

const GOVERNANCE = {
  "SYSTEM_SPEC.md": "# System spec\n\n## 6.3 Migration Rules\n\nMigrations are versioned and reviewed.\n",
  "AUTONOMY_PLAYBOOK.md": "# Autonomy playbook\n\nMigration constraints apply.\n",
};

const BASE_MIGRATION = {
  "migrations/versions/3f1c2a9d7b4e_create_invoices.py": [
    '"""create invoices"""',
    "from alembic import op",
    "import sqlalchemy as sa",
    "",
    'revision = "3f1c2a9d7b4e"',
    "down_revision = None",
    "",
    "",
    "def upgrade():",
    '    op.create_table("invoices", sa.Column("id", sa.BigInteger, primary_key=True))',
    "",
    "",
    "def downgrade():",
    '    op.drop_table("invoices")',
    "",
  ].join("\n"),
};

const NEW_MIGRATION = [
  '"""add invoices.tax_region_code"""',
  "from alembic import op",
  "import sqlalchemy as sa",
  "",
  'revision = "8d0e4b1a2c6f"',
  'down_revision = "3f1c2a9d7b4e"',
  "",
  "",
  "def upgrade():",
  '    op.add_column("invoices", sa.Column("tax_region_code", sa.String(8), nullable=True))',
  "",
  "",
  "def downgrade():",
  '    op.drop_column("invoices", "tax_region_code")',
  "",
].join("\n");

export interface Scenario {
  repo: GitRepo;
  baseSha: string;
  headSha: string;
  /** Files the pull request changes (what GitHub's files endpoint lists). */
  changed: string[];
}

/**
 * `main` with the governance documents and the first migration; the pull request's branch adds
 * the new migration, the work order when given, and any extra files.
 */
export function pullRequestRepository(workOrder: string | null, extra: Record<string, string> = {}): Scenario {
  const repo = GitRepo.create({ ...GOVERNANCE, ...BASE_MIGRATION, "README.md": "# app\n" }, "main");
  const baseSha = repo.git("rev-parse", "HEAD").trim();
  repo.branch("feature");
  const files: Record<string, string> = { [MIGRATION_PATH]: NEW_MIGRATION, ...extra };
  if (workOrder !== null) files[WORK_ORDER_PATH] = workOrder;
  repo.commit(files, "add tax_region_code");
  return { repo, baseSha, headSha: repo.git("rev-parse", "HEAD").trim(), changed: Object.keys(files).sort() };
}

/** Policy data: the bundled data with the approvers' GitHub logins. */
export function policyDataFile(): { file: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), "wo-gate-data-"));
  const data = JSON.parse(readFileSync(path.join(root, "policy", "data.json"), "utf8")) as Record<string, unknown>;
  const file = path.join(dir, "data.json");
  writeFileSync(file, JSON.stringify({ ...data, githubLogins: LOGINS }, null, 2));
  return { file, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
