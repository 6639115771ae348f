import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);

// src/report/escapeMarkdown.ts
var WORD_JOINER = "\u2060";
var MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~:]/g;
var BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
var LINE_BREAKS = /\s*(?:\r\n|\r|\n|\u2028|\u2029)\s*/g;
function flatten(text) {
  return text.replace(LINE_BREAKS, " ").replace(BIDI_CONTROLS, "\uFFFD");
}
function unlink(text) {
  return text.replace(/[@#:]/g, `$&${WORD_JOINER}`).replace(/(w)(ww(?:\\)?\.)/gi, `$1${WORD_JOINER}$2`).replace(/\bGH\\?-/gi, `$&${WORD_JOINER}`);
}
function escapeMarkdown(text) {
  const html = flatten(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return unlink(html.replace(MARKDOWN_PUNCTUATION, "\\$&"));
}

// src/report/verifiedFacts.ts
function verifiedFacts(repository) {
  if (repository === null) return [];
  if (repository.status === "unavailable") return [`repository not verified: ${repository.reason ?? "unknown reason"}`];
  const lines = [];
  const m = repository.migration;
  if (m?.status === "found") {
    const parents = m.parents.length === 0 ? "none (a first migration)" : m.parents.join(", ");
    const down = !m.supportsDown ? `${m.tool} has no down migrations${m.down?.exists ? `; down script ${m.down.file ?? ""}` : ""}` : m.down?.exists && !m.down.empty ? `down step at line ${m.down.line ?? "?"}${m.down.file && m.down.file !== m.file ? ` of ${m.down.file}` : ""}` : "down step empty";
    lines.push(`migration: ${m.tool} ${m.revision} is ${m.file}${m.line ? `:${m.line}` : ""}, tracked by git; parents: ${parents}; ${down}`);
  }
  if (m && m.heads.length > 1) lines.push(`note: the ${m.tool} migration graph has ${m.heads.length} heads (${m.heads.join(", ")}): merge them before deploying`);
  const g = repository.governance;
  if (g) {
    const found = [g.systemSpec.path && `${g.systemSpec.path}${g.systemSpec.hasSection ? " (\xA76.3)" : " (no \xA76.3 section)"}`, g.playbook.path].filter(Boolean);
    if (found.length > 0) lines.push(`governance documents: ${found.join(", ")}`);
  }
  const c = repository.changedMigrations;
  if (c?.status === "available") {
    const undeclared = c.changed.filter((f) => !f.declared).length;
    lines.push(`migration files changed since ${c.base}: ${c.changed.length}${undeclared ? `, ${undeclared} declared by no work order` : c.changed.length ? ", every one declared" : ""}`);
  }
  return lines;
}

export {
  escapeMarkdown,
  verifiedFacts
};
