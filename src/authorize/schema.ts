/**
 * The authorization record `wo-gate authorize` prints and the Action sets as its `authorization`
 * output: what was about to run, which work order authorized each migration, who approved it on
 * which commit, and the decision with every reason. It is the audit trail of a deploy, so it
 * holds facts and verdicts only, sorted, so the same inputs give byte-identical records.
 */
import { z } from "zod";
import { ViolationSchema } from "../decision/policy.js";
import { EnvironmentProtectionSchema } from "../github/environments.js";

export const VerdictSchema = z.enum(["allow", "deny"]);

export const AuthorizeViolationSchema = ViolationSchema.extend({
  file: z.string().nullable().describe("the work order or migration file it concerns (repository-relative); null when it concerns the run"),
});

/** A migration about to run, as the migration adapters identify it. */
export const MigrationTargetSchema = z.object({
  tool: z.string().nullable().describe("the adapter id; null when the migration could not be identified"),
  id: z.string().describe("the migration's id (or the reference given, when it could not be identified)"),
  file: z.string().nullable().describe("its main file, repository-relative"),
  problem: z.string().nullable().describe("why it cannot be identified; null when it is"),
});

export const SelectionSchema = z.object({
  source: z.enum(["migrations", "pending-from", "heads"]).describe("the ids given, the migrations added since pending-from, or the graph heads"),
  pendingFrom: z.string().nullable(),
});

export const PullRequestRefSchema = z.object({
  number: z.number().int(),
  url: z.string(),
  headSha: z.string().describe("the pull request's final head commit: approvals must be on it"),
  mergeCommitSha: z.string().nullable(),
});

/** Where the work order's deployed text came from (git and GitHub facts, no verdict). */
export const ApprovalHistorySchema = z.object({
  lastChange: z.string().nullable().describe("the last commit that changed the work order, at the deployed commit"),
  pullRequest: PullRequestRefSchema.nullable().describe("the merged pull request that brought that commit into the deployed commit"),
  lastChangeIsMergeCommit: z.boolean().describe("the last change is the pull request's merge commit (squash, rebase)"),
  lastChangeInHead: z.boolean().nullable().describe("the last change is the head or one of its ancestors; null: the head is not in the clone"),
  sameAsHead: z.boolean().nullable().describe("the deployed work order is byte-identical to the head's; null: the head is not in the clone"),
});

export const ApproverSchema = z.object({
  name: z.string().describe("as §8 names them (the final authority as policy data names them)"),
  login: z.string().nullable().describe("the GitHub login policy data maps them to; null: none"),
  reviewId: z.number().int().nullable().describe("their standing review (latest approving, rejecting or dismissed one)"),
  state: z.string().nullable(),
  commitSha: z.string().nullable().describe("the commit that review is on"),
});

export const WorkOrderEntrySchema = z.object({
  id: z.string().nullable().describe("WO-MIGRATION-<n> from the title line"),
  file: z.string(),
  migrations: z.array(z.string()).describe("ids of the migrations about to run that it declares"),
  environments: z.array(z.string()).describe("the environments its §1 selects (keys; a label no environment matches as written)"),
  committed: z.boolean().describe("committed at the deployed commit exactly as it stands in the checkout"),
  lastChange: z.string().nullable(),
  pullRequest: PullRequestRefSchema.nullable(),
  approvers: z.array(ApproverSchema),
  decision: VerdictSchema,
});

export const MigrationEntrySchema = MigrationTargetSchema.omit({ problem: true }).extend({
  workOrders: z.array(z.string()).describe("files of the work orders that declare it (exactly one may)"),
  decision: VerdictSchema,
});

export const EnvironmentProtectionEntrySchema = z.object({
  name: z.string().describe("the GitHub Environment read (the environment's key)"),
  exists: z.boolean().nullable().describe("null: it could not be read (no token, an API failure)"),
  requiredReviewers: z.object({ users: z.array(z.string()), teams: z.array(z.string()) }),
  finalAuthorityLogin: z.string().nullable(),
});

export const AuthorizationRecordSchema = z.object({
  decision: VerdictSchema,
  environment: z.object({ key: z.string(), name: z.string(), production: z.boolean() }),
  repository: z.string().nullable().describe("owner/repo whose pull requests hold the approvals"),
  deployedCommit: z.string().nullable().describe("the commit being deployed (HEAD of the checkout)"),
  selection: SelectionSchema,
  migrations: z.array(MigrationEntrySchema),
  workOrders: z.array(WorkOrderEntrySchema),
  environmentProtection: EnvironmentProtectionEntrySchema.nullable().describe("production only: the GitHub Environment's required reviewers"),
  violations: z.array(AuthorizeViolationSchema).describe("every reason to deny, sorted by file, rule, line"),
});

/** What was read about the GitHub Environment: its protection, or why it could not be read. */
export const EnvironmentProtectionFactsSchema = z.discriminatedUnion("status", [
  z.object({ status: z.literal("available"), protection: EnvironmentProtectionSchema }),
  z.object({ status: z.literal("unavailable"), reason: z.string() }),
]);

export type Verdict = z.infer<typeof VerdictSchema>;
export type AuthorizeViolation = z.infer<typeof AuthorizeViolationSchema>;
export type MigrationTarget = z.infer<typeof MigrationTargetSchema>;
export type Selection = z.infer<typeof SelectionSchema>;
export type PullRequestRef = z.infer<typeof PullRequestRefSchema>;
export type ApprovalHistory = z.infer<typeof ApprovalHistorySchema>;
export type Approver = z.infer<typeof ApproverSchema>;
export type WorkOrderEntry = z.infer<typeof WorkOrderEntrySchema>;
export type MigrationEntry = z.infer<typeof MigrationEntrySchema>;
export type AuthorizationRecord = z.infer<typeof AuthorizationRecordSchema>;
export type EnvironmentProtectionFacts = z.infer<typeof EnvironmentProtectionFactsSchema>;
