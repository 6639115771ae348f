import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  authorizeDeployment
} from "./chunk-E5TVFIWR.js";
import "./chunk-3CCANE43.js";
import {
  listPullRequestFiles
} from "./chunk-TQI2UH74.js";
import "./chunk-LTDGXEUY.js";
import "./chunk-ATQUB5NK.js";
import "./chunk-GXQNBKXA.js";
import "./chunk-W3MZGTBC.js";
import {
  renderAuthorizationMarkdown
} from "./chunk-SK2H2GAV.js";
import {
  NO_WORK_ORDER,
  checkWorkOrders
} from "./chunk-P6RTIQRE.js";
import "./chunk-6GTH3FSU.js";
import "./chunk-ARVGU37P.js";
import {
  renderJson
} from "./chunk-DURFHUQF.js";
import "./chunk-6ZXNEKPO.js";
import "./chunk-RV5BQCYO.js";
import {
  SUMMARY_LIMIT_BYTES,
  error,
  failJob,
  info,
  oneLine,
  readPullRequestContext,
  setFailed,
  setOutput,
  summaryMarkdown,
  warning,
  writeJobSummary
} from "./chunk-Y2HPYU5F.js";
import {
  renderMarkdown,
  scanFindings
} from "./chunk-EYVHWCXP.js";
import {
  package_default,
  ruleDocUrl
} from "./chunk-CVBJORNT.js";
import {
  RULES
} from "./chunk-DZUAVWCX.js";
import {
  GitHubApiError,
  apiBaseUrl,
  createGitHubClient,
  requestAllPages,
  requestJson
} from "./chunk-WZXZDKPX.js";
import "./chunk-HE5HBJIW.js";
import "./chunk-B6FR4GSX.js";
import "./chunk-UPRZOTWU.js";
import "./chunk-AEQF3VPZ.js";
import "./chunk-4GWHOCKX.js";
import {
  require_picomatch
} from "./chunk-3AABUXT5.js";
import "./chunk-MFPUUH5K.js";
import "./chunk-QQRUVNBB.js";
import "./chunk-DTZL3BRS.js";
import {
  checkLimits
} from "./chunk-322VWJWO.js";
import {
  EXIT,
  InputError
} from "./chunk-WG3IXMWM.js";
import {
  external_exports
} from "./chunk-SCBUJERJ.js";
import {
  GitUnavailable,
  workingFiles
} from "./chunk-76NZYPJB.js";
import {
  __toESM
} from "./chunk-KAUMNO2H.js";

// src/action/run.ts
import { mkdirSync as mkdirSync2, writeFileSync as writeFileSync2 } from "node:fs";
import os2 from "node:os";
import path2 from "node:path";

// src/report/annotations.ts
function withRulePage(message, rule) {
  const url = ruleDocUrl(rule);
  return url === null ? message : `${message} (rule: ${url})`;
}
function annotationsFor(report) {
  const out = [];
  for (const w of report.workOrders) {
    const file = w.file === NO_WORK_ORDER ? null : w.file;
    for (const v of w.violations) out.push({ level: "error", title: v.rule, message: withRulePage(v.message, v.rule), file, line: v.line });
  }
  for (const f of scanFindings(report)) {
    out.push({
      // Build-time findings warn and do not deny (decisions.md).
      level: f.trigger === "build" ? "warning" : "error",
      title: "startup-migration",
      message: withRulePage(`${f.explanation} ${f.fix} (${f.rule}, ${f.trigger})`, "startup-migration"),
      file: f.file,
      line: f.line
    });
  }
  return out;
}

// src/report/sarif.ts
import { createHash } from "node:crypto";
var SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var SCAN_RULE = "startup-migration";
function descriptor(rule) {
  const help = `${rule.description}

Why it matters: ${rule.why}

Fails: ${rule.example.fails}
Passes: ${rule.example.fixed}

Changing it: ${rule.change}`;
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase()),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    help: { text: help },
    ...ruleDocUrl(rule.id) ? { helpUri: ruleDocUrl(rule.id) ?? void 0 } : {},
    defaultConfiguration: { level: "error" },
    properties: { tags: ["migration", ...rule.needs.map((n) => n.replace(/\s+/g, "-"))], section: rule.section }
  };
}
function uriOf(file) {
  return file.split("/").map(encodeURIComponent).join("/");
}
function location(file, line) {
  return {
    physicalLocation: {
      artifactLocation: { uri: uriOf(file), uriBaseId: "%SRCROOT%" },
      // Code scanning needs a region; a violation with no line (an absent section) points at the top.
      region: { startLine: line ?? 1 }
    }
  };
}
function fingerprint(...parts) {
  return { "woMigrationGate/v1": createHash("sha256").update(parts.join("\0")).digest("hex") };
}
function renderSarif(report, tool) {
  const index = new Map(RULES.map((r, i) => [r.id, i]));
  const result = (ruleId, level, text, file, line) => ({
    ruleId,
    ...index.has(ruleId) ? { ruleIndex: index.get(ruleId) } : {},
    level,
    message: { text },
    ...file === NO_WORK_ORDER ? {} : { locations: [location(file, line)] },
    partialFingerprints: fingerprint(ruleId, file, text)
  });
  const results = [];
  for (const w of report.workOrders) {
    for (const v of w.violations) results.push(result(v.rule, "error", v.message, w.file, v.line));
  }
  for (const f of scanFindings(report)) {
    const text = `${f.explanation} ${f.fix} (${f.rule}, ${f.trigger}, ${f.tool})`;
    results.push(result(SCAN_RULE, f.trigger === "build" ? "warning" : "error", text, f.file, f.line));
  }
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: tool.name, semanticVersion: tool.version, rules: RULES.map(descriptor) } },
        columnKind: "unicodeCodePoints",
        results
      }
    ]
  };
}

// src/action/authorize.ts
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
function writeRecordFile(env, json) {
  const dir = path.join(env.RUNNER_TEMP?.trim() || os.tmpdir(), "wo-migration-gate");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "authorization.json");
  writeFileSync(file, json);
  return file;
}
function setOutputs(record, file) {
  setOutput("decision", record.decision);
  setOutput("violations", JSON.stringify(record.violations));
  setOutput("report", file);
  setOutput("work-orders", JSON.stringify(record.workOrders.map((w) => w.file)));
  setOutput("authorization", JSON.stringify(record));
}
function annotate(record) {
  for (const v of record.violations) {
    const properties = { title: `wo-gate authorize: ${v.rule}`, ...v.file === null ? {} : { file: v.file }, ...v.line === null ? {} : { startLine: v.line } };
    error(v.message, properties);
  }
}
async function authorizeStep(env, inputs, workspace) {
  if (!inputs.environment) throw new InputError("input environment: command authorize needs the environment the migrations run in (a key or alias from policy data)");
  const record = await authorizeDeployment({
    repo: workspace,
    environment: inputs.environment,
    migrations: inputs.migrations,
    pendingFrom: inputs.pendingFrom || null,
    workOrderGlobs: inputs.workOrders,
    migrationPaths: inputs.migrationPaths,
    policy: inputs.policy,
    data: inputs.policyData,
    scan: inputs.scan,
    github: { token: inputs.githubToken || void 0, repository: env.GITHUB_REPOSITORY, apiUrl: apiBaseUrl(env) }
  });
  const json = `${JSON.stringify(record, null, 2)}
`;
  setOutputs(record, writeRecordFile(env, json));
  annotate(record);
  if (env.GITHUB_STEP_SUMMARY) {
    const markdown = renderAuthorizationMarkdown(record);
    await writeJobSummary(
      Buffer.byteLength(markdown, "utf8") <= SUMMARY_LIMIT_BYTES ? markdown : `## ${record.decision === "allow" ? "\u2705 allow" : "\u274C deny"} \u2014 deploy authorization

The record exceeds GitHub's summary limit: see the authorization output.
`
    );
  }
  const verdict = `${record.decision} (${record.migrations.length} migration${record.migrations.length === 1 ? "" : "s"}, ${record.violations.length} violation${record.violations.length === 1 ? "" : "s"})`;
  if (record.decision === "allow") {
    info(`wo-gate: authorize ${verdict}`);
    return EXIT.allow;
  }
  if (inputs.mode === "report") {
    info(`wo-gate: authorize ${verdict}; mode report: the job passes`);
    return EXIT.allow;
  }
  setFailed(`wo-gate: authorize ${verdict}`);
  return EXIT.deny;
}

// src/github/comments.ts
var CommentSchema = external_exports.object({ id: external_exports.number().int(), html_url: external_exports.string(), body: external_exports.string().optional() });
var StickyCommentResultSchema = external_exports.object({
  action: external_exports.enum(["created", "updated", "unchanged"]),
  id: external_exports.number().int(),
  url: external_exports.string()
});
function stickyMarker(marker) {
  if (!/^[\w.:/-]+$/.test(marker)) throw new Error(`sticky comment marker must be word characters, . : / -: ${JSON.stringify(marker)}`);
  return `<!-- ${marker} -->`;
}
async function upsertStickyComment(client, owner, repo, issueNumber, marker, body) {
  const tag = stickyMarker(marker);
  const text = `${tag}
${body}`;
  const comments = await requestAllPages(
    client,
    "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
    { owner, repo, issue_number: issueNumber },
    CommentSchema
  );
  const existing = comments.find((c) => c.body?.startsWith(tag));
  if (existing?.body === text) return { action: "unchanged", id: existing.id, url: existing.html_url };
  const saved = existing ? await requestJson(
    client,
    "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",
    { owner, repo, comment_id: existing.id, body: text },
    CommentSchema
  ) : await requestJson(
    client,
    "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
    { owner, repo, issue_number: issueNumber, body: text },
    CommentSchema
  );
  return { action: existing ? "updated" : "created", id: saved.id, url: saved.html_url };
}

// src/action/comment.ts
var COMMENT_MARKER = "wo-migration-gate";
var COMMENT_LIMIT = 65e3;
function commentBody(report, options) {
  const body = renderMarkdown(report, options);
  if (body.length <= COMMENT_LIMIT) return body;
  const tail = "\n_The report is too long for a comment: the job summary has all of it._\n";
  const lines = body.split("\n");
  let kept = "";
  for (const line of lines) {
    if (kept.length + line.length + 1 + tail.length > COMMENT_LIMIT) break;
    kept += `${line}
`;
  }
  return kept + tail;
}
async function postComment(client, target, body) {
  return upsertStickyComment(client, target.owner, target.repo, target.number, COMMENT_MARKER, body);
}

// src/action/inputs.ts
var NAMES = {
  command: "command",
  mode: "mode",
  workOrders: "work-orders",
  allWorkOrders: "all-work-orders",
  policy: "policy",
  policyData: "policy-data",
  scan: "scan",
  scanPaths: "scan-paths",
  migrationPaths: "migration-paths",
  githubToken: "github-token",
  comment: "comment",
  sarif: "sarif",
  environment: "environment",
  migrations: "migrations",
  pendingFrom: "pending-from"
};
function splitList(text) {
  const items = [];
  let depth = 0;
  let current = "";
  for (const c of text) {
    if (c === "{") depth += 1;
    if (c === "}") depth = Math.max(0, depth - 1);
    if (c === "\n" || c === "\r" || c === "," && depth === 0) {
      items.push(current);
      current = "";
    } else {
      current += c;
    }
  }
  items.push(current);
  return items.map((s) => s.trim()).filter((s) => s !== "");
}
var Bool = external_exports.enum(["true", "True", "TRUE", "false", "False", "FALSE"]).transform((v) => v.toLowerCase() === "true");
var List = external_exports.string().transform(splitList);
var Path = external_exports.string().transform((s) => s.trim() === "" ? void 0 : s.trim());
var InputsSchema = external_exports.object({
  command: external_exports.enum(["check", "authorize"]),
  mode: external_exports.enum(["enforce", "report"]),
  workOrders: List.refine((l) => l.length > 0, "give at least one glob"),
  allWorkOrders: Bool,
  policy: Path,
  policyData: Path,
  scan: Bool,
  scanPaths: List,
  migrationPaths: List,
  githubToken: external_exports.string().transform((s) => s.trim()),
  comment: Bool,
  sarif: Path,
  environment: external_exports.string().transform((s) => s.trim()),
  migrations: List,
  pendingFrom: external_exports.string().transform((s) => s.trim())
});
var envName = (name) => `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
function readInputs(env) {
  const raw = Object.fromEntries(Object.entries(NAMES).map(([field2, name2]) => [field2, env[envName(name2)] ?? ""]));
  const parsed = InputsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path[0];
  const name = field ? NAMES[field] : "(unknown)";
  const value = JSON.stringify(raw[field ?? ""] ?? "");
  const detail = issue?.code === "invalid_value" ? `must be one of ${issue.values.map(String).join(", ")}` : issue?.message ?? "invalid";
  throw new InputError(`input ${name} ${value}: ${detail}`);
}

// src/action/workOrderFiles.ts
var import_picomatch = __toESM(require_picomatch(), 1);
async function matchingFiles(workspace, globs) {
  let files;
  try {
    files = await workingFiles(workspace);
  } catch (e) {
    if (e instanceof GitUnavailable) throw new InputError(`${e.message}: check out the repository first (actions/checkout)`);
    throw e;
  }
  const isMatch = (0, import_picomatch.default)([...globs], { dot: true });
  return [.../* @__PURE__ */ new Set([...files.tracked, ...files.untracked])].filter((f) => isMatch(f)).sort();
}
async function selectWorkOrders(o) {
  const files = await matchingFiles(o.workspace, o.globs);
  const pr = o.context.pullRequest;
  if (o.all || pr === null) return { files, notes: [] };
  const everyOne = (why) => ({ files, notes: [`${why}: every work order matching the globs was checked.`] });
  if (o.client === null) return everyOne("No GitHub token to list the pull request's files");
  let changed;
  try {
    changed = await listPullRequestFiles(o.client, o.context.owner, o.context.repo, pr.number);
  } catch (e) {
    if (e instanceof GitHubApiError) return everyOne(`Cannot list the pull request's files (${e.message})`);
    throw e;
  }
  const touched = new Set(changed.filter((f) => f.status !== "removed").map((f) => f.filename));
  return { files: files.filter((f) => touched.has(f)), notes: [] };
}

// src/action/run.ts
function say(text) {
  process.stdout.write(`wo-gate: ${oneLine(text)}
`);
}
function required(env, name) {
  const value = env[name]?.trim();
  if (!value) throw new InputError(`${name} is not set (the GitHub Actions runner sets it)`);
  return value;
}
function approvalNotes(inputs, context) {
  const notes = [];
  if (!inputs.githubToken) notes.push("No GitHub token: the \xA78 approvals cannot be verified on GitHub (approval-not-verified denies where they are required).");
  if (context.pullRequest === null) {
    notes.push(`Not a pull request (${context.eventName}): approvals are read from the pull request that merged ${context.sha}.`);
  }
  return notes;
}
function writeReportFile(env, report) {
  const dir = path2.join(env.RUNNER_TEMP?.trim() || os2.tmpdir(), "wo-migration-gate");
  mkdirSync2(dir, { recursive: true });
  const file = path2.join(dir, "report.json");
  writeFileSync2(file, renderJson(report));
  return file;
}
function setOutputs2(report, files, reportFile) {
  const violations = report.workOrders.flatMap((w) => w.violations.map((v) => ({ workOrder: w.file, ...v })));
  setOutput("decision", report.decision);
  setOutput("violations", JSON.stringify(violations));
  setOutput("report", reportFile);
  setOutput("work-orders", JSON.stringify(files));
}
function annotate2(report) {
  for (const a of annotationsFor(report)) {
    const properties = { title: a.title, ...a.file === null ? {} : { file: a.file }, ...a.line === null ? {} : { startLine: a.line } };
    if (a.level === "error") error(a.message, properties);
    else warning(a.message, properties);
  }
}
async function comment(client, context, body) {
  const pr = context.pullRequest;
  if (pr === null) return say("comment: not a pull request, no comment posted");
  if (client === null) return warning("comment: no github-token, no pull-request comment posted");
  try {
    const result = await postComment(client, { owner: context.owner, repo: context.repo, number: pr.number }, body);
    say(`comment ${result.action}: ${result.url}`);
  } catch (e) {
    if (e instanceof GitHubApiError) return warning(`comment: cannot post the pull-request comment: ${oneLine(e.message)}`);
    throw e;
  }
}
async function check(env) {
  const inputs = readInputs(env);
  checkLimits();
  const workspace = path2.resolve(required(env, "GITHUB_WORKSPACE"));
  process.chdir(workspace);
  if (inputs.command === "authorize") return authorizeStep(env, inputs, workspace);
  const context = readPullRequestContext(env);
  const apiUrl = apiBaseUrl(env);
  const client = inputs.githubToken ? createGitHubClient({ token: inputs.githubToken, baseUrl: apiUrl }) : null;
  const selection = await selectWorkOrders({ workspace, globs: inputs.workOrders, all: inputs.allWorkOrders, context, client });
  const report = await checkWorkOrders({
    workOrders: selection.files,
    policy: inputs.policy,
    data: inputs.policyData,
    repo: workspace,
    // The repository cross-check measures changed migrations against the pull request's base.
    base: context.pullRequest?.baseSha ?? null,
    scan: inputs.scan,
    scanPaths: inputs.scanPaths,
    migrationPaths: inputs.migrationPaths,
    github: { token: inputs.githubToken, context, apiUrl }
  });
  const notes = [...selection.notes, ...approvalNotes(inputs, context)];
  const source = {
    serverUrl: env.GITHUB_SERVER_URL?.trim() || "https://github.com",
    owner: context.owner,
    repo: context.repo,
    sha: context.pullRequest?.headSha ?? context.sha
  };
  const reportFile = writeReportFile(env, report);
  setOutputs2(report, selection.files, reportFile);
  annotate2(report);
  if (inputs.sarif) {
    const file = path2.resolve(workspace, inputs.sarif);
    mkdirSync2(path2.dirname(file), { recursive: true });
    writeFileSync2(file, `${JSON.stringify(renderSarif(report, { name: package_default.name, version: package_default.version }), null, 2)}
`);
  }
  if (env.GITHUB_STEP_SUMMARY) await writeJobSummary(summaryMarkdown(report, { source, notes }));
  else say("GITHUB_STEP_SUMMARY is not set: no job summary written");
  if (inputs.comment) await comment(client, context, commentBody(report, { source, notes }));
  const denied = report.workOrders.filter((w) => w.decision === "deny").length;
  const verdict = report.decision === "allow" ? `allow (${report.workOrders.length} checked)` : `deny (${denied} of ${report.workOrders.length} denied)`;
  if (report.decision === "allow") {
    say(verdict);
    return EXIT.allow;
  }
  if (inputs.mode === "report") {
    say(`${verdict}; mode report: the job passes`);
    return EXIT.allow;
  }
  setFailed(`wo-gate: ${verdict}`);
  return EXIT.deny;
}
async function run(env = process.env) {
  try {
    return await check(env);
  } catch (e) {
    return failJob(env, e);
  }
}
export {
  run
};
