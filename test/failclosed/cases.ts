/**
 * How to make each error path of docs/fail-closed.md happen for real, and what its message says.
 * The decision and exit code each side must give are the doc's own (the test reads them from its
 * table); this module only knows how to break a run: an unreadable file (run as `nobody`, since
 * root reads anything), a shallow clone, no git on PATH, a GitHub that answers 503 or
 * "rate limited", a runner whose output file cannot be written.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pullRequestPayload, root, runBuiltAction, type ActionRun } from "../action/harness.js";
import { LOGINS, replaceOnce, stagingWorkOrder, WORK_ORDER_PATH, type Scenario } from "../action/scenario.js";
import { alembic, baseRepository, LOGINS as DEPLOY_LOGINS, mergeIntoMain, MIGRATION_101, sha, WO_101 } from "../authorize/deployRepo.js";
import { exec } from "../support/exec.js";
import { pullRequestFile, review } from "../support/githubObjects.js";
import { rateLimited, serverError, type FakeGitHub, type FakeResponse } from "../support/githubServer.js";

export type Mode = "enforce" | "report";

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** What every case runs against, made once per test file. */
export interface Fixture {
  /** A directory holding only the built `dist/` (no `.tools`, no node_modules): the CLI and the Action. */
  built: string;
  gh: FakeGitHub;
  /** Policy data with the approvers' GitHub logins (the Action's scenario). */
  data: string;
  /** The command prefix that runs a program as `nobody`, or null when this machine cannot. */
  nobody: string[] | null;
  /** The directory holding a working `opa`, or null. */
  opaDir: string | null;
  /** A fresh temporary directory (removed with the fixture). */
  temp(): string;
  /** A pull request's repository (removed with the fixture). */
  scenario(workOrder: string | Buffer | null, extra?: Record<string, string>): Scenario;
}

const OWNER = "acme";
const PR = 7;

/** PATH without any directory that holds an `opa` or a `git` (as asked), so neither can be found. */
export function pathWithout(programs: readonly string[], from = process.env.PATH ?? ""): string {
  return from
    .split(path.delimiter)
    .filter((dir) => dir !== "" && !programs.some((p) => existsSync(path.join(dir, p))))
    .join(path.delimiter);
}

/** `wo-gate` as a user runs it: the built CLI, a clean environment (no runner, no token). */
export function cli(fx: Fixture, args: string[], o: { cwd?: string; env?: NodeJS.ProcessEnv; asNobody?: boolean } = {}): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { PATH: pathWithout(["opa"]), HOME: o.asNobody ? fx.temp() : process.env.HOME, NO_COLOR: "1", ...o.env };
  const command = [...(o.asNobody ? (fx.nobody ?? []) : []), process.execPath, path.join(fx.built, "dist", "cli.js"), ...args];
  return exec(command[0] as string, command.slice(1), { cwd: o.cwd ?? fx.temp(), env });
}

/** The pull request's files and the signer's approval on the head commit, served under `acme/<repo>`. */
function servePullRequest(fx: Fixture, repo: string, s: Scenario, overrides: Record<string, FakeResponse | FakeResponse[]> = {}): void {
  const base = `/repos/${OWNER}/${repo}/pulls/${PR}`;
  fx.gh.onPages("GET", `${base}/files`, s.changed.map((filename) => pullRequestFile({ owner: OWNER, repo, filename, status: "added" })), 30);
  fx.gh.onPages("GET", `${base}/reviews`, [review({ owner: OWNER, repo, number: PR, id: 1, login: LOGINS["Anika Brandt"], state: "APPROVED", commitId: s.headSha })], 30);
  for (const [route, response] of Object.entries(overrides)) fx.gh.on(route.split(" ")[0] as "GET", route.split(" ")[1] as string, response);
}

export interface ActionOptions {
  /** The repository name under `acme/`: one per case, so cases share the fake GitHub. */
  repo: string;
  inputs?: Record<string, string>;
  env?: NodeJS.ProcessEnv;
  asNobody?: boolean;
  workspace?: string;
}

/** The built Action on a pull request of `s`, as a runner runs it, in `mode`. */
export function action(fx: Fixture, s: Scenario, mode: Mode, o: ActionOptions): Promise<ActionRun> {
  const nobodyEnv: NodeJS.ProcessEnv = o.asNobody
    ? // git refuses a repository another user owns unless told it is safe (command-scope config).
      { HOME: fx.temp(), GIT_CONFIG_COUNT: "1", GIT_CONFIG_KEY_0: "safe.directory", GIT_CONFIG_VALUE_0: "*" }
    : {};
  return runBuiltAction({
    actionPath: fx.built,
    workspace: o.workspace ?? s.repo.dir,
    apiUrl: fx.gh.url,
    eventName: "pull_request",
    payload: pullRequestPayload({ owner: OWNER, repo: o.repo, number: PR, headSha: s.headSha, baseSha: s.baseSha }),
    sha: s.headSha,
    repository: `${OWNER}/${o.repo}`,
    inputs: { "policy-data": fx.data, mode, ...o.inputs },
    token: "ghs_fail_closed",
    env: { PATH: pathWithout(["opa"]), ...nobodyEnv, ...o.env },
    runAs: o.asNobody ? (fx.nobody ?? undefined) : undefined,
  });
}

/** Makes every directory of `dir` enterable and every file readable by anyone (for `nobody`). */
export function openUp(dir: string): void {
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir)) {
    const file = path.join(dir, entry);
    if (statSync(file).isDirectory()) openUp(file);
    else chmodSync(file, 0o644);
  }
}

const NOT_UTF8 = (): Buffer => {
  const text = stagingWorkOrder();
  const at = text.indexOf("- Requested by:");
  // A Latin-1 "é" (0xE9 followed by an ASCII letter) in the header: not UTF-8.
  return Buffer.concat([Buffer.from(text.slice(0, at), "utf8"), Buffer.from("- Requested by: Ren\xe9e / Billing\n", "latin1"), Buffer.from(text.slice(at), "utf8")]);
};
const NOT_A_WORK_ORDER = (): string =>
  replaceOnce(stagingWorkOrder(), "**WO-MIGRATION-101 — Add tax_region_code to invoices and backfill from billing address**", "**Migration 101 — Add tax_region_code**");

/** A work order written to a fresh directory; the CLI is run from there with the file's name. */
function workOrderIn(fx: Fixture, content: string | Buffer = stagingWorkOrder()): { dir: string; file: string } {
  const dir = fx.temp();
  const file = "WO-MIGRATION-101-invoices-tax-region.md";
  writeFileSync(path.join(dir, file), content);
  return { dir, file };
}

/** The bundled policy data with one field replaced. */
function dataWith(fx: Fixture, patch: Record<string, unknown>): string {
  const file = path.join(fx.temp(), "data.json");
  writeFileSync(file, JSON.stringify({ ...(JSON.parse(readFileSync(fx.data, "utf8")) as object), ...patch }));
  return file;
}

/** A file in `dir` with `content`; returns its path. */
function fileIn(dir: string, name: string, content: string | Buffer): string {
  writeFileSync(path.join(dir, name), content);
  return path.join(dir, name);
}

const UNCOMPILABLE_REGO = "package wo_migration\n\ndecision := {\n";

/** `git clone --depth 1` of the scenario's pull-request branch: HEAD without the base. */
function shallowClone(fx: Fixture, s: Scenario): string {
  const dir = path.join(fx.temp(), "clone");
  execFileSync("git", ["clone", "-q", "--depth", "1", "--branch", "feature", `file://${s.repo.dir}`, dir], { env: { ...process.env, GIT_CONFIG_NOSYSTEM: "1" } });
  return dir;
}

/** A copy of the scenario's files without `.git`: a checkout that is not a git repository. */
function plainCopy(fx: Fixture, s: Scenario): string {
  const dir = path.join(fx.temp(), "plain");
  cpSync(s.repo.dir, dir, { recursive: true, filter: (src) => path.basename(src) !== ".git" });
  return dir;
}

/** The violations a JSON check report or authorization record holds. */
export function violationsOf(stdout: string): Array<{ rule: string; message: string }> {
  const doc = JSON.parse(stdout) as { workOrders?: Array<{ violations?: unknown }>; violations?: unknown };
  // `authorize` lists its violations at the top; `check` per work order.
  const list = Array.isArray(doc.violations) ? doc.violations : (doc.workOrders ?? []).flatMap((w) => (Array.isArray(w.violations) ? w.violations : []));
  return list as Array<{ rule: string; message: string }>;
}

/**
 * A merged deploy for `wo-gate authorize`: main with the base migration, WO-101's branch merged.
 * GitHub answers the merged pull request's lookup with `response`.
 */
async function authorizeCli(fx: Fixture, repo: string, response: FakeResponse | FakeResponse[] | null, token = "ghs_fail_closed"): Promise<CliRun> {
  const deploy = baseRepository();
  const base = sha(deploy);
  deploy.branch("wo-101").commit({ [MIGRATION_101]: alembic("8d0e4b1a2c6f", "3f1c2a9d7b4e", "tax_region_code"), [WO_101]: stagingWorkOrder() });
  mergeIntoMain(deploy, "wo-101");
  if (response) {
    fx.gh.on("GET", `/repos/${OWNER}/${repo}/commits/{commit_sha}/pulls`, response);
    fx.gh.on("GET", `/repos/${OWNER}/${repo}/environments/{environment_name}`, response);
  }
  const data = dataWith(fx, { githubLogins: { ...DEPLOY_LOGINS, ...LOGINS } });
  try {
    return await cli(fx, ["authorize", "--env", "staging", "--repo", deploy.dir, "--pending-from", base, "--data", data, "--format", "json"], {
      env: { GITHUB_TOKEN: token, GITHUB_REPOSITORY: `${OWNER}/${repo}`, GITHUB_API_URL: fx.gh.url },
    });
  } finally {
    deploy.cleanup();
  }
}

/** A rate-limit answer whose reset is already past, so the client retries at once. */
const RATE_LIMITED = rateLimited({ status: 403, resetEpochSeconds: 1 });

export interface Case {
  /** What this machine must offer for the case to run. */
  needs?: Array<"nobody" | "opa">;
  cli?: (fx: Fixture) => Promise<CliRun>;
  action?: (fx: Fixture, mode: Mode) => Promise<ActionRun>;
  /** The CLI's one stderr line (an error), or each listed violation's message (a deny). */
  cliMessage?: RegExp;
  /** The Action's failure line (an error), a warning it prints, or each listed violation's message (a deny). */
  actionMessage?: RegExp;
  /** For a deny: the rules that fire (sorted), on each side. */
  cliRules?: string[];
  actionRules?: string[];
}

/** One entry per row of docs/fail-closed.md, keyed by the row's id. */
export const CASES: Record<string, Case> = {
  "work-order-unreadable": {
    needs: ["nobody"],
    cli: (fx) => {
      const { dir, file } = workOrderIn(fx);
      chmodSync(path.join(dir, file), 0o000);
      return cli(fx, ["check", file], { cwd: dir, asNobody: true });
    },
    action: (fx, mode) => {
      const s = fx.scenario(stagingWorkOrder());
      servePullRequest(fx, `unreadable-wo-${mode}`, s);
      openUp(s.repo.dir);
      chmodSync(path.join(s.repo.dir, WORK_ORDER_PATH), 0o000);
      return action(fx, s, mode, { repo: `unreadable-wo-${mode}`, asNobody: true });
    },
    cliMessage: /^wo-gate: WO-MIGRATION-101-invoices-tax-region\.md: cannot read: permission denied$/,
    actionMessage: /^wo-gate: docs\/work-orders\/WO-MIGRATION-101-invoices-tax-region\.md: cannot read: permission denied$/,
  },
  "work-order-not-utf8": {
    cli: (fx) => {
      const { dir, file } = workOrderIn(fx, NOT_UTF8());
      return cli(fx, ["check", file], { cwd: dir });
    },
    action: (fx, mode) => {
      const s = fx.scenario(NOT_UTF8());
      servePullRequest(fx, `not-utf8-${mode}`, s);
      return action(fx, s, mode, { repo: `not-utf8-${mode}` });
    },
    cliMessage: /^wo-gate: WO-MIGRATION-101-invoices-tax-region\.md:\d+: is not UTF-8 text \(byte 0xe9 at offset \d+\); save it as UTF-8$/,
    actionMessage: /^wo-gate: docs\/work-orders\/WO-MIGRATION-101-invoices-tax-region\.md:\d+: is not UTF-8 text \(byte 0xe9 at offset \d+\); save it as UTF-8$/,
  },
  "not-a-work-order": {
    cli: (fx) => {
      const { dir, file } = workOrderIn(fx, NOT_A_WORK_ORDER());
      return cli(fx, ["check", file], { cwd: dir });
    },
    action: (fx, mode) => {
      const s = fx.scenario(NOT_A_WORK_ORDER());
      servePullRequest(fx, `not-wo-${mode}`, s);
      return action(fx, s, mode, { repo: `not-wo-${mode}` });
    },
    cliMessage: /^wo-gate: WO-MIGRATION-101-invoices-tax-region\.md: not a work order: no line begins with WO-MIGRATION-$/,
    actionMessage: /^wo-gate: docs\/work-orders\/WO-MIGRATION-101-invoices-tax-region\.md: not a work order: no line begins with WO-MIGRATION-$/,
  },
  "work-order-too-large": {
    cli: (fx) => {
      const { dir, file } = workOrderIn(fx);
      return cli(fx, ["check", file], { cwd: dir, env: { WO_GATE_MAX_WORK_ORDER_BYTES: "1024" } });
    },
    action: (fx, mode) => {
      const s = fx.scenario(stagingWorkOrder());
      servePullRequest(fx, `too-large-${mode}`, s);
      return action(fx, s, mode, { repo: `too-large-${mode}`, env: { WO_GATE_MAX_WORK_ORDER_BYTES: "1024" } });
    },
    cliMessage: /^wo-gate: WO-MIGRATION-101-invoices-tax-region\.md: is \d+ bytes; a work order over 1 KB is refused$/,
    actionMessage: /^wo-gate: docs\/work-orders\/WO-MIGRATION-101-invoices-tax-region\.md: is \d+ bytes; a work order over 1 KB is refused$/,
  },
  "policy-missing": {
    cli: (fx) => {
      const { dir, file } = workOrderIn(fx);
      return cli(fx, ["check", "--policy", "missing.wasm", file], { cwd: dir });
    },
    action: (fx, mode) => {
      const s = fx.scenario(stagingWorkOrder());
      servePullRequest(fx, `policy-missing-${mode}`, s);
      return action(fx, s, mode, { repo: `policy-missing-${mode}`, inputs: { policy: "missing.wasm" } });
    },
    cliMessage: /^wo-gate: missing\.wasm: cannot read the policy: ENOENT$/,
    actionMessage: /^wo-gate: missing\.wasm: cannot read the policy: ENOENT$/,
  },
  "policy-unreadable": {
    needs: ["nobody"],
    cli: (fx) => {
      const { dir, file } = workOrderIn(fx);
      chmodSync(fileIn(dir, "gate.wasm", readFileSync(path.join(fx.built, "dist", "policy", "policy.wasm"))), 0o000);
      return cli(fx, ["check", "--policy", "gate.wasm", file], { cwd: dir, asNobody: true });
    },
    action: (fx, mode) => {
      const s = fx.scenario(stagingWorkOrder());
      servePullRequest(fx, `policy-unreadable-${mode}`, s);
      openUp(s.repo.dir);
      chmodSync(fileIn(s.repo.dir, "gate.wasm", readFileSync(path.join(fx.built, "dist", "policy", "policy.wasm"))), 0o000);
      return action(fx, s, mode, { repo: `policy-unreadable-${mode}`, inputs: { policy: "gate.wasm" }, asNobody: true });
    },
    cliMessage: /^wo-gate: gate\.wasm: cannot read the policy: EACCES$/,
    actionMessage: /^wo-gate: gate\.wasm: cannot read the policy: EACCES$/,
  },
  "policy-not-wasm": {
    cli: (fx) => {
      const { dir, file } = workOrderIn(fx);
      fileIn(dir, "gate.wasm", "this is not WebAssembly\n");
      return cli(fx, ["check", "--policy", "gate.wasm", file], { cwd: dir });
    },
    action: (fx, mode) => {
      const s = fx.scenario(stagingWorkOrder());
      servePullRequest(fx, `not-wasm-${mode}`, s);
      fileIn(s.repo.dir, "gate.wasm", "this is not WebAssembly\n");
      return action(fx, s, mode, { repo: `not-wasm-${mode}`, inputs: { policy: "gate.wasm" } });
    },
    cliMessage: /^wo-gate: gate\.wasm: cannot load the policy module: .+$/,
    actionMessage: /^wo-gate: gate\.wasm: cannot load the policy module: .+$/,
  },
  "policy-bundle-not-gzip": {
    cli: (fx) => {
      const { dir, file } = workOrderIn(fx);
      fileIn(dir, "bundle.tar.gz", "not a tarball\n");
      return cli(fx, ["check", "--policy", "bundle.tar.gz", file], { cwd: dir });
    },
    action: (fx, mode) => {
      const s = fx.scenario(stagingWorkOrder());
      servePullRequest(fx, `not-gzip-${mode}`, s);
      fileIn(s.repo.dir, "bundle.tar.gz", "not a tarball\n");
      return action(fx, s, mode, { repo: `not-gzip-${mode}`, inputs: { policy: "bundle.tar.gz" } });
    },
    cliMessage: /^wo-gate: bundle\.tar\.gz: not a gzip-compressed OPA bundle$/,
    actionMessage: /^wo-gate: bundle\.tar\.gz: not a gzip-compressed OPA bundle$/,
  },
  "policy-does-not-compile": {
    needs: ["opa"],
    cli: (fx) => {
      const { dir, file } = workOrderIn(fx);
      mkdirSync(path.join(dir, "rego"));
      fileIn(path.join(dir, "rego"), "decision.rego", UNCOMPILABLE_REGO);
      return cli(fx, ["check", "--policy", "rego", file], { cwd: dir, env: { PATH: `${fx.opaDir}${path.delimiter}${pathWithout(["opa"])}` } });
    },
    action: (fx, mode) => {
      const s = fx.scenario(stagingWorkOrder());
      servePullRequest(fx, `no-compile-${mode}`, s);
      mkdirSync(path.join(s.repo.dir, "rego"));
      fileIn(path.join(s.repo.dir, "rego"), "decision.rego", UNCOMPILABLE_REGO);
      return action(fx, s, mode, { repo: `no-compile-${mode}`, inputs: { policy: "rego" }, env: { PATH: `${fx.opaDir}${path.delimiter}${pathWithout(["opa"])}` } });
    },
    cliMessage: /^wo-gate: rego: the policy does not compile: .*rego_parse_error.*$/,
    actionMessage: /^wo-gate: rego: the policy does not compile: .*rego_parse_error.*$/,
  },
  "opa-missing": {
    cli: (fx) => {
      const { dir, file } = workOrderIn(fx);
      return cli(fx, ["check", "--policy", path.join(root, "policy"), file], { cwd: dir });
    },
    action: (fx, mode) => {
      const s = fx.scenario(stagingWorkOrder());
      servePullRequest(fx, `opa-missing-${mode}`, s);
      return action(fx, s, mode, { repo: `opa-missing-${mode}`, inputs: { policy: path.join(root, "policy") } });
    },
    cliMessage: /^wo-gate: compiling a Rego policy directory needs OPA: .+$/,
    actionMessage: /^wo-gate: compiling a Rego policy directory needs OPA: .+$/,
  },
  "policy-data-missing": {
    cli: (fx) => {
      const { dir, file } = workOrderIn(fx);
      return cli(fx, ["check", "--data", "nowhere.json", file], { cwd: dir });
    },
    action: (fx, mode) => {
      const s = fx.scenario(stagingWorkOrder());
      servePullRequest(fx, `data-missing-${mode}`, s);
      return action(fx, s, mode, { repo: `data-missing-${mode}`, inputs: { "policy-data": "nowhere.json" } });
    },
    cliMessage: /^wo-gate: nowhere\.json: cannot read policy data: ENOENT$/,
    actionMessage: /^wo-gate: nowhere\.json: cannot read policy data: ENOENT$/,
  },
  "policy-data-not-json": {
    cli: (fx) => {
      const { dir, file } = workOrderIn(fx);
      fileIn(dir, "data.json", "{ environments: [] }\n");
      return cli(fx, ["check", "--data", "data.json", file], { cwd: dir });
    },
    action: (fx, mode) => {
      const s = fx.scenario(stagingWorkOrder());
      servePullRequest(fx, `data-not-json-${mode}`, s);
      fileIn(s.repo.dir, "data.json", "{ environments: [] }\n");
      return action(fx, s, mode, { repo: `data-not-json-${mode}`, inputs: { "policy-data": "data.json" } });
    },
    cliMessage: /^wo-gate: data\.json: policy data is not JSON: .+$/,
    actionMessage: /^wo-gate: data\.json: policy data is not JSON: .+$/,
  },
  "policy-data-invalid": {
    cli: (fx) => {
      const { dir, file } = workOrderIn(fx);
      return cli(fx, ["check", "--data", dataWith(fx, { production: "nowhere" }), file], { cwd: dir });
    },
    action: (fx, mode) => {
      const s = fx.scenario(stagingWorkOrder());
      servePullRequest(fx, `data-invalid-${mode}`, s);
      return action(fx, s, mode, { repo: `data-invalid-${mode}`, inputs: { "policy-data": dataWith(fx, { production: "nowhere" }) } });
    },
    cliMessage: /^wo-gate: \/.*data\.json: bad policy data: production: "nowhere" is not the key of an environment$/,
    actionMessage: /^wo-gate: \/.*data\.json: bad policy data: production: "nowhere" is not the key of an environment$/,
  },
  "bound-invalid": {
    cli: (fx) => {
      const s = fx.scenario(stagingWorkOrder());
      return cli(fx, ["check", "--repo", ".", WORK_ORDER_PATH], { cwd: s.repo.dir, env: { WO_GATE_MAX_FILES: "abc" } });
    },
    action: (fx, mode) => {
      const s = fx.scenario(stagingWorkOrder());
      servePullRequest(fx, `bound-invalid-${mode}`, s);
      return action(fx, s, mode, { repo: `bound-invalid-${mode}`, env: { WO_GATE_MAX_FILES: "abc" } });
    },
    cliMessage: /^wo-gate: WO_GATE_MAX_FILES must be a positive whole number, not "abc"$/,
    actionMessage: /^wo-gate: WO_GATE_MAX_FILES must be a positive whole number, not "abc"$/,
  },
  "usage-error": {
    cli: (fx) => {
      const { dir, file } = workOrderIn(fx);
      return cli(fx, ["check", "--format", "yaml", file], { cwd: dir });
    },
    action: (fx, mode) => {
      const s = fx.scenario(stagingWorkOrder());
      // `mode` itself is the bad input here; both modes are run with it.
      return action(fx, s, mode, { repo: `usage-${mode}`, inputs: { mode: "warn" } });
    },
    cliMessage: /^error: option '--format <format>' argument 'yaml' is invalid\. Allowed choices are text, json, markdown\.$/,
    actionMessage: /^wo-gate: input mode "warn": must be one of enforce, report$/,
  },
  "event-payload-invalid": {
    action: (fx, mode) => {
      const s = fx.scenario(stagingWorkOrder());
      const payload = fileIn(fx.temp(), "event.json", "{ not json");
      return action(fx, s, mode, { repo: `payload-${mode}`, env: { GITHUB_EVENT_PATH: payload } });
    },
    actionMessage: /^wo-gate: \/.*event\.json: event payload is not valid JSON: .+$/,
  },
  "not-a-git-repository": {
    cli: (fx) => {
      const dir = plainCopy(fx, fx.scenario(stagingWorkOrder()));
      return cli(fx, ["check", "--repo", ".", "--base", "main", "--format", "json", WORK_ORDER_PATH], { cwd: dir });
    },
    action: (fx, mode) => {
      const s = fx.scenario(stagingWorkOrder());
      servePullRequest(fx, `plain-${mode}`, s);
      return action(fx, s, mode, { repo: `plain-${mode}`, workspace: plainCopy(fx, s) });
    },
    cliRules: ["governance-document-missing", "unversioned-migration", "work-order-missing"],
    cliMessage: /^cannot verify .*: not a git repository: \.$/,
    actionMessage: /^wo-gate: cannot list the files of \/.*\/plain: .*not a git repository.*: check out the repository first \(actions\/checkout\)$/,
  },
  "git-missing": {
    cli: (fx) => {
      const s = fx.scenario(stagingWorkOrder());
      return cli(fx, ["check", "--repo", ".", "--base", "main", "--format", "json", WORK_ORDER_PATH], { cwd: s.repo.dir, env: { PATH: pathWithout(["opa", "git"]) } });
    },
    action: (fx, mode) => {
      const s = fx.scenario(stagingWorkOrder());
      servePullRequest(fx, `no-git-${mode}`, s);
      return action(fx, s, mode, { repo: `no-git-${mode}`, env: { PATH: pathWithout(["opa", "git"]) } });
    },
    cliRules: ["governance-document-missing", "unversioned-migration", "work-order-missing"],
    cliMessage: /^cannot verify .*: cannot run git in \.: the directory or the git program does not exist$/,
    actionMessage: /^wo-gate: cannot run git in \/.*: the directory or the git program does not exist: check out the repository first \(actions\/checkout\)$/,
  },
  "shallow-clone-without-base": {
    cli: (fx) => {
      const s = fx.scenario(stagingWorkOrder());
      return cli(fx, ["check", "--repo", ".", "--base", s.baseSha, "--format", "json", WORK_ORDER_PATH], { cwd: shallowClone(fx, s) });
    },
    action: (fx, mode) => {
      const s = fx.scenario(stagingWorkOrder());
      servePullRequest(fx, `shallow-${mode}`, s);
      return action(fx, s, mode, { repo: `shallow-${mode}`, workspace: shallowClone(fx, s) });
    },
    cliRules: ["work-order-missing"],
    actionRules: ["work-order-missing"],
    cliMessage: /^cannot verify that every changed migration has a work order: base ref '[0-9a-f]{40}' does not exist in \. \(this is a shallow clone: fetch the base, e\.g\. actions\/checkout with fetch-depth: 0\)$/,
    actionMessage: /^cannot verify that every changed migration has a work order: base ref '[0-9a-f]{40}' does not exist in \/.*\/clone \(this is a shallow clone: fetch the base, e\.g\. actions\/checkout with fetch-depth: 0\)$/,
  },
  "github-api-error": {
    cli: (fx) => authorizeCli(fx, "api-error-cli", serverError(503)),
    action: (fx, mode) => {
      const s = fx.scenario(stagingWorkOrder());
      servePullRequest(fx, `api-error-${mode}`, s, { [`GET /repos/${OWNER}/api-error-${mode}/pulls/${PR}/reviews`]: serverError(503) });
      return action(fx, s, mode, { repo: `api-error-${mode}` });
    },
    cliRules: ["approval-not-verified"],
    actionRules: ["approval-not-verified"],
    cliMessage: /GitHub API error: GET \/repos\/acme\/api-error-cli\/commits\/[0-9a-f]{40}\/pulls returned 503 after 3 attempts/,
    actionMessage: /GitHub API error: GET \/repos\/acme\/api-error-(enforce|report)\/pulls\/7\/reviews returned 503 after 3 attempts/,
  },
  "github-rate-limited": {
    cli: (fx) => authorizeCli(fx, "rate-limited-cli", RATE_LIMITED),
    action: (fx, mode) => {
      const s = fx.scenario(stagingWorkOrder());
      servePullRequest(fx, `rate-limited-${mode}`, s, { [`GET /repos/${OWNER}/rate-limited-${mode}/pulls/${PR}/reviews`]: RATE_LIMITED });
      return action(fx, s, mode, { repo: `rate-limited-${mode}` });
    },
    cliRules: ["approval-not-verified"],
    actionRules: ["approval-not-verified"],
    cliMessage: /GitHub API error: GET \/repos\/acme\/rate-limited-cli\/commits\/[0-9a-f]{40}\/pulls returned 403 \(rate limited\) after 3 attempts/,
    actionMessage: /GitHub API error: GET \/repos\/acme\/rate-limited-(enforce|report)\/pulls\/7\/reviews returned 403 \(rate limited\) after 3 attempts/,
  },
  "github-no-token": {
    cli: (fx) => authorizeCli(fx, "no-token-cli", null, ""),
    action: (fx, mode) => {
      const s = fx.scenario(stagingWorkOrder());
      return action(fx, s, mode, { repo: `no-token-${mode}`, inputs: { "github-token": "" } });
    },
    cliRules: ["approval-not-verified"],
    actionRules: ["approval-not-verified"],
    cliMessage: /\bno token\b/,
    actionMessage: /\bno token\b/,
  },
  "scan-bound-exceeded": {
    cli: (fx) => {
      const s = fx.scenario(stagingWorkOrder());
      return cli(fx, ["check", "--repo", ".", "--format", "json", WORK_ORDER_PATH], { cwd: s.repo.dir, env: { WO_GATE_MAX_FILES: "3" } });
    },
    action: (fx, mode) => {
      const s = fx.scenario(stagingWorkOrder());
      servePullRequest(fx, `scan-bound-${mode}`, s);
      return action(fx, s, mode, { repo: `scan-bound-${mode}`, env: { WO_GATE_MAX_FILES: "3" } });
    },
    cliRules: ["startup-migration"],
    actionRules: ["startup-migration"],
    cliMessage: /^cannot verify that no migration runs on start: scan: more than 3 files; the repository is too large to verify$/,
    actionMessage: /^cannot verify that no migration runs on start: scan: more than 3 files; the repository is too large to verify$/,
  },
  "scan-command-bound-exceeded": {
    cli: (fx) => {
      const s = fx.scenario(stagingWorkOrder());
      return cli(fx, ["scan", "."], { cwd: s.repo.dir, env: { WO_GATE_MAX_FILES: "3" } });
    },
    cliMessage: /^wo-gate: scan: more than 3 files; the repository is too large to verify$/,
  },
  "action-crash": {
    action: (fx, mode) => {
      const s = fx.scenario(stagingWorkOrder());
      servePullRequest(fx, `crash-${mode}`, s);
      // The runner's output file is a directory: setting the first output throws (EISDIR).
      return action(fx, s, mode, { repo: `crash-${mode}`, env: { GITHUB_OUTPUT: fx.temp() } });
    },
    actionMessage: /^wo-gate: internal error: EISDIR: illegal operation on a directory.*$/,
  },
  "comment-not-posted": {
    action: (fx, mode) => {
      const s = fx.scenario(stagingWorkOrder());
      const repo = `comment-${mode}`;
      servePullRequest(fx, repo, s);
      fx.gh.onPages("GET", `/repos/${OWNER}/${repo}/issues/${PR}/comments`, [], 30);
      fx.gh.on("POST", `/repos/${OWNER}/${repo}/issues/${PR}/comments`, serverError(500));
      return action(fx, s, mode, { repo, inputs: { comment: "true" } });
    },
    actionMessage: /^comment: cannot post the pull-request comment: POST \/repos\/acme\/comment-(enforce|report)\/issues\/7\/comments returned 500$/,
  },
};
