/**
 * Deploy fixtures for the authorize tests: real git repositories holding the governance
 * documents, migrations and the shared fixture work orders, merged the way GitHub merges pull
 * requests; the policy compiled once by the real OPA; and the fake GitHub API scripted with the
 * pull request that merged a commit, its reviews and the production Environment.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { compileRego } from "../../src/decision/opaBinary.js";
import { readPolicyData } from "../../src/decision/policyData.js";
import { environment, pullRequestSimple, review, type ReviewState } from "../support/githubObjects.js";
import type { FakeGitHub, FakeResponse } from "../support/githubServer.js";
import { GitRepo } from "../support/gitRepo.js";
import { policyDir, root } from "../policy/opa.js";

export const OWNER = "acme";
export const REPO = "billing";
export const workOrderFixtures = path.resolve(root, "../shared/fixtures/work-orders");

/** Policy data: the bundled defaults plus the approvers' GitHub logins. */
export const LOGINS = { Robert: "robert-gh", "Aisha Patel": "aisha-gh", "Naledi Khumalo": "naledi-gh" } as const;

/** The policy compiled once (a .wasm) and the policy data with logins, as files. */
export async function compiledPolicy(): Promise<{ policy: string; data: string }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "wo-gate-authorize-policy-"));
  const compiled = await compileRego(policyDir);
  const policy = path.join(dir, "policy.wasm");
  const data = path.join(dir, "data.json");
  writeFileSync(policy, compiled.wasm);
  writeFileSync(data, JSON.stringify({ ...readPolicyData(path.join(policyDir, "data.json")), githubLogins: LOGINS }));
  return { policy, data };
}

export const fixture = (name: string): string => readFileSync(path.join(workOrderFixtures, name), "utf8");

export const GOVERNANCE = {
  "SYSTEM_SPEC.md": "# System spec\n\n## §6.3 Migration Rules\n\nMigrations run only from the deploy job.\n",
  "AUTONOMY_PLAYBOOK.md": "# Autonomy playbook\n\nNo production migration without Robert.\n",
};

/** An Alembic migration file as `alembic revision` writes it. */
export function alembic(revision: string, down: string | null, column = "note"): string {
  return [
    `"""add ${column}\n\nRevision ID: ${revision}\nRevises: ${down ?? ""}\n"""`,
    "from alembic import op",
    "import sqlalchemy as sa",
    "",
    `revision = "${revision}"`,
    `down_revision = ${down === null ? "None" : `"${down}"`}`,
    "branch_labels = None",
    "depends_on = None",
    "",
    "",
    "def upgrade():",
    `    op.add_column("invoices", sa.Column("${column}", sa.Text()))`,
    "",
    "",
    "def downgrade():",
    `    op.drop_column("invoices", "${column}")`,
    "",
  ].join("\n");
}

export const WO_101 = "docs/work-orders/WO-MIGRATION-101-invoices-tax-region.md";
export const MIGRATION_101 = "migrations/versions/8d0e4b1a2c6f_add_invoice_tax_region_code.py";

/** main with the governance documents and the base migration WO-101's down revision names. */
export function baseRepository(): GitRepo {
  return GitRepo.create({ ...GOVERNANCE, "migrations/versions/3f1c2a9d7b4e_add_currency.py": alembic("3f1c2a9d7b4e", null, "currency") }, "base");
}

/** The commit `rev` names. */
export const sha = (repo: GitRepo, rev = "HEAD"): string => repo.git("rev-parse", rev).trim();

/** Merge `branch` into main with a merge commit, as GitHub's "Create a merge commit" does. */
export function mergeIntoMain(repo: GitRepo, branch: string): string {
  repo.git("checkout", "-q", "main");
  repo.git("merge", "-q", "--no-ff", "-m", `Merge pull request from ${branch}`, branch);
  return sha(repo);
}

export interface MergedPullRequest {
  number: number;
  headSha: string;
  baseSha: string;
  mergeCommitSha: string;
  /** Commits GitHub associates with this pull request (`GET /commits/{sha}/pulls`). */
  commits: string[];
  reviews: Array<{ id: number; login: string; state: ReviewState; commitId: string }>;
}

/** Script the fake with merged pull requests, their reviews, and the production Environment's reviewers. */
export function serveGitHub(gh: FakeGitHub, prs: MergedPullRequest[], envReviewers: string[] | null = [LOGINS.Robert]): void {
  gh.on("GET", `/repos/${OWNER}/${REPO}/commits/{commit_sha}/pulls`, (_request, params): FakeResponse => {
    const found = prs.filter((pr) => pr.commits.includes(params.commit_sha ?? ""));
    return {
      status: 200,
      body: found.map((pr) =>
        pullRequestSimple({ owner: OWNER, repo: REPO, number: pr.number, headSha: pr.headSha, baseSha: pr.baseSha, mergedAt: "2026-03-06T10:00:00Z", mergeCommitSha: pr.mergeCommitSha }),
      ),
    };
  });
  for (const pr of prs) {
    gh.on("GET", `/repos/${OWNER}/${REPO}/pulls/${pr.number}/reviews`, {
      status: 200,
      body: pr.reviews.map((r) => review({ owner: OWNER, repo: REPO, number: pr.number, ...r })),
    });
  }
  if (envReviewers !== null) {
    gh.on("GET", `/repos/${OWNER}/${REPO}/environments/capecraft`, { status: 200, body: environment({ owner: OWNER, repo: REPO, name: "capecraft", users: envReviewers }) });
  }
}
