/**
 * `wo-gate authorize` as a deploy job runs it: the CLI spawned with tsx against a real git
 * repository and the loopback fake GitHub (reached through GITHUB_API_URL, GITHUB_REPOSITORY and
 * GITHUB_TOKEN). Exit 0 allow, 1 deny, 2 the gate could not run; one JSON document with --format json.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AuthorizationRecordSchema } from "../../src/authorize/schema.js";
import { root } from "../policy/opa.js";
import { exec } from "../support/exec.js";
import type { GitRepo } from "../support/gitRepo.js";
import { startGitHubServer, type FakeGitHub } from "../support/githubServer.js";
import { alembic, baseRepository, compiledPolicy, fixture, LOGINS, mergeIntoMain, MIGRATION_101, OWNER, REPO, serveGitHub, sha, WO_101, workOrderFixtures } from "./deployRepo.js";

function cli(args: string[], env: Record<string, string>) {
  return exec(process.execPath, ["--import", "tsx", path.join(root, "src/cli/main.ts"), ...args], {
    cwd: root,
    env: { ...process.env, NO_COLOR: "1", GITHUB_TOKEN: "", GITHUB_REPOSITORY: "", GITHUB_API_URL: "", ...env },
  });
}

describe.skipIf(!existsSync(workOrderFixtures))("wo-gate authorize (CLI)", () => {
  let repo: GitRepo;
  let head: string;
  let base: string;
  let merge: string;
  let policyArgs: string[];
  let gh: FakeGitHub;
  let env: Record<string, string>;

  beforeAll(async () => {
    const policy = await compiledPolicy();
    policyArgs = ["--policy", policy.policy, "--data", policy.data];
    repo = baseRepository();
    base = sha(repo);
    repo.branch("wo-101").commit({ [MIGRATION_101]: alembic("8d0e4b1a2c6f", "3f1c2a9d7b4e", "tax_region_code"), [WO_101]: fixture("WO-MIGRATION-101-invoices-tax-region.md") });
    head = sha(repo);
    merge = mergeIntoMain(repo, "wo-101");
  });
  afterAll(() => repo.cleanup());
  beforeEach(async () => {
    gh = await startGitHubServer();
    env = { GITHUB_TOKEN: "test-token", GITHUB_REPOSITORY: `${OWNER}/${REPO}`, GITHUB_API_URL: gh.url };
  });
  afterEach(async () => {
    await gh.close();
  });

  it("exits 0 and prints the authorization record as one JSON document", async () => {
    serveGitHub(gh, [{ number: 7, headSha: head, baseSha: base, mergeCommitSha: merge, commits: [head, merge], reviews: [{ id: 31, login: LOGINS.Robert, state: "APPROVED", commitId: head }] }]);
    const r = await cli(["authorize", "--env", "production", "--repo", repo.dir, "--pending-from", base, "--format", "json", ...policyArgs], env);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const record = AuthorizationRecordSchema.parse(JSON.parse(r.stdout));
    expect(record).toMatchObject({ decision: "allow", deployedCommit: merge, migrations: [{ id: "8d0e4b1a2c6f", workOrders: [WO_101] }] });
    expect(record.workOrders[0]?.approvers).toEqual([{ name: "Robert", login: "robert-gh", reviewId: 31, state: "APPROVED", commitSha: head }]);
  });

  it("exits 1 on deny, naming each reason (text and Markdown)", async () => {
    serveGitHub(gh, [{ number: 7, headSha: head, baseSha: base, mergeCommitSha: merge, commits: [head, merge], reviews: [] }], ["deputy-gh"]);
    const text = await cli(["authorize", "--env", "capecraft", "--repo", repo.dir, "--migration", "8d0e4b1a2c6f", ...policyArgs], env);
    expect(text.status).toBe(1);
    expect(text.stdout.split("\n")[0]).toBe(`deny   deploy to capecraft (production) at ${merge.slice(0, 7)}`);
    expect(text.stdout).toContain(`  ${WO_101}:`);
    expect(text.stdout).toMatch(/approval-not-verified {2}Robert \(@robert-gh\) has no APPROVED review/);
    expect(text.stdout).toContain("(deploy)  environment-unprotected  the GitHub Environment \"capecraft\" does not require a review by @robert-gh");
    const markdown = await cli(["authorize", "--env", "capecraft", "--repo", repo.dir, "--migration", "8d0e4b1a2c6f", "--format", "markdown", ...policyArgs], env);
    expect(markdown.status).toBe(1);
    expect(markdown.stdout).toMatch(/^## ❌ deny — deploy authorization: capecraft \\\(production\\\)\n/);
  });

  it("denies (exit 1) without a token: approvals cannot be verified", async () => {
    const r = await cli(["authorize", "--env", "capecraft", "--repo", repo.dir, "--migration", "8d0e4b1a2c6f", "--format", "json", ...policyArgs], { ...env, GITHUB_TOKEN: "" });
    expect(r.status).toBe(1);
    const record = AuthorizationRecordSchema.parse(JSON.parse(r.stdout));
    expect(record.violations.map((v) => [v.rule, v.message.includes("no token")])).toEqual([
      ["environment-unprotected", true],
      ["approval-not-verified", true],
    ]);
    expect(gh.requests).toEqual([]);
  });

  it("exits 2 with one line when the gate cannot run", async () => {
    for (const [args, message] of [
      [["authorize", "--env", "qa", "--repo", repo.dir], /^wo-gate: --env "qa" is not an environment of the policy data/],
      [["authorize", "--env", "capecraft", "--repo", repo.dir, "--migration", "x", "--pending-from", "main"], /^wo-gate: --migration and --pending-from are alternatives/],
      [["authorize", "--env", "capecraft", "--repo", repo.dir, "--work-orders", "*.md"], /^wo-gate: \/.*\/(AUTONOMY_PLAYBOOK|SYSTEM_SPEC)\.md: not a work order/],
    ] as const) {
      const r = await cli([...args, ...policyArgs], env);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    }
    const missing = await cli(["authorize", "--repo", repo.dir], env);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("required option '--env <environment>' not specified");
  });
});
