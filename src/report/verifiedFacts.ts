/**
 * What the repository cross-check established for a work order, in a reader's words: the
 * migration file its §4 identity matched and what was verified about it (tracked by git, its
 * parents, its down step), graph heads that need a merge, the governance documents found and
 * the changed migrations. Shown beside the verdict so an allow says what it rests on. Plain
 * text: each renderer escapes it for its medium.
 */
import type { RepositoryFacts } from "../input/schema.js";

export function verifiedFacts(repository: RepositoryFacts | null): string[] {
  if (repository === null) return [];
  if (repository.status === "unavailable") return [`repository not verified: ${repository.reason ?? "unknown reason"}`];
  const lines: string[] = [];
  const m = repository.migration;
  if (m?.status === "found") {
    const parents = m.parents.length === 0 ? "none (a first migration)" : m.parents.join(", ");
    const down = !m.supportsDown
      ? `${m.tool} has no down migrations${m.down?.exists ? `; down script ${m.down.file ?? ""}` : ""}`
      : m.down?.exists && !m.down.empty
        ? `down step at line ${m.down.line ?? "?"}${m.down.file && m.down.file !== m.file ? ` of ${m.down.file}` : ""}`
        : "down step empty";
    lines.push(`migration: ${m.tool} ${m.revision} is ${m.file}${m.line ? `:${m.line}` : ""}, tracked by git; parents: ${parents}; ${down}`);
  }
  if (m && m.heads.length > 1) lines.push(`note: the ${m.tool} migration graph has ${m.heads.length} heads (${m.heads.join(", ")}): merge them before deploying`);
  const g = repository.governance;
  if (g) {
    const found = [g.systemSpec.path && `${g.systemSpec.path}${g.systemSpec.hasSection ? " (§6.3)" : " (no §6.3 section)"}`, g.playbook.path].filter(Boolean);
    if (found.length > 0) lines.push(`governance documents: ${found.join(", ")}`);
  }
  const c = repository.changedMigrations;
  if (c?.status === "available") {
    const undeclared = c.changed.filter((f) => !f.declared).length;
    lines.push(`migration files changed since ${c.base}: ${c.changed.length}${undeclared ? `, ${undeclared} declared by no work order` : c.changed.length ? ", every one declared" : ""}`);
  }
  return lines;
}
