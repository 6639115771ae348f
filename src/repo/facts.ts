/**
 * The repository facts the policy decides on (`RepositoryFactsSchema`, src/input/schema.ts): what
 * the migration adapters found for the work order's §4 identity, which migration files changed
 * since a base and whether some work order declares them, and the governance documents. This
 * module gathers facts and decides no rule: a fact that cannot be established is reported as
 * such (`unavailable`, with the reason), so the policy denies "cannot verify …".
 */
import type { ChangedMigrationsFacts, MigrationFacts, RepositoryFacts } from "../input/schema.js";
import type { WorkOrder } from "../workorder/schema.js";
import { compareText, unique, type MigrationRecord } from "../migrations/adapter.js";
import { headsOf, readInventory, recordsOf, UnreadableFile, type InventorySource, type MigrationInventory } from "../migrations/inventory.js";
import { matchTool } from "../migrations/match.js";
import { canonicalParent, recordsNamed } from "../migrations/resolve.js";
import { changedMigrationFiles, type ChangedMigration } from "./changes.js";
import { checkoutSource } from "./checkout.js";
import { GitUnavailable } from "./git.js";
import { chooseGovernanceDocuments, type GovernancePaths } from "./governance.js";

type Identity = WorkOrder["migration"]["identity"];

/** The part of a work order the repository facts read: §4 (an extracted WorkOrder is one). */
export interface Declaration {
  migration: Pick<WorkOrder["migration"], "identity" | "tooling" | "revision" | "downRevision" | "branchLabels">;
}

function blank(identity: Identity, status: MigrationFacts["status"], reason: string | null): MigrationFacts {
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
    heads: [],
  };
}

const quote = (s: string): string => JSON.stringify(s);
const sortedSet = (values: string[]): string[] => unique(values).sort(compareText);

/**
 * What the repository says about the migration §4 declares. null when §4 names no tool (the
 * text rule `unversioned-migration` reports that; there is nothing to look up).
 */
export function migrationFacts(identity: Identity, inv: MigrationInventory): MigrationFacts | null {
  if (!identity.tool) return null;
  const adapter = matchTool(identity.tool);
  if (!adapter) return blank(identity, "no-adapter", `no migration adapter for the declared tool ${quote(identity.tool)}: the gate cannot verify it`);
  if (!adapter.versioned) return blank(identity, "unversioned-tool", adapter.unversionedReason ?? `${adapter.name} has no versioned migration files`);
  const problem = inv.problems.find((p) => p.tool === adapter.id);
  if (problem) {
    return blank(identity, "unavailable", `cannot read ${adapter.name} migration ${problem.file}${problem.line ? `:${problem.line}` : ""}: ${problem.reason}`);
  }
  const records = recordsOf(inv, adapter.id);
  // Parents are a set (a merge's order means nothing): sorted, so the policy compares arrays.
  const declaredParents = (context: MigrationRecord | null): string[] =>
    identity.downIsNone ? [] : sortedSet(identity.downRevisions.map((ref) => canonicalParent(adapter, records, ref, context)));
  const facts = (status: MigrationFacts["status"], reason: string | null, r: MigrationRecord | null): MigrationFacts => ({
    ...blank(identity, status, reason),
    file: r?.file ?? null,
    line: r?.line ?? null,
    parents: sortedSet(r?.parents ?? []),
    declaredParents: declaredParents(r),
    down: r?.down ?? null,
    heads: r ? headsOf(records, r.group) : [],
  });
  if (!identity.revision) return facts("not-found", "§4 declares no revision", null);
  const named = recordsNamed(records, identity.revision);
  if (named.length === 0) return facts("not-found", `no ${adapter.name} migration in the repository has the revision ${quote(identity.revision)}`, null);
  if (named.length > 1) {
    const where = named.map((r) => `${r.file}${r.line ? `:${r.line}` : ""}`).join(", ");
    return facts("ambiguous", `the revision ${quote(identity.revision)} names several ${adapter.name} migrations: ${where}`, null);
  }
  const r = named[0]!;
  if (!inv.tracked.has(r.file)) return facts("untracked", `${r.file} is not tracked by git (it is only in the working tree)`, r);
  return facts("found", null, r);
}

/** §4's raw text (tooling, revision, down revision, branch labels): where a work order names a file's path. */
function section4Text(wo: Declaration): string {
  const m = wo.migration;
  return [m.tooling, m.revision, m.downRevision, m.branchLabels].flatMap((f) => f?.values.map((v) => v.raw) ?? []).join("\n");
}

/**
 * Files the work orders declare: every file of the migration their §4 tool and revision identify;
 * and, for files no adapter identifies (glob-only, deleted, unreadable), a §4 that names the path.
 */
export function declaredFiles(workOrders: Declaration[], inv: MigrationInventory): (change: ChangedMigration) => boolean {
  const files = new Set<string>();
  for (const wo of workOrders) {
    const { tool, revision } = wo.migration.identity;
    const adapter = tool ? matchTool(tool) : null;
    if (!adapter || !revision) continue;
    for (const r of recordsNamed(recordsOf(inv, adapter.id), revision)) r.files.forEach((f) => files.add(f));
  }
  const texts = workOrders.map(section4Text);
  return (change) =>
    files.has(change.file) || ((change.id === null || change.status === "D") && texts.some((t) => t.includes(change.file)));
}

export interface GatherOptions {
  /** The repository checkout (the directory the gate was pointed at). */
  dir: string;
  /** The work order being checked; null when only the changed-file and governance facts are wanted. */
  workOrder: Declaration | null;
  /** Every work order at the checked commit: a changed migration is declared when any of them declares it. */
  allWorkOrders?: Declaration[];
  /** The git ref changes are measured against (the pull request's base); null: no changed-file facts. */
  base?: string | null;
  /** `migration-paths` globs: files matching them are migrations even when no adapter recognises them. */
  migrationPaths?: string[];
  /** Exact paths of the governance documents (policy data), instead of searching the tracked tree. */
  governance?: GovernancePaths;
}

function unavailable(o: GatherOptions, reason: string): RepositoryFacts {
  const identity = o.workOrder?.migration.identity;
  return {
    status: "unavailable",
    reason,
    migration: identity?.tool ? blank(identity, "unavailable", reason) : null,
    changedMigrations: o.base ? { status: "unavailable", reason, base: o.base, changed: [] } : null,
    governance: null,
  };
}

async function changedFacts(o: GatherOptions, base: string, inv: MigrationInventory): Promise<ChangedMigrationsFacts> {
  try {
    const { files } = await changedMigrationFiles(o.dir, base, inv, o.migrationPaths);
    const isDeclared = declaredFiles([...(o.workOrder ? [o.workOrder] : []), ...(o.allWorkOrders ?? [])], inv);
    return {
      status: "available",
      reason: null,
      base,
      changed: files.map((c) => ({ file: c.file, tool: c.tool, id: c.id, declared: isDeclared(c) })),
    };
  } catch (e) {
    if (e instanceof GitUnavailable) return { status: "unavailable", reason: e.message, base, changed: [] };
    throw e;
  }
}

function readOrUndefined(source: InventorySource, path: string): string | undefined {
  try {
    return source.read(path);
  } catch (e) {
    if (e instanceof UnreadableFile) return undefined;
    throw e;
  }
}

/** Gather every repository fact for one work order. Never throws for a bad checkout or ref: it reports them. */
export async function gatherRepositoryFacts(o: GatherOptions): Promise<RepositoryFacts> {
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
    governance: chooseGovernanceDocuments(tracked, (p) => readOrUndefined(source, p), o.governance),
  };
}
