/**
 * Catalog: "Headings may be at any level, numbered differently, use CRLF, carry trailing spaces or
 * emoji; extra prose, tables, notes or blank lines inside a section change nothing" — and bullets
 * may be -, * or +, boxes [x] or [X]. Each case rewrites the complete example work order and checks
 * that what the gate reads is unchanged (or changed exactly as expected).
 */
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { extractWorkOrder } from "../../src/workorder/extractWorkOrder.js";
import type { Paste, WorkOrder } from "../../src/workorder/schema.js";
import { example } from "./paths.js";

const base = example("001").text;
const extract = (text: string) => extractWorkOrder(text, "WO-MIGRATION-001.md");
const baseWo = extract(base);

/** Applies `fn` to each line outside fenced code blocks (test-side rewriting, not parsing). */
function outsideFences(text: string, fn: (line: string) => string): string {
  let inFence = false;
  return text
    .split("\n")
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) {
        inFence = !inFence;
        return line;
      }
      return inFence ? line : fn(line);
    })
    .join("\n");
}

/** What the rules read, without line numbers and without the text that prose may add. */
function reading(wo: WorkOrder) {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v && typeof v === "object") {
      return Object.fromEntries(Object.entries(v).filter(([k]) => k !== "line").map(([k, x]) => [k, strip(x)]));
    }
    return v;
  };
  const paste = (p: Paste | null) =>
    p && {
      blocks: p.blocks.map((b) => ({ ...b, line: 0, content: b.content.replace(/[ \t]+$/gm, "") })),
      na: p.text.map((t) => t.na).filter((na) => na !== "none"),
    };
  return strip({
    ...wo,
    plainLines: undefined,
    headings: undefined,
    governance: wo.governance.references.filter((r) => /SYSTEM_SPEC|AUTONOMY_PLAYBOOK/.test(r.text)),
    evidence: { ...wo.evidence, dryRun: paste(wo.evidence.dryRun), schemaDiff: paste(wo.evidence.schemaDiff), backup: paste(wo.evidence.backup) },
    rollback: { ...wo.rollback, sqlBlocks: wo.rollback.sqlBlocks.map((b) => b.content) },
  });
}

describe("the example work order is read completely", () => {
  it("has every field filled", () => {
    expect(baseWo.title.id).toBe("WO-MIGRATION-001");
    expect(baseWo.environments.filter((e) => e.checked).map((e) => e.label)).toEqual(["autorisen (staging)"]);
    for (const f of [baseWo.intent.changes, baseWo.intent.dataChanges, baseWo.intent.problem, baseWo.intent.impact, baseWo.rollback.steps, baseWo.rollback.triggers]) {
      expect(f?.values.every((v) => v.value !== null)).toBe(true);
    }
    expect(baseWo.migration.identity).toEqual({
      tool: "Alembic 1.13.1 (SQLAlchemy 2.0.30)",
      revision: "b7c4e2a91f03",
      downRevisions: ["5e1d0a8c3b27"],
      downIsNone: false,
    });
    expect(baseWo.signOff.approval.signer?.names.map((n) => n.key)).toEqual(["anika brandt"]);
  });
});

describe("tolerances: the same reading, line for line", () => {
  it.each([
    ["CRLF line endings", (t: string) => t.replace(/\n/g, "\r\n")],
    ["a UTF-8 byte order mark", (t: string) => `\uFEFF${t}`],
    ["'*' bullets", (t: string) => outsideFences(t, (l) => l.replace(/^(\s*)- /, "$1* "))],
    ["'+' bullets", (t: string) => outsideFences(t, (l) => l.replace(/^(\s*)- /, "$1+ "))],
    ["emoji around headings", (t: string) => outsideFences(t, (l) => l.replace(/^(#+) (.*)$/, "$1 🚀 $2 ✅"))],
    ["trailing spaces on headings and list items", (t: string) => outsideFences(t, (l) => (/^\s*([#*+-]|\d+\.)/.test(l) ? `${l}   ` : l))],
  ])("%s", (_, rewrite) => {
    expect(extract(rewrite(base))).toEqual(baseWo);
  });

  it("'[X]' boxes (plain lines keep the box as written)", () => {
    const wo = extract(base.replace(/\[x\]/g, "[X]"));
    expect({ ...wo, plainLines: [] }).toEqual({ ...baseWo, plainLines: [] });
  });

  it("CRLF mixed with LF (each CRLF is one line break)", () => {
    let i = 0;
    expect(extract(base.replace(/\n/g, () => (i++ % 2 ? "\r\n" : "\n")))).toEqual(baseWo);
  });
});

describe("tolerances: the same reading, lines moved", () => {
  it.each([
    ["headings one level deeper", (t: string) => outsideFences(t, (l) => l.replace(/^(##+) /, "#$1 "))],
    ["headings one level up", (t: string) => outsideFences(t, (l) => l.replace(/^#(#+) /, "$1 "))],
    ["sections numbered '5.' instead of '5)'", (t: string) => outsideFences(t, (l) => l.replace(/^(#+) (\d)\) /, "$1 $2. "))],
    ["sections numbered 'Section 5:'", (t: string) => outsideFences(t, (l) => l.replace(/^(#+) (\d)\) /, "$1 Section $2: "))],
    ["sections not numbered", (t: string) => outsideFences(t, (l) => l.replace(/^(#+) (\d)\) /, "$1 "))],
    ["no horizontal rules", (t: string) => outsideFences(t, (l) => (l === "---" ? "" : l))],
    ["extra blank lines", (t: string) => outsideFences(t, (l) => (l.trim() === "" ? "\n\n" : l))],
    [
      "prose and a table after every heading",
      (t: string) =>
        outsideFences(t, (l) =>
          /^#+ /.test(l) ? `${l}\n\nReviewed with the team on Tuesday; see the notes below.\n\n| check | result |\n|---|---|\n| peer review | done |\n` : l,
        ),
    ],
    ["a blockquote note inside every section", (t: string) => outsideFences(t, (l) => (/^## /.test(l) ? `${l}\n\n> **Note:** kept for the audit trail.\n` : l))],
    ["§7 deleted", (t: string) => t.replace(/## 7\) Hard STOP Conditions[\s\S]*?(?=## 8\))/, "")],
  ])("%s", (_, rewrite) => {
    expect(reading(extract(rewrite(base)))).toEqual(reading(baseWo));
  });

  it("line numbers follow the physical lines", () => {
    const wo = extract(base.replace("\n", "\n\n\n\n"));
    expect(wo.title.line).toBe(baseWo.title.line + 3);
    expect(wo.signOff.approval.nameBox?.line).toBe((baseWo.signOff.approval.nameBox?.line ?? 0) + 3);
    expect(wo.evidence.dryRun?.blocks[0]?.line).toBe((baseWo.evidence.dryRun?.blocks[0]?.line ?? 0) + 3);
  });
});

describe("what is and is not a value", () => {
  const replace = (from: string, to: string) => {
    expect(base).toContain(from);
    return extract(base.replace(from, to));
  };

  it("lines inside fenced code blocks are never boxes", () => {
    const wo = replace("- [ ] local / dev\n", "```text\n- [x] local / dev\n```\n\n- [ ] local / dev\n");
    expect(wo.environments.map((e) => e.checked)).toEqual([false, true, false]);
    const tilde = replace("### Approval Sign-Off\n", "### Approval Sign-Off\n\n~~~\n- [x] Approver name / role: Robert\n~~~\n");
    expect(tilde.signOff.approval.signer?.names.map((n) => n.key)).toEqual(["anika brandt"]);
  });

  it("an escaped box is text, not a checkbox", () => {
    const wo = replace("- [ ] capecraft (production — Robert-only)", "- \\[x\\] capecraft (production — Robert-only)");
    expect(wo.environments.map((e) => e.label)).toEqual(["local / dev", "autorisen (staging)"]);
  });

  it("a second Environment Selection further down cannot hide a checked box", () => {
    const wo = extract(`${base}\n### Environment Selection\n\n- [x] capecraft (production — Robert-only)\n`);
    expect(wo.environments.filter((e) => e.checked).map((e) => e.label)).toEqual(["autorisen (staging)", "capecraft (production — Robert-only)"]);
  });

  it("a nested item starting with a label's words does not shadow the field", () => {
    const wo = replace("- Problem / requirement:\n", "- Problem / requirement:\n  - Reason: the spreadsheet.\n");
    expect(wo.intent.reasons?.line).toBe((baseWo.intent.reasons?.line ?? 0) + 1);
    expect(wo.intent.reasons?.values[0]?.value).toMatch(/^metadata is overwritten/);
  });

  it("request fields under the Work Order heading when the title line sits elsewhere", () => {
    const title = "**WO-MIGRATION-001 — Add a free-text notes column to orders**\n";
    const wo = extract(title + base.replace(title, ""));
    expect(wo.title.line).toBe(1);
    expect(wo.request.requestedBy?.names.map((n) => n.key)).toEqual(["lerato mokoena"]);
  });

  it("a multi-line HTML comment inside an HTML block keeps the lines after it in place", () => {
    const wo = replace("## Work Order\n", "## Work Order\n\n<div>\n<!-- one\ntwo -->\nKept text\n</div>\n");
    const line = base.split("\n").indexOf("## Work Order") + 1;
    expect(wo.plainLines).toContainEqual({ line: line + 5, text: "Kept text" });
    expect(wo.plainLines.filter((l) => l.line > line && l.line < line + 5).map((l) => l.text)).toEqual(["<div>"]);
  });

  it("an HTML comment is not a value, and a commented-out line is not read", () => {
    expect(replace("- Target database: `orders` on autorisen PostgreSQL 16 (`autorisen-orders-pg`)", "- Target database: <!-- which one? -->").request.targetDatabase?.values[0]).toMatchObject({
      value: null,
      placeholder: true,
    });
    const commented = replace(
      "> ❌ **No production (`capecraft`) deploys, releases, or migrations unless Robert explicitly instructs it**",
      "<!--\n> ❌ **No production (`capecraft`) deploys, releases, or migrations unless Robert explicitly instructs it**\n-->",
    );
    expect(commented.plainLines.some((l) => l.text.includes("unless Robert explicitly instructs it"))).toBe(false);
    expect(baseWo.plainLines.some((l) => l.text === "No production (capecraft) deploys, releases, or migrations unless Robert explicitly instructs it")).toBe(true);
  });

  it("a value may sit after the colon or in the sub-list", () => {
    const wo = replace("- Tooling: Alembic 1.13.1 (SQLAlchemy 2.0.30)", "- Tooling:\n  - **Alembic** 1.13.1");
    expect(wo.migration.identity.tool).toBe("Alembic 1.13.1");
    const inline = replace("- Migration ID / revision:\n  - `b7c4e2a91f03`", "- Migration ID / revision: `b7c4e2a91f03` — adds the column");
    expect(inline.migration.identity.revision).toBe("b7c4e2a91f03");
  });

  it("down revisions: several items, comma-separated, or None", () => {
    const several = replace("- Down revision(s):\n  - `5e1d0a8c3b27`", "- Down revision(s):\n  - `5e1d0a8c3b27`\n  - `0a1b2c3d4e5f` (merge, see ORD-1)");
    expect(several.migration.identity).toMatchObject({ downRevisions: ["5e1d0a8c3b27", "0a1b2c3d4e5f"], downIsNone: false });
    const comma = replace("- Down revision(s):\n  - `5e1d0a8c3b27`", "- Down revision(s): `5e1d0a8c3b27`, `0a1b2c3d4e5f`");
    expect(comma.migration.identity.downRevisions).toEqual(["5e1d0a8c3b27", "0a1b2c3d4e5f"]);
    const none = replace("- Down revision(s):\n  - `5e1d0a8c3b27`", "- Down revision(s):\n  - `None`");
    expect(none.migration.identity).toMatchObject({ downRevisions: [], downIsNone: true });
    const missing = replace("- Down revision(s):\n  - `5e1d0a8c3b27`", "- Down revision(s):\n  - <down_revision>");
    expect(missing.migration.identity).toMatchObject({ downRevisions: [], downIsNone: false });
  });

  it("an approver written on the environment's own line", () => {
    const wo = replace("- local / dev:\n  - Approver(s): Lerato Mokoena / Orders team lead", "- local / dev: Approver(s): Lerato Mokoena and Sam Okafor");
    expect(wo.approvals[0]).toMatchObject({ environment: "local / dev", approvers: { names: [{ display: "Lerato Mokoena" }, { display: "Sam Okafor" }] } });
  });

  it("fenced sql blocks anywhere in §5 are the reversing SQL", () => {
    const wo = replace("### Rollback Triggers", "~~~SQL\nALTER TABLE orders DROP COLUMN notes;\n~~~\n\n### Rollback Triggers");
    expect(wo.rollback.sqlBlocks).toEqual([expect.objectContaining({ info: "SQL", content: "ALTER TABLE orders DROP COLUMN notes;" })]);
    expect(baseWo.rollback.sqlBlocks).toEqual([]);
  });

  it("a title line with a leading emoji and emphasis", () => {
    const wo = replace("**WO-MIGRATION-001 — Add a free-text notes column to orders**", "🚀 _WO-MIGRATION-001 — Add a free-text notes column to orders_");
    expect(wo.title).toMatchObject({ line: baseWo.title.line, id: "WO-MIGRATION-001", name: { value: "Add a free-text notes column to orders" } });
  });

  it("§8 boxes without their headings are placed by their labels", () => {
    const wo = extract(base.replace("### Approval Sign-Off\n\n", "").replace("### Robert Approval (mandatory for capecraft)\n\n", ""));
    expect(wo.signOff.approval).toEqual(expect.objectContaining({ nameBox: expect.objectContaining({ checked: true }), date: expect.objectContaining({ date: "2026-05-05" }) }));
    expect(wo.signOff.finalAuthority.nameBox?.label).toBe("Robert approval (required for capecraft/production)");
    expect(wo.signOff.finalAuthority.dateBox?.checked).toBe(false);
  });
});

describe("missing parts are null or empty, never a crash", () => {
  const titleOnly = "**WO-MIGRATION-7 — A title and nothing else**\n";

  it("a work order that is only its title line", () => {
    const wo = extract(titleOnly);
    expect(wo.title).toMatchObject({ line: 1, id: "WO-MIGRATION-7" });
    expect(wo.request).toEqual({ requestedBy: null, date: null, targetService: null, targetDatabase: null });
    expect(wo.environments).toEqual([]);
    expect(wo.approvals).toEqual([]);
    expect(wo.authorityChain).toBeNull();
    expect(wo.migration.identity).toEqual({ tool: null, revision: null, downRevisions: [], downIsNone: false });
    expect(wo.evidence.dryRun).toBeNull();
    expect(wo.signOff.approval).toEqual({ nameBox: null, signer: null, dateBox: null, date: null });
  });

  it("a section heading with nothing under it", () => {
    const wo = extract(base.replace(/(### Exact Rollback Steps\n)[\s\S]*?(?=### Rollback Triggers)/, "$1\n"));
    expect(wo.rollback.steps).toEqual({ line: baseWo.rollback.steps?.line, values: [expect.objectContaining({ value: null, placeholder: true })] });
  });

  it("an optional field removed", () => {
    const wo = extract(base.replace("- Branch labels / dependencies (if any):\n  - None\n", ""));
    expect(wo.migration.branchLabels).toBeNull();
  });
});

describe("not a work order", () => {
  it.each([
    ["the template's H1 only", "# WO-MIGRATION — Database Migration Work Order Template (Normative)\n"],
    ["the id inside a list item", "- WO-MIGRATION-5 — nested in a list\n"],
    ["the id inside a fenced block", "```\nWO-MIGRATION-5 — code\n```\n"],
    ["the id later in a paragraph", "Please see\nWO-MIGRATION-5 — not the first line\n"],
    ["lower case", "wo-migration-5 — lower case\n"],
    ["empty", ""],
  ])("%s", (_, text) => {
    expect(() => extractWorkOrder(text, "x.md")).toThrow(new InputError("x.md: not a work order: no line begins with WO-MIGRATION-"));
  });

  it("NUL characters", () => {
    expect(() => extractWorkOrder(`**WO-MIGRATION-1 — x**\n\u0000`, "x.md")).toThrow(InputError);
  });
});
