/**
 * Generated work-order inputs (fast-check arbitraries), each as the bytes of a file plus, when the
 * document is certainly not a complete work order, the reason (the gate must never allow it):
 *
 * - incomplete: a seed with one required thing removed (./incomplete.ts), after edits that keep
 *   every field where it is (line endings, a BOM, trailing spaces, a duplicated or moved section);
 * - mutated: a seed through 1-4 byte- and line-level mutations (byte flips, truncation, duplicated,
 *   reordered or deleted sections, nested lists, huge lines, deep nesting, NUL bytes, mixed line
 *   endings, invalid UTF-8, template fragments, rarely a document padded to about 5 MB);
 * - garbage: random bytes, or random text built from Markdown and template fragments.
 */
import fc from "fast-check";
import { fromLines, isBlank, sections, toLines, usualEol, type Lines, type Seed } from "./documents.js";
import { REMOVALS } from "./incomplete.js";

export interface WorkOrderInput {
  /** How the input was made, to reproduce a failure. */
  label: string;
  bytes: Buffer;
  /** Why this is not a complete work order (it must never be allowed); null when it may be one. */
  incomplete: string | null;
}

/** The size the 5 MB mutations aim at (the work-order size bound, src/limits.ts). */
export const FIVE_MB = 5 * 1024 * 1024;

const FRAGMENTS = [
  "\n", "\n\n", "\r\n", "\r", "  ", "\t", "# ", "## ", "### 5) ", "- ", "* ", "+ ", "1. ", "  - ", "    - ", "> ", "[x] ", "[X] ", "[ ] ",
  "```", "```sql\n", "~~~", "`", "**", "_", "<", ">", "<!-- ", " -->", "|", "|---|", ":", "(", ")", "—", "->", "→", "🚀", "\uFEFF",
  "WO-MIGRATION-", "WO-MIGRATION-12 — Title", "Requested by: ", "Date: ", "2026-02-30", "2026-03-05", "N/A", "n/a — reason here now",
  "TBD", "<name/role>", "<https://x.example>", "Robert", "Approver(s): ", "Approver name / role: ", "Robert approval (x): ",
  "Authority Chain", "Rollback Plan", "Exact Rollback Steps", "Dry-run / Plan Output", "Environment Selection", "Required Approval Authority",
  "Tooling: ", "Migration ID / revision:", "Down revision(s):", "None", "`abc123`", ", ", "; ", " and ", "\\", "&amp;", "![a](b)", "[l](u)",
  "<details>", "</details>", "<div>", "|-|-|\n", "[^1]", "[ref]: <x>", "***", "___", "\u200b", "\u202e", "\ud83d", "\u0085", "\u2028",
];

/** Characters huge lines are made of: plain text, and the delimiters Markdown parsers work hardest on. */
const HUGE_LINE_UNITS = ["a", "a ", "*", "_", "**a", "[", "]", "[a](", "`", "<", "<a ", "|", "\\", "&#", "![", "~", "!", "(", ")", "- ", "> "];

// Invalid UTF-8: a stray continuation byte, an overlong NUL, a surrogate, beyond U+10FFFF, a cut sequence.
const INVALID_UTF8 = [[0x80], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0xff], [0xfe, 0xff]];

type BytesEdit = (bytes: Buffer) => Buffer;
type TextEdit = (lines: Lines) => void;

const insertAt = (bytes: Buffer, at: number, insert: Buffer): Buffer =>
  Buffer.concat([bytes.subarray(0, at % (bytes.length + 1)), insert, bytes.subarray(at % (bytes.length + 1))]);

function linesEdit(edit: TextEdit): BytesEdit {
  return (bytes) => {
    const lines = toLines(bytes.toString("utf8"));
    edit(lines);
    return Buffer.from(fromLines(lines), "utf8");
  };
}

function insertLines(lines: Lines, at: number, added: string[]): void {
  const i = at % (lines.text.length + 1);
  const eol = usualEol(lines);
  lines.text.splice(i, 0, ...added);
  lines.eol.splice(i, 0, ...added.map(() => eol));
}

/** Moves, copies or drops whole `##` (or `###`) sections. */
const sectionEdit = (kind: "duplicate" | "swap" | "delete", level: number, a: number, b: number): TextEdit => (lines) => {
  const found = sections(lines.text, level);
  if (found.length === 0) return;
  const [s1, e1] = found[a % found.length] as [number, number];
  const take = (s: number, e: number) => ({ text: lines.text.slice(s, e), eol: lines.eol.slice(s, e) });
  if (kind === "delete") {
    lines.text.splice(s1, e1 - s1);
    lines.eol.splice(s1, e1 - s1);
  } else if (kind === "duplicate") {
    const copy = take(s1, e1);
    lines.text.splice(e1, 0, ...copy.text);
    lines.eol.splice(e1, 0, ...copy.eol);
  } else {
    const [s2, e2] = found[b % found.length] as [number, number];
    if (s1 === s2) return;
    const [first, second] = s1 < s2 ? [[s1, e1], [s2, e2]] : [[s2, e2], [s1, e1]];
    const x = take(first[0]!, first[1]!);
    const y = take(second[0]!, second[1]!);
    const middle = take(first[1]!, second[0]!);
    const before = take(0, first[0]!);
    const after = take(second[1]!, lines.text.length);
    lines.text = [...before.text, ...y.text, ...middle.text, ...x.text, ...after.text];
    lines.eol = [...before.eol, ...y.eol, ...middle.eol, ...x.eol, ...after.eol];
  }
};

/** Edits that keep every field, box and heading where the catalog reads it. */
const harmlessEdit: fc.Arbitrary<{ name: string; edit: TextEdit }> = fc.oneof(
  fc.constantFrom("\r\n", "\n").map((eol) => ({ name: `line endings ${JSON.stringify(eol)}`, edit: (l: Lines) => void (l.eol = l.eol.map((e) => (e ? eol : e))) })),
  fc.constant({ name: "trailing spaces", edit: (l: Lines) => void (l.text = l.text.map((t) => (isBlank(t) ? t : `${t}  `))) }),
  fc.constant({ name: "BOM", edit: (l: Lines) => void (l.text[0] = `\uFEFF${l.text[0] ?? ""}`) }),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => ({ name: `swap sections ${a} ${b}`, edit: sectionEdit("swap", 2, a, b) })),
  fc.nat().map((a) => ({ name: `duplicate section ${a}`, edit: sectionEdit("duplicate", 2, a, 0) })),
);

/** A seed with one required thing removed, after harmless edits: must never be allowed. */
export function incompleteInput(seeds: readonly Seed[]): fc.Arbitrary<WorkOrderInput> {
  return fc
    .record({
      seed: fc.constantFrom(...seeds),
      edits: fc.array(harmlessEdit, { maxLength: 3 }),
      removal: fc.nat(REMOVALS.length - 1),
      variant: fc.nat(),
    })
    .map(({ seed, edits, removal, variant }) => {
      const lines = toLines(seed.text);
      for (const e of edits) e.edit(lines);
      const r = REMOVALS[removal]!;
      const v = variant % r.variants;
      const removed = r.apply(lines, v);
      return {
        label: `incomplete: ${seed.name}; ${[...edits.map((e) => e.name), `remove ${r.what} (variant ${v})`].join("; ")}`,
        bytes: Buffer.from(fromLines(lines), "utf8"),
        // A seed without the thing in the first place makes no claim about the result.
        incomplete: removed ? r.what : null,
      };
    });
}

/** Pads the document to about `size` bytes in one of the shapes that cost a parser most. */
function padTo(size: number, shape: number): BytesEdit {
  return (bytes) => {
    const unit = ["\n- item", "\n", "\n## heading", "\n| a | b |", "\n```\ncode\n```", "\n  - nested\n    - deeper", "x"][shape % 7] as string;
    const need = Math.max(0, size - bytes.length);
    const pad = Buffer.from(unit.repeat(Math.ceil(need / Buffer.byteLength(unit)))).subarray(0, need);
    return Buffer.concat([bytes, pad]);
  };
}

/** One mutation, with its weight: rare ones are costly (5 MB documents) or tend to hide the rest. */
const mutation: fc.Arbitrary<{ name: string; edit: BytesEdit }> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips) => ({
      name: `flip ${flips.map(([at, b]) => `${at}=${b}`).join(",")}`,
      edit: (bytes: Buffer) => {
        const out = Buffer.from(bytes);
        for (const [at, b] of flips) if (out.length > 0) out[at % out.length] = b;
        return out;
      },
    })),
  },
  { weight: 4, arbitrary: fc.nat().map((at) => ({ name: `truncate ${at}`, edit: (bytes: Buffer) => bytes.subarray(0, at % (bytes.length + 1)) })) },
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.constantFrom("duplicate", "swap", "delete") as fc.Arbitrary<"duplicate" | "swap" | "delete">, fc.constantFrom(2, 3), fc.nat(), fc.nat())
      .map(([kind, level, a, b]) => ({ name: `${kind} section h${level} ${a} ${b}`, edit: linesEdit(sectionEdit(kind, level, a, b)) })),
  },
  {
    weight: 4,
    arbitrary: fc.tuple(fc.nat(), fc.integer({ min: 1, max: 2000 }), fc.constantFrom("- ", "* ", "1. ", "- [x] ", "> - ")).map(([at, depth, bullet]) => ({
      name: `nested list ${depth} deep (${bullet.trim()}) at ${at}`,
      edit: linesEdit((l) => insertLines(l, at, Array.from({ length: depth }, (_, i) => `${"  ".repeat(i)}${bullet}Requested by: level ${i}`))),
    })),
  },
  {
    weight: 4,
    arbitrary: fc.tuple(fc.nat(), fc.integer({ min: 10, max: 20_000 }), fc.constantFrom(">", "> ", "[", "*", "_", "`", "<div>", "- ", "1. ", "(", "![")).map(([at, depth, unit]) => ({
      name: `deep nesting ${JSON.stringify(unit)} x${depth} at ${at}`,
      edit: linesEdit((l) => insertLines(l, at, [`${unit.repeat(depth)}WO-MIGRATION-1 — nested`])),
    })),
  },
  {
    weight: 2,
    // Mostly up to 100 KB; one in forty up to 1.5 MB (a parser's cost grows with the line).
    arbitrary: fc.tuple(fc.nat(), fc.oneof({ weight: 39, arbitrary: fc.integer({ min: 10_000, max: 100_000 }) }, { weight: 1, arbitrary: fc.integer({ min: 100_000, max: 1_500_000 }) }), fc.constantFrom(...HUGE_LINE_UNITS)).map(([at, length, unit]) => ({
      name: `huge line of ${JSON.stringify(unit)} (${length} chars) at ${at}`,
      edit: linesEdit((l) => insertLines(l, at, [unit.repeat(Math.ceil(length / unit.length))])),
    })),
  },
  { weight: 3, arbitrary: fc.nat().map((at) => ({ name: `NUL at ${at}`, edit: (bytes: Buffer) => insertAt(bytes, at, Buffer.from([0])) })) },
  {
    weight: 4,
    arbitrary: fc.array(fc.constantFrom("\n", "\r\n", "\r"), { minLength: 1, maxLength: 8 }).map((cycle) => ({
      name: `line endings ${JSON.stringify(cycle.join(""))}`,
      edit: linesEdit((l) => void (l.eol = l.eol.map((e, i) => (e ? (cycle[i % cycle.length] as string) : e)))),
    })),
  },
  {
    weight: 3,
    arbitrary: fc.tuple(fc.nat(), fc.constantFrom(...INVALID_UTF8)).map(([at, seq]) => ({
      name: `invalid UTF-8 ${seq.map((b) => b.toString(16)).join(" ")} at ${at}`,
      edit: (bytes: Buffer) => insertAt(bytes, at, Buffer.from(seq)),
    })),
  },
  {
    weight: 10,
    arbitrary: fc.tuple(fc.nat(), fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 12 })).map(([at, parts]) => ({
      name: `insert ${JSON.stringify(parts.join(""))} at ${at}`,
      edit: (bytes: Buffer) => insertAt(bytes, at, Buffer.from(parts.join(""), "utf8")),
    })),
  },
  {
    weight: 4,
    arbitrary: fc.tuple(fc.nat(), fc.integer({ min: 1, max: 40 }), fc.constantFrom("delete", "duplicate")).map(([at, n, kind]) => ({
      name: `${kind} ${n} lines at ${at}`,
      edit: linesEdit((l) => {
        const i = at % Math.max(l.text.length, 1);
        if (kind === "delete") {
          l.text.splice(i, n);
          l.eol.splice(i, n);
        } else {
          l.text.splice(i, 0, ...l.text.slice(i, i + n));
          l.eol.splice(i, 0, ...l.eol.slice(i, i + n));
        }
      }),
    })),
  },
);

/** Documents padded to about 5 MB: just under, at and just over the bound, in costly shapes. */
const fiveMb: fc.Arbitrary<{ name: string; edit: BytesEdit }> = fc
  .tuple(fc.constantFrom(FIVE_MB - 1, FIVE_MB, FIVE_MB + 1, FIVE_MB - 4096), fc.nat(6))
  .map(([size, shape]) => ({ name: `pad to ${size} bytes (shape ${shape})`, edit: padTo(size, shape) }));

/** A seed through 1-4 mutations; `hugeWeight` is the weight of the 5 MB padding against 5,000 for the rest. */
export function mutatedInput(seeds: readonly Seed[], hugeWeight: number): fc.Arbitrary<WorkOrderInput> {
  const step = hugeWeight > 0 ? fc.oneof({ weight: 5000, arbitrary: mutation }, { weight: hugeWeight, arbitrary: fiveMb }) : mutation;
  return fc.tuple(fc.constantFrom(...seeds), fc.array(step, { minLength: 1, maxLength: 4 })).map(([seed, steps]) => ({
    label: `mutated: ${seed.name}; ${steps.map((s) => s.name).join("; ")}`,
    bytes: steps.reduce<Buffer>((bytes, s) => s.edit(bytes), Buffer.from(seed.text, "utf8")),
    incomplete: null,
  }));
}

/** Random bytes, or text made of fragments: never a complete work order. */
export const garbageInput: fc.Arbitrary<WorkOrderInput> = fc.oneof(
  fc.uint8Array({ maxLength: 65_536 }).map((b) => ({ label: `random bytes (${b.length})`, bytes: Buffer.from(b), incomplete: "random bytes" })),
  fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 })), { maxLength: 150 }).map((parts) => ({
    label: `fragments ${JSON.stringify(parts.join("")).slice(0, 200)}`,
    bytes: Buffer.from(parts.join(""), "utf8"),
    incomplete: "random fragments",
  })),
  fc.string({ unit: "grapheme", maxLength: 600 }).map((s) => ({
    label: `title then random text ${JSON.stringify(s).slice(0, 200)}`,
    bytes: Buffer.from(`**WO-MIGRATION-1 — fuzz**\n${s}`, "utf8"),
    incomplete: "random text after a title",
  })),
);

/** Every kind, in the proportions the fuzz run uses. */
export function workOrderInput(seeds: readonly Seed[], hugeWeight: number): fc.Arbitrary<WorkOrderInput> {
  return fc.oneof({ weight: 4, arbitrary: incompleteInput(seeds) }, { weight: 5, arbitrary: mutatedInput(seeds, hugeWeight) }, { weight: 1, arbitrary: garbageInput });
}
