/**
 * The one place where the rule catalog's normalisation happens ("How a work order is read"):
 * inline Markdown to plain text (emphasis and code marks dropped, code span contents kept, HTML
 * comments dropped), placeholders, N/A with or without a reason, names and their match keys,
 * calendar dates, heading and label words, and the migration identity tokens of §4.
 *
 * Why one module: the Rego policy compares plain values and never re-reads Markdown, so every
 * reading decision must be made exactly once, here, and the same way for every field. Policy data
 * names (approvers, the final authority) are keyed with the same `nameKey` before evaluation, so a
 * name in a work order and a name in policy data match under one definition.
 */
import type { Token } from "markdown-it";
import type { z } from "zod";
import type { NaSchema, Name, TextValue } from "./schema.js";

type Na = z.infer<typeof NaSchema>;

/**
 * One piece of an inline run. `text` is what a reader sees (markup removed); `raw` is how it was
 * written. `open`/`close` are emphasis, strikethrough and link marks: no text, only markup.
 */
export interface Segment {
  kind: "text" | "code" | "html" | "break" | "open" | "close";
  text: string;
  raw: string;
}

const HTML_COMMENT = /^<!--[\s\S]*?-->$/;

/** Inline tokens (markdown-it `inline.children`) to segments; HTML comments are not values. */
export function inlineSegments(children: readonly Token[] | null): Segment[] {
  const segments: Segment[] = [];
  const linkEnds: string[] = [];
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

/** A plain block's text (an HTML block, a code block's content) as segments; comments dropped. */
export function plainSegments(text: string, isHtml = false): Segment[] {
  // A comment keeps its line breaks, so the lines after it keep their numbers.
  const t = isHtml ? text.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, "")) : text;
  return t.trim() === "" && isHtml ? [] : [{ kind: isHtml ? "html" : "text", text: t, raw: t }];
}

/** What a reader sees, line breaks kept. */
export function segmentsText(segments: readonly Segment[]): string {
  let s = "";
  for (const seg of segments) s += seg.text;
  return s;
}

/** How it was written; marks whose partner lies outside these segments are left out. */
export function segmentsRaw(segments: readonly Segment[]): string {
  const keep = segments.map((s) => s.kind !== "open" && s.kind !== "close");
  const open: number[] = [];
  segments.forEach((s, i) => {
    if (s.kind === "open") open.push(i);
    else if (s.kind === "close" && open.length > 0) {
      keep[open.pop() as number] = true;
      keep[i] = true;
    }
  });
  return segments
    .filter((_, i) => keep[i])
    .map((s) => s.raw)
    .join("");
}

/** Segments split at line breaks. */
export function segmentLines(segments: readonly Segment[]): Segment[][] {
  const lines: Segment[][] = [[]];
  for (const seg of segments) {
    if (seg.kind === "break") lines.push([]);
    else (lines[lines.length - 1] as Segment[]).push(seg);
  }
  return lines;
}

/**
 * Splits "Label: value" at the first colon outside parentheses and outside code spans
 * ("Robert approval (required for capecraft/production): Robert"). Null when there is none.
 */
export function splitAtLabelColon(segments: readonly Segment[]): { label: Segment[]; value: Segment[] } | null {
  let depth = 0;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i] as Segment;
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
          value: [{ kind: "text", text: after, raw: after }, ...segments.slice(i + 1)],
        };
      }
    }
  }
  return null;
}

export function collapseSpaces(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

// Pictographs plus the joiners, variation selectors, skin tones and keycaps that build emoji.
const EMOJI_PART = String.raw`\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u200d|\ufe0e|\ufe0f|\u20e3`;
const EMOJI = new RegExp(EMOJI_PART, "gu");
const LEADING_EMOJI = new RegExp(`^(?:${EMOJI_PART}|\\s)+`, "u");
const NON_ASCII = /[\u0080-\uffff]/;

export function removeEmoji(s: string): string {
  return NON_ASCII.test(s) ? s.replace(EMOJI, "") : s;
}

/** The title line is read with leading emoji removed ("🚀 WO-MIGRATION-7 — …"). */
export function removeLeadingEmoji(s: string): string {
  return s.replace(LEADING_EMOJI, "");
}

/** A line or paragraph as the text rules compare it: markup and emoji removed, spaces collapsed. */
export function plainText(segments: readonly Segment[]): string {
  return collapseSpaces(removeEmoji(segmentsText(segments)));
}

const PLACEHOLDER_WORD = /^(?:tbd|todo|xxx|\?|-)$/i;
const ANGLE_BRACKETED = /^<[^<>]*>$/;
// CommonMark autolinks (URI or e-mail): a value even when written inside a code span.
const AUTOLINK = /^<(?:[a-z][a-z0-9+.-]{1,31}:[^\s<>]*|[\w.!#$%&'*+/=?^`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*)>$/i;

/** Catalog: empty, whitespace, a whole `<...>`, TBD, TODO, XXX, `?` or `-` is missing. */
export function isPlaceholder(text: string): boolean {
  const trimmed = text.trim();
  // Placeholder words are at most four characters; anything longer must be a whole `<...>`.
  if (trimmed.length > 4 && trimmed[0] !== "<") return false;
  const t = collapseSpaces(trimmed);
  return t === "" || PLACEHOLDER_WORD.test(t) || (ANGLE_BRACKETED.test(t) && !AUTOLINK.test(t));
}

const NA_START = /^(?:n\/a|not applicable)(?=$|[\s:—–,;.(-])/i;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’_./-]*/gu;

/**
 * Catalog N/A: the first non-empty line starts with N/A (n/a, Not applicable); the reason is the
 * rest of that line after the separator (`:`, `—`, `-`, `,` or space) plus the rest of the block,
 * and needs at least three words.
 */
export function naStatus(text: string): Na {
  const lines = text.split("\n");
  const first = lines.findIndex((l) => l.trim() !== "");
  if (first < 0) return "none";
  const line = (lines[first] as string).trim();
  const m = NA_START.exec(line);
  if (!m) return "none";
  const reason = [line.slice(m[0].length), ...lines.slice(first + 1)].join(" ");
  return (reason.match(WORD)?.length ?? 0) >= 3 ? "with-reason" : "without-reason";
}

/** One value, normalised the catalog's way. `text` keeps line breaks (for N/A). */
export function textValue(segments: readonly Segment[], line: number): TextValue {
  const text = segmentsText(segments);
  const placeholder = isPlaceholder(text);
  return {
    raw: segmentsRaw(segments).trim(),
    value: placeholder ? null : collapseSpaces(text),
    placeholder,
    na: naStatus(text),
    line,
  };
}

/** Catalog: two names match when equal after case-folding and collapsing spaces. */
export function nameKey(name: string): string {
  // toUpperCase().toLowerCase() folds like full case folding for the cases that matter (ß → ss).
  return collapseSpaces(name.normalize("NFC").toUpperCase().toLowerCase());
}

const NAME_SEPARATOR = /;|\s+and\s+/;
const NAME_END = [" /", " (", ",", " —"];

/** Catalog: a line may name several people (`;`, ` and `); a name ends at ` /`, ` (`, `,` or ` —`. */
export function parseNames(value: string): Name[] {
  const names: Name[] = [];
  for (const part of value.split(NAME_SEPARATOR)) {
    let end = part.length;
    for (const sep of NAME_END) {
      const i = part.indexOf(sep);
      if (i >= 0 && i < end) end = i;
    }
    const display = collapseSpaces(part.slice(0, end));
    if (!isPlaceholder(display)) names.push({ display, key: nameKey(display) });
  }
  return names;
}

/** Catalog: `YYYY-MM-DD` and a real calendar date, else null. */
export function calendarDate(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  date.setUTCFullYear(y); // Date.UTC maps years 0-99 to 1900-1999
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? m[0] : null;
}

/** Lower-case words (letters and digits), for matching headings and labels by their words. */
export function words(text: string): string[] {
  return removeEmoji(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Heading words without a leading number or "section" (`## 5) Rollback Plan`, `### 5. Rollback Plan`). */
export function headingWords(text: string): string[] {
  const w = words(text);
  let i = 0;
  while (i < w.length && (/^\d+$/.test(w[i] as string) || w[i] === "section")) i++;
  return w.slice(i);
}

/** True when `have` starts with one of the word sequences in `wanted`. */
export function startsWithWords(have: readonly string[], wanted: readonly (readonly string[])[]): boolean {
  return wanted.some((seq) => seq.length <= have.length && seq.every((w, i) => have[i] === w));
}

const TOKEN_TRIM = /^[\s([{'"]+|[\s)\]}'",;:]+$/g;

/** Catalog (migration identity): the first code span of a value, else its first word. */
export function identityToken(segments: readonly Segment[]): string | null {
  const code = segments.find((s) => s.kind === "code" && s.text.trim() !== "");
  if (code) return code.text.trim();
  const word = segmentsText(segments).trim().split(/\s+/)[0]?.replace(TOKEN_TRIM, "") ?? "";
  return word === "" ? null : word;
}

/**
 * A down-revision value may list several revisions separated by commas (`abc, def`, or a tuple
 * `(abc, def)`); commas inside parentheses are commentary (`abc (merge point, see notes)`).
 */
export function splitRevisionList(segments: readonly Segment[]): Segment[][] {
  const text = segmentsText(segments).trim();
  const tuple = /^[([]/.test(text) && /[)\]]$/.test(text);
  const parts: Segment[][] = [[]];
  let depth = tuple ? -1 : 0;
  for (const seg of segments) {
    if (seg.kind !== "text") {
      (parts[parts.length - 1] as Segment[]).push(seg);
      continue;
    }
    let start = 0;
    for (let j = 0; j < seg.text.length; j++) {
      const c = seg.text[j];
      if (c === "(" || c === "[") depth++;
      else if (c === ")" || c === "]") depth--;
      else if (c === "," && depth <= 0) {
        const piece = seg.text.slice(start, j);
        (parts[parts.length - 1] as Segment[]).push({ kind: "text", text: piece, raw: piece });
        parts.push([]);
        start = j + 1;
      }
    }
    const rest = seg.text.slice(start);
    (parts[parts.length - 1] as Segment[]).push({ kind: "text", text: rest, raw: rest });
  }
  return parts.filter((p) => !isPlaceholder(segmentsText(p)));
}
