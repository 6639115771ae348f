/**
 * Words and structure inside one shell statement. sh-syntax (mvdan/sh as wasm) decides where
 * statements begin and end and whether the text is shell at all (see ./shell.ts), but its JSON
 * AST stops at statement positions (a `Cmd` carries only Pos/End), so the words, quoting,
 * here-documents and the if/case/function structure inside a statement are read here.
 *
 * Every word keeps, for each character of its unquoted value, the offset in the source text it
 * came from, so a finding inside `sh -c "..."` can still name its physical line.
 */

export interface Word {
  /** The word after quote removal; `$VAR`, `${…}`, `$(…)` are kept as written. */
  value: string;
  start: number;
  end: number;
  /** Source offset of each character of `value`. */
  offsets: number[];
  /** Some part of the word was quoted (so it is never a reserved word). */
  quoted: boolean;
}

type Token = { kind: "word"; word: Word } | { kind: "op"; op: string; start: number };

const META = new Set(["|", "&", ";", "(", ")", "<", ">", "\n", " ", "\t", "\r"]);
const OPS = ["&&", "||", ";;&", ";;", ";&", "|&", ";", "&", "|", "(", ")", "\n"];
const REDIRECTS = ["&>>", "&>", "<<<", "<<-", "<<", ">>", ">&", "<&", ">|", "<>", ">", "<"];

/** Copies a balanced `$(…)`, `${…}` or backquoted region as written; returns the index after it. */
function skipBalanced(text: string, i: number, open: string, close: string, limit: number): number {
  let depth = 0;
  for (let j = i; j < limit; j++) {
    const c = text[j];
    if (c === "\\") {
      j++;
      continue;
    }
    if (c === "'" && open !== "`") {
      const k = text.indexOf("'", j + 1);
      j = k === -1 ? limit : Math.min(k, limit);
      continue;
    }
    if (c === open && open !== close) depth++;
    else if (c === close) {
      if (open === close) {
        if (j > i) return j + 1;
      } else if (--depth === 0) return j + 1;
    }
  }
  return limit;
}

export function tokenize(text: string, from = 0, limit = text.length): Token[] {
  const tokens: Token[] = [];
  const heredocs: { delim: string; strip: boolean }[] = [];
  let i = from;
  let pendingRedirect = false;
  let pendingHeredoc: { strip: boolean } | undefined;
  while (i < limit) {
    const c = text[i]!;
    if (c === " " || c === "\t" || c === "\r") {
      i++;
      continue;
    }
    if (c === "\\" && text[i + 1] === "\n") {
      i += 2;
      continue;
    }
    if (c === "#") {
      while (i < limit && text[i] !== "\n") i++;
      continue;
    }
    if (c === "\n") {
      tokens.push({ kind: "op", op: "\n", start: i });
      i++;
      // Here-document bodies start on the line after the operator: data, not commands.
      for (const h of heredocs.splice(0)) {
        while (i < limit) {
          const found = text.indexOf("\n", i);
          const eol = found === -1 || found > limit ? limit : found;
          const line = text.slice(i, eol);
          i = eol + 1;
          if ((h.strip ? line.replace(/^\t+/, "") : line) === h.delim) break;
        }
      }
      continue;
    }
    const redirect = /^\d*/.exec(text.slice(i, i + 4))![0];
    const afterDigits = i + redirect.length;
    const red = REDIRECTS.find((r) => text.startsWith(r, afterDigits));
    if (red) {
      i = afterDigits + red.length;
      if (red === "<<" || red === "<<-") pendingHeredoc = { strip: red === "<<-" };
      else if (!((red === ">&" || red === "<&") && /^[\d-]/.test(text[i] ?? ""))) pendingRedirect = true;
      else while (/[\d-]/.test(text[i] ?? "")) i++;
      continue;
    }
    const op = OPS.find((o) => text.startsWith(o, i));
    if (op) {
      tokens.push({ kind: "op", op, start: i });
      i += op.length;
      continue;
    }
    // A word.
    const start = i;
    let value = "";
    const offsets: number[] = [];
    let quoted = false;
    const push = (s: string, at: number) => {
      for (let k = 0; k < s.length; k++) {
        value += s[k];
        offsets.push(at + k);
      }
    };
    while (i < limit && !META.has(text[i]!)) {
      const ch = text[i]!;
      if (ch === "\\") {
        if (text[i + 1] === "\n") i += 2;
        else {
          if (i + 1 < limit) push(text[i + 1]!, i + 1);
          i += 2;
        }
      } else if (ch === "'") {
        quoted = true;
        const k = text.indexOf("'", i + 1);
        const stop = k === -1 ? limit : Math.min(k, limit);
        push(text.slice(i + 1, stop), i + 1);
        i = stop + 1;
      } else if (ch === "$" && text[i + 1] === "'") {
        quoted = true;
        let k = i + 2;
        while (k < limit && text[k] !== "'") k += text[k] === "\\" ? 2 : 1;
        push(text.slice(i + 2, k), i + 2);
        i = k + 1;
      } else if (ch === '"') {
        quoted = true;
        i++;
        while (i < limit && text[i] !== '"') {
          const d = text[i]!;
          // A backslash at the very end escapes nothing ("".includes is true for any string).
          const next = i + 1 < limit ? text[i + 1]! : "";
          if (d === "\\" && next !== "" && '$`"\\\n'.includes(next)) {
            if (next !== "\n") push(next, i + 1);
            i += 2;
          } else if (d === "$" && (text[i + 1] === "(" || text[i + 1] === "{")) {
            const stop = skipBalanced(text, i + 1, text[i + 1]!, text[i + 1] === "(" ? ")" : "}", limit);
            push(text.slice(i, stop), i);
            i = stop;
          } else if (d === "`") {
            const stop = skipBalanced(text, i, "`", "`", limit);
            push(text.slice(i, stop), i);
            i = stop;
          } else {
            push(d, i);
            i++;
          }
        }
        i++;
      } else if (ch === "$" && (text[i + 1] === "(" || text[i + 1] === "{")) {
        const stop = skipBalanced(text, i + 1, text[i + 1]!, text[i + 1] === "(" ? ")" : "}", limit);
        push(text.slice(i, stop), i);
        i = stop;
      } else if (ch === "`") {
        const stop = skipBalanced(text, i, "`", "`", limit);
        push(text.slice(i, stop), i);
        i = stop;
      } else {
        push(ch, i);
        i++;
      }
    }
    const word: Word = { value, start, end: i, offsets, quoted };
    if (pendingHeredoc) {
      heredocs.push({ delim: value, strip: pendingHeredoc.strip });
      pendingHeredoc = undefined;
    } else if (pendingRedirect) pendingRedirect = false;
    else tokens.push({ kind: "word", word });
  }
  return tokens;
}

/**
 * A condition that must hold for a command to run: the conjunction of test commands
 * (`[ … ]`, `test …`, `[[ … ]]`), negated for `else`/`||`; `tests: undefined` when the
 * condition is something else (then it is assumed it can go either way). `case` branches carry
 * the subject and patterns.
 */
export type Guard =
  | { kind: "test"; tests: Word[][] | undefined; negated: boolean }
  /** A `case` branch: the subject matches one of `patterns` and none of the earlier branches'. */
  | { kind: "case"; subject: Word; patterns: string[]; earlier: string[] };

export interface Exec {
  words: Word[];
  guards: Guard[];
}

export interface ShellProgram {
  execs: Exec[];
  functions: Map<string, Exec[]>;
}

const TEST_COMMANDS = new Set(["[", "[[", "test"]);

/**
 * Bounds that keep a hostile script (a 100,000-link `&&` chain, 10,000 nested `if`s) linear in
 * memory and off the call stack. Both fail closed: a guard left out can only make a command
 * count as running, and past the nesting bound every command is read flat, with no guard.
 */
const MAX_GUARDS = 32;
const MAX_NESTING = 100;
/** Words that open or close compound commands: dropped when the rest is read flat. */
const COMPOUND_WORDS = new Set(["if", "then", "elif", "else", "fi", "while", "until", "do", "done", "for", "select", "in", "case", "esac", "{", "}", "!", "function"]);

/** `ctx` plus `more`, at most MAX_GUARDS of them (the outermost kept). */
function extend(ctx: readonly Guard[], ...more: Guard[]): Guard[] {
  const out = ctx.slice(0, MAX_GUARDS);
  for (const g of more) {
    if (out.length >= MAX_GUARDS) break;
    out.push(g);
  }
  return out;
}

/** The conjunction of two test lists; unknown (undefined: assumed true) past MAX_GUARDS tests. */
function conjoin(a: Word[][] | undefined, b: Word[][] | undefined): Word[][] | undefined {
  return a && b && a.length + b.length <= MAX_GUARDS ? [...a, ...b] : undefined;
}

/** Reads statements into simple commands with the guards under which they run. */
export class ShellParser {
  private i = 0;
  private depth = 0;
  private sinks: Exec[][];

  constructor(
    private readonly tokens: Token[],
    private readonly program: ShellProgram,
  ) {
    this.sinks = [program.execs];
  }

  parseAll(): void {
    while (this.i < this.tokens.length) {
      const before = this.i;
      this.list([], () => false);
      if (this.i === before) this.i++; // a stray `)` or `fi`: skip rather than loop
    }
  }

  private peekWord(): string | undefined {
    const t = this.tokens[this.i];
    return t?.kind === "word" && !t.word.quoted ? t.word.value : undefined;
  }

  private peekOp(): string | undefined {
    const t = this.tokens[this.i];
    return t?.kind === "op" ? t.op : undefined;
  }

  private skipSeparators(): void {
    while (["\n", ";", "&"].includes(this.peekOp() ?? "")) this.i++;
  }

  /** Statements until `stop` says so; returns the success condition of the last one. */
  private list(ctx: Guard[], stop: () => boolean): Word[][] | undefined {
    let last: Word[][] | undefined;
    for (;;) {
      this.skipSeparators();
      if (this.i >= this.tokens.length || stop()) return last;
      const op = this.peekOp();
      if (op === ")" || op === ";;" || op === ";&" || op === ";;&") return last;
      last = this.andOr(ctx);
    }
  }

  /**
   * `p1 op p2 op p3 …` groups to the left: a member runs when the chain before it succeeded
   * (`&&`) or failed (`||`), which is its one guard. The chain's success is a list of tests that
   * all hold only while every member is a test joined by `&&`; otherwise it is unknown.
   */
  private andOr(ctx: Guard[]): Word[][] | undefined {
    let cond = this.pipeline(ctx);
    for (;;) {
      const op = this.peekOp();
      if (op !== "&&" && op !== "||") return cond;
      this.i++;
      while (this.peekOp() === "\n") this.i++;
      // A guard with unknown tests allows everything (guardsAllow): only a known one is kept.
      const guard: Guard[] = cond ? [{ kind: "test", tests: cond, negated: op === "||" }] : [];
      const next = this.pipeline(extend(ctx, ...guard));
      cond = op === "&&" ? conjoin(cond, next) : undefined;
    }
  }

  private pipeline(ctx: Guard[]): Word[][] | undefined {
    let negate = false;
    if (this.peekWord() === "!") {
      negate = true;
      this.i++;
    }
    let cond = this.command(ctx);
    while (this.peekOp() === "|" || this.peekOp() === "|&") {
      this.i++;
      while (this.peekOp() === "\n") this.i++;
      this.command(ctx);
      cond = undefined;
    }
    return negate ? undefined : cond;
  }

  private expectWord(w: string): void {
    this.skipSeparators();
    if (this.peekWord() === w) this.i++;
  }

  private command(ctx: Guard[]): Word[][] | undefined {
    if (this.depth >= MAX_NESTING) {
      this.flat(ctx);
      return undefined;
    }
    this.depth++;
    try {
      return this.compound(ctx);
    } finally {
      this.depth--;
    }
  }

  /** Everything left, as simple commands under `ctx` with compound words dropped (fail closed). */
  private flat(ctx: Guard[]): void {
    let words: Word[] = [];
    const flush = () => {
      const kept = words.filter((w) => w.quoted || !COMPOUND_WORDS.has(w.value));
      if (kept.length > 0) this.sinks[this.sinks.length - 1]!.push({ words: kept, guards: ctx });
      words = [];
    };
    for (; this.i < this.tokens.length; this.i++) {
      const t = this.tokens[this.i]!;
      if (t.kind === "op") flush();
      else words.push(t.word);
    }
    flush();
  }

  private compound(ctx: Guard[]): Word[][] | undefined {
    const kw = this.peekWord();
    const stopAt = (...ws: string[]) => () => ws.includes(this.peekWord() ?? "");
    if (kw === "if") {
      this.i++;
      const negatedSoFar: Guard[] = [];
      let cond = this.list(ctx, stopAt("then"));
      for (;;) {
        this.expectWord("then");
        const g: Guard = { kind: "test", tests: cond, negated: false };
        this.list(extend(ctx, ...negatedSoFar, g), stopAt("elif", "else", "fi"));
        if (cond && negatedSoFar.length < MAX_GUARDS) negatedSoFar.push({ kind: "test", tests: cond, negated: true });
        const w = this.peekWord();
        if (w === "elif") {
          this.i++;
          cond = this.list(extend(ctx, ...negatedSoFar), stopAt("then"));
          continue;
        }
        if (w === "else") {
          this.i++;
          this.list(extend(ctx, ...negatedSoFar), stopAt("fi"));
        }
        this.expectWord("fi");
        return undefined;
      }
    }
    if (kw === "while" || kw === "until") {
      this.i++;
      this.list(ctx, stopAt("do"));
      this.expectWord("do");
      this.list(ctx, stopAt("done"));
      this.expectWord("done");
      return undefined;
    }
    if (kw === "for" || kw === "select") {
      while (this.i < this.tokens.length && this.peekWord() !== "do") this.i++;
      this.expectWord("do");
      this.list(ctx, stopAt("done"));
      this.expectWord("done");
      return undefined;
    }
    if (kw === "case") {
      this.i++;
      const subject = this.tokens[this.i];
      this.i++;
      this.expectWord("in");
      const earlier: string[] = [];
      for (;;) {
        this.skipSeparators();
        if (this.peekWord() === "esac" || this.i >= this.tokens.length) break;
        if (this.peekOp() === "(") this.i++;
        const patterns: string[] = [];
        while (this.i < this.tokens.length && this.peekOp() !== ")") {
          const t = this.tokens[this.i]!;
          if (t.kind === "word") patterns.push(t.word.value);
          this.i++;
        }
        this.i++;
        // Fewer earlier patterns can only let more branches run (fail closed).
        const g: Guard[] = subject?.kind === "word" ? [{ kind: "case", subject: subject.word, patterns, earlier: earlier.slice(0, MAX_GUARDS * 8) }] : [];
        if (earlier.length < MAX_GUARDS * 8) earlier.push(...patterns);
        this.list(extend(ctx, ...g), stopAt("esac"));
        const op = this.peekOp();
        if (op === ";;" || op === ";&" || op === ";;&") this.i++;
      }
      this.expectWord("esac");
      return undefined;
    }
    if (kw === "{") {
      this.i++;
      this.list(ctx, stopAt("}"));
      this.expectWord("}");
      return undefined;
    }
    if (this.peekOp() === "(") {
      this.i++;
      this.list(ctx, () => false);
      if (this.peekOp() === ")") this.i++;
      return undefined;
    }
    if (kw === "function") {
      this.i++;
      const name = this.peekWord() ?? "";
      this.i++;
      if (this.peekOp() === "(" && this.tokens[this.i + 1]?.kind === "op") this.i += 2;
      this.functionBody(name);
      return undefined;
    }
    const t = this.tokens[this.i];
    const next = this.tokens[this.i + 1];
    const after = this.tokens[this.i + 2];
    if (t?.kind === "word" && next?.kind === "op" && next.op === "(" && after?.kind === "op" && after.op === ")") {
      this.i += 3;
      this.functionBody(t.word.value);
      return undefined;
    }
    return this.simple(ctx);
  }

  private functionBody(name: string): void {
    while (this.peekOp() === "\n") this.i++;
    const body: Exec[] = [];
    this.sinks.push(body);
    this.command([]);
    this.sinks.pop();
    this.program.functions.set(name, body);
  }

  private simple(ctx: Guard[]): Word[][] | undefined {
    const words: Word[] = [];
    let inDoubleBracket = false;
    while (this.i < this.tokens.length) {
      const t = this.tokens[this.i]!;
      if (t.kind === "op") {
        if (!inDoubleBracket || t.op === "\n") break;
        words.push({ value: t.op, start: t.start, end: t.start + t.op.length, offsets: [], quoted: false });
        this.i++;
        continue;
      }
      if (words.length === 0 && t.word.value === "[[" && !t.word.quoted) inDoubleBracket = true;
      else if (inDoubleBracket && t.word.value === "]]") inDoubleBracket = false;
      words.push(t.word);
      this.i++;
    }
    if (words.length === 0) return undefined;
    this.sinks[this.sinks.length - 1]!.push({ words, guards: ctx });
    return TEST_COMMANDS.has(words[0]!.value) ? [words] : undefined;
  }
}

/** Tokenises and structures `text`, adding what it finds to `program`. */
export function readStatements(text: string, program: ShellProgram, from = 0, to = text.length): void {
  new ShellParser(tokenize(text, from, to), program).parseAll();
}
