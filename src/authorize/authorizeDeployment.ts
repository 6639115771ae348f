/**
 * `authorize` end to end: load the policy, gather the deploy's facts, decide. The one function
 * the CLI command and the Action's `command: authorize` both call.
 */
import { loadDecisionPolicy } from "../decision/policy.js";
import { decideAuthorization } from "./decide.js";
import { gatherDeployFacts, type DeployOptions } from "./gatherDeployFacts.js";
import type { AuthorizationRecord } from "./schema.js";

export interface AuthorizeOptions extends DeployOptions {
  /** A directory of .rego, a .wasm or an OPA bundle; default: the bundled policy. */
  policy?: string;
  /** Policy data; default: the policy's own. */
  data?: string;
}

export async function authorizeDeployment(options: AuthorizeOptions): Promise<AuthorizationRecord> {
  const policy = await loadDecisionPolicy({ policy: options.policy, data: options.data });
  return decideAuthorization(await gatherDeployFacts(options, policy.gate), policy);
}
