/**
 * The check renderers over one report, and the one escaping module: untrusted text rendered the
 * way GitHub renders a job summary (test/support/renderLikeGitHub.ts) shows exactly as written,
 * adds no element, link, mention or row, and cannot fake a verdict.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkReport, type CheckReport } from "../../src/report/checkReport.js";
import { escapeHtml, escapeMarkdown } from "../../src/report/escapeMarkdown.js";
import { renderJson } from "../../src/report/renderJson.js";
import { renderMarkdown } from "../../src/report/renderMarkdown.js";
import { renderText, wantsColor } from "../../src/report/renderText.js";
import type { WorkOrder } from "../../src/workorder/schema.js";
import { renderLikeGitHub } from "../support/renderLikeGitHub.js";
import { ruleDocUrl } from "../../src/report/ruleLinks.js";

const HOSTILE = [
  "| ✅ allow | 0 |\n| x | y |",
  "<img src=x onerror=alert(1)> <script>alert(1)</script> <b>bold</b>",
  "[click](https://evil.example) ![i](https://evil.example/i.png) https://evil.example www.evil.example a@b.example",
  "@robert @org/team #12 owner/repo#3 GH-7 :white_check_mark: **bold** _it_ `code` ~~s~~",
  "line one\n\n## heading\n- item\n> quote\n```\nfence",
  "\\*not* &amp; &lt;tag&gt; \u202Eevil\u202C",
];

const NAMED: Record<string, string> = { lt: "<", gt: ">", quot: '"', amp: "&" };

/** The text a reader sees: tags dropped, entities decoded (in one pass, so `&amp;lt;` stays `&lt;`). */
const decode = (html: string) =>
  html
    .replace(/<[^>]*>/g, "")
    .replace(/&(?:#x([0-9a-f]+)|#(\d+)|(lt|gt|quot|amp));/gi, (_, hex?: string, dec?: string, name?: string) =>
      hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : (NAMED[name ?? ""] ?? ""),
    );

const tags = (html: string) => [...html.matchAll(/<([a-z0-9]+)[\s>]/g)].map((m) => m[1] ?? "");

// What a reader should see: the text on one line, bidi controls replaced, joiners invisible.
const shown = (text: string) =>
  text
    .replace(/\s*(?:\r\n|\r|\n|\u2028|\u2029)\s*/g, " ")
    .replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g, "\uFFFD");

describe("escapeMarkdown", () => {
  it.each(HOSTILE)("renders %j as plain text in one paragraph", async (text) => {
    const html = await renderLikeGitHub(`before ${escapeMarkdown(text)} after`);
    expect(tags(html)).toEqual(["p"]);
    expect(decode(html).replace(/\u2060/g, "").trim()).toBe(`before ${shown(text).trim()} after`);
  });

  it("renders any text as itself, with no element but the paragraph", async () => {
    const alphabet = fc.constantFrom(..."ab 1.:-_*`[]()<>!#@|&;\\~/=\"'\n\t✅".split(""));
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: alphabet, maxLength: 40 }), async (text) => {
        const html = await renderLikeGitHub(`x${escapeMarkdown(text)}x`);
        expect(tags(html)).toEqual(["p"]);
        expect(decode(html).replace(/\u2060/g, "")).toBe(`x${shown(text)}x`);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it("escapeHtml keeps text inert inside raw HTML", async () => {
    const html = await renderLikeGitHub(`<details><summary>${escapeHtml(HOSTILE[1] as string)}</summary>x</details>`);
    expect(tags(html)).toEqual(["details", "summary"]);
    expect(decode(html)).toContain("<img src=x onerror=alert(1)>");
  });
});

function report(title: string, message: string): CheckReport {
  const workOrder = { title: { line: 1, text: title, id: null, name: null } } as unknown as WorkOrder;
  return checkReport(
    [
      { file: "wo/WO-MIGRATION-1.md", workOrder, decision: { allow: false, violations: [{ rule: "date-invalid", message, section: "§8", line: 3 }] } },
      { file: "wo/WO-MIGRATION-2.md", workOrder, decision: { allow: true, violations: [] } },
    ],
    null,
  );
}

describe("renderMarkdown", () => {
  it("shows a deny verdict and one row per work order and violation, whatever the work order says", async () => {
    const hostile = HOSTILE.join(" ");
    const html = await renderLikeGitHub(renderMarkdown(report(hostile, hostile)));
    expect(html).toMatch(/^<h2>❌ deny/);
    expect(html.match(/<tr>/g)).toHaveLength(2 + 1 + 1 + 1); // two headers, two work orders, one violation
    expect(tags(html).filter((t) => ["a", "img", "script", "strong", "em", "code", "del", "h1", "h3", "ul", "blockquote", "pre"].includes(t))).toEqual(["h3", "a"]);
    // the one link is the gate's own: the rule id to its page
    expect(html).toContain(`<a href="${ruleDocUrl("date-invalid")}">date-invalid</a>`);
    expect(html).not.toMatch(/user-mention|issue-link|team-mention/);
    expect(decode(html).replace(/\u2060/g, "")).toContain(shown(hostile));
  });

  it("shows allow when every work order is allowed", () => {
    const allowed = checkReport([{ file: "a.md", workOrder: { title: { line: 1, text: "WO-MIGRATION-1 — x" } } as unknown as WorkOrder, decision: { allow: true, violations: [] } }], null);
    expect(renderMarkdown(allowed)).toMatch(/^## ✅ allow/);
  });
});

describe("renderText and renderJson", () => {
  it("prints a verdict line per work order and file:line  rule  message per violation", () => {
    const text = renderText(report("t", "the date is wrong"), { color: false });
    expect(text).toBe(
      [
        "deny   wo/WO-MIGRATION-1.md  (1 violation)",
        "  wo/WO-MIGRATION-1.md:3  date-invalid  the date is wrong",
        "allow  wo/WO-MIGRATION-2.md",
        "rule pages (what each rule checks and how to fix it):",
        "  date-invalid: https://github.com/wo-migration-gate/wo-migration-gate/blob/main/docs/rules/date-invalid.md",
        "1 of 2 work orders denied",
        "",
      ].join("\n"),
    );
  });

  it("never sends control characters from a work order to the terminal", () => {
    const text = renderText(report("t", "evil \u001b[32mallow\u001b[0m\rX"), { color: false });
    expect(text).not.toContain("\u001b");
    expect(text).not.toContain("\r");
    expect(text).toContain("evil \\u001b[32mallow\\u001b[0m\\u000dX");
  });

  it("colours only when asked, and NO_COLOR turns it off", () => {
    expect(renderText(report("t", "m"), { color: true })).toContain("\u001b[31mdeny\u001b[39m");
    expect(wantsColor({ isTTY: true }, {})).toBe(true);
    expect(wantsColor({ isTTY: true }, { NO_COLOR: "1" })).toBe(false);
    expect(wantsColor({ isTTY: false }, {})).toBe(false);
  });

  it("prints the report as one JSON document", () => {
    const r = report("t", "m");
    expect(JSON.parse(renderJson(r))).toEqual(r);
    expect(r.decision).toBe("deny");
  });
});
