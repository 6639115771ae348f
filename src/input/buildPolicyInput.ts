/**
 * The policy input for one work order: the extracted work order plus the gathered facts, checked
 * against the documented schema before the policy sees it, so the Rego can rely on every field
 * being present (null where absent) and a shape error is an exit 2, never a silent allow.
 */
import { inputError } from "../errors.js";
import type { WorkOrder } from "../workorder/schema.js";
import type { Facts } from "./gatherFacts.js";
import { PolicyInputSchema, type PolicyInput } from "./schema.js";

export function buildPolicyInput(file: string, workOrder: WorkOrder, facts: Facts): PolicyInput {
  const result = PolicyInputSchema.safeParse({ file, workOrder, ...facts });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw inputError(file, `the policy input does not match its schema: ${issue?.path.join(".")}: ${issue?.message}`);
}
