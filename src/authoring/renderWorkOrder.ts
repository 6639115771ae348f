/**
 * A new work order: the template (template.ts) with what the repository and policy data settle
 * written in, and everything else left as the template's placeholder, so the gate keeps denying
 * the order until a person fills it. Pure: a draft and policy data in, Markdown out.
 *
 * The template is our own text, so its lines are replaced where they stand (each replacement
 * checks its anchor occurs exactly once); values are written so that the gate's reader reads
 * them back unchanged (markdownText.ts). Notes for the person filling the order are HTML
 * comments: visible while editing, never read as values (rule catalog, "Placeholder").
 */
import type { PolicyData } from "../decision/policyData.js";
import { extractWorkOrder } from "../workorder/extractWorkOrder.js";
import { codeSpan, htmlComment, inlineText } from "./markdownText.js";
import { WORK_ORDER_TEMPLATE } from "./template.js";

/** The §4 migration as the repository shows it. */
export interface DeclaredMigration {
  /** §4 "Tooling": the adapter's name, which the gate matches back to the same adapter. */
  tooling: string;
  revision: string;
  file: string;
  /** Parent revisions; empty: a first migration (`None`). */
  downRevisions: string[];
  /** The file is tracked by git. */
  tracked: boolean;
  /** Why the migration is not reversible (no or an empty down path), or null when it is. */
  notReversible: string | null;
  /** The command whose output §6 "Dry-run / Plan Output" wants, or null when no tool entry has one. */
  dryRun: string | null;
}

/** What the startup-migration scan found: `clean` checks the §4 box. */
export type StartupScan =
  | { status: "clean" }
  | { status: "findings"; findings: Array<{ file: string; line: number; trigger: string }> }
  | { status: "unavailable"; reason: string };

export interface WorkOrderDraft {
  /** The digits after `WO-MIGRATION-`. */
  number: string;
  /** The request date, YYYY-MM-DD. */
  date: string;
  /** The key of the selected environment in policy data, or null: no box checked. */
  environment: string | null;
  migration: DeclaredMigration | null;
  startup: StartupScan;
}

/** Replace the run of whole lines `from` (which must occur exactly once) with `to`. */
function replaceLines(text: string, from: readonly string[], to: readonly string[]): string {
  const block = `\n${from.join("\n")}\n`;
  const at = text.indexOf(block);
  if (at === -1 || text.indexOf(block, at + 1) !== -1) {
    throw new Error(`the work-order template does not hold exactly one ${JSON.stringify(from[0])} block`);
  }
  return `${text.slice(0, at)}\n${to.join("\n")}\n${text.slice(at + block.length)}`;
}

const box = (checked: boolean, label: string, note: string | null = null) =>
  `- [${checked ? "x" : " "}] ${label}${note ? ` ${htmlComment(`wo-gate new: ${note}`)}` : ""}`;

// The template as the gate reads it: its header lines stay when policy data keeps the defaults.
const TEMPLATE_READ = extractWorkOrder(WORK_ORDER_TEMPLATE, "WO-MIGRATION-TEMPLATE.md");
const TEMPLATE_CHAIN =
  "**Robert (final authority)** → **CapeAI (planning & governance)** → **VS_Chat (manager/orchestrator)** → **Codex (worker/implementer)**";
const TEMPLATE_RESTRICTION = "> ❌ **No production (`capecraft`) deploys, releases, or migrations unless Robert explicitly instructs it**";

/** The header lines, from policy data where it differs from the template's defaults. */
function header(text: string, policy: PolicyData): string {
  let out = text;
  if (TEMPLATE_READ.authorityChain?.text !== policy.authorityChain) {
    const parts = policy.authorityChain.split(/\s*→\s*/).map((part) => `**${inlineText(part, "the authority chain")}**`);
    out = replaceLines(out, [TEMPLATE_CHAIN], [parts.join(" → ")]);
  }
  if (!TEMPLATE_READ.plainLines.some((l) => l.text.includes(policy.restrictionLine))) {
    out = replaceLines(out, [TEMPLATE_RESTRICTION], [`> ❌ **${inlineText(policy.restrictionLine, "the restriction line")}**`]);
  }
  return out;
}

/** §1: one box per environment of policy data, and each one's approver line. */
function section1(text: string, draft: WorkOrderDraft, policy: PolicyData): string {
  const boxes = policy.environments.map((env) => box(env.key === draft.environment, inlineText(env.label, "an environment label")));
  const approvers = policy.environments.flatMap((env) => [
    `- ${inlineText(env.label, "an environment label")}:`,
    env.key === policy.production
      ? `  - Approver: **${inlineText(policy.finalAuthority, "the final authority")}** (mandatory)`
      : `  - Approver(s): ${env.approvers.length > 0 ? env.approvers.map((a) => inlineText(a, "an approver")).join("; ") : "<name/role>"}`,
  ]);
  const withBoxes = replaceLines(text, ["- [ ] local / dev", "- [ ] autorisen (staging)", "- [ ] capecraft (production — Robert-only)"], boxes);
  return replaceLines(
    withBoxes,
    [
      "- local / dev:",
      "  - Approver(s): <name/role>",
      "- autorisen (staging):",
      "  - Approver(s): <name/role>",
      "- capecraft (production — Robert-only):",
      "  - Approver: **Robert** (mandatory)",
    ],
    approvers,
  );
}

const TEMPLATE_REFERENCES = ["- `SYSTEM_SPEC.md §6.3 Migration Rules`", "- `AUTONOMY_PLAYBOOK.md` (migration constraints)"];

/** §2: every governance reference policy data requires, in the template's words where it has them. */
function section2(text: string, policy: PolicyData): string {
  const items = policy.governanceReferences.map(
    (ref) => TEMPLATE_REFERENCES.find((item) => item.includes(`\`${ref}\``)) ?? `- ${codeSpan(ref, "a governance reference")}`,
  );
  return replaceLines(text, TEMPLATE_REFERENCES, items);
}

/** §4: the migration identity and the three confirmations. */
function section4(text: string, draft: WorkOrderDraft): string {
  const m = draft.migration;
  let out = text;
  if (m) {
    out = replaceLines(
      out,
      ["- Tooling: <e.g., Alembic>", "- Migration ID / revision:", "  - <revision>", "- Down revision(s):", "  - <down_revision>"],
      [
        `- Tooling: ${inlineText(m.tooling, "the tool name")}`,
        "- Migration ID / revision:",
        `  - ${codeSpan(m.revision, "the revision")} (${codeSpan(m.file, "the migration file")})`,
        "- Down revision(s):",
        ...(m.downRevisions.length > 0 ? m.downRevisions.map((d) => `  - ${codeSpan(d, "the down revision")}`) : ["  - None"]),
      ],
    );
  }
  const startup = draft.startup;
  const startupNote =
    startup.status === "clean"
      ? null
      : startup.status === "unavailable"
        ? `the startup-migration scan could not finish (${startup.reason}): run wo-gate scan, then answer this box`
        : `the startup-migration scan finds ${startup.findings.length} migration(s) run on start: ${startup.findings
            .slice(0, 5)
            .map((f) => `${f.file}:${f.line} (${f.trigger})`)
            .join(", ")}${startup.findings.length > 5 ? ", …" : ""}; remove them (wo-gate scan lists them), then check this box`;
  const versionedNote = !m
    ? "no migration found in the repository: wo-gate migrations lists what the gate reads"
    : m.tracked
      ? null
      : `${m.file} is not committed yet: commit it, then check this box`;
  const reversibleNote = !m ? null : m.notReversible;
  return replaceLines(
    out,
    [
      "- [ ] No automatic startup migrations exist (no implicit migrations on app/container start).",
      "- [ ] Migration is versioned (checked into the repo) and reviewable.",
      "- [ ] Migration is reversible.",
    ],
    [
      box(startup.status === "clean", "No automatic startup migrations exist (no implicit migrations on app/container start).", startupNote),
      box(m?.tracked ?? false, "Migration is versioned (checked into the repo) and reviewable.", versionedNote),
      box(m !== null && m.notReversible === null, "Migration is reversible.", reversibleNote),
    ],
  );
}

/** §6: the dry-run command to paste the output of, above the (still empty) paste block. */
function section6(text: string, draft: WorkOrderDraft): string {
  const command = draft.migration?.dryRun;
  if (!command) return text;
  return replaceLines(
    text,
    ["#### Dry-run / Plan Output (paste)", ""],
    ["#### Dry-run / Plan Output (paste)", "", `Run ${codeSpan(command, "the dry-run command")} and paste its output:`, ""],
  );
}

export function renderWorkOrder(draft: WorkOrderDraft, policy: PolicyData): string {
  if (!/^\d+$/.test(draft.number)) throw new Error(`work-order number ${JSON.stringify(draft.number)} is not digits`);
  const title = draft.migration
    ? `Apply ${codeSpan(draft.migration.revision, "the revision")} (${inlineText(draft.migration.tooling, "the tool name")})`
    : "<Short migration title>";
  let text = header(WORK_ORDER_TEMPLATE, policy);
  text = replaceLines(text, ["**WO-MIGRATION-XXX — <Short migration title>**"], [`**WO-MIGRATION-${draft.number} — ${title}**`]);
  text = replaceLines(text, ["- Date: <YYYY-MM-DD>"], [`- Date: ${draft.date}`]);
  text = section1(text, draft, policy);
  text = section2(text, policy);
  text = section4(text, draft);
  return section6(text, draft);
}
