/**
 * The gathering half of `authorize` (I/O: git, the migration adapters, GitHub): the migrations
 * about to run, the work orders that declare them (read by the extractor, matched by the
 * repository cross-check's `declaredFiles`), the facts the policy needs about each (scan and
 * repository through `gatherFacts`, approvals through approvalHistory.ts) and, for production,
 * the GitHub Environment's protection. Nothing here decides; what cannot be established is
 * recorded with its reason, and the decision denies it.
 */
import path from "node:path";
import type { GateData } from "../decision/policyData.js";
import { InputError } from "../errors.js";
import { createGitHubClient, GitHubApiError, type RetryPolicy } from "../github/client.js";
import { getEnvironmentProtection } from "../github/environments.js";
import { gatherFacts } from "../input/gatherFacts.js";
import { listMigrations } from "../repo/checkout.js";
import { trackedWorkOrderFiles } from "../repo/declaringWorkOrders.js";
import { declaredFiles } from "../repo/facts.js";
import { assertRepository, committedAsIs, GitUnavailable, resolveCommit, shallowBoundary } from "../repo/git.js";
import { readWorkOrder } from "../workorder/readWorkOrderFile.js";
import type { WorkOrder } from "../workorder/schema.js";
import { gatherApproval, type GitHubRepository } from "./approvalHistory.js";
import type { DeployFacts, WorkOrderFacts } from "./deployFacts.js";
import { resolveEnvironment } from "./environment.js";
import { migrationsAboutToRun, selectionOf } from "./pendingMigrations.js";
import type { EnvironmentProtectionFacts } from "./schema.js";

export interface GitHubSettings {
  /** GITHUB_TOKEN (the Action: its github-token input); empty: approvals cannot be verified. */
  token: string | undefined;
  /** GITHUB_REPOSITORY, owner/repo. */
  repository: string | undefined;
  /** The REST API base (`apiBaseUrl(env)`: GITHUB_API_URL). */
  apiUrl: string;
  retry?: Partial<RetryPolicy>;
}

export interface DeployOptions {
  /** The checkout being deployed. */
  repo: string;
  /** `--env`: a key or alias from policy data. */
  environment: string;
  /** `--migration` ids; empty: `pendingFrom`, else the graph heads. */
  migrations: readonly string[];
  pendingFrom: string | null;
  workOrderGlobs: readonly string[];
  migrationPaths?: readonly string[];
  /** Run the startup-migration scan (a repository rule the policy judges). */
  scan: boolean;
  github: GitHubSettings;
}

function gitHubRepository(s: GitHubSettings): GitHubRepository {
  const repository = s.repository?.trim();
  if (repository) {
    const [owner, repo, ...rest] = repository.split("/");
    if (!owner || !repo || rest.length > 0) throw new InputError(`GITHUB_REPOSITORY is not owner/repo: ${JSON.stringify(repository)}`);
    if (!s.token) return { status: "unavailable", reason: "no token (set GITHUB_TOKEN to a token that can read pull requests)" };
    return { status: "available", client: createGitHubClient({ token: s.token, baseUrl: s.apiUrl, retry: s.retry }), owner, repo };
  }
  if (!s.token) return { status: "unavailable", reason: "no token (set GITHUB_TOKEN to a token that can read pull requests)" };
  return { status: "unavailable", reason: "GITHUB_REPOSITORY is not set, so the repository whose pull requests hold the approvals is unknown" };
}

async function environmentProtection(github: GitHubRepository, name: string): Promise<EnvironmentProtectionFacts> {
  if (github.status === "unavailable") return { status: "unavailable", reason: github.reason };
  try {
    return { status: "available", protection: await getEnvironmentProtection(github.client, github.owner, github.repo, name) };
  } catch (e) {
    if (e instanceof GitHubApiError) return { status: "unavailable", reason: `GitHub API error: ${e.message}` };
    throw e;
  }
}

/**
 * The work orders at the deployed commit (tracked files matching the globs; an untracked one is on
 * no commit, so it authorizes nothing) that declare at least one of `files`, read by the
 * extractor. A matching file that is not a work order stops the gate (exit 2), as in `check`.
 */
async function declaringWorkOrders(dir: string, globs: readonly string[], files: readonly string[], isDeclaredBy: (wo: WorkOrder, file: string) => boolean) {
  const found: Array<{ file: string; workOrder: WorkOrder; declares: string[] }> = [];
  for (const file of await trackedWorkOrderFiles(dir, globs)) {
    const workOrder = await readWorkOrder(path.join(dir, file));
    const declares = files.filter((f) => isDeclaredBy(workOrder, f));
    if (declares.length > 0) found.push({ file, workOrder, declares });
  }
  return found;
}

export async function gatherDeployFacts(o: DeployOptions, gate: GateData): Promise<DeployFacts> {
  if (o.migrations.length > 0 && o.pendingFrom !== null) throw new InputError("--migration and --pending-from are alternatives: give one");
  const environment = resolveEnvironment(gate, o.environment);
  const github = gitHubRepository(o.github);
  const selection = selectionOf(o.migrations, o.pendingFrom);
  const repository = github.status === "available" ? `${github.owner}/${github.repo}` : (o.github.repository?.trim() || null);
  // Local facts first (git, work orders: an unreadable one stops the gate before any API call).
  const protection = () => (environment.production ? environmentProtection(github, environment.key) : Promise.resolve(null));
  const base = { environment: environment.key, repository, selection };

  let deployed: string;
  try {
    await assertRepository(o.repo);
    deployed = await resolveCommit(o.repo, "HEAD");
  } catch (e) {
    if (!(e instanceof GitUnavailable)) throw e;
    return { ...base, deployedCommit: null, migrations: { status: "unavailable", reason: e.message }, workOrders: [], environmentProtection: await protection() };
  }
  const inventory = await listMigrations(o.repo);
  const migrations = await migrationsAboutToRun(o.repo, inventory, o.migrations, selection, [...(o.migrationPaths ?? [])]);
  const targets = migrations.status === "available" ? migrations.targets.filter((t) => t.problem === null && t.file !== null) : [];
  const byFile = new Map(targets.map((t) => [t.file!, t]));
  const declaring = await declaringWorkOrders(o.repo, o.workOrderGlobs, [...byFile.keys()], (workOrder, file) => {
    const t = byFile.get(file)!;
    return declaredFiles([workOrder], inventory)({ file, tool: t.tool, id: t.id, status: "A" });
  });

  const gathered = declaring.length
    ? await gatherFacts({
        repo: o.repo,
        base: null,
        workOrders: declaring,
        scan: o.scan,
        scanPaths: [],
        migrationPaths: [...(o.migrationPaths ?? [])],
        github: null,
      })
    : { perWorkOrder: [] };
  const boundary = await shallowBoundary(o.repo);
  const workOrders: WorkOrderFacts[] = [];
  for (const [i, w] of declaring.entries()) {
    const approval = await gatherApproval({ dir: o.repo, file: w.file, deployed, boundary, github });
    const facts = gathered.perWorkOrder[i] ?? { scan: null, repository: null, github: null };
    workOrders.push({
      ...w,
      committed: await committedAsIs(o.repo, w.file),
      history: approval.history,
      facts: { ...facts, github: approval.github },
    });
  }
  return { ...base, deployedCommit: deployed, migrations, workOrders, environmentProtection: await protection() };
}
