/**
 * Everything `authorize` gathered about a deploy (git, the migration adapters, GitHub), as plain
 * values: the input of the pure decision (decide.ts). Gathering is in gatherDeployFacts.ts.
 */
import type { Facts } from "../input/gatherFacts.js";
import type { WorkOrder } from "../workorder/schema.js";
import type { ApprovalHistory, EnvironmentProtectionFacts, MigrationTarget, Selection } from "./schema.js";

export interface WorkOrderFacts {
  /** Repository-relative path. */
  file: string;
  workOrder: WorkOrder;
  /** Files of the migrations about to run that its §4 declares (by tool and revision, through the adapters). */
  declares: string[];
  /** Committed at the deployed commit exactly as it stands in the checkout. */
  committed: boolean;
  history: ApprovalHistory;
  /** The policy's facts: scan and repository (as `check --repo` gathers them), and the approvals on GitHub. */
  facts: Facts;
}

export interface DeployFacts {
  /** The environment key `--env` resolved to. */
  environment: string;
  /** owner/repo, or null when GITHUB_REPOSITORY is not set. */
  repository: string | null;
  /** HEAD of the checkout; null when it is not a git repository. */
  deployedCommit: string | null;
  selection: Selection;
  migrations: { status: "available"; targets: MigrationTarget[] } | { status: "unavailable"; reason: string };
  /** Every work order (matching the globs) that declares a migration about to run. */
  workOrders: WorkOrderFacts[];
  /** Production only (null otherwise): the GitHub Environment of the same name. */
  environmentProtection: EnvironmentProtectionFacts | null;
}
