/**
 * The deploy-time rules of `wo-gate authorize`: a table, one entry per reason to deny, each a pure
 * check over the gathered facts.
 *
 * Why these live in TypeScript and not in Rego: they decide WHICH work order applies to the
 * deploy (the migrations about to run, exactly one work order per migration, committed, for this
 * environment, unchanged since its pull request was approved) and whether the GitHub Environment
 * can be bypassed, before the policy judges that work order. The policy's one entrypoint
 * (`wo_migration/decision`) takes one work order and its facts; these questions span several work
 * orders and the deploy, and a second entrypoint would change the build. So TypeScript gathers the
 * facts, these checks state their verdicts as data (rule id, message, file, line) in the
 * authorization record, and everything about the work order itself, its approvals on GitHub
 * included (`approval-not-verified`), is still decided by the Rego policy.
 */
import type { GateData } from "../decision/policyData.js";
import type { DeployFacts, WorkOrderFacts } from "./deployFacts.js";
import { selectedEnvironments, type GateEnvironment } from "./environment.js";

export interface DeployContext {
  facts: DeployFacts;
  gate: GateData;
  environment: GateEnvironment;
  /** Each identified migration about to run, with the work orders that declare it. */
  claims: Array<{ tool: string; id: string; file: string; workOrders: WorkOrderFacts[] }>;
}

export interface DeployFinding {
  file: string | null;
  message: string;
  line: number | null;
}

export interface DeployRule {
  id: string;
  /** Template section the finding points into; null when it concerns the deploy, not the text. */
  section: string | null;
  /** When it denies (documented in docs/authorize.md). */
  description: string;
  check(context: DeployContext): DeployFinding[];
}

const short = (sha: string): string => sha.slice(0, 7);
const envName = (gate: GateData, key: string | null): string => gate.environments.find((e) => e.key === key)?.name ?? String(key);

export const DEPLOY_RULES: readonly DeployRule[] = [
  {
    id: "migration-unknown",
    section: null,
    description:
      "which migrations are about to run cannot be established (not a git repository, `--pending-from` missing or beyond a shallow clone), or a migration given or found cannot be identified",
    check: ({ facts }) =>
      facts.migrations.status === "unavailable"
        ? [{ file: null, line: null, message: `cannot establish which migrations are about to run: ${facts.migrations.reason}` }]
        : facts.migrations.targets.filter((t) => t.problem !== null).map((t) => ({ file: t.file, line: null, message: t.problem! })),
  },
  {
    id: "work-order-missing",
    section: "§4",
    description: "no work order at the deployed commit declares a migration about to run (its §4 tooling and revision identify the migration)",
    check: ({ claims }) =>
      claims
        .filter((c) => c.workOrders.length === 0)
        .map((c) => ({
          file: c.file,
          line: null,
          message: `no work order at the deployed commit declares the ${c.tool} migration ${c.id} (${c.file}): no migration may run without an approved work order whose §4 names it`,
        })),
  },
  {
    id: "work-order-ambiguous",
    section: "§4",
    description: "several work orders declare the same migration: exactly one may authorize it",
    check: ({ claims }) =>
      claims
        .filter((c) => c.workOrders.length > 1)
        .map((c) => ({
          file: c.file,
          line: null,
          message: `${c.workOrders.length} work orders declare the ${c.tool} migration ${c.id}: ${c.workOrders.map((w) => w.file).join(", ")}: exactly one work order may authorize a migration`,
        })),
  },
  {
    id: "work-order-not-committed",
    section: null,
    description: "the work order is not committed at the deployed commit as it stands in the checkout (staged but not committed, or changed in the working tree)",
    check: ({ facts }) =>
      facts.workOrders
        .filter((w) => !w.committed)
        .map((w) => ({
          file: w.file,
          line: null,
          message: `the work order is not committed as it stands${facts.deployedCommit ? ` at the deployed commit ${short(facts.deployedCommit)}` : ""}: only a committed, reviewed work order authorizes a deploy`,
        })),
  },
  {
    id: "environment-mismatch",
    section: "§1",
    description: "the work order's §1 does not select exactly the environment being deployed to (a staging work order never authorizes production)",
    check: ({ facts, gate, environment }) =>
      facts.workOrders.flatMap((w) => {
        const selected = selectedEnvironments(gate, w.workOrder);
        if (selected.length === 1 && selected[0]!.key === environment.key) return [];
        const other = selected.find((s) => s.key !== environment.key);
        const line = other?.line ?? w.workOrder.headings.find((h) => h.section === 1)?.line ?? null;
        const what =
          selected.length === 0 ? "selects no environment" : `selects ${selected.map((s) => (s.key ? envName(gate, s.key) : `"${s.label}"`)).join(" and ")}`;
        return [
          {
            file: w.file,
            line,
            message: `the work order ${what}: it cannot authorize a deploy to ${environment.name}; a work order authorizes only the one environment its §1 selects`,
          },
        ];
      }),
  },
  {
    id: "work-order-changed-after-approval",
    section: "§8",
    description:
      "the deployed work order is not the one approved: its last change is neither the merge commit nor part of the approved head of its pull request, or its text differs from that head's",
    check: ({ facts }) =>
      facts.workOrders.flatMap((w) => {
        const { pullRequest: pr, lastChange, sameAsHead, lastChangeIsMergeCommit, lastChangeInHead } = w.history;
        if (pr === null || lastChange === null) return [];
        const line = w.workOrder.signOff.line;
        if (sameAsHead === false) {
          return [{ file: w.file, line, message: `the work order changed after approval: the deployed text differs from the head ${short(pr.headSha)} of pull request #${pr.number}, the commit its approvals are on (last change ${short(lastChange)})` }];
        }
        if (lastChangeIsMergeCommit || lastChangeInHead === true) return [];
        return [
          {
            file: w.file,
            line,
            message: `the work order changed after approval: its last change ${short(lastChange)} is neither the merge commit nor part of the approved head ${short(pr.headSha)} of pull request #${pr.number}`,
          },
        ];
      }),
  },
  {
    id: "environment-unprotected",
    section: null,
    description:
      "production only: the GitHub Environment of that name does not exist, cannot be read, or does not require a review by the login policy data maps the final authority to (a gate a misconfigured environment can bypass is not a gate)",
    check: ({ facts, gate, environment }) => {
      const p = facts.environmentProtection;
      if (p === null) return [];
      const finding = (message: string) => [{ file: null, line: null, message }];
      const name = `the GitHub Environment "${environment.key}"`;
      if (p.status === "unavailable") {
        const hint = p.reason.startsWith("GitHub API error") ? " (reading an Environment needs the workflow permission `actions: read`)" : "";
        return finding(`cannot verify the protection of ${name}: ${p.reason}${hint}`);
      }
      if (!p.protection.exists) return finding(`${p.protection.reason}: create it with ${gate.finalAuthority.name} as a required reviewer and run the deploy job in it`);
      const login = gate.githubLogins[gate.finalAuthority.key]?.login;
      if (login === undefined) {
        return finding(`cannot verify ${name}: policy data maps no GitHub login to ${gate.finalAuthority.name} (add it under githubLogins)`);
      }
      const { users, teams } = p.protection.requiredReviewers;
      if (users.some((u) => u.toLowerCase() === login.toLowerCase())) return [];
      // A team may include the final authority, but any one member's review satisfies GitHub's
      // rule, so a team never proves that the final authority must approve.
      const reviewers = [...users.map((u) => `@${u}`), ...teams.map((t) => `team ${t}`)];
      return finding(
        `${name} does not require a review by @${login} (${gate.finalAuthority.name}, the final authority)${reviewers.length ? `; its required reviewers are ${reviewers.join(", ")}` : "; it requires no reviewer"}: add @${login} as a required reviewer`,
      );
    },
  },
];
