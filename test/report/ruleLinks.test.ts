/**
 * Every violation links to its rule page, in every output (issue 11): the Markdown rule cell, the
 * text report's page list, each annotation's message and the SARIF rule's helpUri. And the
 * pages and every relative link in the README and docs resolve to files in the repository.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkWorkOrders } from "../../src/decision/checkWorkOrders.js";
import { RULES } from "../../src/decision/rules.js";
import { annotationsFor } from "../../src/report/annotations.js";
import { renderMarkdown } from "../../src/report/renderMarkdown.js";
import { renderText } from "../../src/report/renderText.js";
import { ruleDocPath, ruleDocUrl } from "../../src/report/ruleLinks.js";
import { renderSarif } from "../../src/report/sarif.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const denied = () =>
  checkWorkOrders({
    workOrders: [path.join(root, "examples/WO-MIGRATION-002-unsafe-production.md")],
    repo: null,
    base: null,
    scan: false,
    scanPaths: [],
    migrationPaths: [],
    github: null,
  });

describe("rule pages", () => {
  it("exist for every rule id, and a rule the gate does not know has none", () => {
    for (const rule of RULES) expect(existsSync(path.join(root, ruleDocPath(rule.id)!)), rule.id).toBe(true);
    expect(ruleDocUrl("an-organisations-own-rule")).toBeNull();
  });

  it("are linked from every output of a denied work order", async () => {
    const report = await denied();
    const rules = [...new Set(report.workOrders[0]!.violations.map((v) => v.rule))];
    expect(rules.length).toBeGreaterThan(1);
    const markdown = renderMarkdown(report);
    const text = renderText(report, { color: false });
    const annotations = annotationsFor(report);
    const sarif = renderSarif(report, { name: "wo-gate", version: "0" });
    for (const rule of rules) {
      const url = ruleDocUrl(rule)!;
      expect(markdown).toContain(`[${rule.replaceAll("-", "\\-")}](${url})`);
      expect(text).toContain(`  ${rule}: ${url}`);
      expect(annotations.filter((a) => a.title === rule).every((a) => a.message.endsWith(`(rule: ${url})`))).toBe(true);
      expect(sarif.runs[0]!.tool.driver.rules!.find((r) => r.id === rule)?.helpUri).toBe(url);
    }
  });
});

describe("link check", () => {
  const docs = ["README.md", ...readdirSync(path.join(root, "docs"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];
  it.each(docs)("every relative link in %s resolves to a file", (file) => {
    const text = readFileSync(path.join(root, file), "utf8").replace(/```[\s\S]*?```/g, "");
    const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((t) => !/^[a-z]+:|^#/.test(t));
    const broken = targets.filter((t) => !existsSync(path.resolve(root, path.dirname(file), t.split("#")[0]!)));
    expect(broken).toEqual([]);
  });
});
