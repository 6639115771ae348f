import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  external_exports
} from "./chunk-SCBUJERJ.js";

// src/decision/rules.generated.json
var rules_generated_default = [
  {
    id: "work-order-id-invalid",
    title: "Work-order id invalid",
    description: "The title line is not `WO-MIGRATION-<digits> <dash> <title>` (dash: em dash, en dash or hyphen with a space on each side), or the title after the dash is missing.",
    section: "title",
    needs: [
      "work order"
    ],
    why: "The id is how reviews, rollbacks and audits refer to the change; a template id (WO-MIGRATION-XXX) or an untitled order cannot be traced.",
    example: {
      fails: "**WO-MIGRATION-XXX \u2014 <Short migration title>**",
      fixed: "**WO-MIGRATION-118 \u2014 Drop crm.contacts.legacy_score**"
    },
    change: "The format is fixed by the template; change the pattern in this file.",
    file: "policy/wo_migration/rules/work_order_id_invalid.rego"
  },
  {
    id: "authority-chain-altered",
    title: "Authority chain altered",
    description: "The authority chain line is missing or differs from the canonical chain (`->` counts as `\u2192`; emphasis and spacing are ignored; names compare case-sensitively), or the production restriction line is missing or edited.",
    section: "header",
    needs: [
      "work order"
    ],
    why: "The chain says who may authorise what; an order that reorders it or drops the production restriction could be used to claim authority nobody gave.",
    example: {
      fails: "**Robert (final authority)** \u2192 **VS_Chat (manager/orchestrator)** \u2192 **CapeAI (planning & governance)** \u2192 **Codex (worker/implementer)**",
      fixed: "**Robert (final authority)** \u2192 **CapeAI (planning & governance)** \u2192 **VS_Chat (manager/orchestrator)** \u2192 **Codex (worker/implementer)**"
    },
    change: "Policy data `authorityChain` and `restrictionLine` hold the canonical lines.",
    file: "policy/wo_migration/rules/authority_chain_altered.rego"
  },
  {
    id: "date-invalid",
    title: "Date invalid",
    description: "The request date is missing or not a real calendar date (YYYY-MM-DD); a filled \xA78 sign-off date is not a real date (the final authority's is read only when production is selected); or a sign-off date is earlier than the request date.",
    section: "header, \xA78",
    needs: [
      "work order"
    ],
    why: "Dates order the request, the evidence and the approval; an approval dated before the request, or on a day that does not exist, cannot be the approval of this request.",
    example: {
      fails: "- [x] Date: 2026-02-30",
      fixed: "- [x] Date: 2026-03-02"
    },
    change: "The date format is fixed by the template; change this file.",
    file: "policy/wo_migration/rules/date_invalid.rego"
  },
  {
    id: "request-incomplete",
    title: "Request incomplete",
    description: '"Requested by", "Target service/app" or "Target database" in the work-order header is missing or still a placeholder.',
    section: "header",
    needs: [
      "work order"
    ],
    why: "Who asked for the change and which service and database it touches are what an approver checks first; without them the approval means nothing.",
    example: {
      fails: "- Target database: TBD",
      fixed: "- Target database: `crm` on RDS PostgreSQL 15"
    },
    change: "The fields are fixed by the template; change the table in this file.",
    file: "policy/wo_migration/rules/request_incomplete.rego"
  },
  {
    id: "approval-missing",
    title: "Approval missing",
    description: 'A selected environment has no named approver on its \xA71 "Required Approval Authority" line, names someone policy data does not allow, or, for production, names anyone but the final authority.',
    section: "\xA71",
    needs: [
      "work order"
    ],
    why: "The approver line says who is accountable for running the change in that environment; production changes belong to the final authority alone.",
    example: {
      fails: "- capecraft (production \u2014 Robert-only):\n  - Approver: **Dana Whitfield** (VP Engineering)",
      fixed: "- capecraft (production \u2014 Robert-only):\n  - Approver: **Robert** (mandatory)"
    },
    change: "Policy data `finalAuthority` names the production approver; `environments[].approvers` limits who may approve the other environments.",
    file: "policy/wo_migration/rules/approval_missing.rego"
  },
  {
    id: "environment-ambiguous",
    title: "Environment ambiguous",
    description: "Zero \xA71 environment boxes are checked, or more than one, or a checked box names no environment that policy data knows.",
    section: "\xA71",
    needs: [
      "work order"
    ],
    why: "Approvals and evidence depend on the target environment; an order that does not name exactly one could be approved for staging and run against production.",
    example: {
      fails: "- [x] autorisen (staging)\n- [x] capecraft (production \u2014 Robert-only)",
      fixed: "- [x] autorisen (staging)\n- [ ] capecraft (production \u2014 Robert-only)"
    },
    change: "Policy data `environments` (key, label, aliases) defines the environments.",
    file: "policy/wo_migration/rules/environment_ambiguous.rego"
  },
  {
    id: "governance-document-missing",
    title: "Governance document missing",
    description: "With a repository checkout: the system spec (`SYSTEM_SPEC.md`, with a \xA76.3 section) or the autonomy playbook (`AUTONOMY_PLAYBOOK.md`) is absent from the repository.",
    section: "\xA72",
    needs: [
      "repository"
    ],
    why: "\xA72 binds the work order to these documents; if they are not in the repository, the rules the order claims to obey cannot be read or reviewed.",
    example: {
      fails: "the repository has SYSTEM_SPEC.md without a \xA76.3 section",
      fixed: "add the \xA76.3 Migration Rules section to SYSTEM_SPEC.md"
    },
    change: "Policy data `governanceDocuments` gives the paths and the required section.",
    file: "policy/wo_migration/rules/governance_document_missing.rego"
  },
  {
    id: "governance-reference-missing",
    title: "Governance reference missing",
    description: "\xA72 does not reference every governance document policy data lists (by default `SYSTEM_SPEC.md \xA76.3 Migration Rules` and `AUTONOMY_PLAYBOOK.md`).",
    section: "\xA72",
    needs: [
      "work order"
    ],
    why: "The references bind the work order to the rules it must obey; an order that drops one has quietly opted out of them.",
    example: {
      fails: "- `AUTONOMY_PLAYBOOK.md` (migration constraints)",
      fixed: "- `SYSTEM_SPEC.md \xA76.3 Migration Rules`\n- `AUTONOMY_PLAYBOOK.md` (migration constraints)"
    },
    change: "Policy data `governanceReferences` lists the texts \xA72 must contain.",
    file: "policy/wo_migration/rules/governance_reference_missing.rego"
  },
  {
    id: "intent-incomplete",
    title: "Intent incomplete",
    description: "\xA73 leaves out what changes (tables/columns affected, data changes \u2014 `None` is a value), why (problem, impact if not performed) or why no alternative exists (alternatives considered, reason they are not viable).",
    section: "\xA73",
    needs: [
      "work order"
    ],
    why: "Reviewers judge the risk of a migration from its intent; an unexplained schema change cannot be weighed against doing nothing or doing something else.",
    example: {
      fails: "- Impact if not performed:\n  - TBD",
      fixed: "- Impact if not performed:\n  - Checkout cannot store the sales channel; reporting stays manual."
    },
    change: "The fields are fixed by the template; change the table in this file.",
    file: "policy/wo_migration/rules/intent_incomplete.rego"
  },
  {
    id: "irreversible-without-controls",
    title: "Irreversible without controls",
    description: 'The \xA74 "Migration is reversible" box is unchecked and the explanation with compensating controls under it is missing (an N/A is not an explanation).',
    section: "\xA74",
    needs: [
      "work order"
    ],
    why: "A migration that cannot be undone needs another way back (a backup to restore from, a copy of the dropped data, a staged rollout); without one, a bad run is permanent.",
    example: {
      fails: "- [ ] Migration is reversible.\n  - If NOT reversible, explain why and provide compensating controls:\n    - TBD",
      fixed: "- [ ] Migration is reversible.\n  - If NOT reversible, explain why and provide compensating controls:\n    - Dropping legacy_score loses data: the column is exported to s3://crm-archive first and restorable with the import job."
    },
    change: "The fields are fixed by the template; change this file.",
    file: "policy/wo_migration/rules/irreversible_without_controls.rego"
  },
  {
    id: "reversibility-mismatch",
    title: "Reversibility mismatch",
    description: "With a repository checkout: \xA74 claims the migration is reversible but its down step is empty (`pass`, no statements, a missing down file). For tools without down migrations (Prisma) the claim holds when a down script sits beside the migration or \xA75 carries the reversing SQL in a fenced `sql` block.",
    section: "\xA74",
    needs: [
      "repository"
    ],
    why: "A reversible box over an empty downgrade promises a rollback that does nothing; the rollback plan then fails exactly when it is needed.",
    example: {
      fails: "- [x] Migration is reversible.   (downgrade() is `pass`)",
      fixed: "- [x] Migration is reversible.   (downgrade() drops the column it added)"
    },
    change: "The down step comes from the migration adapters (`repository.migration.down` in the policy input).",
    file: "policy/wo_migration/rules/reversibility_mismatch.rego"
  },
  {
    id: "revision-mismatch",
    title: "Revision mismatch",
    description: "With a repository checkout: the \xA74 down revision differs from the parent revision(s) of the migration file the declared revision identifies (for tools that record no parent, the previous migration by version in the same directory).",
    section: "\xA74",
    needs: [
      "repository"
    ],
    why: "The down revision is where a rollback lands; if it is not the migration's real parent, the rollback plan targets the wrong schema and the review looked at the wrong history.",
    example: {
      fails: '- Down revision(s):\n  - `3f1c2a9d7b4e`   (the file says down_revision = "a0b1c2d3e4f5")',
      fixed: "- Down revision(s):\n  - `a0b1c2d3e4f5`"
    },
    change: "The parent comes from the migration adapters (`repository.migration` in the policy input).",
    file: "policy/wo_migration/rules/revision_mismatch.rego"
  },
  {
    id: "startup-migration",
    title: "Startup migration",
    description: 'The \xA74 "No automatic startup migrations" box is unchecked; or, with a repository checkout, the startup-migration scan finds a migration triggered on application or container start (the scan wins over a checked box). Build-time findings are warnings and do not deny.',
    section: "\xA74",
    needs: [
      "work order",
      "repository"
    ],
    why: "A migration that runs when a container or app starts runs on every replica, at every restart, outside any review or rollback plan; the template makes it a hard STOP (\xA77).",
    example: {
      fails: "- [ ] No automatic startup migrations exist (no implicit migrations on app/container start).",
      fixed: "- [x] No automatic startup migrations exist (no implicit migrations on app/container start)."
    },
    change: "The scan's detection rules live with the scanner; this rule only reads its findings (`scan` in the policy input).",
    file: "policy/wo_migration/rules/startup_migration.rego"
  },
  {
    id: "unversioned-migration",
    title: "Unversioned migration",
    description: '\xA74 lacks the tooling, the revision or the down revision (`None` is a value, for a first migration), or the "versioned (checked into the repo)" box is unchecked. With a repository checkout, also when the declared revision is not found in a migration file tracked by git (or the declared tool has no migration files or no adapter).',
    section: "\xA74",
    needs: [
      "work order",
      "repository"
    ],
    why: "Only a migration that is committed and reviewable can be reviewed, reproduced and rolled back; a revision nobody can find is a change nobody reviewed.",
    example: {
      fails: "- Migration ID / revision:\n  - TODO",
      fixed: "- Migration ID / revision:\n  - `20260309_add_sales_channel`"
    },
    change: "The \xA74 fields are fixed by the template; the repository check comes from the migration adapters (facts under `repository.migration` in the policy input).",
    file: "policy/wo_migration/rules/unversioned_migration.rego"
  },
  {
    id: "work-order-missing",
    title: "Work order missing",
    description: "With a repository checkout: migration files changed (in the pull request, or against a base ref) and no work order declares them (its \xA74 tooling and revision identify the file).",
    section: "\xA74",
    needs: [
      "repository"
    ],
    why: "A migration that ships without a work order skipped every check this gate makes; the gate has to look at the change, not only at the work orders people chose to write.",
    example: {
      fails: "migrations/versions/9a8b7c6d5e4f_add_flags.py changed; no work order declares 9a8b7c6d5e4f",
      fixed: "add WO-MIGRATION-150 declaring Tooling: Alembic, revision `9a8b7c6d5e4f`"
    },
    change: "Changed files come from the repository cross-check (`repository.changedMigrations` in the policy input).",
    file: "policy/wo_migration/rules/work_order_missing.rego"
  },
  {
    id: "rollback-plan-missing",
    title: "Rollback plan missing",
    description: "\xA75 is absent, or it has no concrete rollback step, no rollback trigger, or lacks one of the three post-rollback verifications (health checks, data integrity checks, restored behaviour).",
    section: "\xA75",
    needs: [
      "work order"
    ],
    why: '"No rollback plan = automatic rejection": when a migration goes wrong there is no time to design the way back, and no way to know the way back worked without the checks.',
    example: {
      fails: "### Rollback Triggers (conditions that force rollback)\n\n- <trigger>",
      fixed: "### Rollback Triggers (conditions that force rollback)\n\n- 5xx rate above 1% for 5 minutes after the deploy."
    },
    change: "The fields are fixed by the template; change the table in this file.",
    file: "policy/wo_migration/rules/rollback_plan_missing.rego"
  },
  {
    id: "evidence-incomplete",
    title: "Evidence incomplete",
    description: 'One of the four \xA76 evidence boxes is unchecked, or a paste block (dry-run, schema diff, backup) is missing or a placeholder. The schema diff is always required; the dry-run and backup blocks accept "N/A" with a reason of at least three words where policy data allows it (local/dev and staging by default), never for production. An N/A does not excuse the box.',
    section: "\xA76",
    needs: [
      "work order"
    ],
    why: "The evidence pack is what the approver actually approves: the dry-run shows what will run, the schema diff what will change, the backup that there is a way back.",
    example: {
      fails: "#### Dry-run / Plan Output (paste)\n\n```text\nN/A\n```",
      fixed: "#### Dry-run / Plan Output (paste)\n\n```text\nN/A: the local database is rebuilt from seed on every run.\n```"
    },
    change: "Policy data `environments[].evidence` says, per environment, which pastes accept an N/A (`na-allowed`) and which need real output (`required`).",
    file: "policy/wo_migration/rules/evidence_incomplete.rego"
  },
  {
    id: "approval-not-verified",
    title: "Approval not verified",
    description: "On a pull request: a person who signs \xA78 (the sign-off's approver and, for production, the final authority) has no `APPROVED` review on the pull request's head commit from the GitHub login policy data maps to that name. A review by anyone else, a stale review on an older commit, or a review later dismissed or turned into \"changes requested\" does not count. When approvals were asked for but cannot be checked (no token, not a pull request, an API failure), it fires with the reason.",
    section: "\xA78",
    needs: [
      "GitHub"
    ],
    why: "Anyone can type a name into \xA78; a review from that person's own GitHub account on the exact commit being merged is what makes the signature real.",
    example: {
      fails: "\xA78 signed by Robert; the pull request has no review from robert-gh on its head commit",
      fixed: "Robert (GitHub robert-gh) approves the pull request after its last push"
    },
    change: "Policy data `githubLogins` maps each approver's name to their GitHub login.",
    file: "policy/wo_migration/rules/approval_not_verified.rego"
  },
  {
    id: "final-approval-missing",
    title: "Final approval missing",
    description: "The \xA78 approval sign-off has a box unchecked (both the name box and the date box must be checked), no approver name or no date, or is signed by someone who is not an approver of any selected environment (for production, only the final authority is).",
    section: "\xA78",
    needs: [
      "work order"
    ],
    why: '"No migration may proceed without this Work Order approved": the sign-off is the approval, and only the person accountable for the environment can give it.',
    example: {
      fails: "- [x] Approver name / role: Jonas Keller / DBA\n- [ ] Date: 2026-03-04",
      fixed: "- [x] Approver name / role: Jonas Keller / DBA\n- [x] Date: 2026-03-04"
    },
    change: "Approvers come from the work order's \xA71 lines, limited by policy data `environments[].approvers`; `finalAuthority` is production's approver.",
    file: "policy/wo_migration/rules/final_approval_missing.rego"
  },
  {
    id: "production-authority-missing",
    title: "Production authority missing",
    description: 'Production is selected and the \xA78 final-authority block has a box unchecked, no signature or no date, or is signed by anyone but the final authority (a delegate signing "on behalf of" does not count).',
    section: "\xA78",
    needs: [
      "work order"
    ],
    why: "No production deploys, releases or migrations happen unless the final authority explicitly instructs it; the final-authority block is that instruction, in writing.",
    example: {
      fails: "- [x] Robert approval (required for capecraft/production): Thabo Mokoena (on behalf of Robert)",
      fixed: "- [x] Robert approval (required for capecraft/production): **Robert**"
    },
    change: "Policy data `finalAuthority` names the final authority; `production` names the production environment.",
    file: "policy/wo_migration/rules/production_authority_missing.rego"
  }
];

// src/decision/rules.ts
var RuleSchema = external_exports.object({
  id: external_exports.string().regex(/^[a-z]+(-[a-z]+)*$/),
  title: external_exports.string(),
  description: external_exports.string().describe("what it checks: when it denies"),
  section: external_exports.string().describe("template section: title, header or \xA7N"),
  needs: external_exports.array(external_exports.enum(["work order", "repository", "GitHub"])).min(1).describe("the facts it reads"),
  why: external_exports.string().describe("why it matters"),
  example: external_exports.object({ fails: external_exports.string(), fixed: external_exports.string() }),
  change: external_exports.string().describe("how to change it: policy data or Rego"),
  file: external_exports.string().describe("the Rego file, relative to the repository root")
});
var RULES = external_exports.array(RuleSchema).parse(rules_generated_default);
var AnnotationSchema = external_exports.object({
  annotations: external_exports.object({
    scope: external_exports.string(),
    title: external_exports.string().optional(),
    description: external_exports.string().optional(),
    custom: external_exports.record(external_exports.string(), external_exports.unknown()).optional()
  }),
  location: external_exports.object({ file: external_exports.string() })
});
var SECTION_ORDER = ["title", "header", "\xA71", "\xA72", "\xA73", "\xA74", "\xA75", "\xA76", "\xA77", "\xA78"];
var sectionRank = (section) => {
  const first = section.split(",")[0]?.trim() ?? "";
  const rank = SECTION_ORDER.indexOf(first);
  return rank < 0 ? SECTION_ORDER.length : rank;
};
function rulesFromInspect(inspect, root) {
  const annotations = external_exports.object({ annotations: external_exports.array(external_exports.unknown()).default([]) }).parse(inspect).annotations;
  const rules = [];
  for (const raw of annotations) {
    const a = AnnotationSchema.parse(raw);
    const custom = a.annotations.custom;
    if (a.annotations.scope !== "package" || !custom || typeof custom.id !== "string") continue;
    const file = a.location.file.startsWith(root) ? a.location.file.slice(root.length).replace(/^\/+/, "") : a.location.file;
    const result = RuleSchema.safeParse({ ...custom, title: a.annotations.title, description: a.annotations.description, file });
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new Error(`${file}: bad rule METADATA: ${issue?.path.join(".")}: ${issue?.message}`);
    }
    rules.push(result.data);
  }
  return rules.sort((a, b) => sectionRank(a.section) - sectionRank(b.section) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
var RULES_START = "<!-- rules:start -->";
var RULES_END = "<!-- rules:end -->";
var cell = (text) => text.replace(/\s*\n\s*/g, " ").replace(/\|/g, "\\|");
function renderRuleTable(rules) {
  const rows = rules.map(
    (r) => `| [\`${r.id}\`](docs/rules/${r.id}.md) | ${cell(r.section)} | ${cell(r.needs.join(", "))} | ${cell(r.description)} |`
  );
  return ["| id | template | needs | deny when |", "|---|---|---|---|", ...rows].join("\n");
}
function withRuleTable(readme, rules) {
  const start = readme.indexOf(RULES_START);
  const end = readme.indexOf(RULES_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${RULES_START} \u2026 ${RULES_END} block`);
  return `${readme.slice(0, start + RULES_START.length)}
${renderRuleTable(rules)}
${readme.slice(end)}`;
}
var fence = (text) => {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const marks = "`".repeat(longest + 1);
  return `${marks}markdown
${text}
${marks}`;
};
function renderRulePage(rule) {
  return [
    `# \`${rule.id}\` \u2014 ${rule.title}`,
    "",
    "<!-- Generated from the rule's # METADATA by scripts/build-policy.mjs; edit the Rego, not this page. -->",
    "",
    `**Template section:** ${rule.section} \xB7 **Needs:** ${rule.needs.join(", ")} \xB7 **Policy:** [\`${rule.file}\`](../../${rule.file})`,
    "",
    "## What it checks",
    "",
    rule.description,
    "",
    "## Why it matters",
    "",
    rule.why,
    "",
    "## Example",
    "",
    "This fails:",
    "",
    fence(rule.example.fails),
    "",
    "This passes:",
    "",
    fence(rule.example.fixed),
    "",
    "## Changing it",
    "",
    rule.change,
    ""
  ].join("\n");
}

export {
  RuleSchema,
  RULES,
  rulesFromInspect,
  RULES_START,
  RULES_END,
  renderRuleTable,
  withRuleTable,
  renderRulePage
};
