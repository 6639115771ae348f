/**
 * YAML read with js-yaml, keeping where each mapping and sequence sits in the file (js-yaml's
 * listener reports where it opens and closes every node), so a command found in a manifest or
 * compose file can name its line. Scalars are found inside their parent's span.
 */
import yaml from "js-yaml";
import type { Word } from "./shellSyntax.js";
import { alignDecoded, type ToFile } from "./sourceMap.js";

export interface Span {
  start: number;
  end: number;
}

export interface YamlFile {
  text: string;
  docs: unknown[];
  spans: WeakMap<object, Span>;
}

/** Parses every document; undefined when the text is not YAML. */
export function readYaml(text: string): YamlFile | undefined {
  const spans = new WeakMap<object, Span>();
  const stack: number[] = [];
  try {
    const docs: unknown[] = [];
    yaml.loadAll(
      text,
      (d) => {
        docs.push(d);
      },
      {
        json: true,
        listener(event, state) {
          if (event === "open") stack.push(state.position);
          else {
            const start = stack.pop() ?? 0;
            if (state.result !== null && typeof state.result === "object") spans.set(state.result as object, { start, end: state.position });
          }
        },
      },
    );
    return { text, docs, spans };
  } catch {
    return undefined;
  }
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** The span of the value of `key` in the block mapping `mapping` (up to the next sibling line). */
export function valueSpan(file: YamlFile, mapping: object, key: string): Span | undefined {
  const outer = file.spans.get(mapping);
  if (!outer) return undefined;
  const { text } = file;
  let first = outer.start;
  while (first < outer.end && /[\s-]/.test(text[first]!)) first++;
  const col = (i: number) => i - (text.lastIndexOf("\n", i - 1) + 1);
  const childCol = col(first);
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(`["']?${escaped}["']?[ \\t]*:(?=\\s|$)`, "g");
  re.lastIndex = first;
  for (let m = re.exec(text); m && m.index < outer.end; m = re.exec(text)) {
    if (col(m.index) !== childCol) continue;
    const lineStart = text.lastIndexOf("\n", m.index - 1) + 1;
    if (!/^[ \t]*(?:-[ \t]+)?$/.test(text.slice(lineStart, m.index))) continue;
    const start = m.index + m[0].length;
    let end = outer.end;
    for (let nl = text.indexOf("\n", start); nl !== -1 && nl < outer.end; nl = text.indexOf("\n", nl + 1)) {
      let k = nl + 1;
      while (text[k] === " " || text[k] === "\t") k++;
      if (k >= text.length || text[k] === "\n" || text[k] === "#" || text[k] === "\r") continue;
      const indent = k - (nl + 1);
      if (indent < childCol || (indent === childCol && !/^-[ \t]/.test(text.slice(k, k + 2)))) {
        end = nl;
        break;
      }
    }
    return { start, end };
  }
  return undefined;
}

/** Words for a YAML list of strings (exec form), located in order inside `span`. */
export function listWords(file: YamlFile, items: readonly unknown[], span: Span): Word[] | undefined {
  if (!items.every((i) => typeof i === "string" || typeof i === "number")) return undefined;
  const words: Word[] = [];
  let cursor = span.start;
  for (const item of items) {
    const value = String(item);
    const first = value.trimStart().split(/\s/)[0] ?? "";
    const found = first ? file.text.indexOf(first, cursor) : -1;
    const at = found !== -1 && found < span.end ? found : cursor;
    const toFile = alignDecoded(value, file.text, at, span.end);
    const offsets = [...value].map((_, k) => toFile(k));
    words.push({ value, start: offsets[0] ?? at, end: offsets[offsets.length - 1] ?? at, offsets, quoted: true });
    cursor = Math.max(cursor, (offsets[offsets.length - 1] ?? at) + 1);
  }
  return words;
}

/** A string scalar's mapping back to the file, when it sits inside `span`. */
export function scalarToFile(file: YamlFile, value: string, span: Span): ToFile {
  return alignDecoded(value, file.text, span.start, span.end);
}

/** A command written in YAML: a string (read as shell) or a list of words (exec form). */
export type YamlCommand = { kind: "shell"; value: string; toFile: ToFile } | { kind: "words"; words: Word[] };

export function yamlCommand(file: YamlFile, mapping: Record<string, unknown>, key: string): YamlCommand | undefined {
  const value = mapping[key];
  if (typeof value === "string") {
    const span = valueSpan(file, mapping, key);
    if (!span) return undefined;
    return { kind: "shell", value, toFile: scalarToFile(file, value, span) };
  }
  if (Array.isArray(value)) {
    const span = file.spans.get(value) ?? valueSpan(file, mapping, key);
    const words = span ? listWords(file, value, span) : undefined;
    return words ? { kind: "words", words } : undefined;
  }
  return undefined;
}
