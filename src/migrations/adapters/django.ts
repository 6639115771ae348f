/**
 * Django: `<app>/migrations/NNNN_name.py` holding `class Migration` with `dependencies` and
 * `operations`. The id is `app.NNNN_name`; the parents are the dependencies on the same app (a
 * dependency on another app is like Alembic's `depends_on`, not a down revision). Django reverses
 * operations itself, except `RunPython` without `reverse_code` and `RunSQL` without `reverse_sql`.
 */
import { baseName, dirName, MigrationParseError, stem, type Adapter, type Down } from "../adapter.js";
import { callArgs, closing, findWord } from "../blocks.js";
import { tokenize, type Token } from "../source.js";
import { fileRecord } from "./common.js";

/** Operations Django cannot reverse unless given their reverse argument. */
const REVERSIBLE_ONLY_WITH: Record<string, string> = { RunPython: "reverse_code", RunSQL: "reverse_sql" };

function appOf(path: string): string {
  return baseName(dirName(dirName(path)));
}

/** The `[ … ]` value assigned to `name` inside the class body. */
function listValue(tokens: Token[], name: string, from: number): { line: number; items: Token[] } | null {
  const at = findWord(tokens, name, from, (i) => tokens[i]!.first && tokens[i + 1]?.text === "=");
  if (at === -1) return null;
  const open = at + 2;
  if (tokens[open]?.text !== "[") return { line: tokens[at]!.line, items: [] };
  const close = closing(tokens, open);
  return { line: tokens[at]!.line, items: tokens.slice(open + 1, close === -1 ? tokens.length : close) };
}

/** Same-app parents from `dependencies = [("app", "0006_x"), …]`. */
function parentsOf(file: string, app: string, items: Token[]): string[] {
  const parents: string[] = [];
  for (let i = 0; i < items.length; i++) {
    if (items[i]!.text !== "(") continue;
    const close = closing(items, i);
    const pair = items.slice(i + 1, close).filter((t) => t.kind === "string");
    // `migrations.swappable_dependency(settings.AUTH_USER_MODEL)` names no migration: skip it.
    if (pair.length === 2 && pair[0]!.text === app && !pair[1]!.text.startsWith("__")) parents.push(`${app}.${pair[1]!.text}`);
    else if (pair.length !== 2 && items[i - 1]?.kind !== "word") {
      throw new MigrationParseError(file, "a dependency is not an (app, migration) pair", items[i]!.line);
    }
    i = close;
  }
  return parents;
}

function downOf(file: string, operations: { line: number; items: Token[] }): Down {
  const items = operations.items;
  for (let i = 0; i < items.length; i++) {
    const reverse = REVERSIBLE_ONLY_WITH[items[i]!.text];
    if (!reverse || items[i + 1]?.text !== "(") continue;
    const args = callArgs(items, i);
    if (args.positional.length < 2 && !args.keywords.has(reverse)) return { exists: false, empty: true, file, line: items[i]!.line };
  }
  return { exists: true, empty: false, file, line: operations.line };
}

export const django: Adapter = {
  id: "django",
  name: "Django migrations",
  aliases: ["manage.py migrate", "manage.py"],
  versioned: true,
  supportsDown: true,
  candidate: (path) => /(^|\/)migrations\/\d{4}_[^/]*\.py$/.test(path),
  sniff: (text) => /^class\s+Migration\b/m.test(text),
  read(file) {
    const tokens = tokenize(file.text, "python");
    const cls = findWord(tokens, "Migration", 0, (i) => tokens[i - 1]?.text === "class");
    if (cls === -1) throw new MigrationParseError(file.path, "no `class Migration`");
    const app = appOf(file.path);
    const name = stem(file.path);
    const dependencies = listValue(tokens, "dependencies", cls);
    const operations = listValue(tokens, "operations", cls);
    if (!operations) throw new MigrationParseError(file.path, "no `operations = [...]` in class Migration", tokens[cls]!.line);
    return [
      fileRecord("django", file.path, {
        id: `${app}.${name}`,
        names: [name],
        line: tokens[cls]!.line,
        parents: dependencies ? parentsOf(file.path, app, dependencies.items) : [],
        down: downOf(file.path, operations),
      }),
    ];
  },
  canonical(ref, context) {
    const name = baseName(ref.trim()).replace(/\.py$/, "");
    if (name.includes(".")) return name;
    return context ? `${context.id.slice(0, context.id.indexOf("."))}.${name}` : name;
  },
};
