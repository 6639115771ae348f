/**
 * Writing values into a work order so the gate's reader (src/workorder) reads back exactly the
 * value written. This is not src/report/escapeMarkdown: that one makes untrusted text inert for a
 * report (it breaks mentions and links with invisible joiners, which would change a name or a
 * revision); here the text must survive a round trip through extraction unchanged, so only what
 * would turn into markup is escaped, and ordinary text (`capecraft (production — Robert-only)`,
 * `VS_Chat`) is written as it is, as the template writes it.
 */
import { InputError } from "../errors.js";

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]/;

/** A value a work-order line can hold: one line, no control characters. */
function oneLine(text: string, what: string): string {
  if (CONTROL.test(text)) throw new InputError(`${what} ${JSON.stringify(text)} holds a line break or control character: it cannot be written into a work order`);
  return text;
}

/**
 * Inline text: backslash-escape the marks that open markup (CommonMark allows escaping any ASCII
 * punctuation). `_` is escaped only where it could open emphasis (not inside a word) and `&` only
 * where it would start an entity.
 */
export function inlineText(text: string, what = "the text"): string {
  return oneLine(text, what)
    .replace(/[\\`*[\]<~]/g, "\\$&")
    .replace(/&(?=#?[a-z0-9]+;)/gi, "\\&")
    .replace(/_/g, (m, at: number, s: string) => (/[\p{L}\p{N}]/u.test(s[at - 1] ?? "") && /[\p{L}\p{N}]/u.test(s[at + 1] ?? "") ? m : "\\_"));
}

/** A code span holding `text` verbatim: fenced with one more backtick than its longest run. */
export function codeSpan(text: string, what = "the value"): string {
  oneLine(text, what);
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** An HTML comment: a note for the person filling the work order, which the gate does not read. */
export function htmlComment(text: string): string {
  // `--` may not appear inside a comment; the comment is kept on one line.
  return `<!-- ${text.replace(/\s+/g, " ").replace(/-{2,}/g, (m) => m.split("").join(" "))} -->`;
}
