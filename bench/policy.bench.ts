/**
 * Policy figures: `wo-gate check` end to end on one work order (spawning the bundled CLI) beside
 * `opa eval` of the same decision on the same input (goal: the gate no slower than opa eval), the
 * policy evaluation alone in process (goal: under 1 ms), and the compiled module's size.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureOpa } from "../scripts/ensure-opa.mjs";
import { loadDecisionPolicy } from "../src/decision/policy.js";
import { buildPolicyInput } from "../src/input/buildPolicyInput.js";
import { readWorkOrder } from "../src/workorder/readWorkOrderFile.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function timeSpawn(command: string, args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(command, args, { cwd: root, encoding: "utf8" });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (r.status !== 0 && r.status !== 1) throw new Error(`${command} ${args.join(" ")} failed: ${r.stderr}`);
  }
  return median(times);
}

export async function run(): Promise<Record<string, string | number>> {
  const workOrderFile = path.resolve(root, "../shared/fixtures/work-orders/WO-MIGRATION-101-invoices-tax-region.md");
  const policy = await loadDecisionPolicy();
  const input = buildPolicyInput(workOrderFile, await readWorkOrder(workOrderFile), { scan: null, repository: null, github: null });

  const tmp = mkdtempSync(path.join(os.tmpdir(), "wo-gate-bench-"));
  writeFileSync(path.join(tmp, "input.json"), JSON.stringify(input));
  writeFileSync(path.join(tmp, "gate.json"), JSON.stringify({ gate: policy.gate }));
  const opa = ensureOpa();
  const runs = 15;
  const gate = timeSpawn(process.execPath, [path.join(root, "dist/cli.js"), "check", "--format", "json", workOrderFile], runs);
  const opaEval = timeSpawn(
    opa,
    ["eval", "--format", "json", "-d", path.join(root, "policy/wo_migration"), "--ignore", "*_test.rego", "-d", path.join(tmp, "gate.json"), "-i", path.join(tmp, "input.json"), "data.wo_migration.decision"],
    runs,
  );

  for (let i = 0; i < 200; i++) policy.evaluate(input); // warm up the JIT
  const evals: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const start = process.hrtime.bigint();
    policy.evaluate(input);
    evals.push(Number(process.hrtime.bigint() - start) / 1e6);
  }

  return {
    "check end to end, median ms (node dist/cli.js check, 1 work order)": gate.toFixed(1),
    "opa eval of the same decision, median ms": opaEval.toFixed(1),
    "ratio check / opa eval (goal <= 1)": (gate / opaEval).toFixed(2),
    "policy evaluation alone, median ms (goal < 1)": median(evals).toFixed(3),
    "compiled module size, KiB (dist/policy/policy.wasm)": (statSync(path.join(root, "dist/policy/policy.wasm")).size / 1024).toFixed(1),
  };
}
