/**
 * Every migration the adapters understand in a set of files: the one reader that `wo-gate
 * migrations`, the repository facts and the changed-file check all use. Reading is pure given a
 * file list and a reader function; listMigrations() supplies them from a git checkout.
 */
import {
  compareText,
  compareVersions,
  dirName,
  MigrationParseError,
  unique,
  type Adapter,
  type MigrationRecord,
  type RepositoryView,
  type SourceFile,
} from "./adapter.js";
import { ADAPTERS } from "./adapters/index.js";
import { SourceSyntaxError } from "./source.js";

export interface MigrationProblem {
  tool: string;
  file: string;
  line: number | null;
  reason: string;
}

export interface MigrationInventory {
  /** Every adapter's records, each adapter reading independently; sorted by file, then tool. */
  records: MigrationRecord[];
  /** Files an adapter recognised but could not read (the facts fail closed on these). */
  problems: MigrationProblem[];
  /** path → the ids of the adapters that recognise it, in table order. */
  claims: Map<string, string[]>;
  /** Paths tracked by git. */
  tracked: Set<string>;
}

export interface InventorySource {
  /** Every file of the checkout (tracked and untracked, not ignored), repository-relative. */
  paths: string[];
  tracked: Set<string>;
  /** The file's text; undefined when it is absent; throws UnreadableFile when it is not text. */
  read(path: string): string | undefined;
}

/** A file that cannot be read as text (not UTF-8, too large, unreadable): its message is the reason. */
export class UnreadableFile extends Error {
  constructor(
    message: string,
    /** Its content was never seen (too large, permission denied, a symlink out, a name that is not UTF-8). */
    readonly unseen = false,
  ) {
    super(message);
  }
}

type Loaded = { text: string } | { unreadable: string; unseen: boolean } | undefined;

/** Each file is read once, whichever adapters ask for it. */
function loader(source: InventorySource): (path: string) => Loaded {
  const cache = new Map<string, Loaded>();
  return (path) => {
    if (!cache.has(path)) {
      try {
        const text = source.read(path);
        cache.set(path, text === undefined ? undefined : { text });
      } catch (e) {
        if (!(e instanceof UnreadableFile)) throw e;
        cache.set(path, { unreadable: e.message, unseen: e.unseen });
      }
    }
    return cache.get(path);
  };
}

function view(paths: string[], load: (path: string) => Loaded): RepositoryView {
  const all = new Set(paths);
  const byDir = new Map<string, string[]>();
  // Appended in place: copying the list per file made 20,000 files in one folder quadratic.
  for (const p of paths) {
    const dir = dirName(p);
    const list = byDir.get(dir);
    if (list) list.push(p);
    else byDir.set(dir, [p]);
  }
  return {
    read(path) {
      const loaded = all.has(path) ? load(path) : undefined;
      return loaded && "text" in loaded ? loaded.text : undefined;
    },
    has: (path) => all.has(path),
    list: (dir) => byDir.get(dir) ?? [],
  };
}

/**
 * Default arrangement for tools whose files record no parent: within each group, migrations in
 * version order, each one's parents being the migrations of the previous version.
 */
export function arrangeByVersion(records: MigrationRecord[]): MigrationRecord[] {
  const groups = new Map<string, MigrationRecord[]>();
  for (const r of records) {
    const group = groups.get(r.group);
    if (group) group.push(r);
    else groups.set(r.group, [r]);
  }
  const out: MigrationRecord[] = [];
  for (const group of groups.values()) {
    const ordered = [...group].sort((a, b) => compareVersions(a.version ?? a.id, b.version ?? b.id) || compareText(a.file, b.file));
    let previous: MigrationRecord[] = [];
    let current: MigrationRecord[] = [];
    ordered.forEach((r, i) => {
      const prior = ordered[i - 1];
      if (prior && compareVersions(prior.version ?? prior.id, r.version ?? r.id) !== 0) {
        previous = current;
        current = [];
      }
      current.push(r);
      out.push(r.parents ? r : { ...r, parents: previous.map((p) => p.id) });
    });
  }
  return out;
}

interface Reading {
  paths: string[];
  load: (path: string) => Loaded;
  repo: RepositoryView;
}

/** Read every candidate file of one adapter into the inventory. */
function readAdapter(adapter: Adapter, reading: Reading, inv: MigrationInventory): void {
  const files: SourceFile[] = [];
  const records: MigrationRecord[] = [];
  const claim = (path: string): void => void inv.claims.set(path, [...(inv.claims.get(path) ?? []), adapter.id]);
  for (const path of reading.paths) {
    if (!adapter.candidate(path)) continue;
    const loaded = reading.load(path);
    if (!loaded) continue;
    // A file only its content could make a migration (a binary .xml, a JSON that is not UTF-8)
    // is not one when that content is not text; a file whose name alone makes it one, or whose
    // content was never seen (too large, unreadable, a symlink out), fails closed.
    if ("unreadable" in loaded && adapter.sniff && !loaded.unseen) continue;
    if ("unreadable" in loaded) {
      claim(path);
      inv.problems.push({ tool: adapter.id, file: path, line: null, reason: loaded.unreadable });
      continue;
    }
    if (adapter.sniff && !adapter.sniff(loaded.text, path, reading.repo)) continue;
    claim(path);
    const file = { path, text: loaded.text };
    files.push(file);
    try {
      records.push(...adapter.read(file, reading.repo));
    } catch (e) {
      if (e instanceof MigrationParseError) inv.problems.push({ tool: adapter.id, file: e.file, line: e.line, reason: e.reason });
      else if (e instanceof SourceSyntaxError) inv.problems.push({ tool: adapter.id, file: path, line: e.line, reason: e.message });
      else throw e;
    }
  }
  const arranged = adapter.arrange ? adapter.arrange(records, files) : arrangeByVersion(records);
  inv.records.push(...arranged.map((r) => ({ ...r, parents: r.parents ?? [] })));
}

/** Every migration the given adapters recognise in `source`. */
export function readInventory(source: InventorySource, adapters: readonly Adapter[] = ADAPTERS): MigrationInventory {
  // Third-party code is not the project's migrations.
  const paths = source.paths.filter((p) => !/(^|\/)(node_modules|vendor)\//.test(p)).sort();
  const load = loader(source);
  const reading: Reading = { paths, load, repo: view(paths, load) };
  const inv: MigrationInventory = { records: [], problems: [], claims: new Map(), tracked: source.tracked };
  for (const adapter of adapters) if (adapter.versioned) readAdapter(adapter, reading, inv);
  inv.records.sort((a, b) => compareText(a.file, b.file) || compareText(a.tool, b.tool) || (a.line ?? 0) - (b.line ?? 0));
  inv.problems.sort((a, b) => compareText(a.file, b.file) || compareText(a.tool, b.tool));
  return inv;
}

/** The records of one tool. */
export function recordsOf(inv: MigrationInventory, tool: string): MigrationRecord[] {
  return inv.records.filter((r) => r.tool === tool);
}

/** Heads of one graph: its migrations no other migration of the graph names as parent. */
export function headsOf(records: MigrationRecord[], group: string): string[] {
  const members = records.filter((r) => r.group === group);
  const parents = new Set(members.flatMap((r) => r.parents ?? []));
  return unique(members.map((r) => r.id).filter((id) => !parents.has(id))).sort();
}

/** Records as listings show them: each file once, under the first adapter (table order) that recognises it. */
export function primaryRecords(inv: MigrationInventory): MigrationRecord[] {
  return inv.records.filter((r) => inv.claims.get(r.file)?.[0] === r.tool);
}
