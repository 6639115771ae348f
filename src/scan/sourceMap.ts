/**
 * Positions: offsets in a file to 1-based line and column, and the way back from a decoded string
 * (a JSON or YAML scalar, after escapes and folding) to the file it was read from, so a finding in
 * `command: ["sh", "-c", "…"]` or a folded YAML block names the physical line of its first token.
 */

/** Maps an offset in a decoded string to an offset in its file. */
export type ToFile = (offset: number) => number;

export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
  lineStart(line: number): number {
    return this.starts[line - 1] ?? this.text.length;
  }
  lineText(line: number): string {
    const s = this.lineStart(line);
    const e = this.text.indexOf("\n", s);
    return this.text.slice(s, e === -1 ? this.text.length : e).replace(/\r$/, "");
  }
  get lineCount(): number {
    return this.starts.length;
  }
}

/**
 * Aligns `decoded` with `source[from, to)` greedily: each character is matched to the next equal
 * source character, skipping quotes, escapes, indentation and line breaks. Good enough for line
 * numbers of words in quoted, block and folded scalars.
 */
export function alignDecoded(decoded: string, source: string, from: number, to: number): ToFile {
  const map = new Array<number>(decoded.length);
  let j = from;
  for (let i = 0; i < decoded.length; i++) {
    const c = decoded[i]!;
    const limit = /\s/.test(c) ? to : Math.min(to, j + 8);
    let k = j;
    while (k < limit && source[k] !== c && !(/\s/.test(c) && /\s/.test(source[k]!))) k++;
    if (k < limit) {
      map[i] = k;
      j = k + 1;
    } else map[i] = Math.min(j, to);
  }
  return (offset) => (offset < map.length ? map[offset]! : Math.min(j, to));
}

/** Decodes the JSON string literal starting at `start` (the opening quote). */
export function decodeJsonString(source: string, start: number): { value: string; offsets: number[]; end: number } {
  let value = "";
  const offsets: number[] = [];
  let i = start + 1;
  const SIMPLE: Record<string, string> = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f", "/": "/", "\\": "\\", '"': '"' };
  while (i < source.length && source[i] !== '"') {
    if (source[i] === "\\") {
      const e = source[i + 1] ?? "";
      if (e === "u") {
        value += String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16));
        offsets.push(i);
        i += 6;
      } else {
        value += SIMPLE[e] ?? e;
        offsets.push(i + 1);
        i += 2;
      }
    } else {
      value += source[i];
      offsets.push(i);
      i++;
    }
  }
  return { value, offsets, end: i + 1 };
}
