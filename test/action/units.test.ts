/**
 * The Action's pure parts on their own: input lists, work-order globs over a real git checkout,
 * line links, and the SARIF log against the SARIF 2.1.0 schema (including that the schema check
 * can fail).
 */
import { afterAll, describe, expect, it } from "vitest";
import { splitList } from "../../src/action/inputs.js";
import { matchingFiles } from "../../src/action/workOrderFiles.js";
import { RULES } from "../../src/decision/rules.js";
import { checkReport, NO_WORK_ORDER } from "../../src/report/checkReport.js";
import { sourceUrl } from "../../src/report/renderMarkdown.js";
import { renderSarif } from "../../src/report/sarif.js";
import type { WorkOrder } from "../../src/workorder/schema.js";
import { GitRepo } from "../support/gitRepo.js";
import { validateSarif } from "./sarifSchema.js";

describe("inputs", () => {
  it("splits lists on newlines and commas, keeping a glob's {a,b} whole", () => {
    expect(splitList(" a/*.md ,\n\n b/{x,y}/*.md\r\nc ")).toEqual(["a/*.md", "b/{x,y}/*.md", "c"]);
    expect(splitList("")).toEqual([]);
  });
});

describe("work-order globs", () => {
  const repo = GitRepo.create({
    "WO-MIGRATION-7.md": "x",
    "docs/wo/WO-MIGRATION-118-drop.md": "x",
    "docs/WO-MIGRATION-TEMPLATE.md": "x",
    "docs/WO-MIGRATION-.md": "x",
    ".github/WO-MIGRATION-9.md": "x",
    "notes.md": "x",
  });
  repo.write({ "untracked/WO-MIGRATION-3.md": "x" });
  afterAll(() => repo.cleanup());

  it("the default glob finds numbered work orders at any depth, never the template", async () => {
    expect(await matchingFiles(repo.dir, ["**/WO-MIGRATION-[0-9]*.md"])).toEqual([
      ".github/WO-MIGRATION-9.md",
      "WO-MIGRATION-7.md",
      "docs/wo/WO-MIGRATION-118-drop.md",
      "untracked/WO-MIGRATION-3.md",
    ]);
    expect(await matchingFiles(repo.dir, ["docs/**/*.md", "notes.md"])).toEqual([
      "docs/WO-MIGRATION-.md",
      "docs/WO-MIGRATION-TEMPLATE.md",
      "docs/wo/WO-MIGRATION-118-drop.md",
      "notes.md",
    ]);
  });

  it("outside a git checkout: one line saying to check out the repository", async () => {
    await expect(matchingFiles("/nonexistent-wo-gate", ["**/*.md"])).rejects.toThrow(/check out the repository first/);
  });
});

describe("line links", () => {
  it("percent-encodes every path segment, parentheses included, so a file name cannot end the link", () => {
    const source = { serverUrl: "https://ghe.example/", owner: "acme", repo: "app", sha: "abc" };
    expect(sourceUrl(source, "docs/a b/(x)[y].md", 3)).toBe("https://ghe.example/acme/app/blob/abc/docs/a%20b/%28x%29%5By%5D.md#L3");
    expect(sourceUrl(source, "Dockerfile", null)).toBe("https://ghe.example/acme/app/blob/abc/Dockerfile");
  });
});

describe("SARIF", () => {
  const workOrder = { title: { line: 1, text: "WO-MIGRATION-1 — x", id: "WO-MIGRATION-1", name: null } } as unknown as WorkOrder;
  const report = checkReport(
    [
      { file: "docs/WO MIGRATION-1.md", workOrder, decision: { allow: false, violations: [{ rule: "date-invalid", message: "bad date", section: "§8", line: 9 }] } },
      { file: NO_WORK_ORDER, workOrder: null, decision: { allow: false, violations: [{ rule: "work-order-missing", message: "cannot verify", section: "§4", line: null }] } },
    ],
    {
      findings: [
        { file: "Dockerfile", line: 3, column: 1, trigger: "build", tool: "alembic", rule: "alembic-upgrade", snippet: "RUN alembic upgrade head", explanation: "runs", fix: "move it" },
      ],
      suppressed: [],
      skipped: [],
      suppressionErrors: [],
    },
  );
  const log = renderSarif(report, { name: "wo-migration-gate", version: "0.1.0" });

  it("is valid SARIF 2.1.0, with every rule of the rule table and its help", () => {
    expect(validateSarif(log)).toEqual([]);
    const rules = log.runs[0]?.tool.driver.rules ?? [];
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const [i, rule] of RULES.entries()) {
      expect(rules[i]?.help?.text).toContain(rule.why);
      expect(rules[i]?.shortDescription?.text).toBe(rule.title);
    }
  });

  it("locates violations and findings, and leaves a result with no file unlocated", () => {
    const results = log.runs[0]?.results ?? [];
    expect(results.map((r) => [r.ruleId, r.level, r.locations?.[0]?.physicalLocation?.artifactLocation?.uri, r.locations?.[0]?.physicalLocation?.region?.startLine])).toEqual([
      ["date-invalid", "error", "docs/WO%20MIGRATION-1.md", 9],
      ["work-order-missing", "error", undefined, undefined],
      ["startup-migration", "warning", "Dockerfile", 3],
    ]);
    for (const r of results) expect(RULES[r.ruleIndex ?? -1]?.id).toBe(r.ruleId);
  });

  it("the schema check fails on what GitHub would reject", () => {
    expect(validateSarif({ ...log, version: "2.0.0" })).not.toEqual([]);
    expect(validateSarif({ version: "2.1.0", runs: [{ tool: { driver: {} }, results: [] }] })).not.toEqual([]);
    expect(validateSarif({ version: "2.1.0", runs: [{ tool: { driver: { name: "x" } }, results: [{ message: { text: "m" }, level: "fatal" }] }] })).not.toEqual([]);
  });
});
