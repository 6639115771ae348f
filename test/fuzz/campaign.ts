/**
 * A fuzz campaign: N generated inputs of one kind through their checker, counted (inputs,
 * results, clean errors, failures), with a sample also run through the real CLI. `npm test` runs
 * small campaigns (test/fuzz/fuzz.test.ts) and `npm run fuzz` large ones (scripts/fuzz.ts); both
 * use this code, so the numbers mean the same thing.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { WorkOrderChecker } from "./checkWorkOrder.js";
import { seedDocuments } from "./documents.js";
import { addOutcome, emptyTally, type Outcome, type Tally } from "./outcome.js";
import { repoSpec } from "./repoInputs.js";
import { RepoScanner } from "./scanRepo.js";
import { workOrderInput } from "./workOrderInputs.js";

export interface Failure {
  kind: string;
  failure: string;
  /** How the input was made (with the seed and run, enough to make it again). */
  input: string;
}

export interface CampaignOptions {
  runs: number;
  seed: number;
  /** Every `cliEvery`-th input also goes through the CLI (0: none). */
  cliEvery: number;
  /** Weight of the 5 MB padding among the work-order mutations (0: none). */
  hugeWeight?: number;
  /** Called before each input (a watchdog uses it to name an input that never finishes). */
  onInput?: (index: number, label: string) => void;
}

/** A scratch directory on a tmpfs when there is one (many small writes), else the system temp. */
export function scratchDir(prefix: string): string {
  const shm = "/dev/shm";
  const base = fs.existsSync(shm) && fs.statSync(shm).isDirectory() ? shm : os.tmpdir();
  return fs.mkdtempSync(path.join(base, prefix));
}

async function campaign<T>(
  kind: string,
  arbitrary: fc.Arbitrary<T>,
  label: (input: T) => string,
  run: (input: T, index: number) => Promise<Outcome>,
  cli: (input: T, outcome: Outcome) => string | null,
  o: CampaignOptions,
): Promise<{ tally: Tally; failures: Failure[] }> {
  const tally = emptyTally();
  const failures: Failure[] = [];
  let index = 0;
  // fast-check streams the inputs (none is kept once checked); the property never fails, so a
  // failure is counted and the campaign goes on to the end.
  await fc.assert(
    fc.asyncProperty(arbitrary, async (input) => {
      const i = index++;
      const name = label(input);
      o.onInput?.(i, name);
      const start = performance.now();
      const outcome = await run(input, i);
      addOutcome(tally, outcome, performance.now() - start, name);
      const where = `seed ${o.seed}, input ${i}: ${name}`;
      if (outcome.failure) failures.push({ kind, failure: outcome.failure, input: where });
      if (o.cliEvery > 0 && i % o.cliEvery === 0 && outcome.verdict) {
        tally.cliSamples++;
        const disagreement = cli(input, outcome);
        if (disagreement) {
          tally.failures++;
          failures.push({ kind: `${kind} (CLI)`, failure: disagreement, input: where });
        }
      }
      return true;
    }),
    { numRuns: o.runs, seed: o.seed, endOnFailure: true },
  );
  return { tally, failures };
}

/** Generated work orders through extraction and the policy (`check` without --repo). */
export async function workOrderCampaign(o: CampaignOptions): Promise<{ tally: Tally; failures: Failure[] }> {
  const dir = scratchDir("wo-gate-fuzz-wo-");
  try {
    const checker = await WorkOrderChecker.create(dir);
    return await campaign(
      "work order",
      workOrderInput(seedDocuments(), o.hugeWeight ?? 0),
      (input) => input.label,
      (input) => checker.check(input),
      (input, outcome) => checker.cli(input, outcome),
      o,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Generated repositories through the startup-migration scan. */
export async function repositoryCampaign(o: CampaignOptions): Promise<{ tally: Tally; failures: Failure[] }> {
  const dir = scratchDir("wo-gate-fuzz-repo-");
  try {
    const scanner = new RepoScanner(dir);
    return await campaign(
      "repository",
      repoSpec(),
      (spec) => spec.label,
      // Every 20th repository is scanned twice: the same repository must give the same bytes.
      (spec, i) => scanner.check(spec, i % 20 === 0),
      (_spec, outcome) => scanner.cli(outcome),
      o,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
