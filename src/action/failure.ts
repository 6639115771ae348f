/**
 * How the Action fails when the gate could not run: one line (`wo-gate: …`) as the job's failure,
 * a job summary that says nothing was allowed, exit 2, in both modes (docs/fail-closed.md). Used
 * by run() for anything thrown inside it, and by the entry for anything thrown while loading it.
 * Imports nothing that reads the runner's environment when loaded.
 */
import * as core from "@actions/core";
import { EXIT, InputError } from "../errors.js";
import { errorSummary, writeJobSummary } from "../report/summary.js";

type Env = Readonly<Record<string, string | undefined>>;

/** One line, never starting a workflow command: everything we print starts with `wo-gate: `. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n\u2028\u2029\u0085]+\s*/g, " ").trim();
}

export async function failJob(env: Env, e: unknown): Promise<number> {
  const message = e instanceof InputError ? e.message : `internal error: ${e instanceof Error ? e.message : String(e)}`;
  core.setFailed(`wo-gate: ${oneLine(message)}`);
  // The summary is where people look: it says the gate did not decide (best effort only).
  if (env.GITHUB_STEP_SUMMARY) await writeJobSummary(errorSummary(message)).catch(() => undefined);
  return EXIT.error;
}
