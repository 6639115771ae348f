/**
 * Liquibase: changelogs in XML, YAML, JSON or formatted SQL, each holding changeSets identified by
 * `id` and `author` (and the changelog file). A changeSet records no parent: its parent is the
 * changeSet before it in execution order, following `include`/`includeAll` from the root
 * changelog. A down path is a non-empty `rollback`. XML and YAML are read with real parsers
 * (fast-xml-parser, js-yaml).
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import yaml from "js-yaml";
import { baseName, dirName, MigrationParseError, type Adapter, type Down, type MigrationRecord, type SourceFile } from "../adapter.js";
import { fileRecord, inMigrationDir } from "./common.js";

interface ChangeSet {
  kind: "changeSet";
  id: string;
  author: string;
  line: number;
  down: Down;
}
interface Include {
  kind: "include" | "includeAll";
  path: string;
  relative: boolean;
}
type Entry = ChangeSet | Include;

const FORMATS: Array<{ ext: RegExp; sniff: RegExp; parse: (f: SourceFile) => Entry[] }> = [
  { ext: /\.xml$/i, sniff: /<(\w+:)?databaseChangeLog\b/, parse: parseXml },
  { ext: /\.(ya?ml|json)$/i, sniff: /^\s*[{]?\s*"?databaseChangeLog"?\s*:/m, parse: parseYamlOrJson },
  { ext: /\.sql$/i, sniff: /^--\s*liquibase\s+formatted\s+sql\b/im, parse: parseFormattedSql },
];

const formatOf = (path: string): (typeof FORMATS)[number] | undefined => FORMATS.find((f) => f.ext.test(path));

const lineAt = (text: string, offset: number): number => text.slice(0, offset).split("\n").length;

/** Comments and CDATA blanked out (newlines kept), so tag offsets and lines stay true. */
function blankXmlNoise(text: string): string {
  return text.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, (m) => m.replace(/[^\n]/g, " "));
}

type XmlNode = Record<string, unknown>;
const tagOf = (node: XmlNode): string => Object.keys(node).find((k) => k !== ":@") ?? "";
const localName = (tag: string): string => tag.slice(tag.indexOf(":") + 1);
const attrs = (node: XmlNode): Record<string, string> => (node[":@"] as Record<string, string> | undefined) ?? {};
const children = (node: XmlNode): XmlNode[] => (node[tagOf(node)] as XmlNode[] | undefined) ?? [];

function parseXml(f: SourceFile): Entry[] {
  const valid = XMLValidator.validate(f.text);
  if (valid !== true) throw new MigrationParseError(f.path, `not well-formed XML: ${valid.err.msg}`, valid.err.line);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", preserveOrder: true, trimValues: true }).parse(f.text) as XmlNode[];
  const root = doc.find((n) => localName(tagOf(n)) === "databaseChangeLog");
  if (!root) throw new MigrationParseError(f.path, "no <databaseChangeLog> root element");
  const clean = blankXmlNoise(f.text);
  const starts = [...clean.matchAll(/<(\w+:)?changeSet\b/g)].map((m) => m.index);
  const entries: Entry[] = [];
  let k = 0;
  for (const node of children(root)) {
    const tag = localName(tagOf(node));
    const a = attrs(node);
    if (tag === "include" || tag === "includeAll") {
      const path = tag === "include" ? a.file : a.path;
      if (path) entries.push({ kind: tag, path, relative: a.relativeToChangelogFile === "true" });
    }
    if (tag !== "changeSet") continue;
    const start = starts[k] ?? 0;
    const end = starts[k + 1] ?? clean.length;
    k++;
    const line = lineAt(f.text, start);
    if (!a.id || !a.author) throw new MigrationParseError(f.path, "a changeSet has no id or author", line);
    const rollbacks = children(node).filter((c) => localName(tagOf(c)) === "rollback");
    const at = /<(\w+:)?rollback\b/.exec(clean.slice(start, end));
    const rollbackLine = at ? lineAt(f.text, start + at.index) : null;
    const empty = rollbacks.every((r) => children(r).length === 0 && !attrs(r).changeSetId);
    entries.push({
      kind: "changeSet",
      id: a.id,
      author: a.author,
      line,
      down: rollbacks.length === 0 ? { exists: false, empty: true, file: f.path, line: null } : { exists: true, empty, file: f.path, line: rollbackLine },
    });
  }
  return entries;
}

/** A YAML/JSON rollback is empty when it is absent of content (null, "", [], {}, "empty"). */
function emptyRollback(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") return ["", "empty", "not required"].includes(value.trim().toLowerCase());
  if (Array.isArray(value)) return value.every(emptyRollback);
  if (typeof value === "object") return Object.keys(value).length === 0;
  return false;
}

function parseYamlOrJson(f: SourceFile): Entry[] {
  let doc: unknown;
  try {
    doc = /\.json$/i.test(f.path) ? JSON.parse(f.text) : yaml.load(f.text);
  } catch (e) {
    const line = (e as { mark?: { line?: number } }).mark?.line;
    throw new MigrationParseError(f.path, `not valid ${/\.json$/i.test(f.path) ? "JSON" : "YAML"}: ${(e as Error).message.split("\n")[0]}`, line === undefined ? null : line + 1);
  }
  const log = (doc as { databaseChangeLog?: unknown } | null)?.databaseChangeLog;
  if (!Array.isArray(log)) throw new MigrationParseError(f.path, "databaseChangeLog is not a list");
  const lines = f.text.split("\n");
  const keyLines = (key: string): number[] =>
    lines.flatMap((l, i) => (new RegExp(`^\\s*(-\\s*)?[{]?\\s*"?${key}"?\\s*:`).test(l) ? [i + 1] : []));
  const changeSetLines = keyLines("changeSet");
  const rollbackLines = keyLines("rollback");
  const entries: Entry[] = [];
  let k = 0;
  for (const item of log as Array<Record<string, Record<string, unknown> | undefined> | null>) {
    if (item?.include || item?.includeAll) {
      const inc = (item.include ?? item.includeAll)!;
      const path = item.include ? inc.file : inc.path;
      if (typeof path === "string") entries.push({ kind: item.include ? "include" : "includeAll", path, relative: String(inc.relativeToChangelogFile) === "true" });
      continue;
    }
    const cs = item?.changeSet;
    if (!cs) continue;
    const line = changeSetLines[k] ?? 1;
    const next = changeSetLines[k + 1] ?? Infinity;
    k++;
    if (cs.id === undefined || cs.author === undefined) throw new MigrationParseError(f.path, "a changeSet has no id or author", line);
    const hasRollback = "rollback" in cs;
    const rollbackLine = rollbackLines.find((l) => l > line && l < next) ?? null;
    entries.push({
      kind: "changeSet",
      id: String(cs.id),
      author: String(cs.author),
      line,
      down: hasRollback ? { exists: true, empty: emptyRollback(cs.rollback), file: f.path, line: rollbackLine } : { exists: false, empty: true, file: f.path, line: null },
    });
  }
  return entries;
}

function parseFormattedSql(f: SourceFile): Entry[] {
  const lines = f.text.split("\n");
  const entries: ChangeSet[] = [];
  lines.forEach((l, i) => {
    const cs = /^--\s*changeset\s+([^:\s]+):(\S+)/i.exec(l);
    if (cs) {
      entries.push({ kind: "changeSet", id: cs[2]!, author: cs[1]!, line: i + 1, down: { exists: false, empty: true, file: f.path, line: null } });
      return;
    }
    const rb = /^--\s*rollback\b(.*)$/i.exec(l);
    const current = entries[entries.length - 1];
    if (!rb || !current) return;
    const statement = !emptyRollback(rb[1]!.trim());
    current.down = { exists: true, empty: current.down.exists ? current.down.empty && !statement : !statement, file: f.path, line: current.down.line ?? i + 1 };
  });
  if (/^--\s*changeset\b/im.test(f.text) && entries.length === 0) throw new MigrationParseError(f.path, "a --changeset line is not author:id");
  return entries;
}

function parseChangelog(f: SourceFile): Entry[] {
  const format = formatOf(f.path);
  return format ? format.parse(f) : [];
}

/** Normalise `a/./b/../c` to `a/c`. */
function normalise(path: string): string {
  const out: string[] = [];
  for (const part of path.replace(/^classpath:/, "").split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return out.join("/");
}

/**
 * The changelog files an include names: relative to the including file when it says so, else
 * from the repository root, the including file's directory, or (classpath resources such as
 * `db/changelog/x.xml` under `src/main/resources`) any changelog whose path ends with it.
 */
function resolveInclude(inc: Include, from: string, files: string[]): string[] {
  const target = normalise(inc.path);
  const local = normalise(`${dirName(from)}/${inc.path}`);
  const tries = inc.relative ? [local] : [target, local];
  const inDir = (dir: string): string[] => files.filter((p) => p.startsWith(`${dir}/`));
  for (const t of tries) {
    const hit = inc.kind === "include" ? files.filter((p) => p === t) : inDir(t);
    if (hit.length > 0) return hit.sort();
  }
  if (inc.relative) return [];
  const suffix = inc.kind === "include" ? files.filter((p) => p.endsWith(`/${target}`)) : files.filter((p) => dirName(p).endsWith(`/${target}`) || dirName(p).includes(`/${target}/`));
  return suffix.sort();
}

export const liquibase: Adapter = {
  id: "liquibase",
  name: "Liquibase",
  aliases: [],
  versioned: true,
  supportsDown: true,
  candidate: (path) => !!formatOf(path) && inMigrationDir(path),
  sniff: (text, path) => formatOf(path)!.sniff.test(text),
  read(f) {
    return parseChangelog(f)
      .filter((e): e is ChangeSet => e.kind === "changeSet")
      .map((cs) =>
        fileRecord("liquibase", f.path, {
          id: cs.id,
          names: [`${cs.id}::${cs.author}`, `${f.path}::${cs.id}::${cs.author}`, `${baseName(f.path)}::${cs.id}::${cs.author}`],
          line: cs.line,
          down: cs.down,
        }),
      );
  },
  arrange(records, files) {
    const paths = files.map((f) => f.path).sort();
    const entries = new Map<string, Entry[]>();
    for (const f of files) {
      try {
        entries.set(f.path, parseChangelog(f));
      } catch {
        // Already reported by read(): the inventory lists it as a problem.
      }
    }
    const includes = new Map([...entries].map(([path, es]) => [path, es.flatMap((e) => (e.kind === "changeSet" ? [] : resolveInclude(e, path, paths)))]));
    const included = new Set([...includes.values()].flat());
    const byFile = new Map<string, MigrationRecord[]>();
    for (const r of records) {
      const list = byFile.get(r.file);
      if (list) list.push(r);
      else byFile.set(r.file, [r]);
    }
    const visited = new Set<string>();
    const out: MigrationRecord[] = [];
    const visit = (path: string, root: string, sequence: MigrationRecord[]): void => {
      if (visited.has(path)) return;
      visited.add(path);
      let k = 0;
      for (const e of entries.get(path) ?? []) {
        if (e.kind !== "changeSet") {
          for (const target of resolveInclude(e, path, paths)) visit(target, root, sequence);
          continue;
        }
        const r = byFile.get(path)?.[k++];
        if (!r) continue;
        const previous = sequence[sequence.length - 1];
        const arranged = { ...r, group: root, parents: previous ? [previous.id] : [] };
        sequence.push(arranged);
        out.push(arranged);
      }
    };
    for (const root of [...paths.filter((p) => !included.has(p)), ...paths]) visit(root, root, []);
    return out;
  },
  canonical(ref) {
    const parts = ref.trim().split("::");
    return parts.length === 3 ? parts[1]! : parts[0]!;
  },
};
