/**
 * The record's renderers: text for a terminal and Markdown for the job summary. Work-order and
 * repository text is hostile here (a migration id and a file name written to fake a table row, a
 * mention, raw HTML, terminal escapes); it must come out as the characters written, never as markup.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { renderAuthorizationMarkdown, renderAuthorizationText } from "../../src/authorize/renderAuthorization.js";
import { DEPLOY_RULES } from "../../src/authorize/deployRules.js";
import { AuthorizationRecordSchema, type AuthorizationRecord } from "../../src/authorize/schema.js";
import { root } from "../policy/opa.js";

const HOSTILE_ID = "x | ✅ allow |\n| evil <img src=x onerror=alert(1)> @robert";
const HOSTILE_FILE = "db/\u001b[32mallow\u001b[0m.py";

const record: AuthorizationRecord = AuthorizationRecordSchema.parse({
  decision: "deny",
  environment: { key: "capecraft", name: "capecraft (production)", production: true },
  repository: "acme/billing",
  deployedCommit: "a".repeat(40),
  selection: { source: "migrations", pendingFrom: null },
  migrations: [{ tool: "alembic", id: HOSTILE_ID, file: HOSTILE_FILE, workOrders: [], decision: "deny" }],
  workOrders: [],
  environmentProtection: { name: "capecraft", exists: true, requiredReviewers: { users: ["robert-gh"], teams: [] }, finalAuthorityLogin: "robert-gh" },
  violations: [{ rule: "work-order-missing", section: "§4", file: HOSTILE_FILE, line: null, message: `no work order declares the alembic migration ${HOSTILE_ID}` }],
});

describe("renderAuthorizationMarkdown", () => {
  const markdown = renderAuthorizationMarkdown(record);
  const html = new MarkdownIt({ html: true }).render(markdown);

  it("states the verdict and keeps one table row per migration and per violation", () => {
    expect(markdown.split("\n")[0]).toBe("## ❌ deny — deploy authorization: capecraft \\(production\\)");
    const tables = [...html.matchAll(/<tbody>([\s\S]*?)<\/tbody>/g)].map((m) => (m[1]!.match(/<tr>/g) ?? []).length);
    expect(tables).toEqual([1, 1]);
  });

  it("never lets work-order or repository text become markup", () => {
    expect(html).not.toMatch(/<img/);
    // the whole id, as written, line break aside, and the mention broken for GitHub
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(markdown).toContain("@\u2060robert");
  });

  it("carries the record itself, in a fence nothing inside can close", () => {
    const json = /```+json\n([\s\S]*?)\n```+\n/.exec(markdown)?.[1];
    expect(JSON.parse(json!)).toEqual(record);
  });
});

describe("renderAuthorizationText", () => {
  it("shows terminal escapes and line breaks as text", () => {
    const text = renderAuthorizationText(record, { color: false });
    expect(text).not.toContain("\u001b");
    expect(text).toContain("db/\\u001b[32mallow\\u001b[0m.py");
    expect(text.split("\n")[0]).toBe(`deny   deploy to capecraft (production) at aaaaaaa`);
    // one line per migration, per violation: a line break in an id cannot add one
    expect(text.split("\n").filter((l) => l.includes("evil"))).toHaveLength(2);
  });

  it("colours the verdict only when asked", () => {
    expect(renderAuthorizationText(record, { color: true }).startsWith("\u001b[31mdeny \u001b[39m")).toBe(true);
  });
});

describe("docs/authorize.md", () => {
  it("lists every deploy-time rule as the code's table describes it", () => {
    const docs = readFileSync(path.join(root, "docs/authorize.md"), "utf8");
    for (const rule of DEPLOY_RULES) expect(docs).toContain(`| \`${rule.id}\` | ${rule.description} |`);
    const table = docs.slice(docs.indexOf("| rule | denies when |")).split("\n\n")[0]!;
    const documented = [...table.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
    expect(documented).toEqual(DEPLOY_RULES.map((r) => r.id));
  });
});
