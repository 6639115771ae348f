/**
 * The Action's `command: authorize`, run as the runner runs the gate step (the runner's
 * environment, INPUT_* from action.yml's defaults and the given inputs, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files) from the sources with tsx, against a real merged repository and the
 * loopback fake GitHub: the `authorization` output, the job summary, and `mode`.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AuthorizationRecordSchema } from "../../src/authorize/schema.js";
import { inputEnv, parseCommands, parseOutputFile, resolveInputs, runnerEnvironment } from "../action/harness.js";
import { exec } from "../support/exec.js";
import { root } from "../policy/opa.js";
import type { GitRepo } from "../support/gitRepo.js";
import { startGitHubServer, type FakeGitHub } from "../support/githubServer.js";
import { alembic, baseRepository, compiledPolicy, fixture, LOGINS, mergeIntoMain, MIGRATION_101, OWNER, REPO, serveGitHub, sha, WO_101, workOrderFixtures } from "./deployRepo.js";

describe.skipIf(!existsSync(workOrderFixtures))("the Action, command: authorize", () => {
  let repo: GitRepo;
  let head: string;
  let base: string;
  let merge: string;
  let policy: { policy: string; data: string };
  let gh: FakeGitHub;

  beforeAll(async () => {
    policy = await compiledPolicy();
    repo = baseRepository();
    base = sha(repo);
    repo.branch("wo-101").commit({ [MIGRATION_101]: alembic("8d0e4b1a2c6f", "3f1c2a9d7b4e", "tax_region_code"), [WO_101]: fixture("WO-MIGRATION-101-invoices-tax-region.md") });
    head = sha(repo);
    merge = mergeIntoMain(repo, "wo-101");
  });
  afterAll(() => repo.cleanup());
  beforeEach(async () => {
    gh = await startGitHubServer();
  });
  afterEach(async () => {
    await gh.close();
  });

  async function step(inputs: Record<string, string>) {
    const files = runnerEnvironment({ workspace: repo.dir, apiUrl: gh.url, eventName: "push", payload: {}, sha: merge, repository: `${OWNER}/${REPO}` });
    try {
      const given = { command: "authorize", environment: "capecraft", "pending-from": base, policy: policy.policy, "policy-data": policy.data, ...inputs };
      const env = { ...files.env, ...inputEnv(resolveInputs(given, "test-token")) };
      // The runner's working directory is the checkout: tsx is loaded from the project, not resolved from there.
      const tsx = pathToFileURL(path.join(root, "node_modules/tsx/dist/loader.mjs")).href;
      const r = await exec(process.execPath, ["--import", tsx, path.join(root, "src/action/main.ts")], { cwd: repo.dir, env });
      const outputs = parseOutputFile(readFileSync(files.outputFile, "utf8"));
      const report = outputs.report && existsSync(outputs.report) ? (JSON.parse(readFileSync(outputs.report, "utf8")) as unknown) : null;
      return { ...r, outputs, report, summary: readFileSync(files.summaryFile, "utf8"), commands: parseCommands(r.stdout) };
    } finally {
      rmSync(files.dir, { recursive: true, force: true });
    }
  }

  it("allows, and outputs the authorization record and the summary", async () => {
    serveGitHub(gh, [{ number: 7, headSha: head, baseSha: base, mergeCommitSha: merge, commits: [head, merge], reviews: [{ id: 41, login: LOGINS.Robert, state: "APPROVED", commitId: head }] }]);
    const r = await step({});
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.outputs.decision).toBe("allow");
    const record = AuthorizationRecordSchema.parse(JSON.parse(r.outputs.authorization ?? "null"));
    expect(record).toMatchObject({ decision: "allow", deployedCommit: merge, selection: { source: "pending-from", pendingFrom: base } });
    expect(record.workOrders[0]?.approvers).toEqual([{ name: "Robert", login: "robert-gh", reviewId: 41, state: "APPROVED", commitSha: head }]);
    expect(r.report).toEqual(record);
    expect(r.summary).toMatch(/^## ✅ allow — deploy authorization: capecraft \\\(production\\\)\n/);
    expect(r.stdout).toContain("wo-gate: authorize allow (1 migration, 0 violations)");
  }, 60_000);

  it("denies with annotations; mode report passes the job but the record still says deny", async () => {
    serveGitHub(gh, [{ number: 7, headSha: head, baseSha: base, mergeCommitSha: merge, commits: [head, merge], reviews: [] }]);
    const enforce = await step({});
    expect(enforce.status).toBe(1);
    expect(enforce.outputs.decision).toBe("deny");
    // One annotation per violation, at its file and line; then the failed step.
    expect(enforce.commands.filter((c) => c.command === "error").map((c) => [c.properties.title, c.properties.file, c.properties.line ?? null, c.message])).toEqual([
      ["wo-gate authorize: approval-not-verified", WO_101, "231", expect.stringContaining("Robert (@robert-gh) has no APPROVED review")],
      [undefined, undefined, null, "wo-gate: authorize deny (1 migration, 1 violation)"],
    ]);
    const report = await step({ mode: "report" });
    expect(report.status).toBe(0);
    expect(AuthorizationRecordSchema.parse(JSON.parse(report.outputs.authorization ?? "null")).decision).toBe("deny");
    expect(report.summary).toMatch(/^## ❌ deny/);
  }, 60_000);

  it("refuses authorize without an environment (exit 2)", async () => {
    const r = await step({ environment: "" });
    expect(r.status).toBe(2);
    expect(r.commands.filter((c) => c.command === "error").map((c) => c.message)).toEqual([
      "wo-gate: input environment: command authorize needs the environment the migrations run in (a key or alias from policy data)",
    ]);
    expect(gh.requests).toEqual([]);
  }, 60_000);
});
