/**
 * Application code that migrates while the app boots (trigger `app-boot`). Patterns from
 * ./rules.ts run over the file with comments blanked and string contents masked, so comments,
 * docstrings and log messages never match; a rule that needs a string argument
 * (`call_command("migrate")`) confirms it on the original text of the match. Test code,
 * migration definitions, seeders and tooling (scripts, management commands) are not on a start
 * path unless a start command runs them directly (then the caller passes `referenced`).
 */
import { CODE_RULES, type BootContext, type Language } from "./rules.js";
import type { RawFinding } from "./startPaths.js";
import type { Trigger } from "./schema.js";

interface Syntax {
  line: readonly string[];
  block?: readonly [string, string];
  quotes: readonly string[];
  triple?: boolean;
}

const C_LIKE: Syntax = { line: ["//"], block: ["/*", "*/"], quotes: ['"', "'", "`"] };
const SYNTAX: Record<Language, Syntax> = {
  python: { line: ["#"], quotes: ['"', "'"], triple: true },
  javascript: C_LIKE,
  go: C_LIKE,
  ruby: { line: ["#"], quotes: ['"', "'"] },
  php: { line: ["//", "#"], block: ["/*", "*/"], quotes: ['"', "'"] },
  java: { line: ["//"], block: ["/*", "*/"], quotes: ['"'], triple: true },
  csharp: { line: ["//"], block: ["/*", "*/"], quotes: ['"'], triple: true },
  elixir: { line: ["#"], quotes: ['"'], triple: true },
  rust: { line: ["//"], block: ["/*", "*/"], quotes: ['"'] },
  ormconfig: { line: ["#"], quotes: [] },
};

const EXTENSIONS: [RegExp, Language][] = [
  [/\.py$/, "python"],
  [/\.(?:[cm]?js|jsx|[cm]?ts|tsx)$/, "javascript"],
  [/\.go$/, "go"],
  [/\.rb$/, "ruby"],
  [/\.php$/, "php"],
  [/\.(?:java|kt|kts|groovy|scala)$/, "java"],
  [/\.cs$/, "csharp"],
  [/\.exs?$/, "elixir"],
  [/\.rs$/, "rust"],
  [/(^|\/)ormconfig\.(?:json|ya?ml)$/, "ormconfig"],
];

/** The language of a source file by name (or shebang, for extensionless scripts). */
export function languageOf(file: string, firstLine = ""): Language | undefined {
  for (const [re, lang] of EXTENSIONS) if (re.test(file) && !file.endsWith(".d.ts")) return lang;
  const shebang = /^#!.*\b(python\d*|node|ruby|php)\b/.exec(firstLine)?.[1];
  if (!shebang) return undefined;
  return shebang.startsWith("python") ? "python" : shebang === "node" ? "javascript" : (shebang as Language);
}

/** Paths whose code does not run when the application starts (unless a start command runs it). */
const NOT_BOOT_PATHS: readonly RegExp[] = [
  /(^|\/)(tests?|__tests__|spec|specs|e2e|testdata|testing|fixtures?|__mocks__)\//i,
  /(_test\.(go|py|rb|exs?)|(^|\/)test_[^/]*\.py|(^|\/)conftest\.py|\.(test|spec)\.[cm]?[jt]sx?|(Test|Tests|IT|Spec)\.(java|kt|cs)|_spec\.rb)$/,
  /(^|\/)(migrations?|migrate|Migrations|versions|seeders?|seeds|factories)\//,
  /(^|\/)(scripts?|tools|hack|docs?|examples?|samples?)\//,
  /(^|\/)(commands|tasks)\//i,
  /(^|\/)(migrate|migrator|migrations?|run[-_]?migrations?|db[-_]?migrate|seed)\.[a-z]+$/i,
];

export function isBootPath(file: string): boolean {
  return !NOT_BOOT_PATHS.some((re) => re.test(file));
}

const CONTEXTS: Record<BootContext, (file: string, masked: string) => boolean> = {
  // Django runs these at start-up: the WSGI/ASGI module, settings, URLconf and AppConfig.ready().
  "django-boot": (file, masked) => /(^|\/)(wsgi|asgi|apps|urls|settings)\.py$/.test(file) || /\/settings\/[^/]+\.py$/.test(file) || /\bdef\s+ready\s*\(/.test(masked),
  // The OTP application callback module starts with the release.
  "otp-application": (_file, masked) => /\buse\s+Application\b/.test(masked),
};

/** Blanks comments and the contents of string literals, keeping every offset and line break. */
export function maskCode(text: string, syntax: Syntax): string {
  const out = text.split("");
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== "\n") out[k] = " ";
  };
  let i = 0;
  while (i < text.length) {
    const line = syntax.line.find((l) => text.startsWith(l, i) && !(l === "#" && text[i + 1] === "[" && syntax === SYNTAX.php));
    if (line) {
      const end = text.indexOf("\n", i);
      const stop = end === -1 ? text.length : end;
      blank(i, stop);
      i = stop;
      continue;
    }
    if (syntax.block && text.startsWith(syntax.block[0], i)) {
      const end = text.indexOf(syntax.block[1], i + 2);
      const stop = end === -1 ? text.length : end + syntax.block[1].length;
      blank(i, stop);
      i = stop;
      continue;
    }
    const q = syntax.quotes.find((c) => text[i] === c);
    if (q) {
      const triple = syntax.triple && text.startsWith(q.repeat(3), i) ? q.repeat(3) : q;
      let k = i + triple.length;
      while (k < text.length && !text.startsWith(triple, k)) {
        if (text[k] === "\\") k++;
        else if (triple.length === 1 && text[k] === "\n" && q !== "`") break;
        k++;
      }
      blank(i + triple.length, Math.min(k, text.length));
      i = k + triple.length;
      continue;
    }
    i++;
  }
  return out.join("");
}

/** Quick test for whether any code rule could match, before masking. */
const HINT = /migrat|upgrade|sync\s*\(|\.up\s*\(|Up\s*\(|Steps\s*\(|update\s*\(|call_command|command_line|Artisan::call|Rake::Task/i;

/** Code findings in one file. `referenced`: a start command runs this file directly. */
export function scanCode(file: string, text: string, trigger: Trigger, referenced: boolean): RawFinding[] {
  const firstLine = text.slice(0, Math.max(0, text.indexOf("\n")));
  const lang = languageOf(file, firstLine);
  if (!lang || (!referenced && !isBootPath(file)) || !HINT.test(text)) return [];
  const masked = maskCode(text, SYNTAX[lang]);
  const out: RawFinding[] = [];
  for (const rule of CODE_RULES) {
    if (!rule.languages.includes(lang)) continue;
    if (rule.requires && !rule.requires.test(text)) continue;
    if (rule.context && !referenced && !CONTEXTS[rule.context](file, masked)) continue;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(masked); m; m = rule.pattern.exec(masked)) {
      if (m[0].length === 0) rule.pattern.lastIndex++;
      if (rule.confirm && !rule.confirm.test(text.slice(m.index, m.index + m[0].length))) continue;
      out.push({ file, offset: receiverStart(masked, m.index), trigger, tool: rule.tool, rule: rule.id, explanation: rule.explanation, fix: rule.fix });
    }
  }
  return out;
}

/** Start of the call's receiver on the same line (`db` in `db.AutoMigrate(`): the call's first token. */
function receiverStart(masked: string, at: number): number {
  let i = at;
  for (;;) {
    const prev = masked[i - 1];
    if (prev === undefined || prev === "\n") return i;
    if (/[\w$.:]/.test(prev)) i--;
    else if (prev === ")") {
      let depth = 0;
      let k = i - 1;
      for (; k >= 0 && masked[k] !== "\n"; k--) {
        if (masked[k] === ")") depth++;
        else if (masked[k] === "(" && --depth === 0) break;
      }
      if (k < 0 || masked[k] !== "(") return i;
      i = k;
    } else return i;
  }
}
