/**
 * Work-order Markdown → the extracted work order of schema.ts. Pure: text in, value out.
 *
 * It reads what the document says, the way the rule catalog ("How a work order is read") defines,
 * and decides no rule: the policy does. The document is parsed once by markdown-it, folded into a
 * block tree, and cut into parts by its headings (matched by their words, see templateLayout.ts);
 * each field is then looked up inside its part. Every value keeps its 1-based source line.
 */
import { z } from "zod";
import { inputError } from "../errors.js";
import { blockSegments, descendants, isList, leadParagraph, parseMarkdown, type BlockNode } from "./markdownTree.js";
import {
  calendarDate,
  collapseSpaces,
  headingWords,
  identityToken,
  isPlaceholder,
  naStatus,
  parseNames,
  plainSegments,
  plainText,
  removeLeadingEmoji,
  segmentLines,
  segmentsText,
  splitAtLabelColon,
  splitRevisionList,
  startsWithWords,
  textValue,
  words,
  type Segment,
} from "./normalize.js";
import {
  WorkOrderSchema,
  type Checkbox,
  type DateValue,
  type Field,
  type Paste,
  type PasteBlock,
  type PersonField,
  type SignOff,
  type TextValue,
  type WorkOrder,
} from "./schema.js";
import { BOX_LABELS, FIELD_LABELS, HEADING_RULES, type HeadingKind, type HeadingRule } from "./templateLayout.js";

type Words = readonly (readonly string[])[];

/** A run of top-level blocks: the part a heading opens (or, for the request, the title opens). */
interface Part {
  heading: BlockNode | null;
  blocks: BlockNode[];
}

/** A field with its values' segments kept, for the migration identity. */
interface FieldParts {
  field: Field;
  segments: Segment[][];
}

const TITLE_PREFIX = "WO-MIGRATION-";
const TITLE_ID = /^WO-MIGRATION-\d+(?![\p{L}\p{N}_])/u;
const TITLE_NAME = /^WO-MIGRATION-\S*\s+[—–-]\s+(.+)$/u;
const LABEL_CHARS = 120;
const BOX = /^\[([ xX])\](?=\s|$)\s*/;

export function extractWorkOrder(text: string, file: string): WorkOrder {
  if (text.includes("\u0000")) throw inputError(file, "holds NUL bytes: not a text file");
  const root = parseMarkdown(text.replace(/^\uFEFF/, ""));
  const outline = outlineOf(root);
  const title = findTitle(root);
  if (!title) throw inputError(file, `not a work order: no line begins with ${TITLE_PREFIX}`);

  const part = (...kinds: HeadingKind[]): Part | null => {
    for (const k of kinds) {
      const p = outline.parts.get(k)?.[0];
      if (p) return p;
    }
    return null;
  };
  // The request fields follow the title line; if they are not there, the Work Order part holds them.
  const requestParts = [requestPart(root, title.node), part("workOrder")];
  const requestField = (label: Words) => requestParts.reduce<FieldParts | null>((found, p) => found ?? findField(p, label), null);
  const s4 = part("section4");
  const s5 = part("section5");
  const s6 = part("section6");
  const migration = {
    tooling: findField(s4, FIELD_LABELS.tooling),
    revision: findField(s4, FIELD_LABELS.revision),
    downRevision: findField(s4, FIELD_LABELS.downRevision),
  };
  const boxes4 = checkboxesIn(s4);
  const boxes6 = checkboxesIn(part("requiredEvidence", "section6"));
  const post = part("section5", "postRollback");
  const requestDate = requestField(FIELD_LABELS.date);

  const order: WorkOrder = {
    title: {
      line: title.node.line,
      text: title.text,
      id: TITLE_ID.exec(title.text)?.[0] ?? null,
      name: titleName(title.text, title.node.line),
    },
    authorityChain: authorityChainLine(part("authorityChain")),
    plainLines: plainLines(root),
    request: {
      requestedBy: personField(requestField(FIELD_LABELS.requestedBy)),
      date: requestDate ? { line: requestDate.field.line, value: dateValue(requestDate.field) } : null,
      targetService: requestField(FIELD_LABELS.targetService)?.field ?? null,
      targetDatabase: requestField(FIELD_LABELS.targetDatabase)?.field ?? null,
    },
    // Every Environment Selection counts: a second copy further down cannot hide a checked box.
    environments: (outline.parts.get("environmentSelection") ?? [part("section1")]).flatMap((p) => checkboxesIn(p).map((b) => b.box)),
    approvals: approvalEntries(part("approvalAuthority", "section1")),
    governance: {
      line: part("section2")?.heading?.line ?? null,
      references: paragraphs(part("section2")).map((p) => ({ line: p.line, text: plainText(p.segments ?? []) })),
    },
    intent: {
      changes: fieldOf(part("section3"), FIELD_LABELS.changes),
      dataChanges: fieldOf(part("section3"), FIELD_LABELS.dataChanges),
      problem: fieldOf(part("section3"), FIELD_LABELS.problem),
      impact: fieldOf(part("section3"), FIELD_LABELS.impact),
      alternatives: fieldOf(part("section3"), FIELD_LABELS.alternatives),
      reasons: fieldOf(part("section3"), FIELD_LABELS.reasons),
    },
    migration: {
      tooling: migration.tooling?.field ?? null,
      revision: migration.revision?.field ?? null,
      downRevision: migration.downRevision?.field ?? null,
      branchLabels: fieldOf(s4, FIELD_LABELS.branchLabels),
      identity: migrationIdentity(migration),
      noStartupMigrations: firstBox(boxes4, BOX_LABELS.noStartupMigrations),
      versioned: firstBox(boxes4, BOX_LABELS.versioned),
      reversible: firstBox(boxes4, BOX_LABELS.reversible),
      irreversibleExplanation: fieldOf(s4, FIELD_LABELS.irreversibleExplanation),
    },
    rollback: {
      line: s5?.heading?.line ?? null,
      steps: itemsUnderHeading(part("rollbackSteps")),
      triggers: itemsUnderHeading(part("rollbackTriggers")),
      health: fieldOf(post, FIELD_LABELS.health),
      integrity: fieldOf(post, FIELD_LABELS.integrity),
      behaviour: fieldOf(post, FIELD_LABELS.behaviour),
      sqlBlocks: fences(s5).filter((b) => b.info.split(/\s+/)[0]?.toLowerCase() === "sql"),
    },
    evidence: {
      line: s6?.heading?.line ?? null,
      targetEnvironmentBox: firstBox(boxes6, BOX_LABELS.targetEnvironment),
      schemaDiffBox: firstBox(boxes6, BOX_LABELS.schemaDiff),
      dryRunBox: firstBox(boxes6, BOX_LABELS.dryRun),
      backupBox: firstBox(boxes6, BOX_LABELS.backup),
      dryRun: paste(part("dryRun")),
      schemaDiff: paste(part("schemaDiff")),
      backup: paste(part("backup")),
    },
    signOff: signOffs(part("section8")),
    headings: outline.headings.map(({ node, rule }) => ({
      line: node.line,
      level: headingLevel(node),
      text: plainText(node.segments ?? []),
      section: rule?.section ?? null,
    })),
  };

  const checked = WorkOrderSchema.safeParse(order);
  // The extractor builds this value itself: a mismatch is a bug here, never a pass (exit 2).
  if (!checked.success) throw new Error(`extracted work order does not match its schema: ${z.prettifyError(checked.error)}`);
  return checked.data;
}

// ---------------------------------------------------------------------------------------------
// Outline: headings classified by their words, and the part each known heading opens.

interface Outline {
  headings: { node: BlockNode; rule: HeadingRule | null }[];
  /** Every part each known heading opens, in document order: fields are read from the first. */
  parts: Map<HeadingKind, Part[]>;
}

const headingRules = new WeakMap<BlockNode, HeadingRule | null>();

function classify(node: BlockNode): HeadingRule | null {
  let rule = headingRules.get(node);
  if (rule === undefined) {
    const w = headingWords(segmentsText(node.segments ?? []));
    headingRules.set(node, (rule = HEADING_RULES.find((r) => startsWithWords(w, r.words)) ?? null));
  }
  return rule;
}

function headingLevel(node: BlockNode): number {
  return Number(node.token?.tag.slice(1)) || 1;
}

function outlineOf(root: BlockNode): Outline {
  const headings: Outline["headings"] = [];
  for (const node of descendants(root)) if (node.type === "heading") headings.push({ node, rule: classify(node) });
  const top = root.children;
  const parts = new Map<HeadingKind, Part[]>();
  top.forEach((block, i) => {
    const rule = block.type === "heading" ? classify(block) : null;
    if (!rule) return;
    const level = headingLevel(block);
    let end = i + 1;
    for (; end < top.length; end++) {
      const next = top[end] as BlockNode;
      if (next.type !== "heading") continue;
      const nextRule = classify(next);
      const nextLevel = headingLevel(next);
      // A section runs to the next section (or a heading that outranks it); a sub-part stops at
      // any known heading or at a heading of its own rank or higher.
      if (rule.topLevel ? nextRule?.topLevel || (!nextRule && nextLevel < level) : nextRule || nextLevel <= level) break;
    }
    const part = { heading: block, blocks: top.slice(i + 1, end) };
    const list = parts.get(rule.kind);
    if (list) list.push(part);
    else parts.set(rule.kind, [part]);
  });
  return { headings, parts };
}

// ---------------------------------------------------------------------------------------------
// Title and the request fields under it.

function findTitle(root: BlockNode): { node: BlockNode; text: string } | null {
  for (const node of descendants(root)) {
    if (node.type !== "heading" && !(node.type === "paragraph" && node.parent === root)) continue;
    const firstLine = segmentLines(node.segments ?? [])[0] ?? [];
    const text = removeLeadingEmoji(collapseSpaces(segmentsText(firstLine)));
    if (text.startsWith(TITLE_PREFIX)) return { node, text };
  }
  return null;
}

function titleName(text: string, line: number): TextValue | null {
  const m = TITLE_NAME.exec(text);
  return m ? textValue(plainSegments(m[1] as string), line) : null;
}

/** The request fields follow the title line, up to the next template section. */
function requestPart(root: BlockNode, title: BlockNode): Part {
  let top = title;
  while (top.parent && top.parent !== root) top = top.parent;
  const start = root.children.indexOf(top) + 1;
  let end = start;
  while (end < root.children.length) {
    const b = root.children[end] as BlockNode;
    if (b.type === "heading" && classify(b)?.topLevel) break;
    end++;
  }
  return { heading: null, blocks: root.children.slice(start, end) };
}

// ---------------------------------------------------------------------------------------------
// Walking a part.

/** Every node of a part, in document order (its blocks are consecutive, so their subtrees are too). */
function nodesIn(part: Part | null): BlockNode[] {
  const first = part?.blocks[0];
  const last = part?.blocks[part.blocks.length - 1];
  return first && last ? first.all.slice(first.index, last.end) : [];
}

function paragraphs(part: Part | null): BlockNode[] {
  return nodesIn(part).filter((n) => n.type === "paragraph" && plainText(n.segments ?? []) !== "");
}

/** A list item's lead paragraph: its box (if any), the text after the box, split at the label's colon. */
interface Lead {
  checked: boolean | null;
  content: Segment[];
  label: Segment[];
  labelWords: string[];
  value: Segment[] | null;
}

// Fields are looked up by label many times over the same items; read each lead once per document.
const leads = new WeakMap<BlockNode, Lead>();

function leadOf(item: BlockNode): Lead {
  let lead = leads.get(item);
  if (!lead) leads.set(item, (lead = readLead(item)));
  return lead;
}

function readLead(item: BlockNode): Lead {
  const lead = leadParagraph(item);
  let segments = lead?.segments ?? [];
  let checked: boolean | null = null;
  const first = segments[0];
  // The box must be written as such: an escaped `\[x\]` renders as text, not as a checkbox.
  const box = first?.kind === "text" && BOX.test(lead?.source ?? "") ? BOX.exec(first.text) : null;
  if (box && first) {
    checked = box[1] !== " ";
    const rest = first.text.slice(box[0].length);
    segments = [{ kind: "text", text: rest, raw: rest }, ...segments.slice(1)];
  }
  const split = splitAtLabelColon(segments);
  // The label's colon must be on the item's first line.
  const labelled = split && !split.label.some((s) => s.kind === "break");
  const label = labelled ? split.label : segments;
  // Labels are matched on their first few words; an item without a colon can be a long paragraph.
  const labelWords = words(segmentsText(label).slice(0, LABEL_CHARS));
  return { checked, content: segments, label, labelWords, value: labelled ? split.value : null };
}

/** The blocks an item holds besides its lead paragraph and sub-lists (more paragraphs, code, HTML). */
function itemBlocks(item: BlockNode): { segments: Segment[]; line: number }[] {
  const out: { segments: Segment[]; line: number }[] = [];
  item.children.forEach((child, i) => {
    if (isList(child) || (i === 0 && child.type === "paragraph")) return;
    const segments = blockSegments(child);
    if (segments) out.push({ segments, line: child.line });
  });
  return out;
}

/** One list item as one value (a sub-list item, a rollback step): its box marker left out. */
function itemValue(item: BlockNode): { value: TextValue; segments: Segment[] } {
  const parts = [leadOf(item).content, ...itemBlocks(item).map((b) => b.segments)].filter((p) => p.length > 0);
  const segments = parts.flatMap((p, i) => (i === 0 ? p : [{ kind: "break" as const, text: "\n", raw: "\n" }, ...p]));
  return { value: textValue(segments, item.line), segments };
}

function subItems(item: BlockNode): BlockNode[] {
  return item.children.filter(isList).flatMap((l) => l.children);
}

/** A labelled item as a field: the value after its colon, other blocks in it, then its sub-list items. */
function fieldFromItem(item: BlockNode, lead: Lead): FieldParts {
  const entries: { value: TextValue; segments: Segment[] }[] = [];
  if (lead.value && segmentsText(lead.value).trim() !== "") entries.push({ value: textValue(lead.value, item.line), segments: lead.value });
  for (const b of itemBlocks(item)) entries.push({ value: textValue(b.segments, b.line), segments: b.segments });
  for (const sub of subItems(item)) entries.push(itemValue(sub));
  // A label with nothing after it is present but missing: one placeholder value on its line.
  if (entries.length === 0) entries.push({ value: textValue([], item.line), segments: [] });
  return { field: { line: item.line, values: entries.map((e) => e.value) }, segments: entries.map((e) => e.segments) };
}

/**
 * The labelled item least deeply nested in the part (the first of those): a sub-item that happens
 * to start with a label's words ("Reason: …" under another field) does not shadow the field.
 */
function findField(part: Part | null, label: Words): FieldParts | null {
  let best: { node: BlockNode; lead: Lead; depth: number } | null = null;
  for (const node of nodesIn(part)) {
    if (node.type !== "list_item") continue;
    const lead = leadOf(node);
    if (lead.checked !== null || (!lead.value && !node.children.some(isList)) || !startsWithWords(lead.labelWords, label)) continue;
    const depth = listDepth(node);
    if (!best || depth < best.depth) best = { node, lead, depth };
  }
  return best && fieldFromItem(best.node, best.lead);
}

function listDepth(node: BlockNode): number {
  let depth = 0;
  for (let n = node.parent; n; n = n.parent) if (n.type === "list_item") depth++;
  return depth;
}

function fieldOf(part: Part | null, label: Words): Field | null {
  return findField(part, label)?.field ?? null;
}

function personField(parts: FieldParts | null): PersonField | null {
  if (!parts) return null;
  const { field } = parts;
  return { ...field, names: field.values.flatMap((v) => (v.value === null ? [] : parseNames(v.value))) };
}

function dateValue(field: Field): DateValue {
  const v = field.values[0] as TextValue;
  return { ...v, date: v.value === null ? null : calendarDate(v.value) };
}

interface BoxItem {
  box: Checkbox;
  item: BlockNode;
  lead: Lead;
}

function boxOf(item: BlockNode): BoxItem | null {
  const lead = leadOf(item);
  if (lead.checked === null) return null;
  return { box: { checked: lead.checked, label: plainText(lead.label), line: item.line }, item, lead };
}

function checkboxesIn(part: Part | null): BoxItem[] {
  const boxes: BoxItem[] = [];
  for (const node of nodesIn(part)) {
    const b = node.type === "list_item" ? boxOf(node) : null;
    if (b) boxes.push(b);
  }
  return boxes;
}

function firstBox(boxes: BoxItem[], label: Words): Checkbox | null {
  return boxes.find((b) => startsWithWords(b.lead.labelWords, label))?.box ?? null;
}

/** Rollback steps and triggers: the items of the lists directly under their heading. */
function itemsUnderHeading(part: Part | null): Field | null {
  if (!part?.heading) return null;
  const values = part.blocks.filter(isList).flatMap((l) => l.children.map((item) => itemValue(item).value));
  return { line: part.heading.line, values: values.length > 0 ? values : [textValue([], part.heading.line)] };
}

// ---------------------------------------------------------------------------------------------
// §1 approvals, §4 identity, §6 pastes, §8 sign-offs, header lines.

function approvalEntries(part: Part | null) {
  const entries: WorkOrder["approvals"] = [];
  for (const list of part?.blocks.filter(isList) ?? []) {
    for (const item of list.children) {
      const lead = leadOf(item);
      if (lead.checked !== null || lead.labelWords.length === 0 || startsWithWords(lead.labelWords, FIELD_LABELS.approver)) continue;
      entries.push({ environment: plainText(lead.label), line: item.line, approvers: entryApprovers(item, lead) });
    }
  }
  return entries;
}

/** The approver line nested under an environment entry, or written after its colon on one line. */
function entryApprovers(item: BlockNode, lead: Lead): PersonField | null {
  const nested = findField({ heading: null, blocks: item.children.filter(isList) }, FIELD_LABELS.approver);
  if (nested) return personField(nested);
  const inline = lead.value ? splitAtLabelColon(lead.value) : null;
  if (!inline || !startsWithWords(words(segmentsText(inline.label)), FIELD_LABELS.approver)) return null;
  const value = textValue(inline.value, item.line);
  return personField({ field: { line: item.line, values: [value] }, segments: [inline.value] });
}

function migrationIdentity(m: { tooling: FieldParts | null; revision: FieldParts | null; downRevision: FieldParts | null }) {
  const filled = (f: FieldParts | null) => (f ? f.segments.filter((_, i) => f.field.values[i]?.value !== null) : []);
  const tool = m.tooling?.field.values.find((v) => v.value !== null)?.value ?? null;
  const revisionSegs = filled(m.revision)[0];
  const downTokens = filled(m.downRevision)
    .flatMap(splitRevisionList)
    .map(identityToken)
    .filter((t): t is string => t !== null);
  const downRevisions = downTokens.filter((t) => t.toLowerCase() !== "none");
  return {
    tool,
    revision: revisionSegs ? identityToken(revisionSegs) : null,
    downRevisions,
    downIsNone: downTokens.length > 0 && downRevisions.length === 0,
  };
}

function fences(part: Part | null): PasteBlock[] {
  return nodesIn(part)
    .filter((n) => n.type === "fence")
    .map((n) => {
      const content = (n.token?.content ?? "").replace(/\n$/, "");
      return { line: n.line, info: (n.token?.info ?? "").trim(), content, placeholder: isPlaceholder(content), na: naStatus(content) };
    });
}

function paste(part: Part | null): Paste | null {
  if (!part?.heading) return null;
  const text = nodesIn(part)
    .filter((n) => n.type === "paragraph" || n.type === "html_block")
    .map((n) => ({ n, segs: blockSegments(n) ?? [] }))
    .filter(({ segs }) => segmentsText(segs).trim() !== "")
    .map(({ n, segs }) => textValue(segs, n.line));
  return { line: part.heading.line, blocks: fences(part), text };
}

type SignOffRole = "approval" | "finalAuthority";

function headingRole(node: BlockNode): SignOffRole | null {
  const kind = classify(node)?.kind;
  if (kind === "signOff") return "approval";
  if (kind === "finalAuthority") return "finalAuthority";
  // Another "<name> Approval" heading in §8: the final authority's name comes from policy data.
  const w = headingWords(segmentsText(node.segments ?? []));
  return w.includes("approval") && !w.includes("sign") ? "finalAuthority" : null;
}

/** §8: each sign-off block is a name box and a date box, placed by its heading or else by its label. */
function signOffs(part: Part | null): WorkOrder["signOff"] {
  const blocks: Record<SignOffRole, SignOff> = {
    approval: { nameBox: null, signer: null, dateBox: null, date: null },
    finalAuthority: { nameBox: null, signer: null, dateBox: null, date: null },
  };
  let context: SignOffRole | null = null;
  let lastName: SignOffRole | null = null;
  for (const block of part?.blocks ?? []) {
    if (block.type === "heading") {
      context = headingRole(block);
      continue;
    }
    for (const node of [block, ...descendants(block)]) {
      const b = node.type === "list_item" ? boxOf(node) : null;
      if (!b) continue;
      const { labelWords } = b.lead;
      if (startsWithWords(labelWords, BOX_LABELS.date)) {
        const target = blocks[context ?? lastName ?? "approval"];
        if (!target.dateBox) {
          target.dateBox = b.box;
          target.date = dateValue(fieldFromItem(b.item, b.lead).field);
        }
        continue;
      }
      const role: SignOffRole | null =
        context ??
        (startsWithWords(labelWords, BOX_LABELS.approverName)
          ? "approval"
          : labelWords.includes("approval") || labelWords.includes("authority")
            ? "finalAuthority"
            : null);
      if (!role || blocks[role].nameBox) continue;
      blocks[role].nameBox = b.box;
      blocks[role].signer = personField(fieldFromItem(b.item, b.lead));
      lastName = role;
    }
  }
  return { line: part?.heading?.line ?? null, ...blocks };
}

/** Inline text per physical line (emoji kept); table cells on one row are joined with " | ". */
function lineTexts(nodes: Iterable<BlockNode>): Map<number, string[]> {
  const lines = new Map<number, string[]>();
  const add = (line: number, text: string) => {
    const list = lines.get(line);
    if (list) list.push(text);
    else lines.set(line, [text]);
  };
  for (const node of nodes) {
    if (node.segments) {
      segmentLines(node.segments).forEach((segs, i) => add(node.line + i, segmentsText(segs)));
    } else if (node.type === "html_block" || node.type === "code_block") {
      segmentsText(blockSegments(node) ?? []).split("\n").forEach((t, i) => add(node.line + i, t));
    }
  }
  return lines;
}

function plainLines(root: BlockNode): WorkOrder["plainLines"] {
  const out: WorkOrder["plainLines"] = [];
  const lines = lineTexts(descendants(root));
  for (const line of [...lines.keys()].sort((a, b) => a - b)) {
    const text = plainText(plainSegments((lines.get(line) as string[]).join(" | ")));
    if (text !== "") out.push({ line, text });
  }
  return out;
}

/** The line holding arrows under the Authority Chain heading; `->` is written `→`. */
function authorityChainLine(part: Part | null): WorkOrder["authorityChain"] {
  const lines = lineTexts(nodesIn(part));
  for (const line of [...lines.keys()].sort((a, b) => a - b)) {
    const text = (lines.get(line) as string[]).join(" | ");
    if (text.includes("→") || text.includes("->")) return { line, text: collapseSpaces(text.replace(/->/g, "→")) };
  }
  return null;
}
