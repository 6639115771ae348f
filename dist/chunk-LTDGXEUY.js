import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  canonicalParent,
  matchTool,
  recordsNamed
} from "./chunk-ATQUB5NK.js";
import {
  checkoutSource,
  decodeText
} from "./chunk-GXQNBKXA.js";
import {
  UnreadableFile,
  baseName,
  compareText,
  headsOf,
  readInventory,
  recordsOf,
  unique
} from "./chunk-W3MZGTBC.js";
import {
  require_picomatch
} from "./chunk-3AABUXT5.js";
import {
  lib_default
} from "./chunk-DTZL3BRS.js";
import {
  GitUnavailable,
  changedSince,
  fileAt,
  mergeBase
} from "./chunk-76NZYPJB.js";
import {
  __toESM
} from "./chunk-KAUMNO2H.js";

// src/repo/changes.ts
var import_picomatch = __toESM(require_picomatch(), 1);
function identify(inv, file) {
  for (const tool of inv.claims.get(file) ?? []) {
    const record = inv.records.filter((r) => r.tool === tool && r.files.includes(file)).pop();
    if (record) return { tool, id: record.id };
    if (inv.problems.some((p) => p.tool === tool && p.file === file)) return { tool, id: null };
  }
  return null;
}
async function changedMigrationFiles(dir, base, inventory, migrationPaths = []) {
  const commit = await mergeBase(dir, base);
  const changed = await changedSince(dir, commit);
  const deleted = changed.filter((c) => c.status === "D").map((c) => c.path);
  const before = /* @__PURE__ */ new Map();
  for (const path of deleted) before.set(path, await fileAt(dir, commit, path));
  const old = readInventory({
    paths: deleted,
    tracked: new Set(deleted),
    read: (path) => {
      const bytes = before.get(path);
      if (bytes === void 0) return void 0;
      return decodeText(bytes);
    }
  });
  const glob = migrationPaths.length > 0 ? (0, import_picomatch.default)(migrationPaths, { dot: true }) : () => false;
  const files = [];
  for (const c of changed) {
    const known = identify(c.status === "D" ? old : inventory, c.path);
    if (known) files.push({ file: c.path, tool: known.tool, id: known.id, status: c.status });
    else if (glob(c.path)) files.push({ file: c.path, tool: null, id: null, status: c.status });
  }
  return { commit, files };
}

// src/repo/governance.ts
var DEFAULT_DOCUMENTS = { systemSpec: "SYSTEM_SPEC.md", playbook: "AUTONOMY_PLAYBOOK.md" };
var md = new lib_default();
function hasSection63(markdown) {
  const tokens = md.parse(markdown, {});
  return tokens.some((t, i) => {
    if (t.type !== "heading_open") return false;
    const text = (tokens[i + 1]?.content ?? "").replace(/[*_`]/g, "").trim();
    return /^(?:section\s+)?§?\s*6\.3(?![\d])/i.test(text) || /§\s*6\.3(?![\d])/.test(text);
  });
}
function rank(paths) {
  const score = (p) => !p.includes("/") ? 0 : /^docs\/[^/]+$/i.test(p) ? 1 : 2;
  const depth = (p) => p.split("/").length;
  return [...paths].sort((a, b) => score(a) - score(b) || depth(a) - depth(b) || compareText(a, b));
}
function chooseGovernanceDocuments(tracked, read, paths = {}) {
  const find = (override, name) => override ? tracked.filter((p) => p === override.replace(/^\.\//, "")) : rank(tracked.filter((p) => baseName(p) === name));
  const specs = find(paths.systemSpec, DEFAULT_DOCUMENTS.systemSpec);
  const withSection = specs.find((p) => {
    const text = read(p);
    return text !== void 0 && hasSection63(text);
  });
  const playbook = find(paths.playbook, DEFAULT_DOCUMENTS.playbook)[0] ?? null;
  return {
    systemSpec: { path: withSection ?? specs[0] ?? null, hasSection: withSection !== void 0 },
    playbook: { path: playbook }
  };
}

// src/repo/facts.ts
function blank(identity, status, reason) {
  const adapter = identity.tool ? matchTool(identity.tool) : null;
  return {
    status,
    reason,
    tool: adapter?.id ?? null,
    revision: identity.revision,
    file: null,
    line: null,
    parents: [],
    declaredParents: identity.downIsNone ? [] : identity.downRevisions,
    supportsDown: adapter?.supportsDown ?? false,
    down: null,
    heads: []
  };
}
var quote = (s) => JSON.stringify(s);
var sortedSet = (values) => unique(values).sort(compareText);
function migrationFacts(identity, inv) {
  if (!identity.tool) return null;
  const adapter = matchTool(identity.tool);
  if (!adapter) return blank(identity, "no-adapter", `no migration adapter for the declared tool ${quote(identity.tool)}: the gate cannot verify it`);
  if (!adapter.versioned) return blank(identity, "unversioned-tool", adapter.unversionedReason ?? `${adapter.name} has no versioned migration files`);
  const problem = inv.problems.find((p) => p.tool === adapter.id);
  if (problem) {
    return blank(identity, "unavailable", `cannot read ${adapter.name} migration ${problem.file}${problem.line ? `:${problem.line}` : ""}: ${problem.reason}`);
  }
  const records = recordsOf(inv, adapter.id);
  const declaredParents = (context) => identity.downIsNone ? [] : sortedSet(identity.downRevisions.map((ref) => canonicalParent(adapter, records, ref, context)));
  const facts = (status, reason, r2) => ({
    ...blank(identity, status, reason),
    file: r2?.file ?? null,
    line: r2?.line ?? null,
    parents: sortedSet(r2?.parents ?? []),
    declaredParents: declaredParents(r2),
    down: r2?.down ?? null,
    heads: r2 ? headsOf(records, r2.group) : []
  });
  if (!identity.revision) return facts("not-found", "\xA74 declares no revision", null);
  const named = recordsNamed(records, identity.revision);
  if (named.length === 0) return facts("not-found", `no ${adapter.name} migration in the repository has the revision ${quote(identity.revision)}`, null);
  if (named.length > 1) {
    const where = named.map((r2) => `${r2.file}${r2.line ? `:${r2.line}` : ""}`).join(", ");
    return facts("ambiguous", `the revision ${quote(identity.revision)} names several ${adapter.name} migrations: ${where}`, null);
  }
  const r = named[0];
  if (!inv.tracked.has(r.file)) return facts("untracked", `${r.file} is not tracked by git (it is only in the working tree)`, r);
  return facts("found", null, r);
}
function section4Text(wo) {
  const m = wo.migration;
  return [m.tooling, m.revision, m.downRevision, m.branchLabels].flatMap((f) => f?.values.map((v) => v.raw) ?? []).join("\n");
}
function declaredFiles(workOrders, inv) {
  const files = /* @__PURE__ */ new Set();
  for (const wo of workOrders) {
    const { tool, revision } = wo.migration.identity;
    const adapter = tool ? matchTool(tool) : null;
    if (!adapter || !revision) continue;
    for (const r of recordsNamed(recordsOf(inv, adapter.id), revision)) r.files.forEach((f) => files.add(f));
  }
  const texts = workOrders.map(section4Text);
  return (change) => files.has(change.file) || (change.id === null || change.status === "D") && texts.some((t) => t.includes(change.file));
}
function unavailable(o, reason) {
  const identity = o.workOrder?.migration.identity;
  return {
    status: "unavailable",
    reason,
    migration: identity?.tool ? blank(identity, "unavailable", reason) : null,
    changedMigrations: o.base ? { status: "unavailable", reason, base: o.base, changed: [] } : null,
    governance: null
  };
}
async function changedFacts(o, base, inv) {
  try {
    const { files } = await changedMigrationFiles(o.dir, base, inv, o.migrationPaths);
    const isDeclared = declaredFiles([...o.workOrder ? [o.workOrder] : [], ...o.allWorkOrders ?? []], inv);
    return {
      status: "available",
      reason: null,
      base,
      changed: files.map((c) => ({ file: c.file, tool: c.tool, id: c.id, declared: isDeclared(c) }))
    };
  } catch (e) {
    if (e instanceof GitUnavailable) return { status: "unavailable", reason: e.message, base, changed: [] };
    throw e;
  }
}
function readOrUndefined(source, path) {
  try {
    return source.read(path);
  } catch (e) {
    if (e instanceof UnreadableFile) return void 0;
    throw e;
  }
}
async function gatherRepositoryFacts(o) {
  let source;
  try {
    source = await checkoutSource(o.dir);
  } catch (e) {
    if (e instanceof GitUnavailable) return unavailable(o, e.message);
    throw e;
  }
  const inv = readInventory(source);
  const tracked = [...source.tracked].sort();
  return {
    status: "available",
    reason: null,
    migration: o.workOrder ? migrationFacts(o.workOrder.migration.identity, inv) : null,
    changedMigrations: o.base ? await changedFacts(o, o.base, inv) : null,
    governance: chooseGovernanceDocuments(tracked, (p) => readOrUndefined(source, p), o.governance)
  };
}

export {
  changedMigrationFiles,
  migrationFacts,
  declaredFiles,
  gatherRepositoryFacts
};
