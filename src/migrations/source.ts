/**
 * A tolerant reader for migration source files: it splits Python, Ruby, Elixir, JS/TS, PHP, C#,
 * Go and SQL into tokens with their 1-based lines, dropping comments and keeping each string
 * literal as one token. Adapters read what a tool defines (a `revision = "…"`, a `def down`) from
 * these tokens and never execute the file. Only what would make the reading wrong fails: an
 * unterminated multi-line string or block comment (the file is then unparseable, and the gate
 * fails closed naming it).
 */

export type TokenKind = "word" | "string" | "punct";

export interface Token {
  kind: TokenKind;
  /** Words and punctuation as written; for strings the literal's content without its quotes. */
  text: string;
  line: number;
  /** 0-based column of the token's first character. */
  col: number;
  /** The token is the first one on its line (its column is the line's indentation). */
  first: boolean;
}

interface Quote {
  open: string;
  close: string;
  /** A backslash escapes the next character. */
  escape: boolean;
  /** The literal may span lines; a single-line literal ends (tolerantly) at the line's end. */
  multiline: boolean;
}

export interface Syntax {
  lineComments: string[];
  blockComments: Array<[string, string]>;
  /** Longest opener first, so `"""` wins over `"`. */
  quotes: Quote[];
  /** Letters that may prefix a string literal and belong to it (Python `r"…"`, C# `@"…"`). */
  stringPrefix?: RegExp;
  /** Here-documents: the opener's regex captures the terminator word (Ruby `<<~SQL`, PHP `<<<SQL`). */
  heredoc?: RegExp;
  /** PostgreSQL dollar quoting (`$$ … $$`, `$body$ … $body$`). */
  dollarQuotes?: boolean;
}

const q = (open: string, close: string, escape: boolean, multiline: boolean): Quote => ({ open, close, escape, multiline });

export const SYNTAX = {
  python: {
    lineComments: ["#"],
    blockComments: [],
    quotes: [q('"""', '"""', true, true), q("'''", "'''", true, true), q('"', '"', true, false), q("'", "'", true, false)],
    stringPrefix: /^[rRbBuUfF]{1,2}$/,
  },
  ruby: {
    lineComments: ["#"],
    blockComments: [["=begin", "=end"]],
    quotes: [q('"', '"', true, true), q("'", "'", true, true), q("`", "`", true, true)],
    heredoc: /^<<[~-]?(['"]?)([A-Za-z_][A-Za-z0-9_]*)\1/,
  },
  elixir: {
    lineComments: ["#"],
    blockComments: [],
    quotes: [q('"""', '"""', true, true), q("'''", "'''", true, true), q('"', '"', true, true), q("'", "'", true, true)],
  },
  javascript: {
    lineComments: ["//"],
    blockComments: [["/*", "*/"]],
    quotes: [q("`", "`", true, true), q('"', '"', true, false), q("'", "'", true, false)],
  },
  php: {
    lineComments: ["//", "#"],
    blockComments: [["/*", "*/"]],
    quotes: [q('"', '"', true, true), q("'", "'", true, true)],
    heredoc: /^<<<[ \t]*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\1/,
  },
  csharp: {
    lineComments: ["//"],
    blockComments: [["/*", "*/"]],
    quotes: [q('"""', '"""', false, true), q('"', '"', true, false), q("'", "'", true, false)],
    stringPrefix: /^[@$]{1,2}$/,
  },
  go: {
    lineComments: ["//"],
    blockComments: [["/*", "*/"]],
    quotes: [q("`", "`", false, true), q('"', '"', true, false), q("'", "'", true, false)],
  },
  sql: {
    lineComments: ["--"],
    blockComments: [["/*", "*/"]],
    quotes: [q("'", "'", false, true), q('"', '"', false, true)],
    dollarQuotes: true,
  },
} satisfies Record<string, Syntax>;

export type Language = keyof typeof SYNTAX;

export class SourceSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const WORD = /[A-Za-z0-9_]/;

/** Split `text` into tokens, skipping comments. Throws SourceSyntaxError on an unterminated literal. */
export function tokenize(text: string, language: Language): Token[] {
  const syntax: Syntax = SYNTAX[language];
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  let lastLineWithToken = 0;
  const n = text.length;

  const push = (kind: TokenKind, value: string, startLine: number, startCol: number): void => {
    tokens.push({ kind, text: value, line: startLine, col: startCol, first: startLine !== lastLineWithToken });
    lastLineWithToken = startLine;
  };
  /** Advance over text[i, end), counting newlines. */
  const advanceTo = (end: number): void => {
    for (; i < end; i++) {
      if (text[i] === "\n") {
        line++;
        lineStart = i + 1;
      }
    }
  };
  const atLineStart = (): boolean => text.slice(lineStart, i).trim() === "";

  while (i < n) {
    const c = text[i]!;
    if (c === "\n" || c === " " || c === "\t" || c === "\r" || c === "\f" || c === "\v" || c === "\uFEFF") {
      advanceTo(i + 1);
      continue;
    }
    const rest = (len: number): string => text.slice(i, i + len);

    if (syntax.lineComments.some((m) => text.startsWith(m, i))) {
      const end = text.indexOf("\n", i);
      advanceTo(end === -1 ? n : end);
      continue;
    }
    const block = syntax.blockComments.find(([open]) => text.startsWith(open, i) && (open !== "=begin" || atLineStart()));
    if (block) {
      const startLine = line;
      const end = text.indexOf(block[1], i + block[0].length);
      if (end === -1) throw new SourceSyntaxError(`unterminated comment starting at line ${startLine}`, startLine);
      advanceTo(end + block[1].length);
      continue;
    }
    if (syntax.heredoc) {
      const m = syntax.heredoc.exec(text.slice(i, i + 200));
      if (m) {
        // The body starts on the next line and ends at a line holding only the terminator.
        const terminator = m[2]!;
        const startLine = line;
        const startCol = i - lineStart;
        const bodyStart = text.indexOf("\n", i);
        const re = new RegExp(`^[ \\t]*${terminator};?[ \\t]*\\r?$`, "m");
        const tail = bodyStart === -1 ? "" : text.slice(bodyStart + 1);
        const end = re.exec(tail);
        if (bodyStart === -1 || !end) throw new SourceSyntaxError(`unterminated here-document starting at line ${startLine}`, startLine);
        // Tokens after the opener on its own line (`execute <<~SQL, foo`) still count: read them
        // by continuing on that line, then skip the body when the line ends.
        push("string", tail.slice(0, end.index), startLine, startCol);
        const afterOpener = i + m[0].length;
        const lineTail = text.slice(afterOpener, bodyStart);
        tokens.push(...tokenize(lineTail, language).map((t) => ({ ...t, line: startLine, col: t.col + (afterOpener - lineStart), first: false })));
        advanceTo(bodyStart + 1 + end.index + end[0].length);
        continue;
      }
    }
    if (syntax.dollarQuotes && c === "$") {
      const m = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(text.slice(i, i + 64));
      if (m) {
        const startLine = line;
        const startCol = i - lineStart;
        const end = text.indexOf(m[0], i + m[0].length);
        if (end === -1) throw new SourceSyntaxError(`unterminated dollar-quoted string starting at line ${startLine}`, startLine);
        push("string", text.slice(i + m[0].length, end), startLine, startCol);
        advanceTo(end + m[0].length);
        continue;
      }
    }
    const quote = syntax.quotes.find((qt) => text.startsWith(qt.open, i));
    if (quote) {
      const startLine = line;
      const startCol = i - lineStart;
      // A prefix word (r"…", @"…") was already pushed as a word/punct: fold it into the string.
      const prev = tokens[tokens.length - 1];
      let prefixed = false;
      if (prev && syntax.stringPrefix?.test(prev.text) && prev.line === line && prev.col + prev.text.length === startCol) {
        tokens.pop();
        prefixed = true;
      }
      let j = i + quote.open.length;
      let closed = false;
      for (; j < n; j++) {
        const d = text[j];
        if (quote.escape && d === "\\") {
          j++;
          continue;
        }
        if (!quote.multiline && d === "\n") break;
        if (text.startsWith(quote.close, j)) {
          closed = true;
          break;
        }
      }
      if (!closed && quote.multiline) throw new SourceSyntaxError(`unterminated string starting at line ${startLine}`, startLine);
      push("string", text.slice(i + quote.open.length, j), startLine, prefixed && prev ? prev.col : startCol);
      advanceTo(closed ? j + quote.close.length : j);
      continue;
    }
    if (WORD.test(c)) {
      let j = i + 1;
      while (j < n && WORD.test(text[j]!)) j++;
      push("word", text.slice(i, j), line, i - lineStart);
      advanceTo(j);
      continue;
    }
    // `...`, `->`, `=>`, `::` stay whole; every other character is its own token.
    const multi = ["...", "->", "=>", "::"].find((m) => rest(m.length) === m);
    push("punct", multi ?? c, line, i - lineStart);
    advanceTo(i + (multi?.length ?? 1));
  }
  return tokens;
}
