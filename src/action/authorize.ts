/**
 * The Action's `command: authorize` (a deploy job, before the migration step): the same
 * `authorizeDeployment` as `wo-gate authorize`, with the checkout as the deployed repository and
 * the `environment`, `migrations` and `pending-from` inputs. The authorization record is the
 * `authorization` output and the job summary; violations are annotated. Exit 0 allow, 1 deny (0
 * in `mode: report`, the summary still saying deny); errors are thrown to run(), exit 2.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as core from "@actions/core";
import { authorizeDeployment } from "../authorize/authorizeDeployment.js";
import { renderAuthorizationMarkdown } from "../authorize/renderAuthorization.js";
import type { AuthorizationRecord } from "../authorize/schema.js";
import { EXIT, InputError } from "../errors.js";
import { apiBaseUrl } from "../github/client.js";
import { SUMMARY_LIMIT_BYTES, writeJobSummary } from "../report/summary.js";
import type { ActionInputs } from "./inputs.js";

type Env = Readonly<Record<string, string | undefined>>;

function writeRecordFile(env: Env, json: string): string {
  const dir = path.join(env.RUNNER_TEMP?.trim() || os.tmpdir(), "wo-migration-gate");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "authorization.json");
  writeFileSync(file, json);
  return file;
}

function setOutputs(record: AuthorizationRecord, file: string): void {
  core.setOutput("decision", record.decision);
  core.setOutput("violations", JSON.stringify(record.violations));
  core.setOutput("report", file);
  core.setOutput("work-orders", JSON.stringify(record.workOrders.map((w) => w.file)));
  core.setOutput("authorization", JSON.stringify(record));
}

function annotate(record: AuthorizationRecord): void {
  for (const v of record.violations) {
    const properties = { title: `wo-gate authorize: ${v.rule}`, ...(v.file === null ? {} : { file: v.file }), ...(v.line === null ? {} : { startLine: v.line }) };
    core.error(v.message, properties);
  }
}

export async function authorizeStep(env: Env, inputs: ActionInputs, workspace: string): Promise<number> {
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
    github: { token: inputs.githubToken || undefined, repository: env.GITHUB_REPOSITORY, apiUrl: apiBaseUrl(env) },
  });
  const json = `${JSON.stringify(record, null, 2)}\n`;
  setOutputs(record, writeRecordFile(env, json));
  annotate(record);
  if (env.GITHUB_STEP_SUMMARY) {
    const markdown = renderAuthorizationMarkdown(record);
    // The record is also the `authorization` output and the report file: a summary over GitHub's limit says so.
    await writeJobSummary(
      Buffer.byteLength(markdown, "utf8") <= SUMMARY_LIMIT_BYTES
        ? markdown
        : `## ${record.decision === "allow" ? "✅ allow" : "❌ deny"} — deploy authorization\n\nThe record exceeds GitHub's summary limit: see the authorization output.\n`,
    );
  }
  const verdict = `${record.decision} (${record.migrations.length} migration${record.migrations.length === 1 ? "" : "s"}, ${record.violations.length} violation${record.violations.length === 1 ? "" : "s"})`;
  if (record.decision === "allow") {
    core.info(`wo-gate: authorize ${verdict}`);
    return EXIT.allow;
  }
  if (inputs.mode === "report") {
    core.info(`wo-gate: authorize ${verdict}; mode report: the job passes`);
    return EXIT.allow;
  }
  core.setFailed(`wo-gate: authorize ${verdict}`);
  return EXIT.deny;
}
