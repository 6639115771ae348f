/**
 * The seam where repository and GitHub facts enter the policy input. `check` calls it once per
 * run with every work order; the scanner, the migration cross-check and the GitHub adapters plug
 * in here. A fact group stays null when its stage was not asked for (no --repo, not a pull
 * request), and then the rules that need it do not fire (decisions.md). Until those stages are
 * wired, nothing is gathered: only the text rules apply.
 */
import type { PolicyInput } from "./schema.js";
import type { WorkOrder } from "../workorder/schema.js";

export type Facts = Pick<PolicyInput, "scan" | "repository" | "github">;

export interface GatherOptions {
  /** The repository checkout (--repo), or null: no repository facts. */
  repo: string | null;
  /** The git ref changed migrations are measured against (--base), or null. */
  base: string | null;
  workOrders: ReadonlyArray<{ file: string; workOrder: WorkOrder }>;
}

export interface GatheredFacts {
  /** The scan report, as `wo-gate scan --format json` prints it; null when nothing was scanned. */
  scanReport: unknown;
  /** The facts for each work order, in the order given. */
  perWorkOrder: Facts[];
}

export async function gatherFacts(options: GatherOptions): Promise<GatheredFacts> {
  return {
    scanReport: null,
    perWorkOrder: options.workOrders.map(() => ({ scan: null, repository: null, github: null })),
  };
}
