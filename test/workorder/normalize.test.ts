/** The catalog's normalisation ("How a work order is read"), one definition at a time. */
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import {
  calendarDate,
  headingWords,
  identityToken,
  inlineSegments,
  isPlaceholder,
  naStatus,
  nameKey,
  parseNames,
  plainText,
  segmentsRaw,
  splitAtLabelColon,
  splitRevisionList,
  textValue,
} from "../../src/workorder/normalize.js";

const md = new MarkdownIt({ html: true });
/** Inline Markdown as markdown-it reads it, as segments. */
const inline = (src: string) => inlineSegments(md.parseInline(src, {})[0]?.children ?? []);

describe("placeholders", () => {
  it.each(["", "   ", "<name/role>", "<paste output here>", "<SIGNATURE>", "<YYYY-MM-DD>", "TBD", "tbd", "ToDo", "XXX", "?", "-"])(
    "%j is missing",
    (v) => expect(isPlaceholder(v)).toBe(true),
  );
  it.each(["TODO: ask Robert", "a < b", "<name> and more", "<https://ci.example/run/42>", "<ops@example.com>", "None", "N/A"])(
    "%j is a value",
    (v) => expect(isPlaceholder(v)).toBe(false),
  );
  it("reads inline Markdown the way it renders: autolinks are values, html-looking placeholders are not", () => {
    expect(textValue(inline("<https://ci.example/run/42>"), 1)).toMatchObject({ value: "https://ci.example/run/42", placeholder: false });
    expect(textValue(inline("<SIGNATURE>"), 1)).toMatchObject({ value: null, placeholder: true, raw: "<SIGNATURE>" });
    expect(textValue(inline("<name/role>"), 1)).toMatchObject({ value: null, placeholder: true });
    expect(textValue(inline("`<list>`"), 1)).toMatchObject({ value: null, placeholder: true });
    expect(textValue(inline("**TBD**"), 1)).toMatchObject({ value: null, placeholder: true, raw: "**TBD**" });
  });
  it("HTML comments are not values", () => {
    expect(textValue(inline("<!-- fill in later -->"), 1)).toMatchObject({ value: null, placeholder: true });
    expect(textValue(inline("Robert <!-- confirm -->"), 1).value).toBe("Robert");
  });
});

describe("emphasis and code marks", () => {
  it("are dropped from the value and kept in raw", () => {
    const v = textValue(inline("**Robert** (`final` _authority_)"), 7);
    expect(v).toEqual({ raw: "**Robert** (`final` _authority_)", value: "Robert (final authority)", placeholder: false, na: "none", line: 7 });
  });
  it("plain text removes emoji and collapses spaces", () => {
    expect(plainText(inline("❌  **No production**   (`capecraft`) 🚀"))).toBe("No production (capecraft)");
  });
  it("raw leaves out marks whose partner lies on the other side of a split", () => {
    const split = splitAtLabelColon(inline("**Tooling:** Alembic"));
    expect(split && segmentsRaw(split.value).trim()).toBe("Alembic");
    expect(split && plainText(split.label)).toBe("Tooling");
  });
});

describe("labels", () => {
  it("end at the first colon outside parentheses and code", () => {
    const split = splitAtLabelColon(inline("Robert approval (required for capecraft/production): **Robert**"));
    expect(split && plainText(split.label)).toBe("Robert approval (required for capecraft/production)");
    expect(split && plainText(split.value)).toBe("Robert");
    const code = splitAtLabelColon(inline("`a:b` Tooling: x"));
    expect(code && plainText(code.label)).toBe("a:b Tooling");
    expect(splitAtLabelColon(inline("no colon here"))).toBeNull();
  });
});

describe("N/A", () => {
  it.each([
    ["N/A — brand-new local database with no data", "with-reason"],
    ["n/a: nothing to back up here", "with-reason"],
    ["Not applicable, the table is new", "with-reason"],
    ["N/A - empty table here", "with-reason"],
    ["N/A no rows exist", "with-reason"],
    ["N/A\nthe table is created empty", "with-reason"],
    ["\n\nN/A: see the diff", "with-reason"],
    ["N/A", "without-reason"],
    ["N/A.", "without-reason"],
    ["N/A — not needed", "without-reason"],
    ["Robert", "none"],
    ["id | N/A | none", "none"],
    ["N/Aish value here now", "none"],
  ])("%j → %s", (text, na) => expect(naStatus(text)).toBe(na));
});

describe("names", () => {
  it("split on ';' and ' and ', and end at ' /', ' (', ',' or ' —'", () => {
    expect(parseNames("Sipho Ndlovu / Billing team lead").map((n) => n.display)).toEqual(["Sipho Ndlovu"]);
    expect(parseNames("Anika Brandt (SRE lead)").map((n) => n.display)).toEqual(["Anika Brandt"]);
    expect(parseNames("Lindiwe Dlamini, QA lead").map((n) => n.display)).toEqual(["Lindiwe Dlamini"]);
    expect(parseNames("Priya Natarajan — Data Platform lead").map((n) => n.display)).toEqual(["Priya Natarajan"]);
    expect(parseNames("Robert (mandatory); Dana Whitfield / VP").map((n) => n.display)).toEqual(["Robert", "Dana Whitfield"]);
    expect(parseNames("Naledi Khumalo and Marco Silva (QA)").map((n) => n.display)).toEqual(["Naledi Khumalo", "Marco Silva"]);
    expect(parseNames("Ferdinand Anderson").map((n) => n.display)).toEqual(["Ferdinand Anderson"]);
    expect(parseNames("TBD; <name/role>")).toEqual([]);
  });
  it("match when equal after case-folding and collapsing spaces", () => {
    expect(nameKey("  ROBERT ")).toBe(nameKey("robert"));
    expect(nameKey("Mei  Lin\tChen")).toBe("mei lin chen");
    expect(nameKey("Straße")).toBe(nameKey("STRASSE"));
    expect(nameKey("Robert Mokoena")).not.toBe(nameKey("Robert"));
    expect(nameKey("Roberta")).not.toBe(nameKey("Robert"));
    expect(nameKey("Ame\u0301lie")).toBe(nameKey("Amélie"));
  });
});

describe("dates", () => {
  it.each([
    ["2026-03-05", "2026-03-05"],
    ["2024-02-29", "2024-02-29"],
    ["2026-02-30", null],
    ["2025-02-29", null],
    ["2026-13-01", null],
    ["2026-00-10", null],
    ["2026-3-5", null],
    ["05/03/2026", null],
    ["2026-03-05 (Thursday)", null],
    ["0099-01-01", "0099-01-01"],
  ])("%j → %j", (v, d) => expect(calendarDate(v)).toBe(d));
});

describe("headings", () => {
  it("are matched by their words, whatever the numbering, emoji and marks", () => {
    for (const h of ["5) Rollback Plan (MANDATORY)", "5. Rollback Plan", "⏪ 5) Rollback Plan", "Section 5: Rollback plan", "**Rollback Plan**  "]) {
      expect(headingWords(h).slice(0, 2)).toEqual(["rollback", "plan"]);
    }
  });
});

describe("migration identity", () => {
  it("is the first code span of a value, else its first word", () => {
    expect(identityToken(inline("`8d0e4b1a2c6f` (`migrations/versions/8d0e.py`)"))).toBe("8d0e4b1a2c6f");
    expect(identityToken(inline("20260313101544 — strong_migrations"))).toBe("20260313101544");
    expect(identityToken(inline("'abc123',"))).toBe("abc123");
    expect(identityToken(inline("   "))).toBeNull();
  });
  it("splits down revisions on commas outside parentheses", () => {
    const tokens = (src: string) => splitRevisionList(inline(src)).map(identityToken);
    expect(tokens("`a1`, `b2`")).toEqual(["a1", "b2"]);
    expect(tokens("(`a1`, `b2`)")).toEqual(["a1", "b2"]);
    expect(tokens("('a1', 'b2')")).toEqual(["a1", "b2"]);
    expect(tokens("`a1` (merge point, see notes)")).toEqual(["a1"]);
    expect(tokens("None (first migration)")).toEqual(["None"]);
  });
});
