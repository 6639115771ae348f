/**
 * Rails and Ecto reverse a `change` method themselves, except for commands they cannot invert:
 * those are the rules below (one table per tool). A `change` holding one is not a down path; a
 * `reversible`/`up_only` block (Rails) states its own reversal and is skipped.
 */
import type { Down } from "../adapter.js";
import { callArgs, endBody, findWord, type CallArgs } from "../blocks.js";
import type { Token } from "../source.js";
import { bodyDown, missingDown } from "../down.js";

export interface IrreversibleRule {
  command: string;
  /** The call is reversible after all (given a type, a block, `from:`/`to:`, …). */
  reversibleWhen?: (args: CallArgs) => boolean;
}

/** Blocks whose content does not count (they say how to reverse themselves). */
const SELF_REVERSING = new Set(["reversible", "up_only"]);

/** The first call in `body` that `rules` make irreversible, or null. */
function irreversibleCall(body: Token[], rules: IrreversibleRule[]): Token | null {
  for (let i = 0; i < body.length; i++) {
    const t = body[i]!;
    if (t.kind !== "word" || body[i - 1]?.text === "." || body[i - 1]?.text === ":") continue;
    if (SELF_REVERSING.has(t.text) && t.first) {
      // Skip to the end of the block: the next line that starts at or left of this one.
      let j = i + 1;
      while (j < body.length && !(body[j]!.first && body[j]!.col <= t.col)) j++;
      i = j; // the `end` itself
      continue;
    }
    if (t.text === "raise") return t;
    const rule = rules.find((r) => r.command === t.text);
    if (rule && !rule.reversibleWhen?.(callArgs(body, i))) return t;
  }
  return null;
}

/**
 * The down path of a Ruby/Elixir migration: `def down` (or `def self.down`) when present, else a
 * `def change` without irreversible commands, else none.
 */
export function endLanguageDown(file: string, tokens: Token[], rules: IrreversibleRule[]): Down {
  const isDef = (i: number): boolean => tokens[i - 1]?.text === "def" || (tokens[i - 1]?.text === "." && tokens[i - 3]?.text === "def");
  const down = findWord(tokens, "down", 0, isDef);
  if (down !== -1) return bodyDown(file, endBody(tokens, down));
  const change = findWord(tokens, "change", 0, isDef);
  if (change === -1) return missingDown(file);
  const body = endBody(tokens, change);
  if (!body) return missingDown(file);
  const bad = irreversibleCall(body.tokens, rules);
  if (bad) return { exists: false, empty: true, file, line: bad.line };
  return { exists: true, empty: body.tokens.length === 0, file, line: body.line };
}

export const hasKeyword =
  (...names: string[]) =>
  (args: CallArgs): boolean =>
    names.every((n) => args.keywords.has(n));
