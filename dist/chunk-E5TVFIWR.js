import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  resolveEnvironment,
  selectedEnvironments
} from "./chunk-3CCANE43.js";
import {
  findPullRequestsForCommit,
  listPullRequestReviews
} from "./chunk-TQI2UH74.js";
import {
  changedMigrationFiles,
  declaredFiles
} from "./chunk-LTDGXEUY.js";
import {
  recordsNamed
} from "./chunk-ATQUB5NK.js";
import {
  listMigrations
} from "./chunk-GXQNBKXA.js";
import {
  compareText,
  headsOf,
  primaryRecords,
  recordsOf,
  unique
} from "./chunk-W3MZGTBC.js";
import {
  buildPolicyInput,
  gatherFacts
} from "./chunk-6GTH3FSU.js";
import {
  loadDecisionPolicy
} from "./chunk-ARVGU37P.js";
import {
  GitHubApiError,
  createGitHubClient,
  requestJson
} from "./chunk-WZXZDKPX.js";
import {
  trackedWorkOrderFiles
} from "./chunk-AEQF3VPZ.js";
import {
  readWorkOrder
} from "./chunk-MFPUUH5K.js";
import {
  InputError
} from "./chunk-WG3IXMWM.js";
import {
  external_exports
} from "./chunk-SCBUJERJ.js";
import {
  GitUnavailable,
  assertRepository,
  committedAsIs,
  fileAt,
  isAncestor,
  lastChange,
  resolveCommit,
  shallowBoundary
} from "./chunk-76NZYPJB.js";

// src/authorize/deployRules.ts
var short = (sha) => sha.slice(0, 7);
var envName = (gate, key) => gate.environments.find((e) => e.key === key)?.name ?? String(key);
var DEPLOY_RULES = [
  {
    id: "migration-unknown",
    section: null,
    description: "which migrations are about to run cannot be established (not a git repository, `--pending-from` missing or beyond a shallow clone), or a migration given or found cannot be identified",
    check: ({ facts }) => facts.migrations.status === "unavailable" ? [{ file: null, line: null, message: `cannot establish which migrations are about to run: ${facts.migrations.reason}` }] : facts.migrations.targets.filter((t) => t.problem !== null).map((t) => ({ file: t.file, line: null, message: t.problem }))
  },
  {
    id: "work-order-missing",
    section: "\xA74",
    description: "no work order at the deployed commit declares a migration about to run (its \xA74 tooling and revision identify the migration)",
    check: ({ claims }) => claims.filter((c) => c.workOrders.length === 0).map((c) => ({
      file: c.file,
      line: null,
      message: `no work order at the deployed commit declares the ${c.tool} migration ${c.id} (${c.file}): no migration may run without an approved work order whose \xA74 names it`
    }))
  },
  {
    id: "work-order-ambiguous",
    section: "\xA74",
    description: "several work orders declare the same migration: exactly one may authorize it",
    check: ({ claims }) => claims.filter((c) => c.workOrders.length > 1).map((c) => ({
      file: c.file,
      line: null,
      message: `${c.workOrders.length} work orders declare the ${c.tool} migration ${c.id}: ${c.workOrders.map((w) => w.file).join(", ")}: exactly one work order may authorize a migration`
    }))
  },
  {
    id: "work-order-not-committed",
    section: null,
    description: "the work order is not committed at the deployed commit as it stands in the checkout (staged but not committed, or changed in the working tree)",
    check: ({ facts }) => facts.workOrders.filter((w) => !w.committed).map((w) => ({
      file: w.file,
      line: null,
      message: `the work order is not committed as it stands${facts.deployedCommit ? ` at the deployed commit ${short(facts.deployedCommit)}` : ""}: only a committed, reviewed work order authorizes a deploy`
    }))
  },
  {
    id: "environment-mismatch",
    section: "\xA71",
    description: "the work order's \xA71 does not select exactly the environment being deployed to (a staging work order never authorizes production)",
    check: ({ facts, gate, environment }) => facts.workOrders.flatMap((w) => {
      const selected = selectedEnvironments(gate, w.workOrder);
      if (selected.length === 1 && selected[0].key === environment.key) return [];
      const other = selected.find((s) => s.key !== environment.key);
      const line = other?.line ?? w.workOrder.headings.find((h) => h.section === 1)?.line ?? null;
      const what = selected.length === 0 ? "selects no environment" : `selects ${selected.map((s) => s.key ? envName(gate, s.key) : `"${s.label}"`).join(" and ")}`;
      return [
        {
          file: w.file,
          line,
          message: `the work order ${what}: it cannot authorize a deploy to ${environment.name}; a work order authorizes only the one environment its \xA71 selects`
        }
      ];
    })
  },
  {
    id: "work-order-changed-after-approval",
    section: "\xA78",
    description: "the deployed work order is not the one approved: its last change is neither the merge commit nor part of the approved head of its pull request, or its text differs from that head's",
    check: ({ facts }) => facts.workOrders.flatMap((w) => {
      const { pullRequest: pr, lastChange: lastChange2, sameAsHead, lastChangeIsMergeCommit, lastChangeInHead } = w.history;
      if (pr === null || lastChange2 === null) return [];
      const line = w.workOrder.signOff.line;
      if (sameAsHead === false) {
        return [{ file: w.file, line, message: `the work order changed after approval: the deployed text differs from the head ${short(pr.headSha)} of pull request #${pr.number}, the commit its approvals are on (last change ${short(lastChange2)})` }];
      }
      if (lastChangeIsMergeCommit || lastChangeInHead === true) return [];
      return [
        {
          file: w.file,
          line,
          message: `the work order changed after approval: its last change ${short(lastChange2)} is neither the merge commit nor part of the approved head ${short(pr.headSha)} of pull request #${pr.number}`
        }
      ];
    })
  },
  {
    id: "environment-unprotected",
    section: null,
    description: "production only: the GitHub Environment of that name does not exist, cannot be read, or does not require a review by the login policy data maps the final authority to (a gate a misconfigured environment can bypass is not a gate)",
    check: ({ facts, gate, environment }) => {
      const p = facts.environmentProtection;
      if (p === null) return [];
      const finding = (message) => [{ file: null, line: null, message }];
      const name = `the GitHub Environment "${environment.key}"`;
      if (p.status === "unavailable") {
        const hint = p.reason.startsWith("GitHub API error") ? " (reading an Environment needs the workflow permission `actions: read`)" : "";
        return finding(`cannot verify the protection of ${name}: ${p.reason}${hint}`);
      }
      if (!p.protection.exists) return finding(`${p.protection.reason}: create it with ${gate.finalAuthority.name} as a required reviewer and run the deploy job in it`);
      const login = gate.githubLogins[gate.finalAuthority.key]?.login;
      if (login === void 0) {
        return finding(`cannot verify ${name}: policy data maps no GitHub login to ${gate.finalAuthority.name} (add it under githubLogins)`);
      }
      const { users, teams } = p.protection.requiredReviewers;
      if (users.some((u) => u.toLowerCase() === login.toLowerCase())) return [];
      const reviewers = [...users.map((u) => `@${u}`), ...teams.map((t) => `team ${t}`)];
      return finding(
        `${name} does not require a review by @${login} (${gate.finalAuthority.name}, the final authority)${reviewers.length ? `; its required reviewers are ${reviewers.join(", ")}` : "; it requires no reviewer"}: add @${login} as a required reviewer`
      );
    }
  }
];

// src/authorize/decide.ts
var STANDING = /* @__PURE__ */ new Set(["APPROVED", "CHANGES_REQUESTED", "DISMISSED"]);
function approvers(gate, w, github) {
  const people = /* @__PURE__ */ new Map();
  for (const n of w.workOrder.signOff.approval.signer?.names ?? []) if (!people.has(n.key)) people.set(n.key, n.display);
  const production = selectedEnvironments(gate, w.workOrder).some((s) => s.key === gate.production);
  if (production) people.set(gate.finalAuthority.key, gate.finalAuthority.name);
  return [...people.entries()].map(([key, name]) => {
    const login = gate.githubLogins[key]?.login ?? null;
    const reviews = (github?.reviews ?? []).filter((r) => login !== null && r.login.toLowerCase() === login.toLowerCase() && STANDING.has(r.state));
    const standing = reviews.reduce((latest, r) => latest === null || r.id > latest.id ? r : latest, null);
    return { name, login, reviewId: standing?.id ?? null, state: standing?.state ?? null, commitSha: standing?.commitId ?? null };
  }).sort((a, b) => compareText(a.name, b.name));
}
function protectionEntry(gate, key, p) {
  if (p === null) return null;
  const finalAuthorityLogin = gate.githubLogins[gate.finalAuthority.key]?.login ?? null;
  if (p.status === "unavailable" || !p.protection.exists) {
    return { name: key, exists: p.status === "unavailable" ? null : false, requiredReviewers: { users: [], teams: [] }, finalAuthorityLogin };
  }
  return { name: p.protection.name, exists: true, requiredReviewers: p.protection.requiredReviewers, finalAuthorityLogin };
}
var byLocation = (a, b) => compareText(a.file ?? "", b.file ?? "") || compareText(a.rule, b.rule) || (a.line ?? 0) - (b.line ?? 0) || compareText(a.message, b.message);
function decideAuthorization(facts, policy) {
  const { gate } = policy;
  const environment = resolveEnvironment(gate, facts.environment);
  const targets = facts.migrations.status === "available" ? facts.migrations.targets : [];
  const claims = targets.flatMap(
    (t) => t.problem === null && t.tool !== null && t.file !== null ? [{ tool: t.tool, id: t.id, file: t.file, workOrders: facts.workOrders.filter((w) => w.declares.includes(t.file)) }] : []
  );
  const context = { facts, gate, environment, claims };
  const violations = DEPLOY_RULES.flatMap(
    (rule) => rule.check(context).map((f) => ({ rule: rule.id, section: rule.section, file: f.file, line: f.line, message: f.message }))
  );
  for (const w of facts.workOrders) {
    const decision = policy.evaluate(buildPolicyInput(w.file, w.workOrder, w.facts));
    violations.push(...decision.violations.map((v) => ({ rule: v.rule, section: v.section, file: w.file, line: v.line, message: v.message })));
  }
  violations.sort(byLocation);
  const denied = (file) => violations.some((v) => v.file === file);
  const verdict = (deny) => deny ? "deny" : "allow";
  const workOrders = facts.workOrders.map((w) => ({
    id: w.workOrder.title.id,
    file: w.file,
    migrations: claims.filter((c) => c.workOrders.includes(w)).map((c) => c.id),
    environments: selectedEnvironments(gate, w.workOrder).map((s) => s.key ?? s.label),
    committed: w.committed,
    lastChange: w.history.lastChange,
    pullRequest: w.history.pullRequest,
    approvers: approvers(gate, w, w.facts.github),
    decision: verdict(denied(w.file))
  })).sort((a, b) => compareText(a.file, b.file));
  const migrations = targets.map((t) => {
    const declaring = claims.find((c) => c.file === t.file && t.problem === null)?.workOrders ?? [];
    return {
      tool: t.tool,
      id: t.id,
      file: t.file,
      workOrders: declaring.map((w) => w.file).sort(compareText),
      decision: verdict(t.problem !== null || denied(t.file) || declaring.length !== 1 || denied(declaring[0].file))
    };
  }).sort((a, b) => compareText(a.file ?? "", b.file ?? "") || compareText(a.id, b.id));
  return {
    decision: verdict(violations.length > 0),
    environment: { key: environment.key, name: environment.name, production: environment.production },
    repository: facts.repository,
    deployedCommit: facts.deployedCommit,
    selection: facts.selection,
    migrations,
    workOrders,
    environmentProtection: protectionEntry(gate, environment.key, facts.environmentProtection),
    violations
  };
}

// src/authorize/gatherDeployFacts.ts
import path from "node:path";

// src/github/environments.ts
var ReviewerSchema = external_exports.discriminatedUnion("type", [
  external_exports.object({ type: external_exports.literal("User"), reviewer: external_exports.object({ login: external_exports.string() }) }),
  external_exports.object({ type: external_exports.literal("Team"), reviewer: external_exports.object({ slug: external_exports.string() }) })
]);
var EnvironmentSchema = external_exports.object({
  name: external_exports.string(),
  protection_rules: external_exports.array(
    external_exports.object({
      type: external_exports.string(),
      prevent_self_review: external_exports.boolean().optional(),
      reviewers: external_exports.array(ReviewerSchema).optional()
    })
  ).optional()
});
var EnvironmentProtectionSchema = external_exports.discriminatedUnion("exists", [
  external_exports.object({
    exists: external_exports.literal(true),
    name: external_exports.string(),
    /** Sorted logins and team slugs; both empty when the environment requires no reviewer. */
    requiredReviewers: external_exports.object({ users: external_exports.array(external_exports.string()), teams: external_exports.array(external_exports.string()) }),
    preventSelfReview: external_exports.boolean()
  }),
  external_exports.object({ exists: external_exports.literal(false), name: external_exports.string(), reason: external_exports.string() })
]);
async function getEnvironmentProtection(client, owner, repo, name) {
  let environment;
  try {
    environment = await requestJson(
      client,
      "GET /repos/{owner}/{repo}/environments/{environment_name}",
      { owner, repo, environment_name: name },
      EnvironmentSchema
    );
  } catch (error) {
    if (error instanceof GitHubApiError && error.status === 404) {
      return { exists: false, name, reason: `environment "${name}" does not exist in ${owner}/${repo}` };
    }
    throw error;
  }
  const rules = (environment.protection_rules ?? []).filter((rule) => rule.type === "required_reviewers");
  const reviewers = rules.flatMap((rule) => rule.reviewers ?? []);
  const sorted = (values) => [...new Set(values)].sort();
  return {
    exists: true,
    name: environment.name,
    requiredReviewers: {
      users: sorted(reviewers.flatMap((r) => r.type === "User" ? [r.reviewer.login] : [])),
      teams: sorted(reviewers.flatMap((r) => r.type === "Team" ? [r.reviewer.slug] : []))
    },
    preventSelfReview: rules.some((rule) => rule.prevent_self_review === true)
  };
}

// src/authorize/approvalHistory.ts
var NO_HISTORY = {
  lastChange: null,
  pullRequest: null,
  lastChangeIsMergeCommit: false,
  lastChangeInHead: null,
  sameAsHead: null
};
var short2 = (sha) => sha.slice(0, 7);
function unavailable(reason) {
  return { status: "unavailable", reason, pullRequest: null, reviews: [] };
}
async function mergedInto(dir, deployed, change, prs) {
  const candidates = [];
  for (const pr of prs) {
    if (pr.mergedAt === null || pr.mergeCommitSha === null) continue;
    if (await isAncestor(dir, pr.mergeCommitSha, deployed) !== true) continue;
    candidates.push({ pr, isMerge: pr.mergeCommitSha === change, inHead: await isAncestor(dir, change, pr.headSha) });
  }
  const rank = (c) => c.isMerge || c.inHead === true ? 0 : 1;
  return candidates.sort((a, b) => rank(a) - rank(b) || compareText(a.pr.mergedAt, b.pr.mergedAt) || a.pr.number - b.pr.number);
}
async function gatherApproval(o) {
  let history = NO_HISTORY;
  const shallowHint = o.boundary.size > 0 ? " (this is a shallow clone: check out with fetch-depth: 0)" : "";
  try {
    const change = await lastChange(o.dir, o.file, o.deployed);
    if (change === null) return { history, github: unavailable(`the work order is in no commit of the deployed commit ${short2(o.deployed)}: commit it through a reviewed pull request`) };
    history = { ...history, lastChange: change };
    if (o.boundary.has(change)) {
      return { history, github: unavailable(`the history of the work order ends at the edge of a shallow clone (commit ${short2(change)}), so the commit that last changed it is unknown: check out with fetch-depth: 0`) };
    }
    if (o.github.status === "unavailable") return { history, github: unavailable(o.github.reason) };
    const { client, owner, repo } = o.github;
    const prs = await findPullRequestsForCommit(client, owner, repo, change);
    const chosen = (await mergedInto(o.dir, o.deployed, change, prs))[0];
    if (!chosen) {
      const others = prs.length ? ` (GitHub associates it with ${prs.map((p) => `#${p.number}`).join(", ")}, not merged into the deployed commit)` : "";
      return {
        history,
        github: unavailable(`no merged pull request brought commit ${short2(change)}, the work order's last change, into the deployed commit ${short2(o.deployed)}${others}${shallowHint}`)
      };
    }
    const { pr } = chosen;
    const [deployedText, headText] = [await fileAt(o.dir, o.deployed, o.file), await fileAt(o.dir, pr.headSha, o.file)];
    const headInClone = chosen.inHead !== null;
    history = {
      lastChange: change,
      pullRequest: { number: pr.number, url: pr.url, headSha: pr.headSha, mergeCommitSha: pr.mergeCommitSha },
      lastChangeIsMergeCommit: chosen.isMerge,
      lastChangeInHead: chosen.inHead,
      sameAsHead: headInClone ? deployedText !== void 0 && headText !== void 0 && deployedText.equals(headText) : null
    };
    const reviews = await listPullRequestReviews(client, owner, repo, pr.number);
    return { history, github: { status: "available", reason: null, pullRequest: { number: pr.number, headSha: pr.headSha, url: pr.url }, reviews } };
  } catch (e) {
    if (e instanceof GitHubApiError) return { history, github: unavailable(`GitHub API error: ${e.message}`) };
    if (e instanceof GitUnavailable) return { history, github: unavailable(`${e.message}${shallowHint}`) };
    throw e;
  }
}

// src/authorize/pendingMigrations.ts
var target = (r) => ({ tool: r.tool, id: r.id, file: r.file, problem: null });
var unidentified = (id, file, problem) => ({ tool: null, id, file, problem });
var where = (r) => `${r.file}${r.line ? `:${r.line}` : ""}`;
function distinct(targets) {
  const seen = /* @__PURE__ */ new Map();
  for (const t of targets) seen.set(`${t.file ?? ""}\0${t.id}`, t);
  return [...seen.values()].sort((a, b) => compareText(a.file ?? "", b.file ?? "") || compareText(a.id, b.id));
}
function byIds(inv, ids) {
  const records = primaryRecords(inv);
  return ids.map((id) => {
    const named = unique(recordsNamed(records, id).map((r) => r.file)).map((file) => records.find((r) => r.file === file));
    if (named.length === 1) return target(named[0]);
    if (named.length > 1) return unidentified(id, null, `the migration id "${id}" names several migrations: ${named.map(where).join(", ")}`);
    const unreadable = inv.problems.length ? ` (unreadable migration files: ${inv.problems.map((p) => `${p.file}: ${p.reason}`).join("; ")})` : "";
    return unidentified(id, null, `no migration in the repository has the id "${id}"${unreadable}`);
  });
}
async function addedSince(dir, ref, inv, migrationPaths) {
  const { files } = await changedMigrationFiles(dir, ref, inv, migrationPaths);
  return files.filter((f) => f.status === "A").map((f) => {
    const record = f.tool && f.id !== null ? recordsOf(inv, f.tool).find((r) => r.id === f.id && r.files.includes(f.file)) : void 0;
    if (record) return target(record);
    const problem = inv.problems.find((p) => p.file === f.file);
    return unidentified(f.id ?? f.file, f.file, `cannot identify the migration added in ${f.file}${problem ? `: ${problem.reason}` : ": no migration adapter reads it"}`);
  });
}
function graphHeads(inv) {
  const listed = primaryRecords(inv);
  const heads = unique(listed.map((r) => r.tool)).flatMap((tool) => {
    const records = recordsOf(inv, tool);
    const groups = unique(listed.filter((r) => r.tool === tool).map((r) => r.group));
    return groups.flatMap((g) => headsOf(records, g).map((id) => listed.find((r) => r.tool === tool && r.group === g && r.id === id)));
  });
  const unreadable = inv.problems.map((p) => unidentified(p.file, p.file, `cannot read the ${p.tool} migration ${p.file}${p.line ? `:${p.line}` : ""}: ${p.reason}`));
  return [...heads.filter((r) => r !== void 0).map(target), ...unreadable];
}
function selectionOf(ids, pendingFrom) {
  if (ids.length > 0) return { source: "migrations", pendingFrom: null };
  return pendingFrom !== null ? { source: "pending-from", pendingFrom } : { source: "heads", pendingFrom: null };
}
async function migrationsAboutToRun(dir, inv, ids, selection, migrationPaths = []) {
  if (selection.source === "migrations") return { status: "available", targets: distinct(byIds(inv, ids)) };
  if (selection.source === "heads") return { status: "available", targets: distinct(graphHeads(inv)) };
  try {
    return { status: "available", targets: distinct(await addedSince(dir, selection.pendingFrom, inv, migrationPaths)) };
  } catch (e) {
    if (e instanceof GitUnavailable) return { status: "unavailable", reason: e.message };
    throw e;
  }
}

// src/authorize/gatherDeployFacts.ts
function gitHubRepository(s) {
  const repository = s.repository?.trim();
  if (repository) {
    const [owner, repo, ...rest] = repository.split("/");
    if (!owner || !repo || rest.length > 0) throw new InputError(`GITHUB_REPOSITORY is not owner/repo: ${JSON.stringify(repository)}`);
    if (!s.token) return { status: "unavailable", reason: "no token (set GITHUB_TOKEN to a token that can read pull requests)" };
    return { status: "available", client: createGitHubClient({ token: s.token, baseUrl: s.apiUrl, retry: s.retry }), owner, repo };
  }
  if (!s.token) return { status: "unavailable", reason: "no token (set GITHUB_TOKEN to a token that can read pull requests)" };
  return { status: "unavailable", reason: "GITHUB_REPOSITORY is not set, so the repository whose pull requests hold the approvals is unknown" };
}
async function environmentProtection(github, name) {
  if (github.status === "unavailable") return { status: "unavailable", reason: github.reason };
  try {
    return { status: "available", protection: await getEnvironmentProtection(github.client, github.owner, github.repo, name) };
  } catch (e) {
    if (e instanceof GitHubApiError) return { status: "unavailable", reason: `GitHub API error: ${e.message}` };
    throw e;
  }
}
async function declaringWorkOrders(dir, globs, files, isDeclaredBy) {
  const found = [];
  for (const file of await trackedWorkOrderFiles(dir, globs)) {
    const workOrder = await readWorkOrder(path.join(dir, file));
    const declares = files.filter((f) => isDeclaredBy(workOrder, f));
    if (declares.length > 0) found.push({ file, workOrder, declares });
  }
  return found;
}
async function gatherDeployFacts(o, gate) {
  if (o.migrations.length > 0 && o.pendingFrom !== null) throw new InputError("--migration and --pending-from are alternatives: give one");
  const environment = resolveEnvironment(gate, o.environment);
  const github = gitHubRepository(o.github);
  const selection = selectionOf(o.migrations, o.pendingFrom);
  const repository = github.status === "available" ? `${github.owner}/${github.repo}` : o.github.repository?.trim() || null;
  const protection = () => environment.production ? environmentProtection(github, environment.key) : Promise.resolve(null);
  const base = { environment: environment.key, repository, selection };
  let deployed;
  try {
    await assertRepository(o.repo);
    deployed = await resolveCommit(o.repo, "HEAD");
  } catch (e) {
    if (!(e instanceof GitUnavailable)) throw e;
    return { ...base, deployedCommit: null, migrations: { status: "unavailable", reason: e.message }, workOrders: [], environmentProtection: await protection() };
  }
  const inventory = await listMigrations(o.repo);
  const migrations = await migrationsAboutToRun(o.repo, inventory, o.migrations, selection, [...o.migrationPaths ?? []]);
  const targets = migrations.status === "available" ? migrations.targets.filter((t) => t.problem === null && t.file !== null) : [];
  const byFile = new Map(targets.map((t) => [t.file, t]));
  const declaring = await declaringWorkOrders(o.repo, o.workOrderGlobs, [...byFile.keys()], (workOrder, file) => {
    const t = byFile.get(file);
    return declaredFiles([workOrder], inventory)({ file, tool: t.tool, id: t.id, status: "A" });
  });
  const gathered = declaring.length ? await gatherFacts({
    repo: o.repo,
    base: null,
    workOrders: declaring,
    scan: o.scan,
    scanPaths: [],
    migrationPaths: [...o.migrationPaths ?? []],
    github: null
  }) : { perWorkOrder: [] };
  const boundary = await shallowBoundary(o.repo);
  const workOrders = [];
  for (const [i, w] of declaring.entries()) {
    const approval = await gatherApproval({ dir: o.repo, file: w.file, deployed, boundary, github });
    const facts = gathered.perWorkOrder[i] ?? { scan: null, repository: null, github: null };
    workOrders.push({
      ...w,
      committed: await committedAsIs(o.repo, w.file),
      history: approval.history,
      facts: { ...facts, github: approval.github }
    });
  }
  return { ...base, deployedCommit: deployed, migrations, workOrders, environmentProtection: await protection() };
}

// src/authorize/authorizeDeployment.ts
async function authorizeDeployment(options) {
  const policy = await loadDecisionPolicy({ policy: options.policy, data: options.data });
  return decideAuthorization(await gatherDeployFacts(options, policy.gate), policy);
}

export {
  authorizeDeployment
};
