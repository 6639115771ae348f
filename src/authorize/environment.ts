/**
 * Environments at deploy time: the `--env` flag (a key or alias from policy data) and the
 * environments a work order's §1 selects. The §1 reading mirrors the policy's `lib.env_of`
 * (label, then key or alias, then the label's first word), so a box means the same environment
 * to the policy and to `authorize`; test/authorize/environment.test.ts checks it against OPA.
 */
import { InputError } from "../errors.js";
import type { GateData } from "../decision/policyData.js";
import { nameKey } from "../workorder/normalize.js";
import type { WorkOrder } from "../workorder/schema.js";

export type GateEnvironment = GateData["environments"][number];

/** The environment `--env` names (its key, an alias or its §1 label); an unknown name is a usage error. */
export function resolveEnvironment(gate: GateData, name: string): GateEnvironment {
  const key = nameKey(name);
  const found = gate.environments.find((e) => e.matchKeys.includes(key) || e.labelKey === key);
  if (found) return found;
  const known = gate.environments.map((e) => `${e.key}${e.matchKeys.length > 1 ? ` (${e.matchKeys.slice(1).join(", ")})` : ""}`);
  throw new InputError(`--env ${JSON.stringify(name)} is not an environment of the policy data: use one of ${known.join(", ")}`);
}

/** The environment a §1 box label names, or null when it names none policy data knows. */
export function environmentOfLabel(gate: GateData, label: string): string | null {
  const text = label.trim().toLowerCase();
  const first = text.split(" ")[0] ?? "";
  return (
    gate.environments.find((e) => e.labelKey === text)?.key ??
    gate.environments.find((e) => e.matchKeys.includes(text))?.key ??
    gate.environments.find((e) => e.matchKeys.includes(first))?.key ??
    null
  );
}

/** The checked §1 boxes, each with the environment it names (null: none), in document order. */
export function selectedEnvironments(gate: GateData, workOrder: WorkOrder): Array<{ label: string; key: string | null; line: number }> {
  return workOrder.environments.filter((box) => box.checked).map((box) => ({ label: box.label, key: environmentOfLabel(gate, box.label), line: box.line }));
}
