/**
 * THE one answer to "which migration files changed" (decisions.md, Migrations): files that differ
 * between the merge base of `base` and HEAD and the working tree (committed, staged, unstaged or
 * untracked), kept when they belong to a migration an adapter reads or when they match the
 * `migration-paths` globs. Deleted files are read as they were at the base. The Action passes the pull request's
 * base here; nothing else builds a second list.
 */
import picomatch from "picomatch";
import { readInventory, type MigrationInventory } from "../migrations/inventory.js";
import { decodeText } from "./checkout.js";
import { changedSince, fileAt, mergeBase } from "./git.js";

export interface ChangedMigration {
  file: string;
  /** The tool of the first adapter that recognises the file; null when only a glob matched. */
  tool: string | null;
  /** The migration's id; null when only a glob matched or the file could not be read. */
  id: string | null;
  /** git's status letter: A, M, D or T. */
  status: string;
}

export interface ChangedMigrations {
  /** The commit compared against (the merge base of the base ref and HEAD). */
  commit: string;
  files: ChangedMigration[];
}

/**
 * Tool and id of a changed file: the migration it belongs to (a main file, or a down/undo script
 * beside it), under the first adapter in table order. A file an adapter recognises but cannot
 * read counts too, with no id (fail closed). A recognised file that holds no migration (a master
 * changelog that only includes others) is not a migration file.
 */
function identify(inv: MigrationInventory, file: string): { tool: string; id: string | null } | null {
  for (const tool of inv.claims.get(file) ?? []) {
    // A changelog holding several changeSets reports its last: the one a change usually appends.
    const record = inv.records.filter((r) => r.tool === tool && r.files.includes(file)).pop();
    if (record) return { tool, id: record.id };
    if (inv.problems.some((p) => p.tool === tool && p.file === file)) return { tool, id: null };
  }
  return null;
}

/**
 * Migration files changed since `base`. `inventory` is the checkout's (listMigrations); throws
 * GitUnavailable when the base cannot be resolved.
 */
export async function changedMigrationFiles(
  dir: string,
  base: string,
  inventory: MigrationInventory,
  migrationPaths: string[] = [],
): Promise<ChangedMigrations> {
  const commit = await mergeBase(dir, base);
  const changed = await changedSince(dir, commit);
  const deleted = changed.filter((c) => c.status === "D").map((c) => c.path);
  const before = new Map<string, Buffer | undefined>();
  for (const path of deleted) before.set(path, await fileAt(dir, commit, path));
  // Deleted files are identified as they were at the base, by the same adapters.
  const old = readInventory({
    paths: deleted,
    tracked: new Set(deleted),
    read: (path) => {
      const bytes = before.get(path);
      if (bytes === undefined) return undefined;
      return decodeText(bytes);
    },
  });
  const glob = migrationPaths.length > 0 ? picomatch(migrationPaths, { dot: true }) : () => false;
  const files: ChangedMigration[] = [];
  for (const c of changed) {
    const known = identify(c.status === "D" ? old : inventory, c.path);
    if (known) files.push({ file: c.path, tool: known.tool, id: known.id, status: c.status });
    else if (glob(c.path)) files.push({ file: c.path, tool: null, id: null, status: c.status });
  }
  return { commit, files };
}
