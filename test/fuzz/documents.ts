/**
 * Work-order text as lines with their own line endings, so mutations can cut, move and rewrite
 * lines of CRLF, CR-only and mixed documents without changing the endings they keep. Also the seed
 * documents the fuzzers start from: the shared fixture work orders, else the examples.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const sharedWorkOrders = path.resolve(root, "../shared/fixtures/work-orders");

export interface Seed {
  name: string;
  text: string;
}

/** The fixture work orders (every one, allowed or denied) and the examples, sorted by name. */
export function seedDocuments(): Seed[] {
  const dirs = [sharedWorkOrders, path.join(root, "examples")].filter((d) => fs.existsSync(d));
  return dirs
    .flatMap((dir) =>
      fs
        .readdirSync(dir)
        .filter((f) => /^WO-MIGRATION-\d+.*\.md$/.test(f))
        .map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, f), "utf8") })),
    )
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** Fixture names the shared labels call `allow`; [] without ../shared. */
export function allowedSeedNames(): string[] {
  const labels = path.join(sharedWorkOrders, "expected.json");
  if (!fs.existsSync(labels)) return [];
  const expected = JSON.parse(fs.readFileSync(labels, "utf8")) as Record<string, { decision: string }>;
  return Object.keys(expected)
    .filter((k) => expected[k]?.decision === "allow")
    .sort();
}

export interface Lines {
  text: string[];
  /** The ending after each line ("" after the last one when the document does not end in one). */
  eol: string[];
}

export function toLines(doc: string): Lines {
  const parts = doc.split(/(\r\n|\r|\n)/);
  const text: string[] = [];
  const eol: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    text.push(parts[i] as string);
    eol.push(parts[i + 1] ?? "");
  }
  return { text, eol };
}

export function fromLines(lines: Lines): string {
  return lines.text.map((t, i) => t + (lines.eol[i] ?? "")).join("");
}

/** The document's usual line ending, for lines a mutation adds. */
export function usualEol(lines: Lines): string {
  return lines.eol.find((e) => e !== "") ?? "\n";
}

const INDENT = /^[ \t>]*/;

export function indentOf(line: string): number {
  return (INDENT.exec(line)?.[0] ?? "").replace(/\t/g, "    ").length;
}

export const isBlank = (line: string): boolean => line.trim() === "";

/**
 * The lines after line `i` that belong to its list item: more indented than it, with blank lines
 * between them. Returns the index after the last one.
 */
export function itemEnd(lines: readonly string[], i: number): number {
  const own = indentOf(lines[i] as string);
  let end = i + 1;
  for (let j = i + 1; j < lines.length; j++) {
    const line = lines[j] as string;
    if (isBlank(line)) continue;
    if (indentOf(line) <= own) break;
    end = j + 1;
  }
  return end;
}

const HEADING = /^ {0,3}#{1,6}(\s|$)/;

export function isHeading(line: string): boolean {
  return HEADING.test(line);
}

export function headingLevel(line: string): number {
  return /^ {0,3}(#{1,6})/.exec(line)?.[1]?.length ?? 0;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** For each line, whether it is inside a fenced code block (its fence lines included). */
export function fenceMask(lines: readonly string[]): boolean[] {
  let open: string | null = null;
  return lines.map((line) => {
    const fence = FENCE.exec(line)?.[1];
    if (open === null) {
      if (fence) open = fence;
      return open !== null;
    }
    if (fence && fence[0] === open[0] && fence.length >= open.length && line.trim() === fence) open = null;
    return true;
  });
}

/** [start, end) of each section that opens with a heading of `level` (to the next heading of that level or higher). */
export function sections(lines: readonly string[], level: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const fenced = fenceMask(lines);
  let start = -1;
  lines.forEach((line, i) => {
    const l = !fenced[i] && isHeading(line) ? headingLevel(line) : 0;
    if (l > 0 && l <= level) {
      if (start >= 0) out.push([start, i]);
      start = l === level ? i : -1;
    }
  });
  if (start >= 0) out.push([start, lines.length]);
  return out;
}
