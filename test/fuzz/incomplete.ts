/**
 * The completeness oracle: edits that take something the rule catalog requires out of a work
 * order (delete it, blank it with a placeholder, uncheck its box, alter a line that must be kept
 * verbatim). A document after any of them is not a complete work order, whatever else it says, so
 * the gate must never allow it. The edits read the text the way the catalog describes a work order
 * (list items, label words, boxes, headings), not through the extractor or the policy, and remove
 * every occurrence, so a second copy elsewhere cannot stand in for the one removed.
 */
import { fenceMask, isHeading, itemEnd, usualEol, type Lines } from "./documents.js";

type Words = readonly (readonly string[])[];

/** A whole-value placeholder (catalog "Placeholder"), in the forms people write them. */
export const PLACEHOLDERS = ["", "TBD", "TODO", "XXX", "?", "-", "<name/role>", "<text>", "tbd", "**TBD**", "`TODO`", "<!-- later -->", "   "];

interface Lead {
  /** Everything before the item's text: indentation, quote markers, the bullet and the box. */
  prefix: string;
  box: "checked" | "unchecked" | null;
  words: string[];
  rest: string;
}

const ITEM = /^([ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+)(\[([ xX])\][ \t]*)?/;

/** A list item's lead: null for lines that are not list items. */
export function leadOf(line: string): Lead | null {
  const m = ITEM.exec(line);
  if (!m) return null;
  const rest = line.slice(m[0].length);
  return {
    prefix: m[0],
    box: m[3] === undefined ? null : m[3] === " " ? "unchecked" : "checked",
    words: rest.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [],
    rest,
  };
}

const startsWith = (have: readonly string[], wanted: Words): boolean => wanted.some((seq) => seq.every((w, i) => have[i] === w));

/** Indexes of list-item lines outside fences whose lead matches. */
function items(lines: Lines, match: (lead: Lead) => boolean): number[] {
  const fenced = fenceMask(lines.text);
  const out: number[] = [];
  lines.text.forEach((line, i) => {
    const lead = fenced[i] ? null : leadOf(line);
    if (lead && match(lead)) out.push(i);
  });
  return out;
}

/** Ranges [start, end) sorted and merged where they overlap (an item nested in another's body). */
function merged(ranges: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** Removes line ranges [start, end) (all measured on the lines as they are now), last first. */
function removeRanges(lines: Lines, ranges: Array<[number, number]>): void {
  for (const [start, end] of merged(ranges).reverse()) {
    lines.text.splice(start, end - start);
    lines.eol.splice(start, end - start);
  }
}

function deleteItems(lines: Lines, match: (lead: Lead) => boolean): boolean {
  const at = items(lines, match);
  removeRanges(lines, at.map((i) => [i, itemEnd(lines.text, i)]));
  return at.length > 0;
}

/** Each matching item becomes `<bullet> <label>: <placeholder>`, its sub-items and continuation lines gone. */
function blankItems(lines: Lines, match: (lead: Lead) => boolean, label: string, placeholder: string): boolean {
  const at = items(lines, match);
  for (const i of at) lines.text[i] = `${leadOf(lines.text[i] as string)?.prefix}${label}: ${placeholder}`;
  removeRanges(lines, at.map((i) => [i + 1, itemEnd(lines.text, i)]));
  return at.length > 0;
}

function setBoxes(lines: Lines, match: (lead: Lead) => boolean, mark: " " | "x"): boolean {
  const at = items(lines, (lead) => lead.box !== null && match(lead));
  for (const i of at) lines.text[i] = (lines.text[i] as string).replace(/\[[ xX]\]/, `[${mark}]`);
  return at.length > 0;
}

/** Every line outside fences that `edit` changes (or, with null, deletes). */
function editLines(lines: Lines, edit: (line: string) => string | null): boolean {
  let changed = false;
  for (let i = lines.text.length - 1; i >= 0; i--) {
    const line = lines.text[i] as string;
    const next = edit(line);
    if (next === line) continue;
    changed = true;
    if (next === null) removeRanges(lines, [[i, i + 1]]);
    else lines.text[i] = next;
  }
  return changed;
}

/** A heading's words without a leading number or "section" (`## 5) Rollback Plan`). */
function headingWords(line: string): string[] {
  const w = line.replace(/^ {0,3}#+/, "").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  let i = 0;
  while (i < w.length && (/^\d+$/.test(w[i] as string) || w[i] === "section")) i++;
  return w.slice(i);
}

/**
 * [start, end) of the body under every heading whose words start with `words`, to the next
 * heading of its rank or higher (merged where one lies inside another).
 */
function regions(lines: Lines, words: Words): Array<[number, number]> {
  const fenced = fenceMask(lines.text);
  const level = (line: string) => /^ {0,3}(#{1,6})/.exec(line)?.[1]?.length ?? 0;
  const out: Array<[number, number]> = [];
  lines.text.forEach((line, i) => {
    if (fenced[i] || !isHeading(line)) return;
    if (!startsWith(headingWords(line), words)) return;
    let end = i + 1;
    while (end < lines.text.length && !(!fenced[end] && isHeading(lines.text[end] as string) && level(lines.text[end] as string) <= level(line))) end++;
    out.push([i + 1, end]);
  });
  return merged(out);
}

export interface Removal {
  /** What the document lacks afterwards. */
  what: string;
  /** How many ways the edit can be made (the `variant` argument ranges over them). */
  variants: number;
  /** Edits `lines` in place; false when the document holds nothing to remove. */
  apply(lines: Lines, variant: number): boolean;
}

/** A labelled field (catalog: the text after its colon, or its sub-list items): deleted or blanked. */
function field(what: string, label: string, words: Words): Removal {
  const match = (lead: Lead) => lead.box === null && startsWith(lead.words, words);
  return {
    what,
    variants: PLACEHOLDERS.length + 1,
    apply: (lines, v) => (v === 0 ? deleteItems(lines, match) : blankItems(lines, match, label, PLACEHOLDERS[v - 1] as string)),
  };
}

/** A required box: unchecked, deleted, or (for sign-off boxes) its value blanked. */
function box(what: string, words: Words, blankLabel?: string): Removal {
  const match = (lead: Lead) => lead.box !== null && startsWith(lead.words, words);
  return {
    what,
    variants: blankLabel ? 2 + PLACEHOLDERS.length : 2,
    apply: (lines, v) => {
      if (v === 0) return setBoxes(lines, match, " ");
      if (v === 1) return deleteItems(lines, match);
      return blankItems(lines, match, blankLabel as string, PLACEHOLDERS[v - 2] as string);
    },
  };
}

/** Every list item under the heading: deleted, or each one blanked. */
function headingList(what: string, words: Words): Removal {
  return {
    what,
    variants: 2,
    apply: (lines, v) => {
      const ranges = regions(lines, words);
      const inRegion = new Set(ranges.flatMap(([s, e]) => Array.from({ length: e - s }, (_, k) => s + k)));
      const at = items(lines, () => true).filter((i) => inRegion.has(i));
      if (at.length === 0) return false;
      if (v === 1) for (const i of at) lines.text[i] = `${leadOf(lines.text[i] as string)?.prefix}<step>`;
      removeRanges(lines, at.map((i) => [v === 1 ? i + 1 : i, itemEnd(lines.text, i)]));
      return true;
    },
  };
}

/** A paste section: its whole body replaced by an empty template block. */
function paste(what: string, words: Words): Removal {
  return {
    what,
    variants: 2,
    apply: (lines, v) => {
      const found = regions(lines, words);
      const eol = usualEol(lines);
      for (const [start, end] of [...found].reverse()) {
        const body = v === 0 ? ["", "```text", "<paste output here>", "```", ""] : [""];
        lines.text.splice(start, end - start, ...body);
        lines.eol.splice(start, end - start, ...body.map(() => eol));
      }
      return found.length > 0;
    },
  };
}

const ENV_SELECTION: Words = [["environment", "selection"]];

export const REMOVALS: readonly Removal[] = [
  {
    what: "title line (WO-MIGRATION-<digits>)",
    variants: 2,
    apply: (lines, v) => editLines(lines, (l) => (/WO-MIGRATION-\d/.test(l) ? (v === 0 ? null : l.replace(/WO-MIGRATION-\d+/g, "WO-MIGRATION-XXX")) : l)),
  },
  {
    what: "authority chain line",
    variants: 2,
    apply: (lines, v) =>
      editLines(lines, (l) => (/final authority/i.test(l) && /→|->/.test(l) ? (v === 0 ? null : l.replace(/CapeAI|VS_Chat/g, (m) => (m === "CapeAI" ? "VS_Chat" : "CapeAI"))) : l)),
  },
  {
    what: "production restriction line",
    variants: 2,
    apply: (lines, v) => editLines(lines, (l) => (/explicitly instructs/.test(l) ? (v === 0 ? null : l.replace(/unless Robert/g, "unless anyone")) : l)),
  },
  field("Requested by", "Requested by", [["requested", "by"]]),
  {
    what: "request date (missing or not a real date)",
    variants: 4,
    apply: (lines, v) => {
      const match = (lead: Lead) => lead.box === null && startsWith(lead.words, [["date"]]);
      return v === 0 ? deleteItems(lines, match) : blankItems(lines, match, "Date", ["TBD", "2026-02-30", "2026-13-01"][v - 1] as string);
    },
  },
  field("Target service/app", "Target service/app", [["target", "service"], ["target", "app"]]),
  field("Target database", "Target database", [["target", "database"], ["target", "db"]]),
  {
    what: "a selected environment (none checked, or more than one)",
    variants: 2,
    apply: (lines, v) => {
      const inSelection = new Set(regions(lines, ENV_SELECTION).flatMap(([s, e]) => Array.from({ length: e - s }, (_, k) => s + k)));
      const boxes = items(lines, (lead) => lead.box !== null).filter((i) => inSelection.has(i));
      if (v === 1 && boxes.length < 2) return false;
      for (const i of boxes) lines.text[i] = (lines.text[i] as string).replace(/\[[ xX]\]/, v === 0 ? "[ ]" : "[x]");
      return boxes.length > 0;
    },
  },
  {
    what: "§1 approvers",
    variants: 1 + PLACEHOLDERS.length,
    apply: (lines, v) => {
      if (v === 0) return deleteItems(lines, (lead) => lead.box === null && startsWith(lead.words, [["approver"]]));
      const placeholder = PLACEHOLDERS[v - 1] as string;
      const at = items(lines, (lead) => lead.box === null && /approvers?(\(s\))?\s*:/i.test(lead.rest));
      for (const i of at) lines.text[i] = (lines.text[i] as string).replace(/(approvers?(?:\(s\))?\s*:).*$/i, `$1 ${placeholder}`);
      removeRanges(lines, at.map((i) => [i + 1, itemEnd(lines.text, i)]));
      return at.length > 0;
    },
  },
  {
    what: "§2 governance reference",
    variants: 3,
    apply: (lines, v) =>
      editLines(lines, (l) => {
        if (v === 2) return l.replace(/§\s*6\.3/g, "§6.4");
        return l.includes(v === 0 ? "SYSTEM_SPEC.md" : "AUTONOMY_PLAYBOOK.md") ? null : l;
      }),
  },
  field("§3 tables/columns affected", "Tables/columns/indexes/constraints affected", [["tables"]]),
  field("§3 data changes", "Data changes (backfill/transform/delete)", [["data", "changes"]]),
  field("§3 problem", "Problem / requirement", [["problem"]]),
  field("§3 impact", "Impact if not performed", [["impact"]]),
  field("§3 alternatives", "Alternatives considered (and rejected)", [["alternatives", "considered"]]),
  field("§3 reason alternatives are not viable", "Reason alternatives are not viable", [["reason"]]),
  field("§4 tooling", "Tooling", [["tooling"]]),
  field("§4 revision", "Migration ID / revision", [["migration", "id"], ["revision"]]),
  field("§4 down revision", "Down revision(s)", [["down", "revision"]]),
  box("§4 no-startup-migrations box", [["no", "automatic", "startup"], ["no", "startup"]]),
  box("§4 versioned box", [["migration", "is", "versioned"]]),
  {
    what: "§4 reversible box and the compensating controls",
    variants: PLACEHOLDERS.length,
    apply: (lines, v) => {
      const unchecked = setBoxes(lines, (lead) => startsWith(lead.words, [["migration", "is", "reversible"]]), " ");
      const match = (lead: Lead) => lead.box === null && startsWith(lead.words, [["if", "not", "reversible"]]);
      if (!unchecked) return false;
      if (items(lines, match).length > 0) blankItems(lines, match, "If NOT reversible, explain why and provide compensating controls", PLACEHOLDERS[v] as string);
      return true;
    },
  },
  headingList("§5 rollback steps", [["exact", "rollback", "steps"], ["rollback", "steps"]]),
  headingList("§5 rollback triggers", [["rollback", "triggers"]]),
  field("§5 health checks", "Health checks to run", [["health", "checks"]]),
  field("§5 data integrity checks", "Data integrity checks", [["data", "integrity"]]),
  field("§5 restored behaviour", "Confirmation of restored application behavior", [["confirmation", "of", "restored"]]),
  box("§6 target environment box", [["target", "environment"]]),
  box("§6 schema diff box", [["schema", "diff"]]),
  box("§6 dry-run box", [["dry", "run"]]),
  box("§6 backup box", [["backup"]]),
  paste("§6 dry-run paste", [["dry", "run"]]),
  paste("§6 schema diff paste", [["schema", "diff"]]),
  paste("§6 backup paste", [["backup", "confirmation"]]),
  box("§8 approver sign-off", [["approver", "name"]], "Approver name / role"),
  box("§8 sign-off date", [["date"]], "Date"),
];
