/**
 * Reading structure from tokens (source.ts): the body of a function or method, the arguments of
 * a call, and whether a down body does anything. Three block styles cover every supported
 * language: braces (JS/TS, PHP, C#, Go), indentation (Python) and `do`/`def` … `end` closed at
 * the opening line's indentation (Ruby, Elixir), which is how generated migrations are laid out.
 */
import type { Token } from "./source.js";

export interface Body {
  /** Line of the definition (`def downgrade`, `async down(`). */
  line: number;
  tokens: Token[];
}

const OPEN: Record<string, string> = { "(": ")", "[": "]", "{": "}" };

/** Index of the bracket closing the one at `open`, or -1. */
export function closing(tokens: Token[], open: number): number {
  const stack: string[] = [];
  for (let i = open; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "punct") continue;
    if (OPEN[t.text]) stack.push(OPEN[t.text]!);
    else if (t.text === stack[stack.length - 1]) {
      stack.pop();
      if (stack.length === 0) return i;
    }
  }
  return -1;
}

/** The tokens between the first `{` at or after `from` and its closing `}`. */
export function braceBody(tokens: Token[], from: number, line: number): Body | null {
  let open = from;
  while (open < tokens.length && !(tokens[open]!.kind === "punct" && tokens[open]!.text === "{")) {
    // A `;` or `=>`-less end before any brace means a declaration without a body.
    if (tokens[open]!.kind === "punct" && tokens[open]!.text === ";") return null;
    open++;
  }
  const close = closing(tokens, open);
  if (open >= tokens.length || close === -1) return null;
  return { line, tokens: tokens.slice(open + 1, close) };
}

/** Indentation of the line `tokens[i]` is on (the column of that line's first token). */
function indentOf(tokens: Token[], i: number): number {
  let j = i;
  while (j > 0 && !tokens[j]!.first) j--;
  return tokens[j]!.col;
}

/**
 * Python: the statements after the `:` that ends the `def` at `def`, either on the same line or
 * on the following lines indented deeper than the `def`.
 */
export function indentedBody(tokens: Token[], def: number): Body | null {
  const paren = tokens.findIndex((t, i) => i > def && t.kind === "punct" && t.text === "(");
  const close = paren === -1 ? -1 : closing(tokens, paren);
  if (close === -1) return null;
  let colon = close + 1;
  while (colon < tokens.length && !(tokens[colon]!.kind === "punct" && tokens[colon]!.text === ":")) colon++;
  if (colon >= tokens.length) return null;
  const defIndent = indentOf(tokens, def);
  const colonLine = tokens[colon]!.line;
  const body: Token[] = [];
  for (let i = colon + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.first && t.line !== colonLine && t.col <= defIndent) break;
    body.push(t);
  }
  return { line: tokens[def]!.line, tokens: body };
}

/**
 * Ruby and Elixir: the tokens after the line of the opener at `def` up to the `end` that sits at
 * the opener's indentation (or, for a one-line `def x; …; end`/`def x, do: …`, the rest of that line).
 */
export function endBody(tokens: Token[], def: number): Body | null {
  const indent = indentOf(tokens, def);
  const line = tokens[def]!.line;
  const body: Token[] = [];
  let i = def + 1;
  // Skip the rest of the opener line (name, arguments, `do`), except a one-line body.
  const sameLine: Token[] = [];
  for (; i < tokens.length && tokens[i]!.line === line; i++) sameLine.push(tokens[i]!);
  const doComma = sameLine.findIndex((t, k) => t.text === "do" && sameLine[k + 1]?.text === ":");
  if (doComma !== -1) return { line, tokens: sameLine.slice(doComma + 2) };
  const semi = sameLine.findIndex((t) => t.text === ";");
  if (semi !== -1 && sameLine[sameLine.length - 1]?.text === "end") return { line, tokens: sameLine.slice(semi + 1, -1) };
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    // The closing `end` (or, tolerantly, anything dedented to the opener) ends the body.
    if (t.first && t.col <= indent) break;
    body.push(t);
  }
  return { line, tokens: body };
}

/** Words that do nothing on their own in a down body (`pass`, `return Promise.resolve()`, `...`). */
const TRIVIAL = new Set(["pass", "return", "None", "nil", "null", "undefined", "void", "await", "Promise", "resolve", "noop"]);
const RAISES = new Set(["raise", "throw"]);

/**
 * A down body is empty when nothing but comments, strings, punctuation and trivial words remain,
 * or when it starts by raising: a down that raises first can never reverse anything
 * (`raise ActiveRecord::IrreversibleMigration`, `throw new Error("irreversible")`).
 */
export function isEmptyBody(body: Token[]): boolean {
  const meaningful = body.filter((t) => t.kind === "word" && !TRIVIAL.has(t.text));
  return meaningful.length === 0 || RAISES.has(meaningful[0]!.text);
}

export interface CallArgs {
  positional: Token[][];
  keywords: Map<string, Token[]>;
  /** Index just past the arguments (and past a trailing `do`/`{` block, when `block` is true). */
  end: number;
  /** The call is followed by a block (`drop_table :x do |t|`, `drop_table(:x) { … }`). */
  block: boolean;
}

/**
 * Arguments of the call whose name is at `name`: a parenthesised list, or (Ruby, Elixir) the rest
 * of the line plus lines continued by a trailing comma or an open bracket. `key: value` and
 * `key => value` are keywords; everything else is positional.
 */
export function callArgs(tokens: Token[], name: number): CallArgs {
  const next = tokens[name + 1];
  let args: Token[];
  let end: number;
  if (next && next.kind === "punct" && next.text === "(" && next.line === tokens[name]!.line) {
    const close = closing(tokens, name + 1);
    end = close === -1 ? tokens.length : close + 1;
    args = tokens.slice(name + 2, close === -1 ? tokens.length : close);
  } else {
    let i = name + 1;
    let depth = 0;
    for (; i < tokens.length; i++) {
      const t = tokens[i]!;
      const prev = tokens[i - 1]!;
      if (t.first && depth === 0 && !(prev.kind === "punct" && (prev.text === "," || OPEN[prev.text]))) break;
      if (depth === 0 && t.kind === "word" && t.text === "do") break;
      if (t.kind === "punct" && OPEN[t.text]) depth++;
      if (t.kind === "punct" && [")", "]", "}"].includes(t.text)) depth--;
    }
    end = i;
    args = tokens.slice(name + 1, i);
  }
  const blockToken = tokens[end];
  const block = !!blockToken && blockToken.line === tokens[end - 1]?.line && (blockToken.text === "do" || blockToken.text === "{");
  const positional: Token[][] = [];
  const keywords = new Map<string, Token[]>();
  let current: Token[] = [];
  let depth = 0;
  const flush = (): void => {
    if (current.length === 0) return;
    const [a, b] = current;
    if (a?.kind === "word" && b?.kind === "punct" && (b.text === ":" || b.text === "=>" || b.text === "=") && current.length > 2) {
      keywords.set(a.text, current.slice(2));
    } else if (a?.kind === "punct" && a.text === ":" && b?.kind === "word" && current[2]?.text === "=>") {
      keywords.set(b.text, current.slice(3));
    } else positional.push(current);
    current = [];
  };
  for (const t of args) {
    if (t.kind === "punct" && OPEN[t.text]) depth++;
    if (t.kind === "punct" && [")", "]", "}"].includes(t.text)) depth--;
    if (depth === 0 && t.kind === "punct" && t.text === ",") flush();
    else current.push(t);
  }
  flush();
  return { positional, keywords, end, block };
}

/** Index of the first word token `name` at or after `from` for which `where` holds, or -1. */
export function findWord(tokens: Token[], name: string, from = 0, where: (i: number) => boolean = () => true): number {
  for (let i = from; i < tokens.length; i++) if (tokens[i]!.kind === "word" && tokens[i]!.text === name && where(i)) return i;
  return -1;
}
