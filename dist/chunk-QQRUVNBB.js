import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  lib_default
} from "./chunk-DTZL3BRS.js";
import {
  inputError
} from "./chunk-WG3IXMWM.js";
import {
  external_exports
} from "./chunk-SCBUJERJ.js";

// src/workorder/normalize.ts
var HTML_COMMENT = /^<!--[\s\S]*?-->$/;
function inlineSegments(children) {
  const segments = [];
  const linkEnds = [];
  for (const t of children ?? []) {
    switch (t.type) {
      case "code_inline":
        segments.push({ kind: "code", text: t.content, raw: `${t.markup}${t.content}${t.markup}` });
        break;
      case "softbreak":
      case "hardbreak":
        segments.push({ kind: "break", text: "\n", raw: "\n" });
        break;
      case "html_inline":
        if (!HTML_COMMENT.test(t.content.trim())) segments.push({ kind: "html", text: t.content, raw: t.content });
        break;
      case "link_open": {
        const autolink = t.markup === "autolink";
        linkEnds.push(autolink ? ">" : `](${t.attrGet("href") ?? ""})`);
        segments.push({ kind: "open", text: "", raw: autolink ? "<" : "[" });
        break;
      }
      case "link_close":
        segments.push({ kind: "close", text: "", raw: linkEnds.pop() ?? "" });
        break;
      case "image":
        segments.push({ kind: "text", text: t.content, raw: `![${t.content}](${t.attrGet("src") ?? ""})` });
        break;
      default:
        if (t.nesting === 1) segments.push({ kind: "open", text: "", raw: t.markup });
        else if (t.nesting === -1) segments.push({ kind: "close", text: "", raw: t.markup });
        else segments.push({ kind: "text", text: t.content, raw: t.content });
    }
  }
  return segments;
}
function plainSegments(text, isHtml = false) {
  const t = isHtml ? text.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, "")) : text;
  return t.trim() === "" && isHtml ? [] : [{ kind: isHtml ? "html" : "text", text: t, raw: t }];
}
function segmentsText(segments) {
  let s = "";
  for (const seg of segments) s += seg.text;
  return s;
}
function segmentsRaw(segments) {
  const keep = segments.map((s) => s.kind !== "open" && s.kind !== "close");
  const open = [];
  segments.forEach((s, i) => {
    if (s.kind === "open") open.push(i);
    else if (s.kind === "close" && open.length > 0) {
      keep[open.pop()] = true;
      keep[i] = true;
    }
  });
  return segments.filter((_, i) => keep[i]).map((s) => s.raw).join("");
}
function segmentLines(segments) {
  const lines = [[]];
  for (const seg of segments) {
    if (seg.kind === "break") lines.push([]);
    else lines[lines.length - 1].push(seg);
  }
  return lines;
}
function splitAtLabelColon(segments) {
  let depth = 0;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    if (seg.kind !== "text") continue;
    for (let j = 0; j < seg.text.length; j++) {
      const c = seg.text[j];
      if (c === "(") depth++;
      else if (c === ")") depth = Math.max(0, depth - 1);
      else if (c === ":" && depth === 0) {
        const before = seg.text.slice(0, j);
        const after = seg.text.slice(j + 1);
        return {
          label: [...segments.slice(0, i), { kind: "text", text: before, raw: before }],
          value: [{ kind: "text", text: after, raw: after }, ...segments.slice(i + 1)]
        };
      }
    }
  }
  return null;
}
function collapseSpaces(s) {
  return s.replace(/\s+/g, " ").trim();
}
var EMOJI_PART = String.raw`\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u200d|\ufe0e|\ufe0f|\u20e3`;
var EMOJI = new RegExp(EMOJI_PART, "gu");
var LEADING_EMOJI = new RegExp(`^(?:${EMOJI_PART}|\\s)+`, "u");
var NON_ASCII = /[\u0080-\uffff]/;
function removeEmoji(s) {
  return NON_ASCII.test(s) ? s.replace(EMOJI, "") : s;
}
function removeLeadingEmoji(s) {
  return s.replace(LEADING_EMOJI, "");
}
function plainText(segments) {
  return collapseSpaces(removeEmoji(segmentsText(segments)));
}
var PLACEHOLDER_WORD = /^(?:tbd|todo|xxx|\?|-)$/i;
var ANGLE_BRACKETED = /^<[^<>]*>$/;
var AUTOLINK = /^<(?:[a-z][a-z0-9+.-]{1,31}:[^\s<>]*|[\w.!#$%&'*+/=?^`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*)>$/i;
function isPlaceholder(text) {
  const trimmed = text.trim();
  if (trimmed.length > 4 && trimmed[0] !== "<") return false;
  const t = collapseSpaces(trimmed);
  return t === "" || PLACEHOLDER_WORD.test(t) || ANGLE_BRACKETED.test(t) && !AUTOLINK.test(t);
}
var NA_START = /^(?:n\/a|not applicable)(?=$|[\s:—–,;.(-])/i;
var WORD = /[\p{L}\p{N}][\p{L}\p{N}'’_./-]*/gu;
function naStatus(text) {
  const lines = text.split("\n");
  const first = lines.findIndex((l) => l.trim() !== "");
  if (first < 0) return "none";
  const line = lines[first].trim();
  const m = NA_START.exec(line);
  if (!m) return "none";
  const reason = [line.slice(m[0].length), ...lines.slice(first + 1)].join(" ");
  return (reason.match(WORD)?.length ?? 0) >= 3 ? "with-reason" : "without-reason";
}
function textValue(segments, line) {
  const text = segmentsText(segments);
  const placeholder = isPlaceholder(text);
  return {
    raw: segmentsRaw(segments).trim(),
    value: placeholder ? null : collapseSpaces(text),
    placeholder,
    na: naStatus(text),
    line
  };
}
function nameKey(name) {
  return collapseSpaces(name.normalize("NFC").toUpperCase().toLowerCase());
}
var NAME_SEPARATOR = /;|\s+and\s+/;
var NAME_END = [" /", " (", ",", " \u2014"];
function parseNames(value) {
  const names = [];
  for (const part2 of value.split(NAME_SEPARATOR)) {
    let end = part2.length;
    for (const sep of NAME_END) {
      const i = part2.indexOf(sep);
      if (i >= 0 && i < end) end = i;
    }
    const display = collapseSpaces(part2.slice(0, end));
    if (!isPlaceholder(display)) names.push({ display, key: nameKey(display) });
  }
  return names;
}
function calendarDate(value) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  date.setUTCFullYear(y);
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? m[0] : null;
}
function words(text) {
  return removeEmoji(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
function headingWords(text) {
  const w = words(text);
  let i = 0;
  while (i < w.length && (/^\d+$/.test(w[i]) || w[i] === "section")) i++;
  return w.slice(i);
}
function startsWithWords(have, wanted) {
  return wanted.some((seq) => seq.length <= have.length && seq.every((w, i) => have[i] === w));
}
var TOKEN_TRIM = /^[\s([{'"]+|[\s)\]}'",;:]+$/g;
function identityToken(segments) {
  const code = segments.find((s) => s.kind === "code" && s.text.trim() !== "");
  if (code) return code.text.trim();
  const word = segmentsText(segments).trim().split(/\s+/)[0]?.replace(TOKEN_TRIM, "") ?? "";
  return word === "" ? null : word;
}
function splitRevisionList(segments) {
  const text = segmentsText(segments).trim();
  const tuple = /^[([]/.test(text) && /[)\]]$/.test(text);
  const parts = [[]];
  let depth = tuple ? -1 : 0;
  for (const seg of segments) {
    if (seg.kind !== "text") {
      parts[parts.length - 1].push(seg);
      continue;
    }
    let start = 0;
    for (let j = 0; j < seg.text.length; j++) {
      const c = seg.text[j];
      if (c === "(" || c === "[") depth++;
      else if (c === ")" || c === "]") depth--;
      else if (c === "," && depth <= 0) {
        const piece = seg.text.slice(start, j);
        parts[parts.length - 1].push({ kind: "text", text: piece, raw: piece });
        parts.push([]);
        start = j + 1;
      }
    }
    const rest = seg.text.slice(start);
    parts[parts.length - 1].push({ kind: "text", text: rest, raw: rest });
  }
  return parts.filter((p) => !isPlaceholder(segmentsText(p)));
}

// src/workorder/markdownTree.ts
var md = new lib_default({ html: true });
function parseMarkdown(text) {
  const tokens = md.parse(text, {});
  const all = [];
  const root = { type: "root", token: null, children: [], parent: null, line: 0, endLine: 0, segments: null, source: null, all, index: -1, end: 0 };
  let current = root;
  for (const t of tokens) {
    if (t.nesting === -1) {
      current.end = all.length;
      current = current.parent ?? root;
      continue;
    }
    if (t.type === "inline") {
      current.segments = inlineSegments(t.children);
      current.source = t.content;
      continue;
    }
    const map = t.map ?? [current.line - 1, current.endLine - 1];
    const node = {
      type: t.nesting === 1 ? t.type.replace(/_open$/, "") : t.type,
      token: t,
      children: [],
      parent: current,
      line: map[0] + 1,
      endLine: map[1] + 1,
      segments: null,
      source: null,
      all,
      index: all.length,
      end: all.length + 1
    };
    all.push(node);
    current.children.push(node);
    if (t.nesting === 1) current = node;
  }
  root.end = all.length;
  return root;
}
function descendants(node) {
  return node.all.slice(node.index + 1, node.end);
}
function isList(node) {
  return node.type === "bullet_list" || node.type === "ordered_list";
}
function leadParagraph(item) {
  const first = item.children[0];
  return first && first.type === "paragraph" ? first : null;
}
function blockSegments(node) {
  if (node.type === "paragraph" || node.type === "heading") return node.segments ?? [];
  if (node.type === "html_block") return plainSegments((node.token?.content ?? "").replace(/\n$/, ""), true);
  if (node.type === "fence" || node.type === "code_block") return plainSegments(node.token?.content ?? "");
  return null;
}

// src/workorder/schema.ts
var LineSchema = external_exports.number().int().positive().describe("1-based line in the work-order file");
var NaSchema = external_exports.enum(["none", "with-reason", "without-reason"]);
var TextValueSchema = external_exports.object({
  raw: external_exports.string().describe("the text as written, trimmed"),
  value: external_exports.string().nullable().describe("emphasis and code marks removed, spaces collapsed; null when the text is a placeholder (missing)"),
  placeholder: external_exports.boolean(),
  na: NaSchema,
  line: LineSchema
}).describe("one value: the text after a label's colon, or one list item");
var FieldSchema = external_exports.object({
  line: LineSchema.describe("line of the label"),
  values: external_exports.array(TextValueSchema).describe(
    "the inline value after the colon (if any), then each sub-list item; a label with nothing after it has one placeholder value on its own line"
  )
});
var NameSchema = external_exports.object({
  display: external_exports.string().describe("the name: text before the first ' /', ' (', ',' or ' \u2014', trimmed"),
  key: external_exports.string().describe("the name case-folded with spaces collapsed: two names match when their keys are equal")
});
var PersonFieldSchema = FieldSchema.extend({
  names: external_exports.array(NameSchema).describe("people named by the non-placeholder values, split on ';' and ' and '")
});
var DateValueSchema = TextValueSchema.extend({
  date: external_exports.string().nullable().describe("the ISO date YYYY-MM-DD when the value is a real calendar date, else null")
});
var CheckboxSchema = external_exports.object({
  checked: external_exports.boolean().describe("[x] or [X]"),
  label: external_exports.string().describe("the box text, normalised, up to the first colon"),
  line: LineSchema
});
var PasteBlockSchema = external_exports.object({
  line: LineSchema.describe("line of the opening fence"),
  info: external_exports.string().describe("the fence's info string, e.g. text or sql"),
  content: external_exports.string(),
  placeholder: external_exports.boolean().describe("the content is empty or only a placeholder"),
  na: NaSchema
});
var PasteSchema = external_exports.object({
  line: LineSchema.describe("line of the evidence heading"),
  blocks: external_exports.array(PasteBlockSchema),
  text: external_exports.array(TextValueSchema).describe("plain paragraphs under the heading (an N/A may stand as plain text)")
});
var HeadingSchema = external_exports.object({
  line: LineSchema,
  level: external_exports.number().int().min(1).max(6),
  text: external_exports.string(),
  section: external_exports.number().int().nullable().describe("the template section number (1-8) this heading opens, if any")
});
var ApprovalEntrySchema = external_exports.object({
  environment: external_exports.string().describe("the entry's environment label, normalised, without the trailing colon"),
  line: LineSchema,
  approvers: PersonFieldSchema.nullable()
});
var SignOffSchema = external_exports.object({
  nameBox: CheckboxSchema.nullable(),
  signer: PersonFieldSchema.nullable().describe("the value after the name box's colon"),
  dateBox: CheckboxSchema.nullable(),
  date: DateValueSchema.nullable()
});
var TextLineSchema = external_exports.object({ line: LineSchema, text: external_exports.string() });
var WorkOrderSchema = external_exports.object({
  title: external_exports.object({
    line: LineSchema,
    text: external_exports.string().describe("the title line, emphasis and leading emoji removed"),
    id: external_exports.string().nullable().describe("WO-MIGRATION-<digits> when the line starts with one"),
    name: TextValueSchema.nullable().describe("the title after the dash")
  }).describe("the first heading or top-level paragraph beginning with WO-MIGRATION-"),
  authorityChain: TextLineSchema.nullable().describe(
    "the arrow line under the Authority Chain heading: emphasis, code marks removed, '->' written '\u2192', spaces collapsed"
  ),
  plainLines: external_exports.array(TextLineSchema).describe(
    "every line outside fenced code with emphasis, quote markers, emoji and code marks removed, spaces collapsed; HTML comments and lines left empty are omitted"
  ),
  request: external_exports.object({
    requestedBy: PersonFieldSchema.nullable(),
    date: external_exports.object({ line: LineSchema, value: DateValueSchema.nullable() }).nullable(),
    targetService: FieldSchema.nullable(),
    targetDatabase: FieldSchema.nullable()
  }),
  environments: external_exports.array(CheckboxSchema).describe("\xA71 Environment Selection boxes, in order (under every Environment Selection heading; without one, every box in \xA71)"),
  approvals: external_exports.array(ApprovalEntrySchema).describe("\xA71 Required Approval Authority entries, in order"),
  governance: external_exports.object({
    line: LineSchema.nullable().describe("line of the \xA72 heading"),
    references: external_exports.array(TextLineSchema).describe("\xA72 list items and paragraphs, normalised")
  }),
  intent: external_exports.object({
    changes: FieldSchema.nullable(),
    dataChanges: FieldSchema.nullable(),
    problem: FieldSchema.nullable(),
    impact: FieldSchema.nullable(),
    alternatives: FieldSchema.nullable(),
    reasons: FieldSchema.nullable()
  }),
  migration: external_exports.object({
    tooling: FieldSchema.nullable(),
    revision: FieldSchema.nullable(),
    downRevision: FieldSchema.nullable(),
    branchLabels: FieldSchema.nullable(),
    identity: external_exports.object({
      tool: external_exports.string().nullable().describe("the tooling text as written (adapters match it to a tool id)"),
      revision: external_exports.string().nullable().describe("the first code span of the revision value, else its first word"),
      downRevisions: external_exports.array(external_exports.string()).describe("each down revision, the same way; [] when 'None'"),
      downIsNone: external_exports.boolean().describe("the down revision is written as None (a first migration)")
    }).describe("catalog: Migration identity (\xA74)"),
    noStartupMigrations: CheckboxSchema.nullable(),
    versioned: CheckboxSchema.nullable(),
    reversible: CheckboxSchema.nullable(),
    irreversibleExplanation: FieldSchema.nullable()
  }),
  rollback: external_exports.object({
    line: LineSchema.nullable().describe("line of the \xA75 heading"),
    steps: FieldSchema.nullable().describe("Exact Rollback Steps items (the heading's line as the label line)"),
    triggers: FieldSchema.nullable(),
    health: FieldSchema.nullable(),
    integrity: FieldSchema.nullable(),
    behaviour: FieldSchema.nullable(),
    sqlBlocks: external_exports.array(PasteBlockSchema).describe("fenced sql blocks anywhere in \xA75 (reversing SQL for tools without downs)")
  }),
  evidence: external_exports.object({
    line: LineSchema.nullable().describe("line of the \xA76 heading"),
    targetEnvironmentBox: CheckboxSchema.nullable(),
    schemaDiffBox: CheckboxSchema.nullable(),
    dryRunBox: CheckboxSchema.nullable(),
    backupBox: CheckboxSchema.nullable(),
    dryRun: PasteSchema.nullable(),
    schemaDiff: PasteSchema.nullable(),
    backup: PasteSchema.nullable()
  }),
  signOff: external_exports.object({
    line: LineSchema.nullable().describe("line of the \xA78 heading"),
    approval: SignOffSchema,
    finalAuthority: SignOffSchema
  }),
  headings: external_exports.array(HeadingSchema).describe("every heading, for links and section lookups")
});

// src/workorder/templateLayout.ts
var part = (kind, section, ...words2) => ({
  kind,
  words: words2,
  section,
  topLevel: true
});
var sub = (kind, ...words2) => ({ kind, words: words2, section: null, topLevel: false });
var HEADING_RULES = [
  part("authorityChain", null, ["authority", "chain"]),
  part("workOrder", null, ["work", "order"]),
  part("section1", 1, ["authority", "environment"], ["authority", "and", "environment"]),
  part("section2", 2, ["explicit", "governance", "references"], ["governance", "references"]),
  part("section3", 3, ["migration", "intent"]),
  part("section4", 4, ["versioned", "migration", "declaration"], ["migration", "declaration"]),
  part("section5", 5, ["rollback", "plan"]),
  part("section6", 6, ["evidence", "pack"]),
  part("section7", 7, ["hard", "stop"]),
  part("section8", 8, ["final", "approval", "gate"], ["final", "approval"]),
  sub("environmentSelection", ["environment", "selection"]),
  sub("approvalAuthority", ["required", "approval", "authority"], ["approval", "authority"]),
  sub("rollbackSteps", ["exact", "rollback", "steps"], ["rollback", "steps"]),
  sub("rollbackTriggers", ["rollback", "triggers"]),
  sub("postRollback", ["post", "rollback", "verification"]),
  sub("requiredEvidence", ["required", "evidence"]),
  sub("dryRun", ["dry", "run"]),
  sub("schemaDiff", ["schema", "diff"]),
  sub("backup", ["backup", "confirmation"]),
  sub("signOff", ["approval", "sign", "off"], ["sign", "off"]),
  sub("finalAuthority", ["robert", "approval"], ["final", "authority"])
];
var FIELD_LABELS = {
  requestedBy: [["requested", "by"]],
  date: [["date"]],
  targetService: [["target", "service"], ["target", "app"]],
  targetDatabase: [["target", "database"], ["target", "db"]],
  changes: [["tables"]],
  dataChanges: [["data", "changes"]],
  problem: [["problem"]],
  impact: [["impact"]],
  alternatives: [["alternatives", "considered"]],
  reasons: [["reason"]],
  tooling: [["tooling"]],
  revision: [["migration", "id"], ["revision"]],
  downRevision: [["down", "revision"]],
  branchLabels: [["branch", "labels"]],
  irreversibleExplanation: [["if", "not", "reversible"]],
  health: [["health", "checks"]],
  integrity: [["data", "integrity"]],
  behaviour: [["confirmation", "of", "restored"]],
  approver: [["approver"]]
};
var BOX_LABELS = {
  noStartupMigrations: [["no", "automatic", "startup"], ["no", "startup"]],
  versioned: [["migration", "is", "versioned"]],
  reversible: [["migration", "is", "reversible"]],
  targetEnvironment: [["target", "environment"]],
  schemaDiff: [["schema", "diff"]],
  dryRun: [["dry", "run"]],
  backup: [["backup"]],
  approverName: [["approver", "name"]],
  date: [["date"]]
};

// src/workorder/extractWorkOrder.ts
var TITLE_PREFIX = "WO-MIGRATION-";
var TITLE_ID = /^WO-MIGRATION-\d+(?![\p{L}\p{N}_])/u;
var TITLE_NAME = /^WO-MIGRATION-\S*\s+[—–-]\s+(.+)$/u;
var LABEL_CHARS = 120;
var BOX = /^\[([ xX])\](?=\s|$)\s*/;
function extractWorkOrder(text, file) {
  if (text.includes("\0")) throw inputError(file, "holds NUL bytes: not a text file");
  const root = parseMarkdown(text.replace(/^\uFEFF/, ""));
  const outline = outlineOf(root);
  const title = findTitle(root);
  if (!title) throw inputError(file, `not a work order: no line begins with ${TITLE_PREFIX}`);
  const part2 = (...kinds) => {
    for (const k of kinds) {
      const p = outline.parts.get(k)?.[0];
      if (p) return p;
    }
    return null;
  };
  const requestParts = [requestPart(root, title.node), part2("workOrder")];
  const requestField = (label) => requestParts.reduce((found, p) => found ?? findField(p, label), null);
  const s4 = part2("section4");
  const s5 = part2("section5");
  const s6 = part2("section6");
  const migration = {
    tooling: findField(s4, FIELD_LABELS.tooling),
    revision: findField(s4, FIELD_LABELS.revision),
    downRevision: findField(s4, FIELD_LABELS.downRevision)
  };
  const boxes4 = checkboxesIn(s4);
  const boxes6 = checkboxesIn(part2("requiredEvidence", "section6"));
  const post = part2("section5", "postRollback");
  const requestDate = requestField(FIELD_LABELS.date);
  const order = {
    title: {
      line: title.node.line,
      text: title.text,
      id: TITLE_ID.exec(title.text)?.[0] ?? null,
      name: titleName(title.text, title.node.line)
    },
    authorityChain: authorityChainLine(part2("authorityChain")),
    plainLines: plainLines(root),
    request: {
      requestedBy: personField(requestField(FIELD_LABELS.requestedBy)),
      date: requestDate ? { line: requestDate.field.line, value: dateValue(requestDate.field) } : null,
      targetService: requestField(FIELD_LABELS.targetService)?.field ?? null,
      targetDatabase: requestField(FIELD_LABELS.targetDatabase)?.field ?? null
    },
    // Every Environment Selection counts: a second copy further down cannot hide a checked box.
    environments: (outline.parts.get("environmentSelection") ?? [part2("section1")]).flatMap((p) => checkboxesIn(p).map((b) => b.box)),
    approvals: approvalEntries(part2("approvalAuthority", "section1")),
    governance: {
      line: part2("section2")?.heading?.line ?? null,
      references: paragraphs(part2("section2")).map((p) => ({ line: p.line, text: plainText(p.segments ?? []) }))
    },
    intent: {
      changes: fieldOf(part2("section3"), FIELD_LABELS.changes),
      dataChanges: fieldOf(part2("section3"), FIELD_LABELS.dataChanges),
      problem: fieldOf(part2("section3"), FIELD_LABELS.problem),
      impact: fieldOf(part2("section3"), FIELD_LABELS.impact),
      alternatives: fieldOf(part2("section3"), FIELD_LABELS.alternatives),
      reasons: fieldOf(part2("section3"), FIELD_LABELS.reasons)
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
      irreversibleExplanation: fieldOf(s4, FIELD_LABELS.irreversibleExplanation)
    },
    rollback: {
      line: s5?.heading?.line ?? null,
      steps: itemsUnderHeading(part2("rollbackSteps")),
      triggers: itemsUnderHeading(part2("rollbackTriggers")),
      health: fieldOf(post, FIELD_LABELS.health),
      integrity: fieldOf(post, FIELD_LABELS.integrity),
      behaviour: fieldOf(post, FIELD_LABELS.behaviour),
      sqlBlocks: fences(s5).filter((b) => b.info.split(/\s+/)[0]?.toLowerCase() === "sql")
    },
    evidence: {
      line: s6?.heading?.line ?? null,
      targetEnvironmentBox: firstBox(boxes6, BOX_LABELS.targetEnvironment),
      schemaDiffBox: firstBox(boxes6, BOX_LABELS.schemaDiff),
      dryRunBox: firstBox(boxes6, BOX_LABELS.dryRun),
      backupBox: firstBox(boxes6, BOX_LABELS.backup),
      dryRun: paste(part2("dryRun")),
      schemaDiff: paste(part2("schemaDiff")),
      backup: paste(part2("backup"))
    },
    signOff: signOffs(part2("section8")),
    headings: outline.headings.map(({ node, rule }) => ({
      line: node.line,
      level: headingLevel(node),
      text: plainText(node.segments ?? []),
      section: rule?.section ?? null
    }))
  };
  const checked = WorkOrderSchema.safeParse(order);
  if (!checked.success) throw new Error(`extracted work order does not match its schema: ${external_exports.prettifyError(checked.error)}`);
  return checked.data;
}
var headingRules = /* @__PURE__ */ new WeakMap();
function classify(node) {
  let rule = headingRules.get(node);
  if (rule === void 0) {
    const w = headingWords(segmentsText(node.segments ?? []));
    headingRules.set(node, rule = HEADING_RULES.find((r) => startsWithWords(w, r.words)) ?? null);
  }
  return rule;
}
function headingLevel(node) {
  return Number(node.token?.tag.slice(1)) || 1;
}
function outlineOf(root) {
  const headings = [];
  for (const node of descendants(root)) if (node.type === "heading") headings.push({ node, rule: classify(node) });
  const top = root.children;
  const parts = /* @__PURE__ */ new Map();
  top.forEach((block, i) => {
    const rule = block.type === "heading" ? classify(block) : null;
    if (!rule) return;
    const level = headingLevel(block);
    let end = i + 1;
    for (; end < top.length; end++) {
      const next = top[end];
      if (next.type !== "heading") continue;
      const nextRule = classify(next);
      const nextLevel = headingLevel(next);
      if (rule.topLevel ? nextRule?.topLevel || !nextRule && nextLevel < level : nextRule || nextLevel <= level) break;
    }
    const part2 = { heading: block, blocks: top.slice(i + 1, end) };
    const list = parts.get(rule.kind);
    if (list) list.push(part2);
    else parts.set(rule.kind, [part2]);
  });
  return { headings, parts };
}
function findTitle(root) {
  for (const node of descendants(root)) {
    if (node.type !== "heading" && !(node.type === "paragraph" && node.parent === root)) continue;
    const firstLine = segmentLines(node.segments ?? [])[0] ?? [];
    const text = removeLeadingEmoji(collapseSpaces(segmentsText(firstLine)));
    if (text.startsWith(TITLE_PREFIX)) return { node, text };
  }
  return null;
}
function titleName(text, line) {
  const m = TITLE_NAME.exec(text);
  return m ? textValue(plainSegments(m[1]), line) : null;
}
function requestPart(root, title) {
  let top = title;
  while (top.parent && top.parent !== root) top = top.parent;
  const start = root.children.indexOf(top) + 1;
  let end = start;
  while (end < root.children.length) {
    const b = root.children[end];
    if (b.type === "heading" && classify(b)?.topLevel) break;
    end++;
  }
  return { heading: null, blocks: root.children.slice(start, end) };
}
function nodesIn(part2) {
  const first = part2?.blocks[0];
  const last = part2?.blocks[part2.blocks.length - 1];
  return first && last ? first.all.slice(first.index, last.end) : [];
}
function paragraphs(part2) {
  return nodesIn(part2).filter((n) => n.type === "paragraph" && plainText(n.segments ?? []) !== "");
}
var leads = /* @__PURE__ */ new WeakMap();
function leadOf(item) {
  let lead = leads.get(item);
  if (!lead) leads.set(item, lead = readLead(item));
  return lead;
}
function readLead(item) {
  const lead = leadParagraph(item);
  let segments = lead?.segments ?? [];
  let checked = null;
  const first = segments[0];
  const box = first?.kind === "text" && BOX.test(lead?.source ?? "") ? BOX.exec(first.text) : null;
  if (box && first) {
    checked = box[1] !== " ";
    const rest = first.text.slice(box[0].length);
    segments = [{ kind: "text", text: rest, raw: rest }, ...segments.slice(1)];
  }
  const split = splitAtLabelColon(segments);
  const labelled = split && !split.label.some((s) => s.kind === "break");
  const label = labelled ? split.label : segments;
  const labelWords = words(segmentsText(label).slice(0, LABEL_CHARS));
  return { checked, content: segments, label, labelWords, value: labelled ? split.value : null };
}
function itemBlocks(item) {
  const out = [];
  item.children.forEach((child, i) => {
    if (isList(child) || i === 0 && child.type === "paragraph") return;
    const segments = blockSegments(child);
    if (segments) out.push({ segments, line: child.line });
  });
  return out;
}
function itemValue(item) {
  const parts = [leadOf(item).content, ...itemBlocks(item).map((b) => b.segments)].filter((p) => p.length > 0);
  const segments = parts.flatMap((p, i) => i === 0 ? p : [{ kind: "break", text: "\n", raw: "\n" }, ...p]);
  return { value: textValue(segments, item.line), segments };
}
function subItems(item) {
  return item.children.filter(isList).flatMap((l) => l.children);
}
function fieldFromItem(item, lead) {
  const entries = [];
  if (lead.value && segmentsText(lead.value).trim() !== "") entries.push({ value: textValue(lead.value, item.line), segments: lead.value });
  for (const b of itemBlocks(item)) entries.push({ value: textValue(b.segments, b.line), segments: b.segments });
  for (const sub2 of subItems(item)) entries.push(itemValue(sub2));
  if (entries.length === 0) entries.push({ value: textValue([], item.line), segments: [] });
  return { field: { line: item.line, values: entries.map((e) => e.value) }, segments: entries.map((e) => e.segments) };
}
function findField(part2, label) {
  let best = null;
  for (const node of nodesIn(part2)) {
    if (node.type !== "list_item") continue;
    const lead = leadOf(node);
    if (lead.checked !== null || !lead.value && !node.children.some(isList) || !startsWithWords(lead.labelWords, label)) continue;
    const depth = listDepth(node);
    if (!best || depth < best.depth) best = { node, lead, depth };
  }
  return best && fieldFromItem(best.node, best.lead);
}
function listDepth(node) {
  let depth = 0;
  for (let n = node.parent; n; n = n.parent) if (n.type === "list_item") depth++;
  return depth;
}
function fieldOf(part2, label) {
  return findField(part2, label)?.field ?? null;
}
function personField(parts) {
  if (!parts) return null;
  const { field } = parts;
  return { ...field, names: field.values.flatMap((v) => v.value === null ? [] : parseNames(v.value)) };
}
function dateValue(field) {
  const v = field.values[0];
  return { ...v, date: v.value === null ? null : calendarDate(v.value) };
}
function boxOf(item) {
  const lead = leadOf(item);
  if (lead.checked === null) return null;
  return { box: { checked: lead.checked, label: plainText(lead.label), line: item.line }, item, lead };
}
function checkboxesIn(part2) {
  const boxes = [];
  for (const node of nodesIn(part2)) {
    const b = node.type === "list_item" ? boxOf(node) : null;
    if (b) boxes.push(b);
  }
  return boxes;
}
function firstBox(boxes, label) {
  return boxes.find((b) => startsWithWords(b.lead.labelWords, label))?.box ?? null;
}
function itemsUnderHeading(part2) {
  if (!part2?.heading) return null;
  const values = part2.blocks.filter(isList).flatMap((l) => l.children.map((item) => itemValue(item).value));
  return { line: part2.heading.line, values: values.length > 0 ? values : [textValue([], part2.heading.line)] };
}
function approvalEntries(part2) {
  const entries = [];
  for (const list of part2?.blocks.filter(isList) ?? []) {
    for (const item of list.children) {
      const lead = leadOf(item);
      if (lead.checked !== null || lead.labelWords.length === 0 || startsWithWords(lead.labelWords, FIELD_LABELS.approver)) continue;
      entries.push({ environment: plainText(lead.label), line: item.line, approvers: entryApprovers(item, lead) });
    }
  }
  return entries;
}
function entryApprovers(item, lead) {
  const nested = findField({ heading: null, blocks: item.children.filter(isList) }, FIELD_LABELS.approver);
  if (nested) return personField(nested);
  const inline = lead.value ? splitAtLabelColon(lead.value) : null;
  if (!inline || !startsWithWords(words(segmentsText(inline.label)), FIELD_LABELS.approver)) return null;
  const value = textValue(inline.value, item.line);
  return personField({ field: { line: item.line, values: [value] }, segments: [inline.value] });
}
function migrationIdentity(m) {
  const filled = (f) => f ? f.segments.filter((_, i) => f.field.values[i]?.value !== null) : [];
  const tool = m.tooling?.field.values.find((v) => v.value !== null)?.value ?? null;
  const revisionSegs = filled(m.revision)[0];
  const downTokens = filled(m.downRevision).flatMap(splitRevisionList).map(identityToken).filter((t) => t !== null);
  const downRevisions = downTokens.filter((t) => t.toLowerCase() !== "none");
  return {
    tool,
    revision: revisionSegs ? identityToken(revisionSegs) : null,
    downRevisions,
    downIsNone: downTokens.length > 0 && downRevisions.length === 0
  };
}
function fences(part2) {
  return nodesIn(part2).filter((n) => n.type === "fence").map((n) => {
    const content = (n.token?.content ?? "").replace(/\n$/, "");
    return { line: n.line, info: (n.token?.info ?? "").trim(), content, placeholder: isPlaceholder(content), na: naStatus(content) };
  });
}
function paste(part2) {
  if (!part2?.heading) return null;
  const text = nodesIn(part2).filter((n) => n.type === "paragraph" || n.type === "html_block").map((n) => ({ n, segs: blockSegments(n) ?? [] })).filter(({ segs }) => segmentsText(segs).trim() !== "").map(({ n, segs }) => textValue(segs, n.line));
  return { line: part2.heading.line, blocks: fences(part2), text };
}
function headingRole(node) {
  const kind = classify(node)?.kind;
  if (kind === "signOff") return "approval";
  if (kind === "finalAuthority") return "finalAuthority";
  const w = headingWords(segmentsText(node.segments ?? []));
  return w.includes("approval") && !w.includes("sign") ? "finalAuthority" : null;
}
function signOffs(part2) {
  const blocks = {
    approval: { nameBox: null, signer: null, dateBox: null, date: null },
    finalAuthority: { nameBox: null, signer: null, dateBox: null, date: null }
  };
  let context = null;
  let lastName = null;
  for (const block of part2?.blocks ?? []) {
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
      const role = context ?? (startsWithWords(labelWords, BOX_LABELS.approverName) ? "approval" : labelWords.includes("approval") || labelWords.includes("authority") ? "finalAuthority" : null);
      if (!role || blocks[role].nameBox) continue;
      blocks[role].nameBox = b.box;
      blocks[role].signer = personField(fieldFromItem(b.item, b.lead));
      lastName = role;
    }
  }
  return { line: part2?.heading?.line ?? null, ...blocks };
}
function lineTexts(nodes) {
  const lines = /* @__PURE__ */ new Map();
  const add = (line, text) => {
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
function plainLines(root) {
  const out = [];
  const lines = lineTexts(descendants(root));
  for (const line of [...lines.keys()].sort((a, b) => a - b)) {
    const text = plainText(plainSegments(lines.get(line).join(" | ")));
    if (text !== "") out.push({ line, text });
  }
  return out;
}
function authorityChainLine(part2) {
  const lines = lineTexts(nodesIn(part2));
  for (const line of [...lines.keys()].sort((a, b) => a - b)) {
    const text = lines.get(line).join(" | ");
    if (text.includes("\u2192") || text.includes("->")) return { line, text: collapseSpaces(text.replace(/->/g, "\u2192")) };
  }
  return null;
}

export {
  nameKey,
  calendarDate,
  WorkOrderSchema,
  extractWorkOrder
};
