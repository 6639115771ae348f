/**
 * The seam where repository and GitHub facts enter the policy input. `check` calls it once per
 * run with every work order; the scanner, the migration cross-check and the GitHub adapters plug
 * in here. A fact group stays null when its stage was not asked for (no --repo, not a pull
 * request), and then the rules that need it do not fire (decisions.md).
 */
import path from "node:path";
import { InputError } from "../errors.js";
import type { ScanResult } from "../scan/schema.js";
import type { PolicyInput, ScanFacts } from "./schema.js";
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

/** The scan's facts for the policy: only what the `startup-migration` rule reads. */
function scanFacts(result: ScanResult): ScanFacts {
  return {
    status: "available",
    reason: null,
    findings: result.findings.map(({ file, line, trigger, tool, rule, explanation }) => ({ file, line, trigger, tool, rule, explanation })),
  };
}

/**
 * Scans the checkout (or each of `scanPaths` inside it, paths reported from the repository root).
 * A scan that cannot finish (a bound exceeded, an unreadable directory) is reported as
 * unavailable, so the policy denies "cannot verify" rather than passing a partial scan.
 */
async function scan(repo: string, scanPaths: readonly string[]): Promise<{ report: ScanResult | null; facts: ScanFacts }> {
  const { scanRepository } = await import("../scan/scanRepository.js");
  const roots = scanPaths.length > 0 ? scanPaths : ["."];
  const merged: ScanResult = { findings: [], suppressed: [], skipped: [], suppressionErrors: [] };
  try {
    for (const root of roots) {
      const result = await scanRepository(path.join(repo, root));
      const prefix = (file: string) => path.posix.normalize(path.posix.join(root.split(path.sep).join("/"), file));
      merged.findings.push(...result.findings.map((f) => ({ ...f, file: prefix(f.file) })));
      merged.suppressed.push(...result.suppressed.map((f) => ({ ...f, file: prefix(f.file) })));
      merged.skipped.push(...result.skipped.map((f) => ({ ...f, file: prefix(f.file) })));
      merged.suppressionErrors.push(...result.suppressionErrors.map((f) => ({ ...f, file: prefix(f.file) })));
    }
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { report: null, facts: { status: "unavailable", reason: e.message, findings: [] } };
  }
  return { report: merged, facts: scanFacts(merged) };
}

/** Every work order at the checked commit; a checkout git cannot read has none (its facts say why). */
async function declaringWorkOrders(repo: string): Promise<WorkOrder[]> {
  const [{ readDeclaringWorkOrders }, { GitUnavailable }] = await Promise.all([import("../repo/declaringWorkOrders.js"), import("../repo/git.js")]);
  try {
    return await readDeclaringWorkOrders(repo);
  } catch (e) {
    if (e instanceof GitUnavailable) return [];
    throw e;
  }
}

export async function gatherFacts(options: GatherOptions): Promise<GatheredFacts> {
  const { repo, workOrders } = options;
  const scanned = repo !== null && options.scan ? await scan(repo, options.scanPaths) : null;
  // Each stage is imported only when asked for: a text-only check never loads the scanner, git or the GitHub client.
  const github = options.github
    ? await (await import("../github/facts.js")).gatherReviewFacts({ token: options.github.token, context: options.github.context, baseUrl: options.github.apiUrl })
    : null;
  const allWorkOrders = [...workOrders.map((w) => w.workOrder), ...(repo === null ? [] : await declaringWorkOrders(repo))];
  const perWorkOrder: Facts[] = [];
  const gatherRepositoryFacts = repo === null ? null : (await import("../repo/facts.js")).gatherRepositoryFacts;
  for (const { workOrder } of workOrders) {
    const repository =
      repo === null || gatherRepositoryFacts === null
        ? null
        : await gatherRepositoryFacts({
            dir: repo,
            workOrder,
            allWorkOrders,
            base: options.base,
            migrationPaths: [...options.migrationPaths],
          });
    perWorkOrder.push({ scan: scanned?.facts ?? null, repository, github });
  }
  return { scanReport: scanned?.report ?? null, perWorkOrder };
}
