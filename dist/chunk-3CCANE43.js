import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  nameKey
} from "./chunk-QQRUVNBB.js";
import {
  InputError
} from "./chunk-WG3IXMWM.js";

// src/authorize/environment.ts
function resolveEnvironment(gate, name) {
  const key = nameKey(name);
  const found = gate.environments.find((e) => e.matchKeys.includes(key) || e.labelKey === key);
  if (found) return found;
  const known = gate.environments.map((e) => `${e.key}${e.matchKeys.length > 1 ? ` (${e.matchKeys.slice(1).join(", ")})` : ""}`);
  throw new InputError(`--env ${JSON.stringify(name)} is not an environment of the policy data: use one of ${known.join(", ")}`);
}
function environmentOfLabel(gate, label) {
  const text = label.trim().toLowerCase();
  const first = text.split(" ")[0] ?? "";
  return gate.environments.find((e) => e.labelKey === text)?.key ?? gate.environments.find((e) => e.matchKeys.includes(text))?.key ?? gate.environments.find((e) => e.matchKeys.includes(first))?.key ?? null;
}
function selectedEnvironments(gate, workOrder) {
  return workOrder.environments.filter((box) => box.checked).map((box) => ({ label: box.label, key: environmentOfLabel(gate, box.label), line: box.line }));
}

export {
  resolveEnvironment,
  selectedEnvironments
};
