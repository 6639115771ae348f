/**
 * What `wo-gate check` reports: one decision per work order and the run's overall decision.
 * Every output format (text, JSON, Markdown, and the Action's summary) renders this one value.
 */
import type { Decision, Violation } from "../decision/policy.js";
import type { RepositoryFacts } from "../input/schema.js";
import type { WorkOrder } from "../workorder/schema.js";

export type Verdict = "allow" | "deny";

export interface WorkOrderResult {
  file: string;
  decision: Verdict;
  violations: Violation[];
  /**
   * The extracted work order; null for an entry no work order stands behind: a changed migration
   * file that no work order declares (`file` is that migration, see checkWorkOrders).
   */
  workOrder: WorkOrder | null;
  /** What the repository cross-check established (null without a repository): what an allow rests on. */
  repository: RepositoryFacts | null;
}

/** The entry for changed migrations when the changes themselves cannot be established: no file. */
export const NO_WORK_ORDER = "(no work order)";

export interface CheckReport {
  decision: Verdict;
  workOrders: WorkOrderResult[];
  /** The scan report (`wo-gate scan --format json`), or null when no repository was scanned. */
  scan: unknown;
}

export function checkReport(
  results: ReadonlyArray<{ file: string; workOrder: WorkOrder | null; decision: Decision; repository?: RepositoryFacts | null }>,
  scan: unknown,
): CheckReport {
  const workOrders = results.map(({ file, workOrder, decision, repository }) => ({
    file,
    decision: decision.allow ? ("allow" as const) : ("deny" as const),
    violations: decision.violations,
    workOrder,
    repository: repository ?? null,
  }));
  return { decision: workOrders.every((w) => w.decision === "allow") ? "allow" : "deny", workOrders, scan: scan ?? null };
}
