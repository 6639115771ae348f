/**
 * The pure decision of `authorize`: gathered facts in, authorization record out. Each work order
 * that declares a migration about to run is judged by the policy (`evaluate`, the compiled Rego:
 * every text, repository and approval rule); the deploy-time rules (deployRules.ts) add what only
 * the deploy can tell. Any violation denies; nothing to run and nothing wrong allows.
 */
import type { Decision } from "../decision/policy.js";
import type { GateData } from "../decision/policyData.js";
import { buildPolicyInput } from "../input/buildPolicyInput.js";
import type { GithubFacts, PolicyInput } from "../input/schema.js";
import { compareText } from "../migrations/adapter.js";
import type { DeployFacts, WorkOrderFacts } from "./deployFacts.js";
import { DEPLOY_RULES, type DeployContext } from "./deployRules.js";
import { resolveEnvironment, selectedEnvironments } from "./environment.js";
import type { Approver, AuthorizationRecord, AuthorizeViolation, EnvironmentProtectionFacts, WorkOrderEntry } from "./schema.js";

export interface DecidingPolicy {
  gate: GateData;
  evaluate(input: PolicyInput): Decision;
}

// The same states the policy reads as a person's standing review (approval_not_verified.rego).
const STANDING = new Set(["APPROVED", "CHANGES_REQUESTED", "DISMISSED"]);

/**
 * The people whose approval the policy verifies (the §8 sign-off's signers and, for production,
 * the final authority), each with the login policy data maps them to and their standing review,
 * for the record. Whether it counts is the policy's verdict, not this listing's.
 */
function approvers(gate: GateData, w: WorkOrderFacts, github: GithubFacts | null): Approver[] {
  const people = new Map<string, string>();
  for (const n of w.workOrder.signOff.approval.signer?.names ?? []) if (!people.has(n.key)) people.set(n.key, n.display);
  const production = selectedEnvironments(gate, w.workOrder).some((s) => s.key === gate.production);
  if (production) people.set(gate.finalAuthority.key, gate.finalAuthority.name);
  return [...people.entries()]
    .map(([key, name]): Approver => {
      const login = gate.githubLogins[key]?.login ?? null;
      const reviews = (github?.reviews ?? []).filter((r) => login !== null && r.login.toLowerCase() === login.toLowerCase() && STANDING.has(r.state));
      const standing = reviews.reduce<(typeof reviews)[number] | null>((latest, r) => (latest === null || r.id > latest.id ? r : latest), null);
      return { name, login, reviewId: standing?.id ?? null, state: standing?.state ?? null, commitSha: standing?.commitId ?? null };
    })
    .sort((a, b) => compareText(a.name, b.name));
}

function protectionEntry(gate: GateData, key: string, p: EnvironmentProtectionFacts | null): AuthorizationRecord["environmentProtection"] {
  if (p === null) return null;
  const finalAuthorityLogin = gate.githubLogins[gate.finalAuthority.key]?.login ?? null;
  if (p.status === "unavailable" || !p.protection.exists) {
    return { name: key, exists: p.status === "unavailable" ? null : false, requiredReviewers: { users: [], teams: [] }, finalAuthorityLogin };
  }
  return { name: p.protection.name, exists: true, requiredReviewers: p.protection.requiredReviewers, finalAuthorityLogin };
}

const byLocation = (a: AuthorizeViolation, b: AuthorizeViolation): number =>
  compareText(a.file ?? "", b.file ?? "") || compareText(a.rule, b.rule) || (a.line ?? 0) - (b.line ?? 0) || compareText(a.message, b.message);

export function decideAuthorization(facts: DeployFacts, policy: DecidingPolicy): AuthorizationRecord {
  const { gate } = policy;
  const environment = resolveEnvironment(gate, facts.environment);
  const targets = facts.migrations.status === "available" ? facts.migrations.targets : [];
  const claims: DeployContext["claims"] = targets.flatMap((t) =>
    t.problem === null && t.tool !== null && t.file !== null
      ? [{ tool: t.tool, id: t.id, file: t.file, workOrders: facts.workOrders.filter((w) => w.declares.includes(t.file!)) }]
      : [],
  );
  const context: DeployContext = { facts, gate, environment, claims };

  const violations: AuthorizeViolation[] = DEPLOY_RULES.flatMap((rule) =>
    rule.check(context).map((f) => ({ rule: rule.id, section: rule.section, file: f.file, line: f.line, message: f.message })),
  );
  for (const w of facts.workOrders) {
    const decision = policy.evaluate(buildPolicyInput(w.file, w.workOrder, w.facts));
    violations.push(...decision.violations.map((v) => ({ rule: v.rule, section: v.section, file: w.file, line: v.line, message: v.message })));
  }
  violations.sort(byLocation);

  const denied = (file: string | null) => violations.some((v) => v.file === file);
  const verdict = (deny: boolean) => (deny ? ("deny" as const) : ("allow" as const));
  const workOrders: WorkOrderEntry[] = facts.workOrders
    .map((w) => ({
      id: w.workOrder.title.id,
      file: w.file,
      migrations: claims.filter((c) => c.workOrders.includes(w)).map((c) => c.id),
      environments: selectedEnvironments(gate, w.workOrder).map((s) => s.key ?? s.label),
      committed: w.committed,
      lastChange: w.history.lastChange,
      pullRequest: w.history.pullRequest,
      approvers: approvers(gate, w, w.facts.github),
      decision: verdict(denied(w.file)),
    }))
    .sort((a, b) => compareText(a.file, b.file));
  const migrations = targets
    .map((t) => {
      const declaring = claims.find((c) => c.file === t.file && t.problem === null)?.workOrders ?? [];
      return {
        tool: t.tool,
        id: t.id,
        file: t.file,
        workOrders: declaring.map((w) => w.file).sort(compareText),
        decision: verdict(t.problem !== null || denied(t.file) || declaring.length !== 1 || denied(declaring[0]!.file)),
      };
    })
    .sort((a, b) => compareText(a.file ?? "", b.file ?? "") || compareText(a.id, b.id));

  return {
    decision: verdict(violations.length > 0),
    environment: { key: environment.key, name: environment.name, production: environment.production },
    repository: facts.repository,
    deployedCommit: facts.deployedCommit,
    selection: facts.selection,
    migrations,
    workOrders,
    environmentProtection: protectionEntry(gate, environment.key, facts.environmentProtection),
    violations,
  };
}
