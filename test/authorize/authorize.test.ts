/**
 * `authorize` end to end, in process: real git repositories (merge commits, a work order changed
 * after approval, two work orders for one migration, a shallow clone), the shared fixture work
 * orders, the policy compiled by the real OPA, and the loopback fake GitHub whose every response
 * is validated against GitHub's OpenAPI description.
 */
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { authorizeDeployment, type AuthorizeOptions } from "../../src/authorize/authorizeDeployment.js";
import { AuthorizationRecordSchema, type AuthorizationRecord } from "../../src/authorize/schema.js";
import { InputError } from "../../src/errors.js";
import { GitRepo, plainDirectory } from "../support/gitRepo.js";
import { notFound, rateLimited, recordedRetry, serverError, startGitHubServer, type FakeGitHub } from "../support/githubServer.js";
import {
  alembic,
  baseRepository,
  compiledPolicy,
  fixture,
  LOGINS,
  mergeIntoMain,
  MIGRATION_101,
  OWNER,
  REPO,
  serveGitHub,
  sha,
  WO_101,
  workOrderFixtures,
  type MergedPullRequest,
} from "./deployRepo.js";
import { environment } from "../support/githubObjects.js";

const repos: GitRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));
const track = (repo: GitRepo): GitRepo => (repos.push(repo), repo);

/** main → branch adding WO-101 and its migration → merge commit. */
function production101(): { repo: GitRepo; base: string; head: string; merge: string } {
  const repo = track(baseRepository());
  const base = sha(repo);
  repo.branch("wo-101").commit({ [MIGRATION_101]: alembic("8d0e4b1a2c6f", "3f1c2a9d7b4e", "tax_region_code"), [WO_101]: fixture("WO-MIGRATION-101-invoices-tax-region.md") }, "WO-101");
  const head = sha(repo);
  return { repo, base, head, merge: mergeIntoMain(repo, "wo-101") };
}

const approvedBy = (login: string, commitId: string, id = 1001) => ({ id, login, state: "APPROVED" as const, commitId });

describe.skipIf(!existsSync(workOrderFixtures))("wo-gate authorize", () => {
  let policy: { policy: string; data: string };
  let gh: FakeGitHub;
  let retry: ReturnType<typeof recordedRetry>;
  beforeAll(async () => {
    policy = await compiledPolicy();
  });
  beforeEach(async () => {
    gh = await startGitHubServer();
    retry = recordedRetry();
  });
  afterEach(async () => {
    await gh.close();
  });

  async function authorize(repo: GitRepo, options: Partial<AuthorizeOptions> = {}): Promise<AuthorizationRecord> {
    const record = await authorizeDeployment({
      repo: repo.dir,
      environment: "capecraft",
      migrations: [],
      pendingFrom: null,
      workOrderGlobs: ["**/WO-MIGRATION-[0-9]*.md"],
      scan: true,
      ...policy,
      github: { token: "test-token", repository: `${OWNER}/${REPO}`, apiUrl: gh.url, retry: retry.retry },
      ...options,
    });
    // The record is its own contract: what the Action outputs must parse.
    expect(AuthorizationRecordSchema.parse(record)).toEqual(record);
    return record;
  }
  const rules = (r: AuthorizationRecord) => [...new Set(r.violations.map((v) => v.rule))].sort();

  it("allows a production work order approved by the final authority on the merged pull request's head", async () => {
    const { repo, base, head, merge } = production101();
    serveGitHub(gh, [{ number: 7, headSha: head, baseSha: base, mergeCommitSha: merge, commits: [head, merge], reviews: [approvedBy(LOGINS.Robert, head)] }]);
    const record = await authorize(repo, { migrations: ["8d0e4b1a2c6f"] });
    expect(record.violations).toEqual([]);
    expect(record).toMatchObject({
      decision: "allow",
      environment: { key: "capecraft", production: true },
      repository: "acme/billing",
      deployedCommit: merge,
      selection: { source: "migrations", pendingFrom: null },
      migrations: [{ tool: "alembic", id: "8d0e4b1a2c6f", file: MIGRATION_101, workOrders: [WO_101], decision: "allow" }],
      workOrders: [
        {
          id: "WO-MIGRATION-101",
          file: WO_101,
          migrations: ["8d0e4b1a2c6f"],
          environments: ["capecraft"],
          committed: true,
          lastChange: head,
          pullRequest: { number: 7, headSha: head, mergeCommitSha: merge },
          approvers: [{ name: "Robert", login: "robert-gh", reviewId: 1001, state: "APPROVED", commitSha: head }],
          decision: "allow",
        },
      ],
      environmentProtection: { name: "capecraft", exists: true, requiredReviewers: { users: ["robert-gh"], teams: [] }, finalAuthorityLogin: "robert-gh" },
    });
    // The work order's last change, looked up as the issue prescribes.
    expect(gh.calls("GET", `/repos/${OWNER}/${REPO}/commits/${head}/pulls`)).toHaveLength(1);
  });

  it("finds the migrations about to run from --pending-from and from the graph heads", async () => {
    const { repo, base, head, merge } = production101();
    serveGitHub(gh, [{ number: 7, headSha: head, baseSha: base, mergeCommitSha: merge, commits: [head, merge], reviews: [approvedBy(LOGINS.Robert, head)] }]);
    const pending = await authorize(repo, { pendingFrom: base });
    expect(pending).toMatchObject({ decision: "allow", selection: { source: "pending-from", pendingFrom: base } });
    expect(pending.migrations.map((m) => m.id)).toEqual(["8d0e4b1a2c6f"]);
    const heads = await authorize(repo);
    expect(heads).toMatchObject({ decision: "allow", selection: { source: "heads" } });
    expect(heads.migrations.map((m) => m.id)).toEqual(["8d0e4b1a2c6f"]);
    // Nothing added since the deployed commit: nothing to run, nothing to authorize.
    const none = await authorize(repo, { pendingFrom: merge });
    expect(none).toMatchObject({ decision: "allow", migrations: [], workOrders: [] });
  });

  it("denies an approval given on an older commit of the pull request", async () => {
    const repo = track(baseRepository());
    const base = sha(repo);
    repo.branch("wo-101").commit({ [MIGRATION_101]: alembic("8d0e4b1a2c6f", "3f1c2a9d7b4e", "tax_region_code"), [WO_101]: fixture("WO-MIGRATION-101-invoices-tax-region.md") });
    const approved = sha(repo);
    repo.commit({ "README.md": "pushed after the approval\n" });
    const head = sha(repo);
    const merge = mergeIntoMain(repo, "wo-101");
    serveGitHub(gh, [{ number: 8, headSha: head, baseSha: base, mergeCommitSha: merge, commits: [approved, head, merge], reviews: [approvedBy(LOGINS.Robert, approved)] }]);
    const record = await authorize(repo, { migrations: ["8d0e4b1a2c6f"] });
    expect(record.decision).toBe("deny");
    expect(rules(record)).toEqual(["approval-not-verified"]);
    expect(record.violations[0]).toMatchObject({ file: WO_101, message: expect.stringContaining(`has no APPROVED review on the head commit ${head.slice(0, 7)}`) });
    expect(record.workOrders[0]?.approvers).toEqual([{ name: "Robert", login: "robert-gh", reviewId: 1001, state: "APPROVED", commitSha: approved }]);
  });

  it("denies a staging work order used for production, and allows it for staging", async () => {
    const repo = track(GitRepo.create({ "SYSTEM_SPEC.md": "# Spec\n\n## 6.3 Migration Rules\n", "AUTONOMY_PLAYBOOK.md": "# Playbook\n", "orders/versions/2c7d51f0b9aa_add_status.py": alembic("2c7d51f0b9aa", null, "status") }));
    const base = sha(repo);
    const wo = "WO-MIGRATION-138-order-status-on-hold.md";
    repo.branch("wo-138").commit({ "orders/versions/9e4b7a1c3d20_on_hold.py": alembic("9e4b7a1c3d20", "2c7d51f0b9aa", "on_hold"), [wo]: fixture(wo) });
    const head = sha(repo);
    const merge = mergeIntoMain(repo, "wo-138");
    serveGitHub(gh, [{ number: 9, headSha: head, baseSha: base, mergeCommitSha: merge, commits: [head, merge], reviews: [approvedBy(LOGINS["Aisha Patel"], head)] }]);

    const production = await authorize(repo, { migrations: ["9e4b7a1c3d20"], environment: "production" });
    expect(production.decision).toBe("deny");
    expect(rules(production)).toEqual(["environment-mismatch"]);
    expect(production.violations[0]).toMatchObject({ file: wo, section: "§1", message: expect.stringContaining("selects autorisen (staging)") });

    const staging = await authorize(repo, { migrations: ["9e4b7a1c3d20"], environment: "staging" });
    expect(staging).toMatchObject({ decision: "allow", environment: { key: "autorisen", production: false }, environmentProtection: null });
    expect(staging.workOrders[0]?.approvers).toEqual([{ name: "Aisha Patel", login: "aisha-gh", reviewId: 1001, state: "APPROVED", commitSha: head }]);
  });

  it("denies a migration no work order declares", async () => {
    const { repo, base, head, merge } = production101();
    repo.commit({ "migrations/versions/c0ffee000001_hotfix.py": alembic("c0ffee000001", "8d0e4b1a2c6f", "hotfix") }, "hotfix without a work order");
    serveGitHub(gh, [{ number: 7, headSha: head, baseSha: base, mergeCommitSha: merge, commits: [head, merge], reviews: [approvedBy(LOGINS.Robert, head)] }]);
    const record = await authorize(repo, { pendingFrom: merge });
    expect(record.decision).toBe("deny");
    expect(record.violations).toEqual([
      {
        rule: "work-order-missing",
        section: "§4",
        file: "migrations/versions/c0ffee000001_hotfix.py",
        line: null,
        message: expect.stringContaining("no work order at the deployed commit declares the alembic migration c0ffee000001"),
      },
    ]);
    expect(record.migrations).toEqual([{ tool: "alembic", id: "c0ffee000001", file: "migrations/versions/c0ffee000001_hotfix.py", workOrders: [], decision: "deny" }]);
  });

  it("denies a migration two work orders declare", async () => {
    const django = (deps: string) =>
      `from django.db import migrations\n\n\nclass Migration(migrations.Migration):\n    dependencies = [${deps}]\n\n    operations = [\n        migrations.AlterModelOptions(name="x", options={}),\n    ]\n`;
    const repo = track(
      GitRepo.create({
        "SYSTEM_SPEC.md": "# Spec\n\n## §6.3 Migration Rules\n",
        "AUTONOMY_PLAYBOOK.md": "# Playbook\n",
        "accounts/migrations/0031_user_timezone.py": django(""),
        "digests/migrations/0006_alter_subscription_channel.py": django(""),
      }),
    );
    const base = sha(repo);
    const [a, b] = ["WO-MIGRATION-103-digest-schedules.md", "WO-MIGRATION-143-digest-schedules-plain-title.md"];
    repo.branch("digests").commit({
      "digests/migrations/0007_digestschedule_and_more.py": django('("digests", "0006_alter_subscription_channel"), ("accounts", "0031_user_timezone")'),
      [`work-orders/${a}`]: fixture(a),
      [`work-orders/${b}`]: fixture(b),
    });
    const head = sha(repo);
    const merge = mergeIntoMain(repo, "digests");
    serveGitHub(gh, [{ number: 10, headSha: head, baseSha: base, mergeCommitSha: merge, commits: [head, merge], reviews: [approvedBy(LOGINS["Naledi Khumalo"], head)] }]);
    const record = await authorize(repo, { environment: "autorisen", pendingFrom: base });
    expect(record.decision).toBe("deny");
    // Each work order is fine on its own: only their number denies.
    expect(record.workOrders.map((w) => [w.file, w.decision])).toEqual([
      [`work-orders/${a}`, "allow"],
      [`work-orders/${b}`, "allow"],
    ]);
    expect(record.violations).toEqual([
      {
        rule: "work-order-ambiguous",
        section: "§4",
        file: "digests/migrations/0007_digestschedule_and_more.py",
        line: null,
        message: expect.stringContaining(`2 work orders declare the django migration digests.0007_digestschedule_and_more: work-orders/${a}, work-orders/${b}`),
      },
    ]);
  });

  it("denies a work order changed after approval (the merge commit rewrote it)", async () => {
    const repo = track(baseRepository());
    const base = sha(repo);
    const text = fixture("WO-MIGRATION-101-invoices-tax-region.md");
    repo.branch("wo-101").commit({ [MIGRATION_101]: alembic("8d0e4b1a2c6f", "3f1c2a9d7b4e", "tax_region_code"), [WO_101]: text });
    const head = sha(repo);
    repo.git("checkout", "-q", "main");
    repo.git("merge", "-q", "--no-ff", "--no-commit", "wo-101");
    repo.write({ [WO_101]: text.replace("in batches of 10,000 rows", "in one transaction") });
    repo.git("add", WO_101);
    repo.git("commit", "-q", "-m", "Merge pull request #11");
    const merge = sha(repo);
    serveGitHub(gh, [{ number: 11, headSha: head, baseSha: base, mergeCommitSha: merge, commits: [head, merge], reviews: [approvedBy(LOGINS.Robert, head)] }]);
    const record = await authorize(repo, { migrations: ["8d0e4b1a2c6f"] });
    expect(record.decision).toBe("deny");
    expect(rules(record)).toEqual(["work-order-changed-after-approval"]);
    expect(record.violations[0]?.message).toContain(`the deployed text differs from the head ${head.slice(0, 7)} of pull request #11`);
    expect(record.workOrders[0]).toMatchObject({ lastChange: merge, pullRequest: { number: 11, mergeCommitSha: merge } });
  });

  it("denies a work order whose last change no merged pull request brought in (pushed straight to main)", async () => {
    const { repo, base, head, merge } = production101();
    repo.commit({ [WO_101]: `${fixture("WO-MIGRATION-101-invoices-tax-region.md")}\nEdited on main.\n` }, "edit without review");
    serveGitHub(gh, [{ number: 7, headSha: head, baseSha: base, mergeCommitSha: merge, commits: [head, merge], reviews: [approvedBy(LOGINS.Robert, head)] }]);
    const record = await authorize(repo, { migrations: ["8d0e4b1a2c6f"] });
    expect(rules(record)).toEqual(["approval-not-verified"]);
    expect(record.violations[0]?.message).toContain(`no merged pull request brought commit ${sha(repo).slice(0, 7)}`);
  });

  it("denies a work order that is not committed as it stands", async () => {
    const { repo, base, head, merge } = production101();
    writeFileSync(path.join(repo.dir, WO_101), `${fixture("WO-MIGRATION-101-invoices-tax-region.md")}\nLocal edit.\n`);
    serveGitHub(gh, [{ number: 7, headSha: head, baseSha: base, mergeCommitSha: merge, commits: [head, merge], reviews: [approvedBy(LOGINS.Robert, head)] }]);
    const record = await authorize(repo, { migrations: ["8d0e4b1a2c6f"] });
    expect(rules(record)).toEqual(["work-order-not-committed"]);
    expect(record.workOrders[0]?.committed).toBe(false);
  });

  it("denies production when the GitHub Environment does not require the final authority, or does not exist", async () => {
    const { repo, base, head, merge } = production101();
    const pr: MergedPullRequest = { number: 7, headSha: head, baseSha: base, mergeCommitSha: merge, commits: [head, merge], reviews: [approvedBy(LOGINS.Robert, head)] };
    serveGitHub(gh, [pr], ["deputy-gh"]);
    const record = await authorize(repo, { migrations: ["8d0e4b1a2c6f"] });
    expect(record.decision).toBe("deny");
    expect(record.violations).toEqual([
      {
        rule: "environment-unprotected",
        section: null,
        file: null,
        line: null,
        message: `the GitHub Environment "capecraft" does not require a review by @robert-gh (Robert, the final authority); its required reviewers are @deputy-gh: add @robert-gh as a required reviewer`,
      },
    ]);
    expect(record.environmentProtection).toEqual({ name: "capecraft", exists: true, requiredReviewers: { users: ["deputy-gh"], teams: [] }, finalAuthorityLogin: "robert-gh" });

    gh.on("GET", `/repos/${OWNER}/${REPO}/environments/capecraft`, {
      status: 200,
      body: environment({ owner: OWNER, repo: REPO, name: "capecraft", teams: ["release-managers"], waitTimer: 30 }),
    });
    const team = await authorize(repo, { migrations: ["8d0e4b1a2c6f"] });
    expect(team.violations.map((v) => v.message)).toEqual([
      `the GitHub Environment "capecraft" does not require a review by @robert-gh (Robert, the final authority); its required reviewers are team release-managers: add @robert-gh as a required reviewer`,
    ]);

    gh.on("GET", `/repos/${OWNER}/${REPO}/environments/capecraft`, notFound());
    const missing = await authorize(repo, { migrations: ["8d0e4b1a2c6f"] });
    expect(rules(missing)).toEqual(["environment-unprotected"]);
    expect(missing.violations[0]?.message).toContain('environment "capecraft" does not exist in acme/billing');
  });

  it("allows a squash-merged work order whose approved head is no longer in the clone", async () => {
    const origin = track(baseRepository());
    const base = sha(origin);
    origin.branch("wo-101").commit({ [MIGRATION_101]: alembic("8d0e4b1a2c6f", "3f1c2a9d7b4e", "tax_region_code"), [WO_101]: fixture("WO-MIGRATION-101-invoices-tax-region.md") });
    const head = sha(origin);
    origin.git("checkout", "-q", "main");
    origin.git("merge", "-q", "--squash", "wo-101");
    origin.git("commit", "-q", "-m", "WO-101 (#12)");
    const squash = sha(origin);
    origin.git("branch", "-q", "-D", "wo-101");
    // A fresh full clone: the deleted branch's head is not in it, as on a runner.
    const clone = track(GitRepo.create());
    clone.git("fetch", "-q", `file://${origin.dir}`, "main");
    clone.git("checkout", "-q", "-B", "main", "FETCH_HEAD");
    expect(() => clone.git("cat-file", "-e", `${head}^{commit}`)).toThrow();
    serveGitHub(gh, [{ number: 12, headSha: head, baseSha: base, mergeCommitSha: squash, commits: [squash], reviews: [approvedBy(LOGINS.Robert, head)] }]);
    const record = await authorize(clone, { migrations: ["8d0e4b1a2c6f"] });
    expect(record.violations).toEqual([]);
    expect(record.workOrders[0]).toMatchObject({ lastChange: squash, pullRequest: { number: 12, headSha: head, mergeCommitSha: squash } });
  });

  it("retries a failing API a bounded number of times, then denies with the reason (5xx and rate limit)", async () => {
    const { repo, head } = production101();
    const pulls = `/repos/${OWNER}/${REPO}/commits/${head}/pulls`;
    serveGitHub(gh, []);
    gh.on("GET", pulls, serverError(502));
    const failing = await authorize(repo, { migrations: ["8d0e4b1a2c6f"] });
    expect(failing.decision).toBe("deny");
    expect(rules(failing)).toEqual(["approval-not-verified"]);
    expect(failing.violations[0]?.message).toContain(`GitHub API error: GET ${pulls} returned 502 after 3 attempts`);
    expect(gh.calls("GET", pulls)).toHaveLength(3);
    expect(retry.delays).toEqual([100, 200]);

    gh.on("GET", pulls, rateLimited({ status: 429, retryAfterSeconds: 60 }));
    const limited = await authorize(repo, { migrations: ["8d0e4b1a2c6f"] });
    expect(limited.violations[0]?.message).toContain("returned 429 (rate limited) after 3 attempts");
    expect(gh.calls("GET", pulls)).toHaveLength(6);
    // Waits are capped by the retry policy: a rate limit never stalls the deploy for a minute.
    expect(retry.delays.slice(2)).toEqual([5_000, 5_000]);
  });

  it("denies without a token, and says why for both the approvals and the Environment", async () => {
    const { repo } = production101();
    const record = await authorize(repo, { migrations: ["8d0e4b1a2c6f"], github: { token: undefined, repository: `${OWNER}/${REPO}`, apiUrl: gh.url } });
    expect(rules(record)).toEqual(["approval-not-verified", "environment-unprotected"]);
    expect(record.violations.every((v) => v.message.includes("no token"))).toBe(true);
    expect(gh.requests).toEqual([]);
  });

  it("denies in a shallow clone whose history ends before the work order's last change", async () => {
    const { repo, base, head, merge } = production101();
    const clone = track(GitRepo.create());
    clone.git("fetch", "-q", "--depth", "1", `file://${repo.dir}`, "main");
    clone.git("checkout", "-q", "-B", "main", "FETCH_HEAD");
    serveGitHub(gh, [{ number: 7, headSha: head, baseSha: base, mergeCommitSha: merge, commits: [head, merge], reviews: [approvedBy(LOGINS.Robert, head)] }]);
    const record = await authorize(clone, { migrations: ["8d0e4b1a2c6f"] });
    expect(rules(record)).toEqual(["approval-not-verified"]);
    expect(record.violations[0]?.message).toContain("shallow clone");
    const pending = await authorize(clone, { pendingFrom: base });
    expect(rules(pending)).toEqual(["migration-unknown"]);
    expect(pending.violations[0]?.message).toContain("shallow clone");
  });

  it("denies what cannot be identified: an unknown migration id, a directory that is not a repository", async () => {
    const { repo } = production101();
    serveGitHub(gh, []);
    const unknown = await authorize(repo, { migrations: ["deadbeef0000"] });
    expect(unknown.violations).toEqual([
      { rule: "migration-unknown", section: null, file: null, line: null, message: 'no migration in the repository has the id "deadbeef0000"' },
    ]);
    const plain = plainDirectory({ "migrations/versions/8d0e4b1a2c6f_x.py": alembic("8d0e4b1a2c6f", null) });
    try {
      const notRepo = await authorize(repo, { repo: plain.dir, migrations: ["8d0e4b1a2c6f"] });
      expect(notRepo).toMatchObject({ decision: "deny", deployedCommit: null, migrations: [], workOrders: [] });
      expect(notRepo.violations.filter((v) => v.rule === "migration-unknown")).toEqual([
        { rule: "migration-unknown", section: null, file: null, line: null, message: `cannot establish which migrations are about to run: not a git repository: ${plain.dir}` },
      ]);
    } finally {
      plain.cleanup();
    }
  });

  it("refuses usage errors: an unknown environment, --migration with --pending-from", async () => {
    const { repo } = production101();
    await expect(authorize(repo, { environment: "qa" })).rejects.toThrow(InputError);
    await expect(authorize(repo, { environment: "qa" })).rejects.toThrow(/--env "qa" is not an environment of the policy data: use one of local \(dev, local\/dev\), autorisen \(staging\), capecraft \(production, prod\)/);
    await expect(authorize(repo, { migrations: ["x"], pendingFrom: "main" })).rejects.toThrow(/alternatives/);
  });
});
