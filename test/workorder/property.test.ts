/**
 * Property: whatever the text, the extractor either returns a work order that passes the zod
 * schema, with every line inside the document, the same on every run, or throws InputError (exit 2).
 * It never crashes. Inputs: the fixture work orders (or examples/ without ../shared) mutated by
 * line deletions, duplications, byte flips, truncation, CRLF mixing and random insertions; and
 * random documents built from Markdown and template fragments.
 */
import fs from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { extractWorkOrder } from "../../src/workorder/extractWorkOrder.js";
import { WorkOrderSchema } from "../../src/workorder/schema.js";
import { example, fixtureFiles } from "./paths.js";

const RUNS = Number(process.env.WO_FUZZ_RUNS ?? 100);

const corpus = [example("001").text, example("002").text, ...fixtureFiles().map((f) => fs.readFileSync(f, "utf8"))];

/** Largest `line` anywhere in the value. */
function maxLine(v: unknown): number {
  if (Array.isArray(v)) return v.reduce((m: number, x) => Math.max(m, maxLine(x)), 0);
  if (v && typeof v === "object") {
    return Object.entries(v).reduce((m, [k, x]) => Math.max(m, k === "line" && typeof x === "number" ? x : maxLine(x)), 0);
  }
  return 0;
}

function checkExtraction(text: string): void {
  let wo;
  try {
    wo = extractWorkOrder(text, "fuzz.md");
  } catch (e) {
    if (e instanceof InputError) return;
    throw e;
  }
  expect(WorkOrderSchema.safeParse(wo).success).toBe(true);
  expect(maxLine(wo)).toBeLessThanOrEqual(text.split(/\r\n|\r|\n/).length);
  expect(extractWorkOrder(text, "fuzz.md")).toEqual(wo);
}

const FRAGMENTS = [
  "\n", "\n\n", "\r\n", "  ", "\t", "# ", "## ", "### 5) ", "- ", "* ", "+ ", "1. ", "  - ", "    - ", "> ", "[x] ", "[X] ", "[ ] ",
  "```", "```sql\n", "~~~", "`", "**", "_", "<", ">", "<!-- ", " -->", "|", "|---|", ":", "(", ")", "—", "->", "→", "🚀", "\uFEFF",
  "WO-MIGRATION-", "WO-MIGRATION-12 — Title", "Requested by: ", "Date: ", "2026-02-30", "2026-03-05", "N/A", "n/a — reason here now",
  "TBD", "<name/role>", "<https://x.example>", "Robert", "Approver(s): ", "Approver name / role: ", "Robert approval (x): ",
  "Authority Chain", "Rollback Plan", "Exact Rollback Steps", "Dry-run / Plan Output", "Environment Selection", "Required Approval Authority",
  "Tooling: ", "Migration ID / revision:", "Down revision(s):", "None", "`abc123`", ", ", "; ", " and ", "\\", "&amp;", "![a](b)", "[l](u)",
];

const mutation = (doc: string) =>
  fc.oneof(
    // delete, duplicate or swap lines
    fc.tuple(fc.constant("delete"), fc.nat(), fc.integer({ min: 1, max: 40 })),
    fc.tuple(fc.constant("duplicate"), fc.nat(), fc.integer({ min: 1, max: 20 })),
    fc.tuple(fc.constant("flip"), fc.nat(), fc.integer({ min: 0, max: 255 })),
    fc.tuple(fc.constant("truncate"), fc.nat(), fc.constant(0)),
    fc.tuple(fc.constant("crlf"), fc.nat(), fc.integer({ min: 2, max: 5 })),
    fc.tuple(fc.constant("insert"), fc.nat(), fc.nat()),
  ).chain(([kind, at, n]) =>
    kind === "insert"
      ? fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 12 }).map((parts) => (text: string) => {
          const i = at % (text.length + 1);
          return text.slice(0, i) + parts.join("") + text.slice(i);
        })
      : fc.constant((text: string) => {
          const lines = text.split("\n");
          const i = at % Math.max(lines.length, 1);
          switch (kind) {
            case "delete":
              lines.splice(i, n);
              return lines.join("\n");
            case "duplicate":
              lines.splice(i, 0, ...lines.slice(i, i + n));
              return lines.join("\n");
            case "flip": {
              const bytes = Buffer.from(text);
              if (bytes.length > 0) bytes[at % bytes.length] = n;
              return new TextDecoder().decode(bytes);
            }
            case "truncate":
              return text.slice(0, at % (text.length + 1));
            default: {
              let k = 0;
              return text.replace(/\n/g, () => (k++ % n === 0 ? "\r\n" : "\n"));
            }
          }
        }),
  ).map((fn) => fn(doc));

describe("the extractor never crashes", () => {
  it("on mutated work orders", () => {
    const mutated = fc
      .constantFrom(...corpus)
      .chain((doc) => fc.array(fc.constant(null), { minLength: 1, maxLength: 4 }).chain((steps) => steps.reduce((acc) => acc.chain((d) => mutation(d)), fc.constant(doc))));
    fc.assert(fc.property(mutated, checkExtraction), { numRuns: RUNS });
  });

  it("on random documents made of Markdown and template fragments", () => {
    const doc = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 })), { maxLength: 120 }).map((p) => p.join(""));
    fc.assert(fc.property(doc, checkExtraction), { numRuns: RUNS });
  });

  it("on random Unicode text starting with a title line", () => {
    const doc = fc.string({ unit: "grapheme", maxLength: 400 }).map((s) => `**WO-MIGRATION-1 — fuzz**\n${s}`);
    fc.assert(fc.property(doc, checkExtraction), { numRuns: RUNS });
  });
});
