/**
 * Shell text → the simple commands that run when it runs. sh-syntax (mvdan/sh) checks the text
 * is shell and splits it into top-level statements (here-document bodies and comments between
 * statements fall outside them); ./shellSyntax.ts reads the words and structure inside each
 * statement. Functions run where they are called; a command behind a guard runs unless the
 * guard is provably off as shipped (README: a flag that defaults to off and that nothing in the
 * repository turns on), so an unknown condition counts as running (fail closed).
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { getProcessor } from "sh-syntax";
import { readStatements, type Exec, type Guard, type ShellProgram, type Word } from "./shellSyntax.js";

type Processor = ReturnType<typeof getProcessor>;
let processor: Processor | undefined;

function wasmPath(): string {
  const candidates: string[] = [];
  try {
    candidates.push(createRequire(import.meta.url).resolve("sh-syntax/main.wasm"));
  } catch {
    // bundled: the wasm file is shipped beside the bundle
  }
  candidates.push(fileURLToPath(new URL("./sh-syntax.wasm", import.meta.url)));
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) throw new Error("sh-syntax main.wasm not found");
  return found;
}

function shProcessor(): Processor {
  if (!processor) {
    // Compile once; each parse then only instantiates the module.
    const module = new WebAssembly.Module(fs.readFileSync(wasmPath()));
    processor = getProcessor((imports) => WebAssembly.instantiate(module, imports));
  }
  return processor;
}

/** Top-level statement spans per sh-syntax, or the whole text when it is not valid shell. */
async function statementSpans(text: string): Promise<Array<[number, number]>> {
  try {
    const file = await shProcessor()(text, { keepComments: false });
    return file.Stmts.map((s) => [s.Pos.Offset, s.End.Offset] as [number, number]);
  } catch {
    // Not valid shell (or a dialect sh-syntax rejects): read it tolerantly rather than skip it.
    return [[0, text.length]];
  }
}

const cache = new Map<string, Promise<ShellProgram>>();

/** Parses shell text (cached: the same script is read once per scan). */
export function parseShell(text: string): Promise<ShellProgram> {
  let p = cache.get(text);
  if (!p) {
    p = (async () => {
      const program: ShellProgram = { execs: [], functions: new Map() };
      const spans = await statementSpans(text);
      // Offsets are UTF-8 bytes in mvdan/sh; map them to string indices when the text is not ASCII.
      const toIndex = byteToIndex(text);
      for (const [s, e] of spans) {
        readStatements(text, program, toIndex(s), toIndex(e));
      }
      return program;
    })();
    if (cache.size > 2000) cache.clear();
    cache.set(text, p);
  }
  return p;
}

function byteToIndex(text: string): (byte: number) => number {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return (b) => b;
  const map: number[] = [];
  const enc = new TextEncoder();
  for (let i = 0; i < text.length; i++) {
    const n = enc.encode(text[i]!).length;
    for (let k = 0; k < n; k++) map.push(i);
  }
  return (b) => (b >= map.length ? text.length : map[b]!);
}

/**
 * What the repository says about environment variables (Dockerfile ENV, compose environment and
 * env files, manifests, systemd Environment=), and the positional arguments of the script when
 * the caller knows them (the CMD given to an ENTRYPOINT script).
 */
export interface Environment {
  vars: ReadonlyMap<string, ReadonlySet<string>>;
  args?: readonly string[];
}

interface Possible {
  canTrue: boolean;
  canFalse: boolean;
}
const UNKNOWN: Possible = { canTrue: true, canFalse: true };

/** The values a word can take, or undefined when that is not known. */
function candidates(value: string, env: Environment): string[] | undefined {
  if (!value.includes("$")) return [value];
  const m = /^\$(?:(\w+)|\{(\w+)(?:(:?[-=])([^}]*))?\})$/.exec(value);
  if (!m) return undefined;
  const name = m[1] ?? m[2]!;
  const op = m[3];
  const fallback = m[4] ?? "";
  const apply = (v: string | undefined) => (v === undefined || (op?.startsWith(":") && v === "") ? (op ? fallback : "") : v);
  if (/^\d+$/.test(name)) {
    if (!env.args) return undefined;
    return [apply(env.args[Number(name) - 1])];
  }
  const set = env.vars.get(name);
  return [apply(undefined), ...[...(set ?? [])].map(apply)];
}

function evalTest(words: Word[], env: Environment): Possible {
  let vals = words.map((w) => w.value);
  if (vals[0] === "[" && vals[vals.length - 1] === "]") vals = vals.slice(1, -1);
  else if (vals[0] === "[[" && vals[vals.length - 1] === "]]") vals = vals.slice(1, -1);
  else if (vals[0] === "test") vals = vals.slice(1);
  else return UNKNOWN;
  let negate = false;
  if (vals[0] === "!") {
    negate = true;
    vals = vals.slice(1);
  }
  const flip = (p: Possible): Possible => (negate ? { canTrue: p.canFalse, canFalse: p.canTrue } : p);
  const over = (xs: string[] | undefined, f: (x: string) => boolean): Possible =>
    xs ? { canTrue: xs.some(f), canFalse: xs.some((x) => !f(x)) } : UNKNOWN;
  if (vals.length === 1) return flip(over(candidates(vals[0]!, env), (x) => x !== ""));
  if (vals.length === 2 && (vals[0] === "-n" || vals[0] === "-z")) {
    const empty = vals[0] === "-z";
    return flip(over(candidates(vals[1]!, env), (x) => (x === "") === empty));
  }
  if (vals.length === 3 && ["=", "==", "!="].includes(vals[1]!)) {
    const a = candidates(vals[0]!, env);
    const b = candidates(vals[2]!, env);
    if (!a || !b) return UNKNOWN;
    const pairs = a.flatMap((x) => b.map((y) => [x, y] as const));
    const eq = vals[1] !== "!=";
    return flip(over(pairs.map(([x, y]) => `${x}\0${y}`), (p) => {
      const [x, y] = p.split("\0");
      return (x === y) === eq;
    }));
  }
  return UNKNOWN;
}

function globToRegExp(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()|\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${body}$`);
}

/** Can the command behind these guards run, as the repository ships it? */
export function guardsAllow(guards: readonly Guard[], env: Environment): boolean {
  return guards.every((g) => {
    if (g.kind === "case") {
      const subject = candidates(g.subject.value, env);
      if (!subject) return true;
      const matches = (patterns: string[], s: string) => patterns.some((p) => globToRegExp(p).test(s));
      return subject.some((s) => matches(g.patterns, s) && !matches(g.earlier, s));
    }
    if (!g.tests) return true;
    const results = g.tests.map((t) => evalTest(t, env));
    return g.negated ? results.some((r) => r.canFalse) : results.every((r) => r.canTrue);
  });
}

const MAX_CALL_DEPTH = 8;

/** The commands of a parsed script that can run, with function calls expanded in place. */
export function runnableCommands(program: ShellProgram, env: Environment): Exec[] {
  const out: Exec[] = [];
  const expand = (execs: Exec[], outer: Guard[], stack: string[], scope: Environment) => {
    for (const e of execs) {
      const guards = [...outer, ...e.guards];
      if (!guardsAllow(e.guards, scope)) continue;
      const first = e.words.find((w) => !/^\w+=/.test(w.value));
      const body = first ? program.functions.get(first.value) : undefined;
      if (body && first && !stack.includes(first.value) && stack.length < MAX_CALL_DEPTH) {
        const callArgs = e.words.slice(e.words.indexOf(first) + 1).map((w) => w.value);
        const literal = callArgs.every((a) => !a.includes("$"));
        expand(body, guards, [...stack, first.value], { vars: scope.vars, args: literal ? callArgs : undefined });
        continue;
      }
      out.push({ words: e.words, guards });
    }
  };
  expand(program.execs, [], [], env);
  return out;
}
