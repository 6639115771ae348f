/**
 * `npm run fuzz`: the fuzz campaigns of test/fuzz at full size, in-process, split over one worker
 * process per core (decisions.md: fuzz in-process, spawn the CLI for a sample only).
 *
 *   --work-orders N   generated work orders through extraction and the policy (default 100,000)
 *   --repos N         generated repositories through the scan (default 10,000)
 *   --seed S          base seed (default 20260310); each worker adds its index
 *   --jobs N          worker processes (default: available cores)
 *   --cli N           inputs of each kind also run through the CLI (default 20)
 *
 * Prints the counts of inputs, results, clean errors and failures per kind, and every failure
 * with what reproduces it; exits 1 when anything failed. A worker that reports nothing for
 * HANG_MS is stopped and its current input counted as a failure (a hang).
 */
import { fork } from "node:child_process";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { repositoryCampaign, workOrderCampaign, type Failure } from "../test/fuzz/campaign.js";
import { emptyTally, mergeTallies, type Tally } from "../test/fuzz/outcome.js";

const HANG_MS = 180_000;
/** 5 MB documents: one padding step per 5,000 mutation steps, about 25 per 100,000 work orders. */
const HUGE_WEIGHT = 1;

interface Options {
  workOrders: number;
  repos: number;
  seed: number;
  jobs: number;
  cli: number;
}

type Message =
  | { type: "input"; kind: string; index: number; label: string }
  | { type: "done"; kind: string; tally: Tally; failures: Failure[] };

function parseArgs(argv: string[]): Options & { shard?: number } {
  const o: Options & { shard?: number } = { workOrders: 100_000, repos: 10_000, seed: 20260310, jobs: os.availableParallelism(), cli: 20 };
  const names: Record<string, keyof typeof o> = { "--work-orders": "workOrders", "--repos": "repos", "--seed": "seed", "--jobs": "jobs", "--cli": "cli", "--shard": "shard" };
  for (let i = 0; i < argv.length; i += 2) {
    const key = names[argv[i] as string];
    const value = Number(argv[i + 1]);
    if (!key || !Number.isSafeInteger(value) || value < 0) throw new Error(`usage: npm run fuzz -- [--work-orders N] [--repos N] [--seed S] [--jobs N] [--cli N] (at ${argv[i]})`);
    o[key] = value;
  }
  o.jobs = Math.max(1, o.jobs);
  return o;
}

/** This worker's share of `total` inputs. */
const share = (total: number, jobs: number, shard: number) => Math.floor(total / jobs) + (shard < total % jobs ? 1 : 0);

async function worker(o: Options, shard: number): Promise<void> {
  const send = (m: Message) => new Promise<void>((resolve) => process.send!(m, () => resolve()));
  const kinds = [
    { kind: "work orders", total: o.workOrders, run: workOrderCampaign },
    { kind: "repositories", total: o.repos, run: repositoryCampaign },
  ];
  for (const { kind, total, run } of kinds) {
    const runs = share(total, o.jobs, shard);
    const samples = share(o.cli, o.jobs, shard);
    if (runs === 0) {
      await send({ type: "done", kind, tally: emptyTally(), failures: [] });
      continue;
    }
    const { tally, failures } = await run({
      runs,
      seed: o.seed + shard,
      cliEvery: samples > 0 ? Math.ceil(runs / samples) : 0,
      hugeWeight: HUGE_WEIGHT,
      onInput: (index, label) => process.send!({ type: "input", kind, index, label: label.slice(0, 500) } satisfies Message),
    });
    await send({ type: "done", kind, tally, failures });
  }
}

function formatTally(kind: string, t: Tally): string {
  return [
    `${kind}: ${t.inputs} inputs, ${t.results} results (${t.allow} allow, ${t.deny} deny), ${t.cleanErrors} clean errors, ${t.failures} failures`,
    `  CLI sample: ${t.cliSamples} run through wo-gate; slowest input ${(t.slowestMs / 1000).toFixed(2)} s: ${t.slowest}`,
  ].join("\n");
}

async function main(): Promise<number> {
  const o = parseArgs(process.argv.slice(2));
  if (o.shard !== undefined) {
    await worker(o, o.shard);
    return 0;
  }
  const started = Date.now();
  console.log(`fuzz: ${o.workOrders} work orders, ${o.repos} repositories, seed ${o.seed}, ${o.jobs} workers, ${o.cli} CLI samples of each`);
  const tallies = new Map<string, Tally>();
  const failures: Failure[] = [];
  const self = fileURLToPath(import.meta.url);
  const seen = new Map<string, number>();
  const progress = setInterval(() => console.log(`  … ${[...seen].map(([kind, n]) => `${n} ${kind}`).join(", ")} so far (${((Date.now() - started) / 1000).toFixed(0)} s)`), 60_000);
  await Promise.all(
    Array.from({ length: o.jobs }, (_, shard) =>
      new Promise<void>((resolve) => {
        const child = fork(self, [...process.argv.slice(2), "--shard", String(shard)], { execArgv: ["--import", "tsx", "--max-old-space-size=4096"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
        let current: Extract<Message, { type: "input" }> | null = null;
        let timer: NodeJS.Timeout;
        const watch = () => {
          clearTimeout(timer);
          timer = setTimeout(() => {
            failures.push({ kind: current?.kind ?? "worker", failure: `hang: no result within ${HANG_MS / 1000} s`, input: `seed ${o.seed + shard}, input ${current?.index}: ${current?.label}` });
            child.kill("SIGKILL");
          }, HANG_MS);
        };
        watch();
        child.on("message", (m: Message) => {
          watch();
          if (m.type === "input") {
            current = m;
            seen.set(m.kind, (seen.get(m.kind) ?? 0) + 1);
          } else {
            tallies.set(m.kind, mergeTallies(tallies.get(m.kind) ?? emptyTally(), m.tally));
            failures.push(...m.failures);
            current = null;
          }
        });
        child.on("exit", (code, signal) => {
          clearTimeout(timer);
          if (code !== 0 && signal !== "SIGKILL") {
            failures.push({ kind: current?.kind ?? "worker", failure: `worker ${shard} died (exit ${code}, signal ${signal})`, input: `seed ${o.seed + shard}, input ${current?.index}: ${current?.label}` });
          }
          resolve();
        });
      }),
    ),
  );
  clearInterval(progress);
  for (const [kind, t] of tallies) console.log(formatTally(kind, t));
  for (const f of failures) console.log(`FAILURE (${f.kind}): ${f.failure}\n  input: ${f.input}`);
  const failed = failures.length;
  console.log(`total: ${[...tallies.values()].reduce((n, t) => n + t.inputs, 0)} inputs, ${failed} failures, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`fuzz: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 2;
  },
);
