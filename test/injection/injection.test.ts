/**
 * Untrusted text is inert, in every output. A pull request carries hostile text wherever an author
 * or a repository controls it (./hostile.ts); the built CLI (every command that shows it, in every
 * format) and the built Action (as a runner runs it, against the fake GitHub) report on it, and:
 * - no line of any output can start a workflow command (`::…`, `##[…]`), as the runner reads lines;
 * - the job summary and the PR comment, rendered the way GitHub renders them and read from
 *   Chromium's DOM, show the text as text: no link, image, heading, table row or element of the
 *   author's, no mention that notifies, no verdict but the gate's;
 * - annotations, SARIF and the action outputs carry the text whole, and nothing else.
 * A screenshot of the rendered summary is saved as .tmp/artifacts/summary.png.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { escapeMarkdown } from "../../src/report/escapeMarkdown.js";
import { terminalSafe } from "../../src/report/terminalSafe.js";
import { buildActionCopy, hasShared, pullRequestPayload, root, runBuiltAction, type ActionRun } from "../action/harness.js";
import { validateSarif } from "../action/sarifSchema.js";
import { LOGINS, policyDataFile, pullRequestRepository, type Scenario } from "../action/scenario.js";
import { chromiumPath, closeBrowser, inspectHtml, noChromiumReason, screenshot, type DomFacts } from "../support/chromium.js";
import { pullRequestFile, review } from "../support/githubObjects.js";
import { serveIssueComments, startGitHubServer, type FakeGitHub } from "../support/githubServer.js";
import { renderLikeGitHub } from "../support/renderLikeGitHub.js";
import { commandLines, hostileFiles, hostileWorkOrder, literal, runnerLines, SIGN_OFF_DATE, START_SCRIPT, TRICKS, WORK_ORDER_PATH } from "./hostile.js";
import { isGateLink } from "../support/gateLinks.js";
import { ruleDocUrl } from "../../src/report/ruleLinks.js";

const OWNER = "acme";
const REPO = "injection";
const PR = 7;

interface CliRun {
  args: string[];
  status: number | null;
  stdout: string;
  stderr: string;
}

/** How escapeMarkdown shows a value: line breaks folded to a space, bidi controls as U+FFFD. */
const shown = (text: string): string =>
  text.replace(/\s*(?:\r\n|\r|\n|\u2028|\u2029)\s*/g, " ").replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g, "\uFFFD");
/** What a reader sees: the word joiners the escaping adds are invisible. */
const read = (text: string): string => text.replace(/\u2060/g, "");

// The report's own elements: anything else in the rendered DOM came from someone else's text.
const GATE_TAGS = new Set(["h2", "h3", "p", "ul", "li", "table", "thead", "tbody", "tr", "th", "td", "a", "details", "summary", "pre", "code"]);

describe("JSON and escaping cannot put a workflow command at the start of a line (properties)", () => {
  // Strings that try, and arbitrary ones (every code point, lone surrogates included).
  const hostile = fc.oneof(
    fc.constantFrom("\n::error::x", "\r::set-output name=a::b", "\r\n##[error]x", "\u2028::error::x", "\u0085::error::x", " \t::warning::x", "::error::x"),
    fc.string({ unit: "binary", maxLength: 40 }),
  );
  const json = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: "small" }, hostile, fc.integer(), fc.boolean(), fc.constant(null), fc.array(tie("value"), { maxLength: 4 }), fc.dictionary(hostile, tie("value"), { maxKeys: 4 })),
  })).value;

  it("JSON.stringify escapes every line break inside a string, so each output line starts with layout or a quote", () => {
    fc.assert(
      fc.property(json, (value) => {
        // Inside strings JSON.stringify escapes U+0000–U+001F (\n and \r among them): the only line
        // breaks the runner can see are the ones the layout puts between members.
        for (const s of [JSON.stringify(value), ...runnerLines(JSON.stringify(value, null, 2))]) {
          expect(s).toMatch(/^(?:$|[{}[\]",\d-]|true|false|null)/);
        }
        expect(JSON.stringify(value)).not.toMatch(/[\r\n]/);
      }),
      { numRuns: 500 },
    );
  });

  it("terminalSafe keeps a value on one line that cannot begin a workflow command", () => {
    fc.assert(
      fc.property(hostile, (value) => {
        const lines = runnerLines(`  ${terminalSafe(value)}`);
        expect(lines).toHaveLength(1);
        expect(commandLines(lines[0] ?? "")).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it("escapeMarkdown keeps a value on one line with no `::` left in it", () => {
    fc.assert(
      fc.property(hostile, (value) => {
        const escaped = escapeMarkdown(value);
        expect(runnerLines(escaped)).toHaveLength(1);
        expect(escaped).not.toContain("::");
        expect(escaped).not.toContain("##[");
      }),
      { numRuns: 500 },
    );
  });
});

describe.skipIf(!hasShared)(hasShared ? "hostile text through every output" : "hostile text through every output (skipped: ../shared fixtures are absent)", () => {
  let action: { dir: string; cleanup(): void };
  let data: { file: string; cleanup(): void };
  let gh: FakeGitHub;
  let s: Scenario;
  let run: ActionRun;
  let comment: string;
  let sarif: unknown;
  const cli: CliRun[] = [];

  beforeAll(async () => {
    action = await buildActionCopy();
    data = policyDataFile();
    gh = await startGitHubServer();
    s = pullRequestRepository(null, { ...hostileFiles(), [literal(WORK_ORDER_PATH)]: hostileWorkOrder() });
    const changed = s.changed.map((f) => f.replace(/^\.\//, ""));
    gh.onPages("GET", `/repos/${OWNER}/${REPO}/pulls/${PR}/files`, changed.map((filename) => pullRequestFile({ owner: OWNER, repo: REPO, filename, status: "added" })), 30);
    gh.onPages("GET", `/repos/${OWNER}/${REPO}/pulls/${PR}/reviews`, [review({ owner: OWNER, repo: REPO, number: PR, id: 1, login: LOGINS["Anika Brandt"], state: "APPROVED", commitId: s.headSha })], 30);
    const comments = serveIssueComments(gh, { owner: OWNER, repo: REPO, issueNumber: PR });

    const wo = WORK_ORDER_PATH;
    const base = s.baseSha;
    const commands: string[][] = [
      ["extract", wo],
      ...["text", "json", "markdown"].map((f) => ["check", wo, "--repo", ".", "--base", base, "--data", data.file, "--format", f]),
      ...["text", "json"].map((f) => ["scan", ".", "--format", f]),
      ...["text", "json"].map((f) => ["migrations", ".", "--format", f]),
      ...["text", "json", "markdown"].map((f) => ["authorize", "--env", "staging", "--repo", ".", "--pending-from", base, "--data", data.file, "--format", f]),
    ];
    const [actionRun, ...cliRuns] = await Promise.all([
      runBuiltAction({
        actionPath: action.dir,
        workspace: s.repo.dir,
        apiUrl: gh.url,
        eventName: "pull_request",
        payload: pullRequestPayload({ owner: OWNER, repo: REPO, number: PR, headSha: s.headSha, baseSha: s.baseSha }),
        sha: s.headSha,
        repository: `${OWNER}/${REPO}`,
        inputs: { "policy-data": data.file, comment: "true", sarif: "gate.sarif" },
        token: "ghs_injection",
      }),
      ...commands.map((args) => runCli(args, s.repo.dir)),
    ]);
    run = actionRun as ActionRun;
    cli.push(...(cliRuns as CliRun[]));
    comment = comments.comments()[0]?.body ?? "";
    sarif = JSON.parse(readFileSync(path.join(s.repo.dir, "gate.sarif"), "utf8"));
  }, 120_000);

  afterAll(async () => {
    await closeBrowser();
    await gh?.close();
    action?.cleanup();
    data?.cleanup();
    s?.repo.cleanup();
  });

  function runCli(args: string[], cwd: string): Promise<CliRun> {
    return new Promise((resolve, reject) => {
      // A CI step's environment, without a token: authorize denies "cannot verify" and still reports.
      const env = { PATH: process.env.PATH, HOME: process.env.HOME, CI: "true", GITHUB_ACTIONS: "true" };
      const child = spawn(process.execPath, [path.join(action.dir, "dist", "cli.js"), ...args], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (c: Buffer) => (stdout += c.toString("utf8")));
      child.stderr.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
      child.on("error", reject);
      child.on("close", (status) => resolve({ args, status, stdout, stderr }));
    });
  }

  const label = (r: CliRun) => `wo-gate ${r.args.filter((a) => a !== WORK_ORDER_PATH && a !== s.baseSha).join(" ")}`;
  const violations = () => JSON.parse(run.outputs.violations ?? "[]") as Array<{ workOrder: string; rule: string; message: string; line: number | null }>;

  it("every CLI command decides (0 or 1, nothing on stderr) and no line it prints can start a workflow command", () => {
    expect(cli).toHaveLength(11);
    for (const r of cli) {
      expect({ command: label(r), status: r.status, stderr: r.stderr }).toEqual({ command: label(r), status: r.args[0] === "extract" || r.args[0] === "migrations" ? 0 : 1, stderr: "" });
      expect({ command: label(r), commands: commandLines(r.stdout) }).toEqual({ command: label(r), commands: [] });
    }
  });

  it("text output carries no terminal control: no escape sequence, carriage return or bidi override reaches the terminal", () => {
    for (const r of cli.filter((x) => x.args.includes("text"))) {
      // eslint-disable-next-line no-control-regex
      expect({ command: label(r), raw: r.stdout.match(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g) }).toEqual({ command: label(r), raw: null });
    }
    const check = cli.find((r) => r.args[0] === "check" && r.args.includes("text"))!;
    // The work order's path begins its lines: its leading `:` is shown escaped, the rest as written.
    expect(check.stdout).toContain(`  \\u003a${WORK_ORDER_PATH.slice(1)}:`);
  });

  it("JSON output is one document holding the hostile text exactly as written", () => {
    const extracted = JSON.parse(cli.find((r) => r.args[0] === "extract")!.stdout) as { title: { text: string }; header: unknown };
    expect(extracted.title.text).toContain("\u001b[32m✅ allow\u001b[0m");
    expect(extracted.title.text).toContain("::set-output name=decision::allow");
    for (const r of cli.filter((x) => x.args.includes("json"))) {
      const doc = JSON.parse(r.stdout) as unknown;
      expect(doc).toBeTypeOf("object");
    }
    const check = JSON.parse(cli.find((r) => r.args[0] === "check" && r.args.includes("json"))!.stdout) as { workOrders: Array<{ file: string; violations: Array<{ rule: string; message: string }> }> };
    expect(check.workOrders[0]?.file).toBe(WORK_ORDER_PATH);
    // The sign-off date is quoted back as written (an HTML comment in it aside: Markdown drops those when read).
    expect(check.workOrders[0]?.violations.find((v) => v.rule === "date-invalid")?.message).toContain(`"${SIGN_OFF_DATE.slice(0, SIGN_OFF_DATE.indexOf("<!--"))}`);
  });

  it("the Action prints only its own lines and annotations, each carrying the text whole", () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    for (const line of runnerLines(run.stdout).filter(Boolean)) expect(line).toMatch(/^(::(error|warning)( [^:]*)?::|wo-gate: )/);
    const list = violations();
    expect([...new Set(list.map((v) => v.rule))].sort()).toEqual(["date-invalid", "startup-migration", "work-order-missing"]);
    const errors = run.commands.filter((c) => c.command === "error");
    // One annotation per violation, one per startup finding, and the job's failure line: nothing forged.
    expect(errors).toHaveLength(list.length + 2);
    for (const v of list) expect(errors).toContainEqual({ command: "error", properties: { title: v.rule, file: WORK_ORDER_PATH, ...(v.line === null ? {} : { line: String(v.line) }) }, message: `${v.message} (rule: ${ruleDocUrl(v.rule)})` });
    expect(errors.filter((e) => e.properties.title === "startup-migration" && e.properties.file === START_SCRIPT)).toHaveLength(1);
    expect(errors.at(-1)).toEqual({ command: "error", properties: {}, message: "wo-gate: deny (1 of 1 denied)" });
    expect(run.commands.filter((c) => c.command !== "error")).toEqual([]);
  });

  it("the action outputs are exactly the gate's, with the text intact", () => {
    expect(Object.keys(run.outputs).sort()).toEqual(["decision", "report", "violations", "work-orders"]);
    expect(run.outputs.decision).toBe("deny");
    expect(JSON.parse(run.outputs["work-orders"] ?? "")).toEqual([WORK_ORDER_PATH]);
    const report = run.report as { workOrders: Array<{ file: string; violations: unknown[]; workOrder: { title: { text: string } } }> };
    expect(violations()).toEqual(report.workOrders[0]?.violations.map((v) => ({ workOrder: WORK_ORDER_PATH, ...(v as object) })));
    expect(report.workOrders[0]?.workOrder.title.text).toContain("::error::pwned ::set-output name=decision::allow");
  });

  it("SARIF is valid and its results hold the messages as plain text at percent-encoded locations", () => {
    expect(validateSarif(sarif)).toEqual([]);
    const results = (sarif as { runs: Array<{ results: Array<{ ruleId: string; message: { text: string }; locations?: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> }).runs[0]!.results;
    // One result per violation and one per startup finding, each message the plain text.
    expect(results).toHaveLength(violations().length + 1);
    for (const v of violations()) expect(results.map((r) => r.message.text)).toContain(v.message);
    for (const r of results) {
      const uri = r.locations?.[0]?.physicalLocation.artifactLocation.uri ?? "";
      expect(uri).toMatch(/^[A-Za-z0-9\-._~%!$&'()*+,;=:@/]+$/);
      expect([WORK_ORDER_PATH, START_SCRIPT]).toContain(uri.split("/").map(decodeURIComponent).join("/"));
    }
  });

  describe.skipIf(!chromiumPath)(chromiumPath ? "rendered like GitHub, read in Chromium" : `rendered in Chromium (skipped: ${noChromiumReason})`, () => {
    function assertInert(dom: DomFacts, markdown: string, detailed: boolean): void {
      const list = violations();
      // The verdict is the gate's, first, and nothing else is a heading but the gate's own.
      expect(dom.blocks[0]).toEqual({ tag: "h2", text: "❌ deny — migration work-order gate" });
      expect(dom.headings.map((h) => [h.level, read(h.text)])).toEqual([
        [2, "❌ deny — migration work-order gate"],
        [3, `❌ ${WORK_ORDER_PATH}`],
        ...(detailed ? [[3, "Startup-migration scan"]] : []),
      ]);
      for (const block of dom.blocks.filter((b) => b.tag === "p" || b.tag === "ul")) expect(block.text).not.toMatch(/✅|allow/);
      // No element, image, mention or reference of anyone else's; links only to the checked files.
      expect(dom.tags.filter((t) => !GATE_TAGS.has(t))).toEqual([]);
      expect(dom.images).toEqual([]);
      expect(dom.mentions).toEqual([]);
      expect(dom.issueLinks).toEqual([]);
      for (const link of dom.links) expect(isGateLink(link, `https://github.com/${OWNER}/${REPO}/blob/${s.headSha}/`), JSON.stringify(link)).toBe(true);
      expect(dom.tags.filter((t) => t === "details")).toHaveLength(detailed ? 1 : 0);
      // One row per work order, one per violation: none added, none hidden.
      const [workOrders] = dom.tables;
      const title = (run.report as { workOrders: Array<{ workOrder: { title: { text: string } } }> }).workOrders[0]!.workOrder.title.text;
      expect(workOrders?.rows.map((row) => row.map(read))).toEqual([
        ["Work order", "Title", "Decision", "Violations"],
        [WORK_ORDER_PATH, read(shown(title)), "❌ deny", String(list.length)],
      ]);
      const table = dom.tables.find((t) => t.rows[0]?.[0] === "Line");
      expect(table?.rows.slice(1).map((row) => [read(row[2] ?? ""), read(row[3] ?? "")])).toEqual(list.map((v) => [v.rule, read(shown(v.message))]));
      if (detailed) {
        const scan = dom.tables.find((t) => t.rows[0]?.[0] === "File");
        expect(scan?.rows.slice(1).map((row) => read(row[0] ?? ""))).toEqual([START_SCRIPT]);
        // The extracted work order sits whole in its code block, whatever backticks it holds.
        const fence = /^(`{3,})json\n([\s\S]*?)\n\1$/m.exec(markdown);
        expect(JSON.parse(fence?.[2] ?? "null")).toEqual((run.report as { workOrders: Array<{ workOrder: unknown }> }).workOrders[0]?.workOrder);
      }
      expect(read(dom.text)).toContain(shown(TRICKS).slice(0, 60));
    }

    it("the job summary shows the hostile text as text, and a screenshot of it is saved", async () => {
      expect(run.summary.startsWith("## ❌ deny")).toBe(true);
      const html = await renderLikeGitHub(run.summary);
      assertInert(await inspectHtml(html), run.summary, true);
      await screenshot(html, path.join(root, ".tmp", "artifacts", "summary.png"));
    });

    it("the pull-request comment shows the hostile text as text", async () => {
      expect(comment).toMatch(/^<!-- wo-migration-gate -->\n## ❌ deny/);
      assertInert(await inspectHtml(await renderLikeGitHub(comment)), comment, false);
    });
  });
});
