import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  buildPolicyInput,
  gatherFacts
} from "./chunk-6GTH3FSU.js";
import {
  loadDecisionPolicy
} from "./chunk-ARVGU37P.js";
import {
  readWorkOrder
} from "./chunk-MFPUUH5K.js";
import {
  extractWorkOrder
} from "./chunk-QQRUVNBB.js";

// src/report/checkReport.ts
var NO_WORK_ORDER = "(no work order)";
function checkReport(results, scan) {
  const workOrders = results.map(({ file, workOrder, decision, repository }) => ({
    file,
    decision: decision.allow ? "allow" : "deny",
    violations: decision.violations,
    workOrder,
    repository: repository ?? null
  }));
  return { decision: workOrders.every((w) => w.decision === "allow") ? "allow" : "deny", workOrders, scan: scan ?? null };
}

// src/decision/checkWorkOrders.ts
var NO_FACTS = { scan: null, repository: null, github: null };
var CHANGE_RULES = /* @__PURE__ */ new Set(["work-order-missing"]);
var emptyWorkOrder = () => extractWorkOrder("**WO-MIGRATION-0 \u2014 no work order**\n", NO_WORK_ORDER);
async function checkWorkOrders(options) {
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
function gatherOptions(o) {
  return { repo: o.repo, base: o.base, scan: o.scan, scanPaths: o.scanPaths, migrationPaths: o.migrationPaths, github: o.github };
}
async function checkWithoutWorkOrders(policy, o) {
  if (o.repo === null) return checkReport([], null);
  const empty = emptyWorkOrder();
  const facts = await gatherFacts({ ...gatherOptions(o), github: null, workOrders: [{ file: NO_WORK_ORDER, workOrder: empty }] });
  const repository = facts.perWorkOrder[0]?.repository ?? null;
  const changes = repository?.changedMigrations;
  const entries = repository && changes?.status === "available" ? changes.changed.map((change) => ({ file: change.file, repository: { ...repository, changedMigrations: { ...changes, changed: [change] } } })) : [{ file: NO_WORK_ORDER, repository }];
  const results = entries.map(({ file, repository: facts2 }) => {
    const decision = policy.evaluate(buildPolicyInput(file, empty, { scan: null, repository: facts2, github: null }));
    const violations = decision.violations.filter((v) => CHANGE_RULES.has(v.rule));
    return { file, workOrder: null, decision: { allow: violations.length === 0, violations } };
  });
  return checkReport(
    results.filter((r) => !r.decision.allow),
    facts.scanReport
  );
}

export {
  NO_WORK_ORDER,
  checkWorkOrders
};
