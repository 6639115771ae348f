/**
 * The seam where repository and GitHub facts enter the policy input. `check` calls it once per
 * run with every work order; the scanner, the migration cross-check and the GitHub adapters plug
 * in here. A fact group stays null when its stage was not asked for (no --repo, not a pull
 * request), and then the rules that need it do not fire (decisions.md). Until those stages are
 * wired, nothing is gathered: only the text rules apply.
 */
import type { PolicyInput } from "./schema.js";
import type { WorkOrder } from "../workorder/schema.js";
import type { PullRequestContext } from "../github/event.js";

export type Facts = Pick<PolicyInput, "scan" | "repository" | "github">;

export interface GatherOptions {
  /** The repository checkout (--repo), or null: no repository facts. */
  repo: string | null;
  /** The git ref changed migrations are measured against (--base), or null. */
  base: string | null;
  workOrders: ReadonlyArray<{ file: string; workOrder: WorkOrder }>;
  /** Run the startup-migration scan (with a repository). */
  scan: boolean;
  /** Directories to scan, relative to the repository; empty: the whole checkout. */
  scanPaths: readonly string[];
  /** `migration-paths` globs: files matching them are migrations even without an adapter. */
  migrationPaths: readonly string[];
  /** Verify approvals on GitHub (the Action); null: not asked for, the GitHub rules do not fire. */
  github: GitHubAccess | null;
}

export interface GitHubAccess {
  /** The API token; empty when the workflow gave none (approvals then cannot be verified). */
  token: string;
  context: PullRequestContext;
  /** The REST API base (`apiBaseUrl(process.env)`: GITHUB_API_URL, GHES included). */
  apiUrl: string;
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
