/**
 * Down paths as facts (`{exists, empty, file, line}`), from a function body, a separate down
 * script, or a section of a SQL file; and the finders for down functions in brace languages.
 */
import type { Down, RepositoryView } from "./adapter.js";
import { braceBody, closing, isEmptyBody, type Body } from "./blocks.js";
import { tokenize, type Token } from "./source.js";

/** No down path at all; `file` is where it was looked for. */
export function missingDown(file: string | null): Down {
  return { exists: false, empty: true, file, line: null };
}

/** A down function (`def downgrade`, `Down(…)`) as found, or missing when `body` is null. */
export function bodyDown(file: string, body: Body | null): Down {
  if (!body) return missingDown(file);
  return { exists: true, empty: isEmptyBody(body.tokens), file, line: body.line };
}

/** SQL that holds at least one statement (comments and whitespace are not statements). */
export function sqlHasStatements(text: string): boolean {
  return tokenize(text, "sql").length > 0;
}

/** A down script beside the migration (`.down.sql`, `down.sql`, `U1__x.sql`). */
export function scriptDown(path: string | undefined, repo: RepositoryView, missingIn: string | null = null): Down {
  const text = path === undefined ? undefined : repo.read(path);
  if (path === undefined || text === undefined) return missingDown(missingIn);
  return { exists: true, empty: !sqlHasStatements(text), file: path, line: 1 };
}

/**
 * A section of a SQL file that starts at a marker line (`-- +goose Down`, `-- migrate:down`) and
 * runs to the next marker or the end. `markers` matches every marker line; `down` the down one.
 */
export function sqlSectionDown(file: string, text: string, markers: RegExp, down: RegExp): Down {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => down.test(l));
  if (start === -1) return missingDown(file);
  let end = start + 1;
  while (end < lines.length && !markers.test(lines[end]!)) end++;
  return { exists: true, empty: !sqlHasStatements(lines.slice(start + 1, end).join("\n")), file, line: start + 1 };
}

const isPunct = (t: Token | undefined, text: string): boolean => t?.kind === "punct" && t.text === text;

/**
 * The body of a JS/TS function or method named `name`, written any way migration generators and
 * people write it: `exports.down = …`, `module.exports = { async down() {} }`,
 * `export async function down(…)`, `public async down(q: QueryRunner): Promise<void> {…}`,
 * `down: (knex) => knex.schema.dropTable("x")`, or `exports.down = false` (an empty down).
 */
export function jsFunctionBody(tokens: Token[], name: string): Body | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word" || t.text !== name) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // `this.down()`, `knex.down` are uses; only `exports.down` is a definition through a dot.
    if (isPunct(prev, ".") && tokens[i - 2]?.text !== "exports") continue;
    if (isPunct(next, "(")) {
      const close = closing(tokens, i + 1);
      const after = tokens[close + 1];
      if (close !== -1 && (isPunct(after, "{") || isPunct(after, ":"))) return braceBody(tokens, close + 1, t.line);
    } else if (isPunct(next, "=") || isPunct(next, ":")) {
      return valueBody(tokens, i + 2, t.line);
    }
  }
  return null;
}

/** The body of the function value starting at `at` (or an empty body for `false`/`null`). */
function valueBody(tokens: Token[], at: number, line: number): Body | null {
  const first = tokens[at];
  if (!first) return null;
  if (first.kind === "word" && ["false", "null", "undefined"].includes(first.text)) return { line, tokens: [] };
  // A reference to a named function: `exports.down = down;`.
  if (first.kind === "word" && !["async", "function"].includes(first.text) && !isPunct(tokens[at + 1], "=>")) {
    const def = tokens.findIndex((u, k) => u.text === first.text && tokens[k - 1]?.text === "function");
    return def === -1 ? null : braceBody(tokens, def, line);
  }
  let depth = 0;
  for (let j = at; j < tokens.length; j++) {
    const u = tokens[j]!;
    if (isPunct(u, "(") || isPunct(u, "[")) depth++;
    else if (isPunct(u, ")") || isPunct(u, "]")) depth--;
    else if (depth === 0 && isPunct(u, "{")) return braceBody(tokens, j, line);
    else if (depth === 0 && isPunct(u, "=>")) {
      if (isPunct(tokens[j + 1], "{")) return braceBody(tokens, j + 1, line);
      return { line, tokens: expression(tokens, j + 1) };
    } else if (depth === 0 && (isPunct(u, ";") || isPunct(u, ","))) return null;
  }
  return null;
}

/** An arrow function's expression body: up to `;` or `,` at depth 0, or the enclosing `}`/`)`. */
function expression(tokens: Token[], from: number): Token[] {
  let depth = 0;
  let j = from;
  for (; j < tokens.length; j++) {
    const u = tokens[j]!;
    if (u.kind === "punct" && ["(", "[", "{"].includes(u.text)) depth++;
    else if (u.kind === "punct" && [")", "]", "}"].includes(u.text)) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && u.kind === "punct" && (u.text === ";" || u.text === ",")) break;
  }
  return tokens.slice(from, j);
}

/**
 * The body of a method declared as `name(…) {…}` in C#, PHP or Go (`protected override void
 * Down(MigrationBuilder b)`, `public function down(): void`, `func downX(tx *sql.Tx) error`).
 */
export function methodBody(tokens: Token[], name: string): Body | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word" || t.text !== name || !isPunct(tokens[i + 1], "(")) continue;
    const prev = tokens[i - 1];
    // A call (`$this->down()`, `x.Down(b)`) is not a declaration.
    if (prev && prev.kind === "punct" && [".", "->", "::", "=", "(", ","].includes(prev.text)) continue;
    const close = closing(tokens, i + 1);
    if (close === -1) continue;
    const body = braceBody(tokens, close + 1, t.line);
    if (body) return body;
  }
  return null;
}
