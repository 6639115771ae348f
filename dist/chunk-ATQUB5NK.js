import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  ADAPTERS,
  baseName
} from "./chunk-W3MZGTBC.js";

// src/migrations/match.ts
var WORD_CHAR = /[\p{L}\p{N}_]/u;
function escape(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function wordMatches(text, alias) {
  const pattern = new RegExp(alias.split(/[\s]+/).map(escape).join("[\\s_-]+"), "giu");
  const hits = [];
  for (const m of text.matchAll(pattern)) {
    const before = text[m.index - 1];
    const after = text[m.index + m[0].length];
    if ((before === void 0 || !WORD_CHAR.test(before)) && (after === void 0 || !WORD_CHAR.test(after))) hits.push(m.index);
  }
  return hits;
}
function leftmost(text, adapters, aliasesOf) {
  let best = null;
  for (const adapter of adapters) {
    for (const alias of aliasesOf(adapter)) {
      for (const at of wordMatches(text, alias)) {
        if (!best || at < best.at || at === best.at && alias.length > best.length) best = { adapter, at, length: alias.length };
      }
    }
  }
  return best?.adapter ?? null;
}
function matchTool(tooling, adapters = ADAPTERS) {
  return leftmost(tooling, adapters, (a) => [a.id, a.name, ...a.aliases]) ?? leftmost(tooling, adapters, (a) => a.weakAliases ?? []);
}
function adapterById(id, adapters = ADAPTERS) {
  return adapters.find((a) => a.id === id);
}

// src/migrations/resolve.ts
function recordsNamed(records, ref) {
  const r = ref.trim().replace(/^\.\//, "");
  const exact = records.filter((m) => m.id === r || m.names.includes(r) || m.files.includes(r));
  if (exact.length > 0 || !r.includes("/")) return exact;
  const name = baseName(r);
  return records.filter((m) => m.files.some((f) => f.endsWith(`/${r}`) || r.endsWith(`/${f}`)) || m.names.includes(name));
}
function canonicalParent(adapter, records, ref, context) {
  const named = recordsNamed(records, ref);
  const local = context ? named.filter((m) => m.group === context.group) : [];
  const chosen = local.length === 1 ? local : named;
  const ids = [...new Set(chosen.map((m) => m.id))];
  return ids.length === 1 ? ids[0] : adapter.canonical(ref, context);
}

export {
  matchTool,
  adapterById,
  recordsNamed,
  canonicalParent
};
