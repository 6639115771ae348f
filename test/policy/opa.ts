/**
 * Test support for running the real OPA on policy/: the binary, and the prepared policy data
 * (policy/data.json keyed by the Node side exactly as the runtime keys it) as an OPA data file.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureOpa } from "../../scripts/ensure-opa.mjs";
import { prepareGateData, readPolicyData } from "../../src/decision/policyData.js";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const policyDir = path.join(root, "policy");
export const regoDir = path.join(policyDir, "wo_migration");

export const opa: string = ensureOpa();

/** A temp file `{"gate": …}` holding the prepared default policy data. */
export function gateDataFile(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "wo-gate-data-"));
  const file = path.join(dir, "gate.json");
  writeFileSync(file, JSON.stringify({ gate: prepareGateData(readPolicyData(path.join(policyDir, "data.json"))) }));
  return file;
}

export function runOpa(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(opa, args, { cwd: root, encoding: "utf8", maxBuffer: 256 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
