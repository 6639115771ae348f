import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  WorkOrderSchema
} from "./chunk-QQRUVNBB.js";
import {
  InputError,
  inputError
} from "./chunk-WG3IXMWM.js";
import {
  external_exports
} from "./chunk-SCBUJERJ.js";

// src/input/schema.ts
var Reason = external_exports.string().nullable();
var ScanFindingFactSchema = external_exports.object({
  file: external_exports.string(),
  line: external_exports.number().int(),
  trigger: external_exports.string().describe("container-start, pod-start, process-manager, app-boot or build"),
  tool: external_exports.string(),
  rule: external_exports.string(),
  explanation: external_exports.string()
});
var ScanFactsSchema = external_exports.object({
  status: external_exports.enum(["available", "unavailable"]),
  reason: Reason,
  findings: external_exports.array(ScanFindingFactSchema)
});
var MigrationFactsSchema = external_exports.object({
  status: external_exports.enum(["found", "not-found", "untracked", "ambiguous", "no-adapter", "unversioned-tool", "unavailable"]).describe(
    "found: exactly one tracked file; not-found: no file has the revision; untracked: only in the working tree; ambiguous: several files; no-adapter: the declared tool has none; unversioned-tool: a tool with no migration files (GORM AutoMigrate); unavailable: it could not be established (not a git repository, unparseable file, \u2026)"
  ),
  reason: Reason.describe("what went wrong, in the user's terms, when status is not found"),
  tool: external_exports.string().nullable().describe("the adapter id the \xA74 tooling matched"),
  revision: external_exports.string().nullable().describe("the declared revision"),
  file: external_exports.string().nullable().describe("repository-relative path of the matched migration file"),
  line: external_exports.number().int().nullable().describe("line of the revision/version in that file"),
  parents: external_exports.array(external_exports.string()).describe("the file's own parent revision(s), canonical; [] for a first migration"),
  declaredParents: external_exports.array(external_exports.string()).describe("the \xA74 down revision(s), canonicalised by the same adapter"),
  supportsDown: external_exports.boolean().describe("the tool has down migrations at all (Prisma has none)"),
  down: external_exports.object({
    exists: external_exports.boolean(),
    empty: external_exports.boolean().describe("the down path is missing, `pass`, or holds no statements"),
    file: external_exports.string().nullable(),
    line: external_exports.number().int().nullable()
  }).nullable(),
  heads: external_exports.array(external_exports.string()).describe("heads of this tool's migration graph after the change (several = a merge accident)")
});
var ChangedMigrationsFactsSchema = external_exports.object({
  status: external_exports.enum(["available", "unavailable"]),
  reason: Reason,
  base: external_exports.string().nullable().describe("the git ref the change is measured against"),
  changed: external_exports.array(external_exports.object({ file: external_exports.string(), tool: external_exports.string().nullable(), id: external_exports.string().nullable(), declared: external_exports.boolean() })).describe("migration files changed since base; declared: some work order at the checked commit declares it")
});
var GovernanceFactsSchema = external_exports.object({
  systemSpec: external_exports.object({ path: external_exports.string().nullable(), hasSection: external_exports.boolean().describe("holds a \xA76.3 section") }),
  playbook: external_exports.object({ path: external_exports.string().nullable() })
});
var RepositoryFactsSchema = external_exports.object({
  status: external_exports.enum(["available", "unavailable"]),
  reason: Reason,
  migration: MigrationFactsSchema.nullable(),
  changedMigrations: ChangedMigrationsFactsSchema.nullable(),
  governance: GovernanceFactsSchema.nullable()
});
var GithubReviewSchema = external_exports.object({
  id: external_exports.number().int(),
  login: external_exports.string(),
  state: external_exports.string().describe("APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED, PENDING"),
  commitId: external_exports.string().nullable(),
  submittedAt: external_exports.string().nullable()
});
var GithubFactsSchema = external_exports.object({
  status: external_exports.enum(["available", "unavailable"]),
  reason: Reason.describe("why approvals cannot be verified: no token, not a pull request, an API failure"),
  pullRequest: external_exports.object({ number: external_exports.number().int(), headSha: external_exports.string(), url: external_exports.string() }).nullable(),
  reviews: external_exports.array(GithubReviewSchema)
});
var PolicyInputSchema = external_exports.object({
  file: external_exports.string().describe("the work-order file, as given"),
  workOrder: WorkOrderSchema,
  scan: ScanFactsSchema.nullable(),
  repository: RepositoryFactsSchema.nullable(),
  github: GithubFactsSchema.nullable()
});

// src/input/buildPolicyInput.ts
function buildPolicyInput(file, workOrder, facts) {
  const result = PolicyInputSchema.safeParse({ file, workOrder, ...facts });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw inputError(file, `the policy input does not match its schema: ${issue?.path.join(".")}: ${issue?.message}`);
}

// src/input/gatherFacts.ts
import path from "node:path";
function scanFacts(result) {
  return {
    status: "available",
    reason: null,
    findings: result.findings.map(({ file, line, trigger, tool, rule, explanation }) => ({ file, line, trigger, tool, rule, explanation }))
  };
}
async function scan(repo, scanPaths) {
  const { scanRepository } = await import("./chunk-CZK3LNNT.js");
  const roots = scanPaths.length > 0 ? scanPaths : ["."];
  const merged = { findings: [], suppressed: [], skipped: [], suppressionErrors: [] };
  try {
    for (const root of roots) {
      const result = await scanRepository(path.join(repo, root));
      const prefix = (file) => path.posix.normalize(path.posix.join(root.split(path.sep).join("/"), file));
      merged.findings.push(...result.findings.map((f) => ({ ...f, file: prefix(f.file) })));
      merged.suppressed.push(...result.suppressed.map((f) => ({ ...f, file: prefix(f.file) })));
      merged.skipped.push(...result.skipped.map((f) => ({ ...f, file: prefix(f.file) })));
      merged.suppressionErrors.push(...result.suppressionErrors.map((f) => ({ ...f, file: prefix(f.file) })));
    }
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { report: null, facts: { status: "unavailable", reason: e.message, findings: [] } };
  }
  return { report: merged, facts: scanFacts(merged) };
}
async function declaringWorkOrders(repo) {
  const [{ readDeclaringWorkOrders }, { GitUnavailable }] = await Promise.all([import("./chunk-6DNQ3UBT.js"), import("./chunk-2IO54QRX.js")]);
  try {
    return await readDeclaringWorkOrders(repo);
  } catch (e) {
    if (e instanceof GitUnavailable) return [];
    throw e;
  }
}
async function gatherFacts(options) {
  const { repo, workOrders } = options;
  const scanned = repo !== null && options.scan ? await scan(repo, options.scanPaths) : null;
  const github = options.github ? await (await import("./chunk-H76SUYR6.js")).gatherReviewFacts({ token: options.github.token, context: options.github.context, baseUrl: options.github.apiUrl }) : null;
  const allWorkOrders = [...workOrders.map((w) => w.workOrder), ...repo === null ? [] : await declaringWorkOrders(repo)];
  const perWorkOrder = [];
  const gatherRepositoryFacts = repo === null ? null : (await import("./chunk-3BT25HHA.js")).gatherRepositoryFacts;
  for (const { workOrder } of workOrders) {
    const repository = repo === null || gatherRepositoryFacts === null ? null : await gatherRepositoryFacts({
      dir: repo,
      workOrder,
      allWorkOrders,
      base: options.base,
      migrationPaths: [...options.migrationPaths]
    });
    perWorkOrder.push({ scan: scanned?.facts ?? null, repository, github });
  }
  return { scanReport: scanned?.report ?? null, perWorkOrder };
}

export {
  buildPolicyInput,
  gatherFacts
};
