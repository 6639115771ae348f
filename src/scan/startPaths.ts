/**
 * Following a start command: the command itself (does it apply migrations?), the shell it runs
 * inline (`sh -c`), the scripts it starts (read as the container sees paths), package.json
 * scripts it runs (`npm start`), and application files it runs directly (`python x.py`). The
 * trigger follows the file that holds the invocation (startup-scan README): the starting place
 * for commands written there, its `scriptTrigger` for the scripts it starts.
 */
import path from "node:path";
import { limit } from "../limits.js";
import { interpret, matchCommand } from "./commands.js";
import { resolveFile, type PathContext } from "./containerPaths.js";
import type { RepoFiles } from "./repoFiles.js";
import { UNVERIFIABLE_RULE } from "./rules.js";
import type { Tool, Trigger } from "./schema.js";
import { parseShell, runnableCommands } from "./shell.js";
import type { Word } from "./shellSyntax.js";
import { decodeJsonString, type ToFile } from "./sourceMap.js";

/** A finding before positions are turned into lines. */
export interface RawFinding {
  file: string;
  offset: number;
  trigger: Trigger;
  tool: Tool;
  rule: string;
  explanation: string;
  fix: string;
}

export interface Origin {
  file: string;
  /** Trigger of commands written in this file. */
  trigger: Trigger;
  /** Trigger of what the scripts this file starts contain. */
  scriptTrigger: Trigger;
}

export interface Start {
  origin: Origin;
  paths: PathContext;
  /** Positional arguments (`$1` …) when the caller knows them. */
  args?: readonly string[];
}

/** What following needs from the rest of the scan. */
export interface FollowEnv {
  repo: RepoFiles;
  vars: ReadonlyMap<string, ReadonlySet<string>>;
  emit(f: RawFinding): void;
  /** Scans an application file a start command runs directly. */
  scanCode(file: string, trigger: Trigger): void;
}

const CODE_FILE = /\.(py|js|mjs|cjs|ts|mts|cts|rb|php|exs?|go|rs|java|kt|cs)$/;
const SHELL_SHEBANG = /^#!\s*\S*\/(?:env\s+)?(?:ba|da|z|k|a)?sh\b/;
const CODE_SHEBANG = /^#!\s*\S*\/(?:env\s+)?(python\d*(?:\.\d+)?|node|ruby|php)\b/;

export class StartFollower {
  private readonly seen = new Set<string>();
  private readonly maxDepth = limit("startDepth");

  constructor(private readonly env: FollowEnv) {}

  /**
   * A start path nested deeper than the bound is not followed further; what it runs there is
   * unknown, so that is an unverifiable finding where following stopped, never a silent pass.
   */
  private tooDeep(depth: number, file: string, offset: number, trigger: Trigger): boolean {
    if (depth <= this.maxDepth) return false;
    const why = `(nested more than ${this.maxDepth} start commands deep: not followed further)`;
    this.env.emit({ file, offset, trigger, tool: "unknown", rule: UNVERIFIABLE_RULE.id, explanation: `${UNVERIFIABLE_RULE.explanation} ${why}`, fix: UNVERIFIABLE_RULE.fix });
    return true;
  }

  /** Shell text (a script, a shell-form CMD, a Procfile line) that runs on the start path. */
  async shell(text: string, toFile: ToFile, start: Start, depth = 0): Promise<void> {
    if (this.tooDeep(depth, start.origin.file, toFile(0), start.origin.trigger)) return;
    const program = await parseShell(text);
    for (const exec of runnableCommands(program, { vars: this.env.vars, args: start.args })) {
      await this.command(exec.words, toFile, start, depth);
    }
  }

  /** One simple command (an exec-form CMD, a manifest's command + args, a shell command). */
  async command(words: readonly Word[], toFile: ToFile, start: Start, depth = 0): Promise<void> {
    if (words.length === 0) return;
    const at = (w: Word) => toFile(w.offsets[0] ?? w.start);
    if (this.tooDeep(depth, start.origin.file, at(words[0]!), start.origin.trigger)) return;
    const head = words.find((w) => !/^[A-Za-z_]\w*=/.test(w.value)) ?? words[0]!;
    const rule = matchCommand(words);
    if (rule) {
      const when = start.origin.trigger === "build" ? " It runs while the image is built (a warning: the build may reach a real database)." : " It runs every time this starts.";
      this.env.emit({ file: start.origin.file, offset: at(head), trigger: start.origin.trigger, tool: rule.tool, rule: rule.id, explanation: rule.explanation + when, fix: rule.fix });
    }
    for (const step of interpret(words)) {
      if (step.kind === "inline-shell") {
        const inner = step.text;
        const literalArgs = step.args.slice(1).map((w) => w.value);
        await this.shell(inner.value, (k) => toFile(inner.offsets[k] ?? inner.start), { ...start, args: literalArgs.some((a) => a.includes("$")) ? undefined : literalArgs }, depth + 1);
      } else if (step.kind === "package-scripts") {
        const pkg = this.packageJsonFor(start.paths);
        if (pkg) await this.packageScripts(pkg, step.names, depth + 1);
      } else {
        await this.file(step.file, step.args, step.viaInterpreter, at(step.file), start, depth);
      }
    }
  }

  private async file(word: Word, args: readonly Word[], interpreter: string | undefined, offset: number, start: Start, depth: number): Promise<void> {
    const { repo } = this.env;
    const target = resolveFile(repo, start.paths, word.value);
    if (!target) return;
    const skipped = repo.skipReason(target);
    if (skipped) {
      this.env.emit({ file: start.origin.file, offset, trigger: start.origin.trigger, tool: "unknown", rule: UNVERIFIABLE_RULE.id, explanation: `${UNVERIFIABLE_RULE.explanation} (${target}: ${skipped})`, fix: UNVERIFIABLE_RULE.fix });
      return;
    }
    const text = repo.read(target);
    if (text === undefined) return;
    const literal = args.map((a) => a.value);
    const key = `${target}\0${literal.join("\0")}\0${start.origin.scriptTrigger}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const firstLine = text.slice(0, text.indexOf("\n") === -1 ? text.length : text.indexOf("\n"));
    const isShell = interpreter ? /sh$/.test(interpreter) : SHELL_SHEBANG.test(firstLine) || /\.(sh|bash)$/.test(target) || (!CODE_FILE.test(target) && !CODE_SHEBANG.test(firstLine));
    if (isShell) {
      const origin: Origin = { file: target, trigger: start.origin.scriptTrigger, scriptTrigger: start.origin.scriptTrigger };
      await this.shell(text, (i) => i, { origin, paths: start.paths, args: literal.some((a) => a.includes("$")) ? undefined : literal }, depth + 1);
    } else {
      this.env.scanCode(target, start.origin.scriptTrigger);
    }
  }

  private packageJsonFor(paths: PathContext): string | undefined {
    const { repo } = this.env;
    const inContainer = paths.mounts.length > 0 ? resolveFile(repo, paths, path.posix.join(paths.cwd ?? "/", "package.json")) : undefined;
    if (inContainer) return inContainer;
    const local = paths.baseDir ? `${paths.baseDir}/package.json` : "package.json";
    return repo.has(local) ? local : undefined;
  }

  /** Runs package.json scripts by name, as `npm run` would (pre/post hooks included by the caller). */
  async packageScripts(pkgFile: string, names: readonly string[], depth = 0): Promise<void> {
    if (this.tooDeep(depth, pkgFile, 0, "process-manager")) return;
    const text = this.env.repo.read(pkgFile);
    if (text === undefined) return;
    const scripts = locatePackageScripts(text);
    const dir = path.posix.dirname(pkgFile);
    const baseDir = dir === "." ? "" : dir;
    for (const name of names) {
      const script = scripts.get(name);
      const key = `${pkgFile}\0script\0${name}`;
      if (!script || this.seen.has(key)) continue;
      this.seen.add(key);
      const origin: Origin = { file: pkgFile, trigger: "process-manager", scriptTrigger: "process-manager" };
      await this.shell(script.value, (k) => script.offsets[k] ?? script.start, { origin, paths: { mounts: [], baseDir } }, depth + 1);
    }
  }
}

/** package.json `scripts` with the source offset of every character of each value. */
export function locatePackageScripts(text: string): Map<string, { value: string; offsets: number[]; start: number }> {
  const out = new Map<string, { value: string; offsets: number[]; start: number }>();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return out;
  }
  const scripts = (parsed as { scripts?: unknown }).scripts;
  if (!scripts || typeof scripts !== "object") return out;
  const block = /"scripts"\s*:\s*\{/.exec(text);
  if (!block) return out;
  // Walk the object's string tokens in order: key, value, key, value …
  let i = block.index + block[0].length;
  let key: string | undefined;
  while (i < text.length && text[i] !== "}") {
    if (text[i] === '"') {
      const s = decodeJsonString(text, i);
      if (key === undefined) key = s.value;
      else {
        if (typeof (scripts as Record<string, unknown>)[key] === "string") out.set(key, { value: s.value, offsets: s.offsets, start: i });
        key = undefined;
      }
      i = s.end;
    } else i++;
  }
  return out;
}
