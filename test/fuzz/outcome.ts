/**
 * How one fuzz input ended, and the checks every ending must pass: a result, or the clean input
 * error (InputError: one line naming the input); anything else thrown is a crash. The same checks
 * apply to a sample run through the real CLI (exit code, one stderr line, no stack trace).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { InputError } from "../../src/errors.js";
import { root } from "./documents.js";

export type Verdict = "allow" | "deny" | "error";

export interface Outcome {
  /** null when the run crashed. */
  verdict: Verdict | null;
  /** What went wrong, or null. */
  failure: string | null;
}

/** A thrown value as an outcome: a clean error must be an InputError whose message names `subject`. */
export function thrown(e: unknown, subject: string): Outcome {
  if (e instanceof InputError) {
    if (e.message.includes("\n")) return { verdict: "error", failure: `input error spans lines: ${JSON.stringify(e.message)}` };
    if (!e.message.startsWith(subject)) return { verdict: "error", failure: `input error does not name ${subject}: ${e.message}` };
    return { verdict: "error", failure: null };
  }
  const where = e instanceof Error ? (e.stack?.split("\n").find((l) => l.trim().startsWith("at ")) ?? "").trim() : "";
  return { verdict: null, failure: `crash: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)} ${where}`.slice(0, 2000) };
}

const EXIT: Record<Verdict, number> = { allow: 0, deny: 1, error: 2 };

/**
 * Runs `wo-gate <args>` (tsx, as in development) and compares it with the in-process verdict:
 * the same exit code; on exit 2 exactly one stderr line `wo-gate: …` with no stack trace.
 */
export function cliAgrees(args: string[], expected: Verdict, env: NodeJS.ProcessEnv = process.env): string | null {
  const r = spawnSync(process.execPath, ["--import", "tsx", path.join(root, "src/cli/main.ts"), ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...env, NO_COLOR: "1" },
    timeout: 180_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) return `CLI did not finish: ${r.error.message}`;
  if (r.status !== EXIT[expected]) return `CLI exit ${r.status} (signal ${r.signal}) but in-process verdict ${expected}: ${r.stderr.slice(0, 500)}`;
  if (/^\s+at /m.test(r.stderr) || r.stderr.includes("internal error")) return `CLI printed a crash: ${r.stderr.slice(0, 500)}`;
  if (expected === "error") {
    const lines = r.stderr.split("\n").filter((l) => l !== "");
    if (lines.length !== 1 || !lines[0]!.startsWith("wo-gate: ")) return `CLI error is not one line: ${JSON.stringify(r.stderr.slice(0, 500))}`;
  } else if (r.stdout === "") return "CLI printed no report";
  return null;
}

/** Tallies of a fuzz run, as `npm run fuzz` prints them. */
export interface Tally {
  inputs: number;
  results: number;
  allow: number;
  deny: number;
  cleanErrors: number;
  failures: number;
  cliSamples: number;
  slowestMs: number;
  slowest: string;
}

export const emptyTally = (): Tally => ({ inputs: 0, results: 0, allow: 0, deny: 0, cleanErrors: 0, failures: 0, cliSamples: 0, slowestMs: 0, slowest: "" });

export function addOutcome(t: Tally, o: Outcome, ms: number, label: string): void {
  t.inputs++;
  if (o.failure) t.failures++;
  if (o.verdict === "error") t.cleanErrors++;
  else if (o.verdict) {
    t.results++;
    t[o.verdict]++;
  }
  if (ms > t.slowestMs) {
    t.slowestMs = ms;
    t.slowest = label.slice(0, 300);
  }
}

export function mergeTallies(a: Tally, b: Tally): Tally {
  const slow = a.slowestMs >= b.slowestMs ? a : b;
  return {
    inputs: a.inputs + b.inputs,
    results: a.results + b.results,
    allow: a.allow + b.allow,
    deny: a.deny + b.deny,
    cleanErrors: a.cleanErrors + b.cleanErrors,
    failures: a.failures + b.failures,
    cliSamples: a.cliSamples + b.cliSamples,
    slowestMs: slow.slowestMs,
    slowest: slow.slowest,
  };
}
