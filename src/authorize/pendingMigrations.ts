/**
 * Which migrations are about to run: the ids given (`--migration`), the migrations added since
 * the last deployed commit (`--pending-from`, through the repository cross-check's one list of
 * changed migration files), or else the heads of every migration graph. Everything is read by the
 * migration adapters (listMigrations); a migration that cannot be identified is kept with the
 * reason, so the decision denies it rather than skipping it.
 */
import { compareText, unique, type MigrationRecord } from "../migrations/adapter.js";
import { headsOf, primaryRecords, recordsOf, type MigrationInventory } from "../migrations/inventory.js";
import { recordsNamed } from "../migrations/resolve.js";
import { changedMigrationFiles } from "../repo/changes.js";
import { GitUnavailable } from "../repo/git.js";
import type { DeployFacts } from "./deployFacts.js";
import type { MigrationTarget, Selection } from "./schema.js";

const target = (r: MigrationRecord): MigrationTarget => ({ tool: r.tool, id: r.id, file: r.file, problem: null });
const unidentified = (id: string, file: string | null, problem: string): MigrationTarget => ({ tool: null, id, file, problem });
const where = (r: MigrationRecord): string => `${r.file}${r.line ? `:${r.line}` : ""}`;

/** One entry per migration file, sorted. */
function distinct(targets: MigrationTarget[]): MigrationTarget[] {
  const seen = new Map<string, MigrationTarget>();
  for (const t of targets) seen.set(`${t.file ?? ""}\u0000${t.id}`, t);
  return [...seen.values()].sort((a, b) => compareText(a.file ?? "", b.file ?? "") || compareText(a.id, b.id));
}

function byIds(inv: MigrationInventory, ids: readonly string[]): MigrationTarget[] {
  const records = primaryRecords(inv);
  return ids.map((id) => {
    const named = unique(recordsNamed(records, id).map((r) => r.file)).map((file) => records.find((r) => r.file === file)!);
    if (named.length === 1) return target(named[0]!);
    if (named.length > 1) return unidentified(id, null, `the migration id "${id}" names several migrations: ${named.map(where).join(", ")}`);
    const unreadable = inv.problems.length ? ` (unreadable migration files: ${inv.problems.map((p) => `${p.file}: ${p.reason}`).join("; ")})` : "";
    return unidentified(id, null, `no migration in the repository has the id "${id}"${unreadable}`);
  });
}

async function addedSince(dir: string, ref: string, inv: MigrationInventory, migrationPaths: string[]): Promise<MigrationTarget[]> {
  const { files } = await changedMigrationFiles(dir, ref, inv, migrationPaths);
  return files
    .filter((f) => f.status === "A")
    .map((f) => {
      const record = f.tool && f.id !== null ? recordsOf(inv, f.tool).find((r) => r.id === f.id && r.files.includes(f.file)) : undefined;
      if (record) return target(record);
      const problem = inv.problems.find((p) => p.file === f.file);
      return unidentified(f.id ?? f.file, f.file, `cannot identify the migration added in ${f.file}${problem ? `: ${problem.reason}` : ": no migration adapter reads it"}`);
    });
}

function graphHeads(inv: MigrationInventory): MigrationTarget[] {
  const listed = primaryRecords(inv);
  const heads = unique(listed.map((r) => r.tool)).flatMap((tool) => {
    const records = recordsOf(inv, tool);
    const groups = unique(listed.filter((r) => r.tool === tool).map((r) => r.group));
    return groups.flatMap((g) => headsOf(records, g).map((id) => listed.find((r) => r.tool === tool && r.group === g && r.id === id)!));
  });
  // A migration file the adapters cannot read could be a head: it fails closed.
  const unreadable = inv.problems.map((p) => unidentified(p.file, p.file, `cannot read the ${p.tool} migration ${p.file}${p.line ? `:${p.line}` : ""}: ${p.reason}`));
  return [...heads.filter((r) => r !== undefined).map(target), ...unreadable];
}

export function selectionOf(ids: readonly string[], pendingFrom: string | null): Selection {
  if (ids.length > 0) return { source: "migrations", pendingFrom: null };
  return pendingFrom !== null ? { source: "pending-from", pendingFrom } : { source: "heads", pendingFrom: null };
}

export async function migrationsAboutToRun(
  dir: string,
  inv: MigrationInventory,
  ids: readonly string[],
  selection: Selection,
  migrationPaths: string[] = [],
): Promise<DeployFacts["migrations"]> {
  if (selection.source === "migrations") return { status: "available", targets: distinct(byIds(inv, ids)) };
  if (selection.source === "heads") return { status: "available", targets: distinct(graphHeads(inv)) };
  try {
    return { status: "available", targets: distinct(await addedSince(dir, selection.pendingFrom!, inv, migrationPaths)) };
  } catch (e) {
    if (e instanceof GitUnavailable) return { status: "unavailable", reason: e.message };
    throw e;
  }
}
