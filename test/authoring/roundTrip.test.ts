/**
 * A fresh `wo-gate new` output, checked by the gate's own pipeline (`check --repo`, in-process):
 * it must deny with exactly the rules of the placeholders a person still has to fill, and with no
 * violation of what the repository and policy data settle (decisions.md, `wo-gate new`): title
 * and id, the authority lines, §1, §2 and §4. One fixture repository per migration tool, built
 * with real git from the repository tests' tool cases.
 */
import { afterAll, describe, expect, it } from "vitest";
import { extractWorkOrder } from "../../src/workorder/extractWorkOrder.js";
import { TOOL_CASES } from "../repo/toolCases.js";
import { cleanupAll, newThenCheck, policyDataFile, ruleSet, toolRepository } from "./support.js";

afterAll(cleanupAll);

/**
 * The rules a fresh work order still breaks, for an environment whose approver policy data names,
 * in a repository with the governance documents and no startup migration: one per part of the
 * template only a person can fill.
 */
const PLACEHOLDER_RULES = [
  // "Requested by", "Target service/app" and "Target database" stay `<…>`: git cannot tell who
  // asks, for which service, on which database.
  "request-incomplete",
  // §3: what changes, why, and why no alternative: the person's reasons.
  "intent-incomplete",
  // §5: rollback steps, triggers and post-rollback checks are the person's plan.
  "rollback-plan-missing",
  // §6: the four evidence boxes stay unchecked and the paste blocks empty; the dry-run command
  // is written above its block, but only its output counts.
  "evidence-incomplete",
  // §8: the sign-off is the approver's act: boxes unchecked, `<SIGNATURE>` and date left.
  "final-approval-missing",
].sort();

/**
 * Tools that keep no down path at all (Atlas): the reversible box is left unchecked (the real down
 * path decides it), so its explanation is one more placeholder, not something the repository settles.
 */
const IRREVERSIBLE_PLACEHOLDER = "irreversible-without-controls";

/** Never expected: these are what `new` fills from the repository and policy data. */
const SETTLED_SECTIONS = ["§1", "§2", "§4"];
const SETTLED_HEADER_RULES = ["work-order-id-invalid", "authority-chain-altered", "date-invalid"];

describe("wo-gate new → wo-gate check --repo", () => {
  const data = policyDataFile((d) => ({
    ...d,
    environments: d.environments.map((e) => (e.key === "autorisen" ? { ...e, approvers: ["Dana Reviewer"] } : e)),
  }));

  for (const tc of TOOL_CASES) {
    it(`${tc.adapter}: denies with exactly the placeholders left`, async () => {
      const repo = toolRepository(tc);
      // --tool: sqlx's `.up.sql` pairs are golang-migrate's too; name the tool each case is about.
      const { text, result } = await newThenCheck(repo, { env: "staging", tool: tc.adapter, data });
      const expected = tc.neverReversible ? [...PLACEHOLDER_RULES, IRREVERSIBLE_PLACEHOLDER].sort() : PLACEHOLDER_RULES;
      expect(ruleSet(result)).toEqual(expected);
      const settled = result.violations.filter(
        (v) => (SETTLED_SECTIONS.includes(v.section ?? "") && v.rule !== IRREVERSIBLE_PLACEHOLDER) || SETTLED_HEADER_RULES.includes(v.rule),
      );
      expect(settled).toEqual([]);

      // §4 declares the head migration the way the repository tests' facts name it.
      const wo = extractWorkOrder(text, "new.md");
      expect(wo.migration.identity.revision).not.toBeNull();
      expect(wo.migration.identity.downRevisions).toEqual([tc.parentId]);
      expect(wo.migration.reversible?.checked).toBe(!tc.neverReversible);
      expect(wo.approvals.find((a) => a.environment.startsWith("autorisen"))?.approvers?.names.map((n) => n.display)).toEqual(["Dana Reviewer"]);
    });
  }
});
