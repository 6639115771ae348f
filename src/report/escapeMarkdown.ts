/**
 * The one place untrusted text (anything from a work order or a repository file) is made safe for
 * Markdown and HTML, as GitHub renders job summaries and comments. Escaped text renders as exactly
 * the characters written (minus invisible joiners), on one line, so it cannot:
 * - add markup: every Markdown punctuation mark is backslash-escaped and `<`, `>`, `&` become
 *   entities, so no emphasis, heading, list, link, image, HTML tag or table pipe survives;
 * - hide or fake a row or a verdict line: line breaks become spaces;
 * - link or notify: GitHub links `@login`, `#123`, `GH-123`, `:emoji:` codes and bare URLs
 *   (`https://…`, `www.…`, `a@b.c`) in text, even where their punctuation was backslash-escaped,
 *   so a word joiner (U+2060, invisible) breaks each: after every `@`, `#` and `:`, inside
 *   `www.` and after `GH-`;
 * - reorder what is shown: bidirectional control characters become U+FFFD.
 */

const WORD_JOINER = "\u2060";

// CommonMark: any ASCII punctuation may be backslash-escaped; these are the ones with meaning
// in GFM (emphasis, code, links, images, headings, lists, tables, strikethrough, autolinks).
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~:]/g;
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
const LINE_BREAKS = /\s*(?:\r\n|\r|\n|\u2028|\u2029)\s*/g;

function flatten(text: string): string {
  return text.replace(LINE_BREAKS, " ").replace(BIDI_CONTROLS, "\uFFFD");
}

/** Breaks GitHub's text filters and autolinks: mentions, issue references, emoji codes, URLs. */
function unlink(text: string): string {
  return text
    .replace(/[@#:]/g, `$&${WORD_JOINER}`)
    .replace(/(w)(ww(?:\\)?\.)/gi, `$1${WORD_JOINER}$2`)
    .replace(/\bGH\\?-/gi, `$&${WORD_JOINER}`);
}

/** Untrusted text as inline Markdown (also safe in a GFM table cell). */
export function escapeMarkdown(text: string): string {
  const html = flatten(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return unlink(html.replace(MARKDOWN_PUNCTUATION, "\\$&"));
}

/** Untrusted text inside raw HTML (where Markdown is not parsed), e.g. a `<summary>`. */
export function escapeHtml(text: string): string {
  return unlink(flatten(text))
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}
