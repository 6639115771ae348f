/**
 * The template's layout as data (`shared/template/WO-MIGRATION-TEMPLATE.md`): which headings open
 * which part, and the words of each field label and checkbox. Headings and labels are matched by
 * their leading words (see `headingWords`/`words` in normalize.ts), so numbering (`5)`, `5.`),
 * heading level, emoji, emphasis and trailing text such as "(MANDATORY)" change nothing.
 */

type Words = readonly (readonly string[])[];

export type HeadingKind =
  | "authorityChain"
  | "workOrder"
  | "environmentSelection"
  | "approvalAuthority"
  | "rollbackSteps"
  | "rollbackTriggers"
  | "postRollback"
  | "requiredEvidence"
  | "dryRun"
  | "schemaDiff"
  | "backup"
  | "signOff"
  | "finalAuthority"
  | `section${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8}`;

export interface HeadingRule {
  kind: HeadingKind;
  words: Words;
  /** Template section number (§1-§8) for the headings that open one. */
  section: number | null;
  /**
   * Top-level parts (the header parts and §1-§8) run until the next top-level part, so extra
   * headings inside a section (notes, a sub-heading one level up) do not cut it short.
   */
  topLevel: boolean;
}

const part = (kind: HeadingKind, section: number | null, ...words: string[][]): HeadingRule => ({
  kind,
  words,
  section,
  topLevel: true,
});
const sub = (kind: HeadingKind, ...words: string[][]): HeadingRule => ({ kind, words, section: null, topLevel: false });

export const HEADING_RULES: readonly HeadingRule[] = [
  part("authorityChain", null, ["authority", "chain"]),
  part("workOrder", null, ["work", "order"]),
  part("section1", 1, ["authority", "environment"], ["authority", "and", "environment"]),
  part("section2", 2, ["explicit", "governance", "references"], ["governance", "references"]),
  part("section3", 3, ["migration", "intent"]),
  part("section4", 4, ["versioned", "migration", "declaration"], ["migration", "declaration"]),
  part("section5", 5, ["rollback", "plan"]),
  part("section6", 6, ["evidence", "pack"]),
  part("section7", 7, ["hard", "stop"]),
  part("section8", 8, ["final", "approval", "gate"], ["final", "approval"]),
  sub("environmentSelection", ["environment", "selection"]),
  sub("approvalAuthority", ["required", "approval", "authority"], ["approval", "authority"]),
  sub("rollbackSteps", ["exact", "rollback", "steps"], ["rollback", "steps"]),
  sub("rollbackTriggers", ["rollback", "triggers"]),
  sub("postRollback", ["post", "rollback", "verification"]),
  sub("requiredEvidence", ["required", "evidence"]),
  sub("dryRun", ["dry", "run"]),
  sub("schemaDiff", ["schema", "diff"]),
  sub("backup", ["backup", "confirmation"]),
  sub("signOff", ["approval", "sign", "off"], ["sign", "off"]),
  sub("finalAuthority", ["robert", "approval"], ["final", "authority"]),
];

/** Field labels: the words a label (the text before its colon) starts with. */
export const FIELD_LABELS = {
  requestedBy: [["requested", "by"]],
  date: [["date"]],
  targetService: [["target", "service"], ["target", "app"]],
  targetDatabase: [["target", "database"], ["target", "db"]],
  changes: [["tables"]],
  dataChanges: [["data", "changes"]],
  problem: [["problem"]],
  impact: [["impact"]],
  alternatives: [["alternatives", "considered"]],
  reasons: [["reason"]],
  tooling: [["tooling"]],
  revision: [["migration", "id"], ["revision"]],
  downRevision: [["down", "revision"]],
  branchLabels: [["branch", "labels"]],
  irreversibleExplanation: [["if", "not", "reversible"]],
  health: [["health", "checks"]],
  integrity: [["data", "integrity"]],
  behaviour: [["confirmation", "of", "restored"]],
  approver: [["approver"]],
} as const satisfies Record<string, Words>;

/** Checkbox labels, matched the same way. */
export const BOX_LABELS = {
  noStartupMigrations: [["no", "automatic", "startup"], ["no", "startup"]],
  versioned: [["migration", "is", "versioned"]],
  reversible: [["migration", "is", "reversible"]],
  targetEnvironment: [["target", "environment"]],
  schemaDiff: [["schema", "diff"]],
  dryRun: [["dry", "run"]],
  backup: [["backup"]],
  approverName: [["approver", "name"]],
  date: [["date"]],
} as const satisfies Record<string, Words>;
