/**
 * End to end: the BUILT Action (dist/action.js from `node scripts/build.mjs`) run as a runner runs
 * it, against a real git repository and the OpenAPI-validated fake GitHub API. Each case asserts
 * what a user sees: the exit status, the outputs, the job summary, the annotations on the diff,
 * the SARIF file (validated against the SARIF 2.1.0 schema) and the pull-request comment.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { chromiumPath, closeBrowser, inspectHtml, noChromiumReason } from "../support/chromium.js";
import { pullRequestFile, pullRequestSimple, repository, review, type ReviewState } from "../support/githubObjects.js";
import { renderLikeGitHub } from "../support/renderLikeGitHub.js";
import { serveIssueComments, serverError, startGitHubServer, type FakeGitHub } from "../support/githubServer.js";
import { buildActionCopy, hasShared, pullRequestPayload, runBuiltAction, type ActionRun } from "./harness.js";
import { validateSarif } from "./sarifSchema.js";
import { isGateLink } from "../support/gateLinks.js";
import {
  LOGINS,
  MIGRATION_PATH,
  OWNER,
  PR_NUMBER,
  REPO,
  WORK_ORDER_PATH,
  policyDataFile,
  productionWorkOrder,
  pullRequestRepository,
  replaceOnce,
  stagingWorkOrder,
  type Scenario,
} from "./scenario.js";

const TOKEN = "ghs_test_token";

describe.skipIf(!hasShared)(hasShared ? "the built Action" : "the built Action (skipped: ../shared fixtures are absent)", () => {
  let action: { dir: string; cleanup(): void };
  let data: { file: string; cleanup(): void };
  let gh: FakeGitHub;
  const scenarios: Scenario[] = [];

  beforeAll(async () => {
    action = await buildActionCopy();
    data = policyDataFile();
  }, 120_000);
  afterAll(async () => {
    await closeBrowser();
    action?.cleanup();
    data?.cleanup();
    for (const s of scenarios) s.repo.cleanup();
  });
  beforeEach(async () => {
    gh = await startGitHubServer();
  });
  afterEach(async () => {
    await gh.close();
  });

  function scenario(workOrder: string | null, extra: Record<string, string> = {}): Scenario {
    const s = pullRequestRepository(workOrder, extra);
    scenarios.push(s);
    return s;
  }

  /** The pull request's files and reviews as GitHub lists them. */
  function servePullRequest(s: Scenario, reviews: Array<{ login: string; state: ReviewState; commitId: string }>): void {
    gh.onPages("GET", `/repos/${OWNER}/${REPO}/pulls/${PR_NUMBER}/files`, s.changed.map((filename) => pullRequestFile({ owner: OWNER, repo: REPO, filename, status: "added" })), 30);
    gh.onPages(
      "GET",
      `/repos/${OWNER}/${REPO}/pulls/${PR_NUMBER}/reviews`,
      reviews.map((r, i) => review({ owner: OWNER, repo: REPO, number: PR_NUMBER, id: 100 + i, ...r })),
      30,
    );
  }

  function run(s: Scenario, inputs: Record<string, string> = {}): Promise<ActionRun> {
    return runBuiltAction({
      actionPath: action.dir,
      workspace: s.repo.dir,
      apiUrl: gh.url,
      eventName: "pull_request",
      payload: pullRequestPayload({ owner: OWNER, repo: REPO, number: PR_NUMBER, headSha: s.headSha, baseSha: s.baseSha }),
      sha: s.headSha,
      repository: `${OWNER}/${REPO}`,
      inputs: { "policy-data": data.file, ...inputs },
      token: TOKEN,
    });
  }

  const errors = (r: ActionRun) => r.commands.filter((c) => c.command === "error");
  const rulesOf = (r: ActionRun) => [...new Set((JSON.parse(r.outputs.violations ?? "[]") as Array<{ rule: string }>).map((v) => v.rule))].sort();
  const lineOf = (text: string, needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;

  it("allows a valid staging pull request approved by the signer on the head commit", async () => {
    const s = scenario(stagingWorkOrder());
    servePullRequest(s, [{ login: LOGINS["Anika Brandt"], state: "APPROVED", commitId: s.headSha }]);
    const comments = serveIssueComments(gh, { owner: OWNER, repo: REPO, issueNumber: PR_NUMBER });
    const r = await run(s, { comment: "true", sarif: "results/gate.sarif" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.outputs.decision).toBe("allow");
    expect(JSON.parse(r.outputs.violations ?? "")).toEqual([]);
    expect(JSON.parse(r.outputs["work-orders"] ?? "")).toEqual([WORK_ORDER_PATH]);
    expect(r.report).toMatchObject({ decision: "allow", workOrders: [{ file: WORK_ORDER_PATH, decision: "allow" }] });
    expect(r.summary.startsWith("## ✅ allow")).toBe(true);
    expect(r.summary).toContain("<details><summary>Extracted work order (JSON)</summary>");
    expect(r.summary).toMatch(/^\| §8 \| [^|\n]*`approval-not-verified`[^|\n]*\| ✅ pass \|$/m);
    expect(errors(r)).toEqual([]);
    const sarif = JSON.parse(readFileSync(path.join(s.repo.dir, "results/gate.sarif"), "utf8")) as { runs: Array<{ results: unknown[] }> };
    expect(validateSarif(sarif)).toEqual([]);
    expect(sarif.runs[0]?.results).toEqual([]);
    // the sticky comment: posted once, then edited in place by the next run
    expect(comments.comments()).toHaveLength(1);
    expect(comments.comments()[0]?.body).toMatch(/^<!-- wo-migration-gate -->\n## ✅ allow/);
    gh.onPages("GET", `/repos/${OWNER}/${REPO}/pulls/${PR_NUMBER}/reviews`, [], 30);
    const again = await run(s, { comment: "true" });
    expect(again.status).toBe(1);
    expect(comments.comments()).toHaveLength(1);
    expect(comments.comments()[0]?.body).toMatch(/^<!-- wo-migration-gate -->\n## ❌ deny/);
    expect(gh.calls("POST", `/repos/${OWNER}/${REPO}/issues/${PR_NUMBER}/comments`)).toHaveLength(1);
    expect(gh.requests.every((q) => q.headers.authorization === `token ${TOKEN}`)).toBe(true);
  }, 60_000);

  it("denies a production pull request approved by someone other than the mapped login", async () => {
    const text = productionWorkOrder();
    const s = scenario(text);
    servePullRequest(s, [{ login: "mallory", state: "APPROVED", commitId: s.headSha }]);
    const r = await run(s, { sarif: "gate.sarif" });
    expect(r.status).toBe(1);
    expect(r.outputs.decision).toBe("deny");
    expect(rulesOf(r)).toEqual(["approval-not-verified"]);
    const signOff = lineOf(text, "Final Approval Gate"); // the §8 heading: where approval-not-verified points
    expect(errors(r)).toContainEqual({
      command: "error",
      properties: { title: "approval-not-verified", file: WORK_ORDER_PATH, line: String(signOff) },
      message: expect.stringContaining(`Robert (@${LOGINS.Robert}) has no APPROVED review on the head commit ${s.headSha.slice(0, 7)}`) as string,
    });
    // the job fails with one line after the annotations
    expect(errors(r).at(-1)?.message).toBe("wo-gate: deny (1 of 1 denied)");
    expect(r.summary.startsWith("## ❌ deny")).toBe(true);
    expect(r.summary).toContain(`[${signOff}](https://github.com/${OWNER}/${REPO}/blob/${s.headSha}/${WORK_ORDER_PATH}#L${signOff})`);
    const sarif = JSON.parse(readFileSync(path.join(s.repo.dir, "gate.sarif"), "utf8")) as unknown;
    expect(validateSarif(sarif)).toEqual([]);
    expect(sarif).toMatchObject({
      runs: [
        {
          results: [
            {
              ruleId: "approval-not-verified",
              level: "error",
              locations: [{ physicalLocation: { artifactLocation: { uri: WORK_ORDER_PATH, uriBaseId: "%SRCROOT%" }, region: { startLine: signOff } } }],
            },
          ],
        },
      ],
    });
  }, 60_000);

  it("denies a stale approval: the right login, but on an older commit", async () => {
    const s = scenario(productionWorkOrder());
    servePullRequest(s, [{ login: LOGINS.Robert, state: "APPROVED", commitId: s.baseSha }]);
    const r = await run(s);
    expect(r.status).toBe(1);
    expect(rulesOf(r)).toEqual(["approval-not-verified"]);
    // the same review on the head commit allows: the staleness is what denied
    servePullRequest(s, [{ login: LOGINS.Robert, state: "APPROVED", commitId: s.headSha }]);
    expect((await run(s)).status).toBe(0);
  }, 60_000);

  it("denies migrations changed without a work order, naming the migration file", async () => {
    const s = scenario(null);
    servePullRequest(s, []);
    const r = await run(s, { sarif: "gate.sarif" });
    expect(r.status).toBe(1);
    expect(r.outputs.decision).toBe("deny");
    expect(JSON.parse(r.outputs["work-orders"] ?? "")).toEqual([]);
    expect(JSON.parse(r.outputs.violations ?? "")).toEqual([
      expect.objectContaining({ workOrder: MIGRATION_PATH, rule: "work-order-missing", message: expect.stringContaining(MIGRATION_PATH) as string }),
    ]);
    expect(errors(r)[0]).toMatchObject({ properties: { title: "work-order-missing", file: MIGRATION_PATH } });
    expect(r.summary).toContain("(no work order declares it)");
    expect(validateSarif(JSON.parse(readFileSync(path.join(s.repo.dir, "gate.sarif"), "utf8")))).toEqual([]);
  }, 60_000);

  it("reports a migration run on container start at its Dockerfile line, in annotations and SARIF", async () => {
    const dockerfile = ["FROM python:3.12-slim", "COPY . /app", 'CMD ["sh", "-c", "alembic upgrade head && uvicorn app:app"]', ""].join("\n");
    const s = scenario(stagingWorkOrder(), { Dockerfile: dockerfile });
    servePullRequest(s, [{ login: LOGINS["Anika Brandt"], state: "APPROVED", commitId: s.headSha }]);
    const r = await run(s, { sarif: "gate.sarif" });
    expect(r.status).toBe(1);
    expect(rulesOf(r)).toEqual(["startup-migration"]);
    expect(errors(r)).toContainEqual(expect.objectContaining({ properties: { title: "startup-migration", file: "Dockerfile", line: "3" } }));
    expect(r.summary).toContain("### Startup-migration scan");
    expect(r.summary).toContain(`[3](https://github.com/${OWNER}/${REPO}/blob/${s.headSha}/Dockerfile#L3)`);
    const sarif = JSON.parse(readFileSync(path.join(s.repo.dir, "gate.sarif"), "utf8")) as { runs: Array<{ results: Array<{ locations: unknown }> }> };
    expect(validateSarif(sarif)).toEqual([]);
    expect(sarif.runs[0]?.results.map((x) => x.locations)).toContainEqual([
      { physicalLocation: { artifactLocation: { uri: "Dockerfile", uriBaseId: "%SRCROOT%" }, region: { startLine: 3 } } },
    ]);
  }, 60_000);

  it("fails closed when GitHub keeps failing: bounded retries, then deny with the reason", async () => {
    const s = scenario(productionWorkOrder());
    gh.on("GET", `/repos/${OWNER}/${REPO}/pulls/${PR_NUMBER}/files`, serverError(502));
    gh.on("GET", `/repos/${OWNER}/${REPO}/pulls/${PR_NUMBER}/reviews`, serverError(503));
    const r = await run(s);
    expect(r.status).toBe(1);
    expect(rulesOf(r)).toEqual(["approval-not-verified"]);
    expect(errors(r)[0]?.message).toContain(`GitHub API error: GET /repos/${OWNER}/${REPO}/pulls/${PR_NUMBER}/reviews returned 503 after 3 attempts`);
    expect(gh.calls("GET", `/repos/${OWNER}/${REPO}/pulls/${PR_NUMBER}/reviews`)).toHaveLength(3);
    expect(gh.calls("GET", `/repos/${OWNER}/${REPO}/pulls/${PR_NUMBER}/files`)).toHaveLength(3);
    // the files could not be listed: every work order was checked, and the summary says why
    expect(JSON.parse(r.outputs["work-orders"] ?? "")).toEqual([WORK_ORDER_PATH]);
    expect(r.summary).toContain("Cannot list the pull request");
  }, 60_000);

  it("on a push, verifies approvals on the pull request that merged the commit and checks every work order", async () => {
    const s = scenario(stagingWorkOrder());
    const merged = { owner: OWNER, repo: REPO, number: 12, headSha: s.headSha, baseSha: s.baseSha, mergedAt: "2026-03-06T10:00:00Z", mergeCommitSha: s.headSha };
    gh.on("GET", `/repos/${OWNER}/${REPO}/commits/${s.headSha}/pulls`, { status: 200, body: [pullRequestSimple(merged)] });
    gh.onPages("GET", `/repos/${OWNER}/${REPO}/pulls/12/reviews`, [review({ owner: OWNER, repo: REPO, number: 12, id: 5, login: LOGINS["Anika Brandt"], state: "APPROVED", commitId: s.headSha })], 30);
    const push = (payloadSha: string) =>
      runBuiltAction({
        actionPath: action.dir,
        workspace: s.repo.dir,
        apiUrl: gh.url,
        eventName: "push",
        payload: { ref: "refs/heads/main", before: s.baseSha, after: payloadSha, repository: repository(OWNER, REPO) },
        sha: payloadSha,
        repository: `${OWNER}/${REPO}`,
        inputs: { "policy-data": data.file },
        token: TOKEN,
      });
    const r = await push(s.headSha);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.outputs["work-orders"] ?? "")).toEqual([WORK_ORDER_PATH]);
    const shown = r.summary.replace(/\\(.)/g, "$1").replace(/\u2060/g, "");
    expect(shown).toContain(`Not a pull request (push): approvals are read from the pull request that merged ${s.headSha}.`);
    // no pull request merged the commit: approvals cannot be verified, a deny with the reason
    const orphan = "f".repeat(40);
    gh.on("GET", `/repos/${OWNER}/${REPO}/commits/${orphan}/pulls`, { status: 200, body: [] });
    const denied = await push(orphan);
    expect(denied.status).toBe(1);
    expect(errors(denied)[0]?.message).toContain(`no pull request merged commit ${orphan}`);
  }, 60_000);

  it("mode report: a deny passes the job and still says deny; an error still fails", async () => {
    const s = scenario(productionWorkOrder());
    servePullRequest(s, []);
    const denied = await run(s, { mode: "report" });
    expect(denied.status).toBe(0);
    expect(denied.outputs.decision).toBe("deny");
    expect(denied.summary.startsWith("## ❌ deny")).toBe(true);
    expect(errors(denied).map((e) => e.properties.title)).toEqual(["approval-not-verified"]);

    const broken = scenario(replaceOnce(productionWorkOrder(), "**WO-MIGRATION-101 —", "**Migration 101 —"));
    servePullRequest(broken, []);
    for (const mode of ["report", "enforce"]) {
      const r = await run(broken, { mode });
      expect(r.status).toBe(2);
      expect(errors(r)).toEqual([{ command: "error", properties: {}, message: `wo-gate: ${WORK_ORDER_PATH}: not a work order: no line begins with WO-MIGRATION-` }]);
      expect(r.outputs).toEqual({});
      expect(r.summary).toMatch(/^## ❗ error — migration work-order gate\n\nThe gate could not run, so nothing was allowed: /);
    }
  }, 60_000);

  it("fails the job in both modes when run() cannot go on: an unreadable policy, a crash after deciding", async () => {
    const s = scenario(stagingWorkOrder());
    servePullRequest(s, [{ login: LOGINS["Anika Brandt"], state: "APPROVED", commitId: s.headSha }]);
    for (const mode of ["report", "enforce"]) {
      const unreadable = await run(s, { mode, policy: "policy/missing.wasm" });
      expect(unreadable.status).toBe(2);
      expect(errors(unreadable).map((e) => e.message)).toEqual(["wo-gate: policy/missing.wasm: cannot read the policy: ENOENT"]);
      // README.md is a file, so no directory can be made under it: the write throws after the allow
      const crash = await run(s, { mode, sarif: "README.md/gate.sarif" });
      expect(crash.status).toBe(2);
      expect(errors(crash)).toHaveLength(1);
      expect(errors(crash)[0]?.message).toMatch(/^wo-gate: internal error: E[A-Z]+: [^\n]*README\.md/);
    }
  }, 60_000);

  /** Hostile text where a work order's author controls it: the title, a header field, a sign-off date. */
  const INJECTED = {
    title: 'Add tax_region_code <img src=x onerror=alert(1)> @robert #12 https://evil.example [ok](https://evil.example) | ✅ allow | 0 | %0A::warning::pwned ::set-output name=decision::allow',
    requestedBy: "Sipho Ndlovu <script>alert(1)</script> @acme/admins www.evil.example",
    date: "2026-02-30 <b>✅ allow</b> @robert ![x](https://evil.example/x.png) GH-7",
  };

  function injectedScenario(): Scenario {
    let text = stagingWorkOrder();
    text = replaceOnce(text, "**WO-MIGRATION-101 — Add tax_region_code to invoices and backfill from billing address**", `**WO-MIGRATION-101 — ${INJECTED.title}**`);
    text = replaceOnce(text, "- Requested by: Sipho Ndlovu / Billing team lead", `- Requested by: ${INJECTED.requestedBy}`);
    text = replaceOnce(text, "- [x] Date: 2026-03-05", `- [x] Date: ${INJECTED.date}`);
    const s = scenario(text);
    servePullRequest(s, [{ login: LOGINS["Anika Brandt"], state: "APPROVED", commitId: s.headSha }]);
    serveIssueComments(gh, { owner: OWNER, repo: REPO, issueNumber: PR_NUMBER });
    return s;
  }

  it("a work order cannot start a workflow command or change an output", async () => {
    const s = injectedScenario();
    const r = await run(s, { comment: "true" });
    expect(r.status).toBe(1);
    expect(r.outputs.decision).toBe("deny");
    expect(rulesOf(r)).toEqual(["date-invalid"]);
    // every line printed is an annotation the gate made or a line of its own
    for (const line of r.stdout.split("\n").filter(Boolean)) expect(line).toMatch(/^(::(error|warning)( [^:]*)?::|wo-gate: )/);
    expect(r.commands.map((c) => [c.command, c.properties.title])).toEqual([
      ["error", "date-invalid"],
      ["error", undefined],
    ]);
    expect(r.commands[0]?.message).toContain("2026-02-30 <b>✅ allow</b>");
  }, 60_000);

  it.skipIf(!chromiumPath)(
    chromiumPath ? "the job summary and comment show injected text as text (rendered like GitHub, read in Chromium)" : `job summary in Chromium (skipped: ${noChromiumReason})`,
    async () => {
      const s = injectedScenario();
      const r = await run(s, { comment: "true" });
      const comment = gh.calls("POST", `/repos/${OWNER}/${REPO}/issues/${PR_NUMBER}/comments`)[0]?.body as { body: string };
      for (const markdown of [r.summary, comment.body]) {
        const dom = await inspectHtml(await renderLikeGitHub(markdown));
        const shown = dom.text.replace(/\u2060/g, "");
        // the verdict comes first and is the gate's; nothing the author wrote adds a heading, element or link
        expect(dom.headings[0]?.text).toBe("❌ deny — migration work-order gate");
        expect(dom.headings.filter((h) => h.text.includes("✅"))).toEqual([]);
        expect(dom.tags.filter((t) => ["img", "script", "b", "strong", "em", "iframe"].includes(t))).toEqual([]);
        expect(dom.images).toEqual([]);
        expect(dom.mentions).toEqual([]);
        expect(dom.issueLinks).toEqual([]);
        for (const link of dom.links) expect(isGateLink(link, `https://github.com/${OWNER}/${REPO}/blob/${s.headSha}/`), JSON.stringify(link)).toBe(true);
        // one row per work order, one per violation: no row added or hidden
        expect(dom.tables[0]?.rows).toHaveLength(2);
        expect(dom.tables[0]?.rows[1]?.[2]).toBe("❌ deny");
        expect(dom.tables.at(-1)?.rows.slice(1).map((row) => row[2])).toEqual(["date-invalid"]);
        // and the text reads exactly as written
        // (the title as extracted: the author's own Markdown link became its text)
        expect(shown).toContain(INJECTED.title.replace("[ok](https://evil.example)", "ok"));
        expect(shown).toContain("2026-02-30 <b>✅ allow</b> @robert ![x](https://evil.example/x.png) GH-7");
      }
      const summaryDom = await inspectHtml(await renderLikeGitHub(r.summary));
      expect(summaryDom.tags).toEqual(expect.arrayContaining(["details", "summary", "pre", "code"]));
      // the collapsed block holds the extracted work order, whole, whatever backticks it contains
      const fence = /^(`{3,})json\n([\s\S]*?)\n\1$/m.exec(r.summary);
      expect(JSON.parse(fence?.[2] ?? "null")).toEqual((r.report as { workOrders: Array<{ workOrder: unknown }> }).workOrders[0]?.workOrder);
    },
    90_000,
  );

  it("refuses bad inputs, and authorize without an environment, with one line (exit 2)", async () => {
    const s = scenario(stagingWorkOrder());
    const cases: Array<[Record<string, string>, string]> = [
      [{ mode: "warn" }, 'wo-gate: input mode "warn": must be one of enforce, report'],
      [{ "all-work-orders": "yes" }, 'wo-gate: input all-work-orders "yes": must be one of true, True, TRUE, false, False, FALSE'],
      [{ command: "authorize" }, "wo-gate: input environment: command authorize needs the environment the migrations run in (a key or alias from policy data)"],
    ];
    for (const [inputs, message] of cases) {
      const r = await run(s, inputs);
      expect(r.status).toBe(2);
      expect(errors(r).map((e) => e.message)).toEqual([message]);
    }
    expect(gh.requests).toEqual([]);
  }, 60_000);
});
