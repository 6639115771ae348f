/**
 * The pure decision (facts in, record out) on hand-built facts, with the real compiled policy:
 * the cases git and GitHub rarely produce in a fixture (a rebase merge's last change outside the
 * approved head, a head missing from the clone, no environment box), and that the policy's own
 * verdict on the work order counts beside the deploy-time rules.
 */
import { existsSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { DeployFacts, WorkOrderFacts } from "../../src/authorize/deployFacts.js";
import { decideAuthorization, type DecidingPolicy } from "../../src/authorize/decide.js";
import { loadDecisionPolicy } from "../../src/decision/policy.js";
import { extractWorkOrder } from "../../src/workorder/extractWorkOrder.js";
import { compiledPolicy, fixture, MIGRATION_101, WO_101, workOrderFixtures } from "./deployRepo.js";

const HEAD = "a".repeat(40);
const MERGE = "b".repeat(40);
const CHANGE = "c".repeat(40);

function workOrderFacts(text: string, history: Partial<WorkOrderFacts["history"]> = {}): WorkOrderFacts {
  return {
    file: WO_101,
    workOrder: extractWorkOrder(text, WO_101),
    declares: [MIGRATION_101],
    committed: true,
    history: {
      lastChange: CHANGE,
      pullRequest: { number: 7, url: "https://github.com/acme/billing/pull/7", headSha: HEAD, mergeCommitSha: MERGE },
      lastChangeIsMergeCommit: false,
      lastChangeInHead: true,
      sameAsHead: true,
      ...history,
    },
    facts: {
      scan: null,
      repository: null,
      github: {
        status: "available",
        reason: null,
        pullRequest: { number: 7, headSha: HEAD, url: "https://github.com/acme/billing/pull/7" },
        reviews: [{ id: 5, login: "robert-gh", state: "APPROVED", commitId: HEAD, submittedAt: "2026-03-05T10:00:00Z" }],
      },
    },
  };
}

function deploy(workOrders: WorkOrderFacts[]): DeployFacts {
  return {
    environment: "capecraft",
    repository: "acme/billing",
    deployedCommit: MERGE,
    selection: { source: "migrations", pendingFrom: null },
    migrations: { status: "available", targets: [{ tool: "alembic", id: "8d0e4b1a2c6f", file: MIGRATION_101, problem: null }] },
    workOrders,
    environmentProtection: { status: "available", protection: { exists: true, name: "capecraft", requiredReviewers: { users: ["Robert-GH"], teams: [] }, preventSelfReview: false } },
  };
}

describe.skipIf(!existsSync(workOrderFixtures))("decideAuthorization", () => {
  let policy: DecidingPolicy;
  let text: string;
  beforeAll(async () => {
    policy = await loadDecisionPolicy(await compiledPolicy());
    text = fixture("WO-MIGRATION-101-invoices-tax-region.md");
  });
  const rules = (facts: DeployFacts) => decideAuthorization(facts, policy).violations.map((v) => v.rule);

  it("allows an approved, unchanged work order (logins compare case-insensitively, as GitHub's do)", () => {
    expect(decideAuthorization(deploy([workOrderFacts(text)]), policy)).toMatchObject({ decision: "allow", violations: [] });
    expect(rules(deploy([workOrderFacts(text, { lastChangeIsMergeCommit: true, lastChangeInHead: null, sameAsHead: null })]))).toEqual([]);
  });

  it("denies a last change that is neither the merge commit nor in the approved head, whether or not the head is in the clone", () => {
    for (const lastChangeInHead of [false, null]) {
      const record = decideAuthorization(deploy([workOrderFacts(text, { lastChangeInHead, sameAsHead: null })]), policy);
      expect(record.violations).toEqual([
        {
          rule: "work-order-changed-after-approval",
          section: "§8",
          file: WO_101,
          line: record.violations[0]!.line,
          message: `the work order changed after approval: its last change ccccccc is neither the merge commit nor part of the approved head aaaaaaa of pull request #7`,
        },
      ]);
      expect(record.violations[0]!.line).toBeGreaterThan(200);
    }
  });

  it("denies a work order that selects no environment: the deploy-time rule and the policy both say so", () => {
    const none = text.replace("- [x] capecraft (production — Robert-only)", "- [ ] capecraft (production — Robert-only)");
    expect(rules(deploy([workOrderFacts(none)]))).toEqual(expect.arrayContaining(["environment-ambiguous", "environment-mismatch"]));
  });

  it("counts the policy's verdict on the work order: a stale approval denies", () => {
    const stale = workOrderFacts(text);
    stale.facts.github!.reviews[0]!.commitId = CHANGE;
    expect(rules(deploy([stale]))).toEqual(["approval-not-verified"]);
  });

  it("denies a migration about to run when no facts say which (migrations unavailable)", () => {
    const facts: DeployFacts = { ...deploy([]), migrations: { status: "unavailable", reason: "base ref 'v1' does not exist" } };
    expect(decideAuthorization(facts, policy)).toMatchObject({
      decision: "deny",
      migrations: [],
      violations: [{ rule: "migration-unknown", message: "cannot establish which migrations are about to run: base ref 'v1' does not exist" }],
    });
  });
});
