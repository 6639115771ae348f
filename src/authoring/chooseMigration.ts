/**
 * Which migration a new work order declares (§4), chosen from the same inventory the gate checks
 * against (src/migrations): the one `--migration` names, or by default the newest head. Pure: the
 * inventory and the heads' commit times in, the record out; what cannot be chosen is an input
 * error naming the candidates.
 */
import { InputError, inputError } from "../errors.js";
import { compareText, compareVersions, unique, type Adapter, type MigrationRecord } from "../migrations/adapter.js";
import { headsOf, primaryRecords, recordsOf, type MigrationInventory } from "../migrations/inventory.js";
import { adapterById, matchTool } from "../migrations/match.js";
import { recordsNamed } from "../migrations/resolve.js";

const where = (r: MigrationRecord) => `${r.file}${r.line ? `:${r.line}` : ""}`;

/** `--tool`: an adapter id, name or alias, for files several tools read (golang-migrate and sqlx). */
export function toolAdapter(tool: string): Adapter {
  const adapter = adapterById(tool) ?? matchTool(tool);
  if (!adapter) throw new InputError(`--tool: no migration adapter for ${JSON.stringify(tool)} (wo-gate migrations lists the tools it reads)`);
  if (!adapter.versioned) throw new InputError(`--tool: ${adapter.name} has no versioned migration files to declare`);
  return adapter;
}

/** A migration file the adapters could not read: the inventory cannot be trusted to pick one. */
export function assertReadable(inv: MigrationInventory, adapter: Adapter | null): void {
  const problem = inv.problems.find((p) => adapter === null || p.tool === adapter.id);
  if (problem) throw inputError(problem.file, `cannot read this ${problem.tool} migration: ${problem.reason}`, problem.line);
}

/** The migrations to choose from: one tool's, or each file once under the first adapter that reads it. */
export function candidateMigrations(inv: MigrationInventory, adapter: Adapter | null): MigrationRecord[] {
  return adapter ? recordsOf(inv, adapter.id) : primaryRecords(inv);
}

/** `--migration FILE|ID`: the one migration it names (by id, any name the adapter accepts, or a file of it). */
export function namedMigration(candidates: MigrationRecord[], ref: string): MigrationRecord {
  const named = recordsNamed(candidates, ref);
  if (named.length === 0) throw new InputError(`--migration: no migration in the repository is named ${JSON.stringify(ref)} (wo-gate migrations lists them)`);
  if (named.length > 1) {
    const list = named.map((r) => `${r.tool} ${r.id} (${where(r)})`).join(", ");
    throw new InputError(`--migration: ${JSON.stringify(ref)} names several migrations: ${list}; name one by its file`);
  }
  return named[0]!;
}

/** The heads among the candidates: migrations no other migration of their tool's graph names as parent. */
export function headMigrations(inv: MigrationInventory, candidates: MigrationRecord[]): MigrationRecord[] {
  const heads = new Set<string>();
  for (const tool of unique(candidates.map((r) => r.tool))) {
    const records = recordsOf(inv, tool);
    for (const group of unique(candidates.filter((r) => r.tool === tool).map((r) => r.group))) {
      for (const id of headsOf(records, group)) heads.add(`${tool}\0${group}\0${id}`);
    }
  }
  return candidates.filter((r) => heads.has(`${r.tool}\0${r.group}\0${r.id}`));
}

/**
 * The newest head: the one committed last (a file never committed is newer than any, being the
 * work in progress), then the highest version, then the last file path, so the choice is the
 * same on every run.
 */
export function newestMigration(heads: MigrationRecord[], commitTime: (file: string) => number | null): MigrationRecord | null {
  const time = (r: MigrationRecord) => commitTime(r.file) ?? Number.POSITIVE_INFINITY;
  const newer = (a: MigrationRecord, b: MigrationRecord) =>
    time(a) - time(b) || compareVersions(a.version ?? a.id, b.version ?? b.id) || compareText(a.file, b.file) || compareText(a.id, b.id);
  return heads.reduce<MigrationRecord | null>((best, r) => (best === null || newer(r, best) > 0 ? r : best), null);
}

/**
 * How §4 writes the revision: the first of the migration's names (its id first) that names it
 * alone among its tool's migrations, so the gate's lookup finds exactly this one.
 */
export function revisionName(inv: MigrationInventory, record: MigrationRecord): string {
  const records = recordsOf(inv, record.tool);
  const alone = (name: string) => {
    const named = recordsNamed(records, name);
    return named.length > 0 && named.every((r) => r.file === record.file && r.id === record.id);
  };
  return [record.id, ...record.names, record.file].find(alone) ?? record.id;
}

/** A down path the tool will run: present and holding statements. */
export function hasWorkingDown(record: MigrationRecord): boolean {
  return record.down !== null && record.down.exists && !record.down.empty;
}
