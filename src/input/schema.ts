/**
 * The policy input: one extracted work order plus the facts other stages gathered about the
 * repository and GitHub. The Rego policy (policy/wo_migration) reads exactly this shape and decides;
 * TypeScript only gathers facts. A fact group is `null` when its stage was not asked for (no --repo,
 * not a pull request): the rules that need it do not fire. A stage that was asked for but could not
 * establish its fact says so with `status: "unavailable"` and a reason: the rule fires
 * ("cannot verify …"), never passes (decisions.md, failing closed).
 * The published JSON Schema (schema/policy-input.schema.json) is generated from this file.
 */
import { z } from "zod";
import { WorkOrderSchema } from "../workorder/schema.js";

const Reason = z.string().nullable();

/** One startup-migration finding, as the scanner reports it (only what the policy reads). */
export const ScanFindingFactSchema = z.object({
  file: z.string(),
  line: z.number().int(),
  trigger: z.string().describe("container-start, pod-start, process-manager, app-boot or build"),
  tool: z.string(),
  rule: z.string(),
  explanation: z.string(),
});

export const ScanFactsSchema = z.object({
  status: z.enum(["available", "unavailable"]),
  reason: Reason,
  findings: z.array(ScanFindingFactSchema),
});

/** What the migration adapters established about the migration a work order declares (§4). */
export const MigrationFactsSchema = z.object({
  status: z
    .enum(["found", "not-found", "untracked", "ambiguous", "no-adapter", "unversioned-tool", "unavailable"])
    .describe(
      "found: exactly one tracked file; not-found: no file has the revision; untracked: only in the working tree; " +
        "ambiguous: several files; no-adapter: the declared tool has none; unversioned-tool: a tool with no migration files (GORM AutoMigrate); " +
        "unavailable: it could not be established (not a git repository, unparseable file, …)",
    ),
  reason: Reason.describe("what went wrong, in the user's terms, when status is not found"),
  tool: z.string().nullable().describe("the adapter id the §4 tooling matched"),
  revision: z.string().nullable().describe("the declared revision"),
  file: z.string().nullable().describe("repository-relative path of the matched migration file"),
  line: z.number().int().nullable().describe("line of the revision/version in that file"),
  parents: z.array(z.string()).describe("the file's own parent revision(s), canonical; [] for a first migration"),
  declaredParents: z.array(z.string()).describe("the §4 down revision(s), canonicalised by the same adapter"),
  supportsDown: z.boolean().describe("the tool has down migrations at all (Prisma has none)"),
  down: z
    .object({
      exists: z.boolean(),
      empty: z.boolean().describe("the down path is missing, `pass`, or holds no statements"),
      file: z.string().nullable(),
      line: z.number().int().nullable(),
    })
    .nullable(),
  heads: z.array(z.string()).describe("heads of this tool's migration graph after the change (several = a merge accident)"),
});

export const ChangedMigrationsFactsSchema = z.object({
  status: z.enum(["available", "unavailable"]),
  reason: Reason,
  base: z.string().nullable().describe("the git ref the change is measured against"),
  changed: z
    .array(z.object({ file: z.string(), tool: z.string().nullable(), id: z.string().nullable(), declared: z.boolean() }))
    .describe("migration files changed since base; declared: some work order at the checked commit declares it"),
});

export const GovernanceFactsSchema = z.object({
  systemSpec: z.object({ path: z.string().nullable(), hasSection: z.boolean().describe("holds a §6.3 section") }),
  playbook: z.object({ path: z.string().nullable() }),
});

export const RepositoryFactsSchema = z.object({
  status: z.enum(["available", "unavailable"]),
  reason: Reason,
  migration: MigrationFactsSchema.nullable(),
  changedMigrations: ChangedMigrationsFactsSchema.nullable(),
  governance: GovernanceFactsSchema.nullable(),
});

export const GithubReviewSchema = z.object({
  id: z.number().int(),
  login: z.string(),
  state: z.string().describe("APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED, PENDING"),
  commitId: z.string().nullable(),
  submittedAt: z.string().nullable(),
});

export const GithubFactsSchema = z.object({
  status: z.enum(["available", "unavailable"]),
  reason: Reason.describe("why approvals cannot be verified: no token, not a pull request, an API failure"),
  pullRequest: z.object({ number: z.number().int(), headSha: z.string(), url: z.string() }).nullable(),
  reviews: z.array(GithubReviewSchema),
});

export const PolicyInputSchema = z.object({
  file: z.string().describe("the work-order file, as given"),
  workOrder: WorkOrderSchema,
  scan: ScanFactsSchema.nullable(),
  repository: RepositoryFactsSchema.nullable(),
  github: GithubFactsSchema.nullable(),
});

export type ScanFacts = z.infer<typeof ScanFactsSchema>;
export type MigrationFacts = z.infer<typeof MigrationFactsSchema>;
export type ChangedMigrationsFacts = z.infer<typeof ChangedMigrationsFactsSchema>;
export type GovernanceFacts = z.infer<typeof GovernanceFactsSchema>;
export type RepositoryFacts = z.infer<typeof RepositoryFactsSchema>;
export type GithubReview = z.infer<typeof GithubReviewSchema>;
export type GithubFacts = z.infer<typeof GithubFactsSchema>;
export type PolicyInput = z.infer<typeof PolicyInputSchema>;
