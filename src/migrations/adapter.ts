/**
 * The one interface every migration-tool adapter implements, and the record an adapter makes of
 * each migration it reads. Adapters are entries in a table (adapters/index.ts): adding a tool is
 * adding an entry. An adapter only reads files; the inventory (inventory.ts) does the I/O, orders
 * migrations for tools that record no parent, and computes the heads of each graph.
 */
import { z } from "zod";

/** A repository file as the adapters see it: a repository-relative POSIX path and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

/** What an adapter may ask about the rest of the repository while reading one file. */
export interface RepositoryView {
  /** The text of another candidate file of this adapter, or undefined when there is none. */
  read(path: string): string | undefined;
  /** Every file path the repository holds (tracked and untracked), for sibling lookups. */
  has(path: string): boolean;
  /** The files directly inside a directory ("" is the root), sorted. */
  list(dir: string): string[];
}

export const DownSchema = z.object({
  exists: z.boolean(),
  empty: z.boolean().describe("the down path is missing, `pass`, raises first, or holds no statements"),
  file: z.string().nullable(),
  line: z.number().int().nullable(),
});
export type Down = z.infer<typeof DownSchema>;

export const MigrationRecordSchema = z.object({
  tool: z.string(),
  id: z.string().describe("the canonical id: what parents and declared revisions are compared as"),
  file: z.string().describe("the migration's main file"),
  line: z.number().int().nullable().describe("line of the id's definition in the file; null when the id is the file name"),
  names: z.array(z.string()).describe("every way a work order may write this migration: id, file name, stem, class name…"),
  files: z.array(z.string()).describe("every file that belongs to the migration (main file, down/undo scripts)"),
  group: z.string().describe("the graph the migration belongs to (its directory, app or changelog)"),
  version: z.string().nullable().describe("version-order key, for tools whose files record no parent"),
  parents: z.array(z.string()).nullable().describe("parents the file records; null: the previous migration by version"),
  down: DownSchema.nullable().describe("null: the tool has no down migrations and none sits beside this one"),
});
export type MigrationRecord = z.infer<typeof MigrationRecordSchema>;

export interface Adapter {
  /** Stable id (`alembic`, `ef-core`), as reported in facts and output. */
  id: string;
  /** Human name, used in messages. */
  name: string;
  /**
   * Names that identify the tool in §4 "Tooling", matched as whole words, case-insensitively
   * (the id and name are always included). The leftmost match in the text wins.
   */
  aliases: string[];
  /** Words that name the tool only when no specific alias of any tool matches (`migrate`). */
  weakAliases?: string[];
  /** false: the tool has no versioned migration files at all (GORM AutoMigrate). */
  versioned: boolean;
  /** Why an unversioned tool cannot be verified (the facts' reason). */
  unversionedReason?: string;
  /** The tool has down migrations at all (Prisma has none). */
  supportsDown: boolean;
  /** Cheap path test: the file may belong to this tool. */
  candidate(path: string): boolean;
  /** Content test for candidates whose path alone does not decide (a `.sql` with `-- +goose Up`). */
  sniff?(text: string, path: string, repo: RepositoryView): boolean;
  /**
   * Read one candidate file: its migrations (several for a Liquibase changelog), or [] for a
   * companion file (a `.down.sql` read with its `.up.sql`). Records whose file records no parent
   * leave `parents` null. Throws MigrationParseError or SourceSyntaxError.
   */
  read(file: SourceFile, repo: RepositoryView): MigrationRecord[];
  /**
   * Set the parents read() left null, given every record and recognised file of this tool. The
   * default (inventory.ts) makes each one's parent the previous version in its group.
   */
  arrange?(records: MigrationRecord[], files: SourceFile[]): MigrationRecord[];
  /**
   * The id a reference denotes when no file resolves it (a declared parent that was deleted):
   * `V2__x.sql` → `2`, `payments::id::author` → `id`. `context` is the migration being checked.
   */
  canonical(ref: string, context: MigrationRecord | null): string;
}

export class MigrationParseError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly line: number | null = null,
  ) {
    super(`${file}${line ? `:${line}` : ""}: ${reason}`);
  }
}

/** The last path segment. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** The directory part of a path ("" at the root). */
export function dirName(path: string): string {
  const i = path.lastIndexOf("/");
  return i === -1 ? "" : path.slice(0, i);
}

/** The file name without its extensions from `ext` on (`0007_x.py` → `0007_x`). */
export function stem(path: string, ext: RegExp = /\.[^.]+$/): string {
  return baseName(path).replace(ext, "");
}

/**
 * Natural order of version strings: digit runs compare as numbers, so Flyway `1.10` follows
 * `1.9` and `000031` follows `000030`; other characters compare as text.
 */
export function compareVersions(a: string, b: string): number {
  const pa = a.match(/\d+|\D+/g) ?? [];
  const pb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d/.test(x) && /^\d/.test(y);
    if (nx) {
      const d = BigInt(x) - BigInt(y);
      if (d !== 0n) return d < 0n ? -1 : 1;
    } else if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Code-unit order, the same on every machine (localeCompare depends on the locale). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Unique values in first-seen order. */
export function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}
