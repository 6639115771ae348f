/**
 * Building blocks shared by the adapters: the record for a migration identified by its file, and
 * `canonical` for tools whose id is a prefix of the file name.
 */
import { baseName, dirName, stem, unique, type Down, type MigrationRecord } from "../adapter.js";

export interface RecordFields {
  id: string;
  version?: string | null;
  /** Extra names besides the id, the file name and its stem. */
  names?: string[];
  line?: number | null;
  parents?: string[] | null;
  down: Down | null;
  /** Extra files besides the main file and an existing down file. */
  files?: string[];
  group?: string;
}

export function fileRecord(tool: string, path: string, f: RecordFields): MigrationRecord {
  const downFile = f.down?.exists && f.down.file ? [f.down.file] : [];
  return {
    tool,
    id: f.id,
    file: path,
    line: f.line ?? null,
    names: unique([f.id, baseName(path), stem(path), ...(f.names ?? [])]),
    files: unique([path, ...downFile, ...(f.files ?? [])]),
    group: f.group ?? dirName(path),
    version: f.version ?? null,
    parents: f.parents ?? null,
    down: f.down,
  };
}

/**
 * `canonical` for tools whose id is the first capture of `pattern` on a file name
 * (`000031_x.up.sql` → `000031`): a reference written as a file name or path maps to its id.
 */
export function idFromName(pattern: RegExp): (ref: string) => string {
  return (ref) => pattern.exec(baseName(ref.trim()))?.[1] ?? ref.trim();
}

/**
 * The path runs through a directory where projects keep migrations (`migrations/`, `db/`,
 * `db-migrations/`, `changelog/`, …). Tools whose file names alone are too common (a plain
 * `001_x.sql`, a `1700000000000-x.js` bundle chunk, any `.xml`) only look there.
 */
export function inMigrationDir(path: string): boolean {
  return /(^|\/)([^/]*(migrat|changelog|liquibase)[^/]*|db)\//i.test(path);
}
