/**
 * §4 "Tooling" → adapter (rule catalog, "Migration identity"). Each tool's id, name and aliases
 * match as whole words, case-insensitively, never as substrings: `Alembic 1.13.1 (SQLAlchemy
 * 2.0.29)` is alembic, `TypeORM` is not `orm`. The leftmost match wins (the tool is named first;
 * later text is commentary such as "run by the `payments-migrate` job"), the longest at a tie.
 * Weak aliases (the bare `migrate` CLI name) count only when no tool is named otherwise.
 */
import type { Adapter } from "./adapter.js";
import { ADAPTERS } from "./adapters/index.js";

/** Characters that belong to a word: an alias must not continue into one on either side. */
const WORD_CHAR = /[\p{L}\p{N}_]/u;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Every position where `alias` occurs in `text` as a whole word; spaces in an alias match any run of spaces, `-` or `_`. */
function wordMatches(text: string, alias: string): number[] {
  const pattern = new RegExp(alias.split(/[\s]+/).map(escape).join("[\\s_-]+"), "giu");
  const hits: number[] = [];
  for (const m of text.matchAll(pattern)) {
    const before = text[m.index - 1];
    const after = text[m.index + m[0].length];
    if ((before === undefined || !WORD_CHAR.test(before)) && (after === undefined || !WORD_CHAR.test(after))) hits.push(m.index);
  }
  return hits;
}

function leftmost(text: string, adapters: readonly Adapter[], aliasesOf: (a: Adapter) => string[]): Adapter | null {
  let best: { adapter: Adapter; at: number; length: number } | null = null;
  for (const adapter of adapters) {
    for (const alias of aliasesOf(adapter)) {
      for (const at of wordMatches(text, alias)) {
        if (!best || at < best.at || (at === best.at && alias.length > best.length)) best = { adapter, at, length: alias.length };
      }
    }
  }
  return best?.adapter ?? null;
}

/** The adapter §4's tooling text names, or null when it names none the gate knows. */
export function matchTool(tooling: string, adapters: readonly Adapter[] = ADAPTERS): Adapter | null {
  return (
    leftmost(tooling, adapters, (a) => [a.id, a.name, ...a.aliases]) ?? leftmost(tooling, adapters, (a) => a.weakAliases ?? [])
  );
}

/** The adapter with this id (ids are what facts and listings report). */
export function adapterById(id: string, adapters: readonly Adapter[] = ADAPTERS): Adapter | undefined {
  return adapters.find((a) => a.id === id);
}
