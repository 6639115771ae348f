/**
 * Alembic (and Flask-Migrate, which wraps it): `versions/*.py` holding `revision`,
 * `down_revision` (a string, a tuple for a merge, or None), `branch_labels`, `depends_on`.
 * `downgrade()` that is empty or only `pass` is not a down path.
 */
import { MigrationParseError, type Adapter } from "../adapter.js";
import { findWord, indentedBody } from "../blocks.js";
import { bodyDown } from "../down.js";
import { tokenize, type Token } from "../source.js";
import { fileRecord } from "./common.js";

/** The value of a module-level `name = …` or `name: Type = …` assignment. */
export function moduleAssignment(tokens: Token[], name: string): { line: number; value: Token[] } | null {
  const at = findWord(tokens, name, 0, (i) => tokens[i]!.first && tokens[i]!.col === 0);
  if (at === -1) return null;
  let eq = at + 1;
  while (eq < tokens.length && tokens[eq]!.line === tokens[at]!.line && tokens[eq]!.text !== "=") eq++;
  if (tokens[eq]?.text !== "=") return null;
  const value: Token[] = [];
  for (let i = eq + 1; i < tokens.length && !(tokens[i]!.first && tokens[i]!.col === 0); i++) value.push(tokens[i]!);
  return { line: tokens[at]!.line, value };
}

/** Strings of a Python value: `"a"`, `("a", "b")`, `["a"]`; [] for None. */
function strings(file: string, name: string, value: Token[], line: number): string[] {
  const words = value.filter((t) => t.kind === "word");
  if (words.length === 1 && words[0]!.text === "None") return [];
  if (words.length > 0) throw new MigrationParseError(file, `${name} is not a string, a tuple of strings or None`, line);
  return value.filter((t) => t.kind === "string").map((t) => t.text);
}

export const alembic: Adapter = {
  id: "alembic",
  name: "Alembic",
  aliases: ["flask-migrate", "flask migrate"],
  versioned: true,
  supportsDown: true,
  candidate: (path) => /(^|\/)versions\/[^/]+\.py$/.test(path),
  sniff: (text) => /^revision\s*(:[^=\n]*)?=/m.test(text),
  read(file) {
    const tokens = tokenize(file.text, "python");
    const revision = moduleAssignment(tokens, "revision");
    const id = revision?.value.length === 1 && revision.value[0]!.kind === "string" ? revision.value[0]!.text : null;
    if (!revision || !id) throw new MigrationParseError(file.path, 'no `revision = "…"` string assignment', revision?.line);
    const down = moduleAssignment(tokens, "down_revision");
    if (!down) throw new MigrationParseError(file.path, "no `down_revision` assignment", revision.line);
    const def = findWord(tokens, "downgrade", 0, (i) => tokens[i - 1]?.text === "def");
    return [
      fileRecord("alembic", file.path, {
        id,
        line: revision.line,
        parents: strings(file.path, "down_revision", down.value, down.line),
        down: bodyDown(file.path, def === -1 ? null : indentedBody(tokens, def)),
      }),
    ];
  },
  // A file name (`4f2c1a9b7d3e_create_items.py`) names the revision before its slug.
  canonical: (ref) => /^(?:.*\/)?([^/_]+)_[^/]*\.py$/.exec(ref.trim())?.[1] ?? ref.trim(),
};
