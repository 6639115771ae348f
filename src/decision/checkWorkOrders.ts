/**
 * The gate's one pipeline, shared by `wo-gate check` and the Action: load the policy, read the
 * work orders, gather the facts (scan, repository, GitHub), evaluate each work order with the
 * policy and build the report every output renders. Anything that stops the gate from deciding
 * is thrown as an InputError (exit 2), never turned into an allow.
 */
import { buildPolicyInput } from "../input/buildPolicyInput.js";
import { gatherFacts, type Facts, type GatherOptions, type GitHubAccess } from "../input/gatherFacts.js";
import type { RepositoryFacts } from "../input/schema.js";
import { checkReport, NO_WORK_ORDER, type CheckReport } from "../report/checkReport.js";
import { extractWorkOrder } from "../workorder/extractWorkOrder.js";
import { readWorkOrder } from "../workorder/readWorkOrderFile.js";
import { loadDecisionPolicy, type DecisionPolicy } from "./policy.js";

export interface CheckWorkOrdersOptions {
  /** Work-order files, as paths the process can open (they are reported as given). */
  workOrders: readonly string[];
  /** A directory of .rego, a .wasm or an OPA bundle; default: the bundled policy. */
  policy?: string;
  /** A policy data file; default: the policy's own data. */
  data?: string;
  /** The repository checkout, or null: no repository facts (only the text rules apply). */
  repo: string | null;
  /** The git ref changed migrations are measured against (a pull request's base), or null. */
  base: string | null;
  scan: boolean;
  scanPaths: readonly string[];
  migrationPaths: readonly string[];
  github: GitHubAccess | null;
}

const NO_FACTS: Facts = { scan: null, repository: null, github: null };

/**
 * The rules that judge a change rather than a work order: the only ones that apply when no work
 * order stands behind an entry (rule catalog: work-order-missing).
 */
const CHANGE_RULES: ReadonlySet<string> = new Set(["work-order-missing"]);

// The policy input always carries a work order. Changes no work order covers are evaluated with
// this empty one, and only CHANGE_RULES count: its text rules would judge a document nobody wrote.
const emptyWorkOrder = () => extractWorkOrder("**WO-MIGRATION-0 — no work order**\n", NO_WORK_ORDER);

export async function checkWorkOrders(options: CheckWorkOrdersOptions): Promise<CheckReport> {
  const policy = await loadDecisionPolicy({ policy: options.policy, data: options.data });
  const workOrders = [];
  for (const file of options.workOrders) workOrders.push({ file, workOrder: await readWorkOrder(file) });
  if (workOrders.length === 0) return checkWithoutWorkOrders(policy, options);
  const facts = await gatherFacts({ ...gatherOptions(options), workOrders });
  const results = workOrders.map(({ file, workOrder }, i) => {
    const found = facts.perWorkOrder[i] ?? NO_FACTS;
    return { file, workOrder, repository: found.repository, decision: policy.evaluate(buildPolicyInput(file, workOrder, found)) };
  });
  return checkReport(results, facts.scanReport);
}

function gatherOptions(o: CheckWorkOrdersOptions): Omit<GatherOptions, "workOrders"> {
  return { repo: o.repo, base: o.base, scan: o.scan, scanPaths: o.scanPaths, migrationPaths: o.migrationPaths, github: o.github };
}

/**
 * No work order to check (a pull request that changes none): migrations may still have changed
 * without one, and that is a deny (work-order-missing). The repository facts are gathered as for
 * a work order, then each changed migration file is evaluated on its own, as an entry named
 * after the file, so the report, annotations and SARIF point at the migration. When the changes
 * cannot be established (not a git repository, the base missing), one entry named
 * NO_WORK_ORDER carries the "cannot verify" violation. Entries the policy allows (a migration a
 * work order at this commit declares) are left out: the report lists nothing to check.
 */
async function checkWithoutWorkOrders(policy: DecisionPolicy, o: CheckWorkOrdersOptions): Promise<CheckReport> {
  if (o.repo === null) return checkReport([], null);
  const empty = emptyWorkOrder();
  // Approvals belong to work orders: none to verify here.
  const facts = await gatherFacts({ ...gatherOptions(o), github: null, workOrders: [{ file: NO_WORK_ORDER, workOrder: empty }] });
  const repository = facts.perWorkOrder[0]?.repository ?? null;
  const changes = repository?.changedMigrations;
  const entries: Array<{ file: string; repository: RepositoryFacts | null }> =
    repository && changes?.status === "available"
      ? changes.changed.map((change) => ({ file: change.file, repository: { ...repository, changedMigrations: { ...changes, changed: [change] } } }))
      : [{ file: NO_WORK_ORDER, repository }];
  const results = entries.map(({ file, repository: facts }) => {
    const decision = policy.evaluate(buildPolicyInput(file, empty, { scan: null, repository: facts, github: null }));
    const violations = decision.violations.filter((v) => CHANGE_RULES.has(v.rule));
    return { file, workOrder: null, decision: { allow: violations.length === 0, violations } };
  });
  return checkReport(
    results.filter((r) => !r.decision.allow),
    facts.scanReport,
  );
}
