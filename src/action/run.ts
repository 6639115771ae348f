/**
 * The Action: `run()` reads the inputs and the runner's environment, selects the work orders,
 * runs the same pipeline as `wo-gate check` (checkWorkOrders), and reports where people look:
 * outputs, annotations on the diff, the job summary, SARIF, the JSON report and, if asked, a
 * sticky pull-request comment. Exit 0 allow, 1 deny (0 in `mode: report`), 2 when the gate could
 * not run, in both modes: anything thrown ends here as one line and a failed job.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as core from "@actions/core";
import packageJson from "../../package.json" with { type: "json" };
import { checkWorkOrders } from "../decision/checkWorkOrders.js";
import { EXIT, InputError } from "../errors.js";
import { checkLimits } from "../limits.js";
import { apiBaseUrl, createGitHubClient, GitHubApiError, type GitHubClient } from "../github/client.js";
import { readPullRequestContext, type PullRequestContext } from "../github/event.js";
import { annotationsFor } from "../report/annotations.js";
import type { CheckReport } from "../report/checkReport.js";
import { renderJson } from "../report/renderJson.js";
import type { SourceLinks } from "../report/renderMarkdown.js";
import { renderSarif } from "../report/sarif.js";
import { summaryMarkdown, writeJobSummary } from "../report/summary.js";
import { authorizeStep } from "./authorize.js";
import { commentBody, postComment } from "./comment.js";
import { failJob, oneLine } from "./failure.js";
import { readInputs, type ActionInputs } from "./inputs.js";
import { selectWorkOrders } from "./workOrderFiles.js";

type Env = Readonly<Record<string, string | undefined>>;

function say(text: string): void {
  process.stdout.write(`wo-gate: ${oneLine(text)}\n`);
}

function required(env: Env, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new InputError(`${name} is not set (the GitHub Actions runner sets it)`);
  return value;
}

/** What the summary must say about approvals it could not read (the policy decides what follows). */
function approvalNotes(inputs: ActionInputs, context: PullRequestContext): string[] {
  const notes: string[] = [];
  if (!inputs.githubToken) notes.push("No GitHub token: the §8 approvals cannot be verified on GitHub (approval-not-verified denies where they are required).");
  if (context.pullRequest === null) {
    notes.push(`Not a pull request (${context.eventName}): approvals are read from the pull request that merged ${context.sha}.`);
  }
  return notes;
}

function writeReportFile(env: Env, report: CheckReport): string {
  const dir = path.join(env.RUNNER_TEMP?.trim() || os.tmpdir(), "wo-migration-gate");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "report.json");
  writeFileSync(file, renderJson(report));
  return file;
}

function setOutputs(report: CheckReport, files: readonly string[], reportFile: string): void {
  const violations = report.workOrders.flatMap((w) => w.violations.map((v) => ({ workOrder: w.file, ...v })));
  core.setOutput("decision", report.decision);
  core.setOutput("violations", JSON.stringify(violations));
  core.setOutput("report", reportFile);
  core.setOutput("work-orders", JSON.stringify(files));
}

function annotate(report: CheckReport): void {
  for (const a of annotationsFor(report)) {
    const properties = { title: a.title, ...(a.file === null ? {} : { file: a.file }), ...(a.line === null ? {} : { startLine: a.line }) };
    if (a.level === "error") core.error(a.message, properties);
    else core.warning(a.message, properties);
  }
}

async function comment(client: GitHubClient | null, context: PullRequestContext, body: string): Promise<void> {
  const pr = context.pullRequest;
  if (pr === null) return say("comment: not a pull request, no comment posted");
  if (client === null) return core.warning("comment: no github-token, no pull-request comment posted");
  try {
    const result = await postComment(client, { owner: context.owner, repo: context.repo, number: pr.number }, body);
    say(`comment ${result.action}: ${result.url}`);
  } catch (e) {
    // The comment only repeats the report; failing to post it changes no decision.
    if (e instanceof GitHubApiError) return core.warning(`comment: cannot post the pull-request comment: ${oneLine(e.message)}`);
    throw e;
  }
}

async function check(env: Env): Promise<number> {
  const inputs = readInputs(env);
  // A bad bound variable is a usage error before anything runs (docs/fail-closed.md).
  checkLimits();
  const workspace = path.resolve(required(env, "GITHUB_WORKSPACE"));
  // Work orders, policy and SARIF paths are relative to the repository, as the inputs say.
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
    github: { token: inputs.githubToken, context, apiUrl },
  });

  const notes = [...selection.notes, ...approvalNotes(inputs, context)];
  const source: SourceLinks = {
    serverUrl: env.GITHUB_SERVER_URL?.trim() || "https://github.com",
    owner: context.owner,
    repo: context.repo,
    sha: context.pullRequest?.headSha ?? context.sha,
  };
  const reportFile = writeReportFile(env, report);
  setOutputs(report, selection.files, reportFile);
  annotate(report);
  if (inputs.sarif) {
    const file = path.resolve(workspace, inputs.sarif);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(renderSarif(report, { name: packageJson.name, version: packageJson.version }), null, 2)}\n`);
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
  core.setFailed(`wo-gate: ${verdict}`);
  return EXIT.deny;
}

export async function run(env: Env = process.env): Promise<number> {
  try {
    return await check(env);
  } catch (e) {
    // Fail closed in both modes: an error is never a pass.
    return failJob(env, e);
  }
}
