/**
 * Running the BUILT Action the way a runner does: `node dist/action.js` in a child process with
 * the runner's environment (GITHUB_EVENT_PATH with a real payload, GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY, GITHUB_WORKSPACE a real git repository, RUNNER_TEMP, the INPUT_*
 * variables action.yml's step sets) and the GitHub API served by the loopback fake.
 */
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import yaml from "js-yaml";
import { z } from "zod";
import { pullRequest, repository } from "../support/githubObjects.js";
import { exec } from "../support/exec.js";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const sharedDir = path.resolve(root, "../shared");
export const fixturesDir = path.join(sharedDir, "fixtures", "work-orders");
export const hasShared = existsSync(fixturesDir);

/** What the build needs from the project; node_modules and the pinned OPA are linked, not copied. */
const PROJECT_FILES = ["src", "scripts", "policy", "docs", "schema", "package.json", "tsconfig.json", "README.md", "action.yml"];

/**
 * A copy of the project built with `node scripts/build.mjs`, so the tests run the bundle the
 * build makes without touching the working tree's dist/. Returns the copy's directory (what
 * GITHUB_ACTION_PATH points at).
 */
export async function buildActionCopy(): Promise<{ dir: string; cleanup(): void }> {
  const dir = mkdtempSync(path.join(tmpdir(), "wo-gate-action-"));
  for (const entry of PROJECT_FILES) if (existsSync(path.join(root, entry))) cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"));
  if (existsSync(path.join(root, ".tools"))) symlinkSync(path.join(root, ".tools"), path.join(dir, ".tools"));
  const result = await exec(process.execPath, [path.join(dir, "scripts", "build.mjs")], { cwd: dir, env: process.env });
  if (result.status !== 0) throw new Error(`the build failed: ${result.stderr}`);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}


const ActionYamlSchema = z.object({
  inputs: z.record(z.string(), z.object({ description: z.string(), required: z.boolean().optional(), default: z.string().optional() })),
  outputs: z.record(z.string(), z.object({ description: z.string(), value: z.string() })),
  runs: z.object({
    using: z.literal("composite"),
    steps: z.array(
      z.object({
        name: z.string().optional(),
        id: z.string().optional(),
        if: z.string().optional(),
        uses: z.string().optional(),
        with: z.record(z.string(), z.unknown()).optional(),
        shell: z.string().optional(),
        env: z.record(z.string(), z.string()).optional(),
        run: z.string().optional(),
      }),
    ),
  }),
});
export type ActionYaml = z.infer<typeof ActionYamlSchema>;

export function readActionYaml(dir = root): ActionYaml {
  return ActionYamlSchema.parse(yaml.load(readFileSync(path.join(dir, "action.yml"), "utf8")));
}

/**
 * The values of the inputs as the runner resolves them: each given value, else the default from
 * action.yml (`${{ github.token }}` is the workflow's token).
 */
export function resolveInputs(given: Record<string, string>, token: string, action = readActionYaml()): Record<string, string> {
  for (const name of Object.keys(given)) if (!(name in action.inputs)) throw new Error(`action.yml has no input ${name}`);
  return Object.fromEntries(
    Object.entries(action.inputs).map(([name, input]) => {
      const value = given[name] ?? input.default ?? "";
      return [name, value === "${{ github.token }}" ? token : value];
    }),
  );
}

/** `INPUT_<NAME>` as the runner (and @actions/core) names them. */
export function inputEnv(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, "_").toUpperCase()}`, value]));
}

/** Parses the `name<<delimiter … delimiter` records @actions/core writes to GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const value: string[] = [];
      for (i += 1; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i] ?? "");
      out[heredoc[1] as string] = value.join("\n");
    } else if (line.includes("=")) {
      out[line.slice(0, line.indexOf("="))] = line.slice(line.indexOf("=") + 1);
    }
  }
  return out;
}

export interface Annotation {
  command: string;
  properties: Record<string, string>;
  message: string;
}

const unescapeData = (s: string) => s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
const unescapeProperty = (s: string) => unescapeData(s.replace(/%3A/g, ":").replace(/%2C/g, ","));

/** Workflow commands (`::error file=…,line=…::message`) in the order printed. */
export function parseCommands(stdout: string): Annotation[] {
  const out: Annotation[] = [];
  for (const line of stdout.split("\n")) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const properties = Object.fromEntries(
      (m[2] ?? "")
        .split(",")
        .filter(Boolean)
        .map((p) => [p.slice(0, p.indexOf("=")), unescapeProperty(p.slice(p.indexOf("=") + 1))]),
    );
    out.push({ command: m[1] as string, properties, message: unescapeData(m[3] ?? "") });
  }
  return out;
}

export interface PullRequestEvent {
  owner: string;
  repo: string;
  number: number;
  headSha: string;
  baseSha: string;
}

/** A `pull_request` (synchronize) payload as GitHub sends it. */
export function pullRequestPayload(e: PullRequestEvent): unknown {
  const pr = pullRequest({ owner: e.owner, repo: e.repo, number: e.number, headSha: e.headSha, baseSha: e.baseSha });
  return { action: "synchronize", number: e.number, pull_request: pr, repository: repository(e.owner, e.repo), sender: pr.user };
}

export interface RunnerOptions {
  /** The built copy (GITHUB_ACTION_PATH). */
  actionPath: string;
  workspace: string;
  apiUrl: string;
  eventName: string;
  payload: unknown;
  /** GITHUB_SHA: on a pull request the test merge commit; here the checked-out HEAD. */
  sha: string;
  repository: string;
  /** Given inputs; the rest take their action.yml defaults. */
  inputs: Record<string, string>;
  token: string;
  /** Runner variables to add or replace (a test breaking the runner's environment). */
  env?: NodeJS.ProcessEnv;
  /** A command that runs node as another user (`setpriv …`); the runner's files become writable by anyone. */
  runAs?: string[];
}

export interface RunnerFiles {
  dir: string;
  env: NodeJS.ProcessEnv;
  outputFile: string;
  summaryFile: string;
}

/** The runner's files and environment for one step. */
export function runnerEnvironment(o: Omit<RunnerOptions, "inputs" | "actionPath" | "token">): RunnerFiles {
  const dir = mkdtempSync(path.join(tmpdir(), "wo-gate-runner-"));
  const eventPath = path.join(dir, "event.json");
  writeFileSync(eventPath, JSON.stringify(o.payload));
  const outputFile = path.join(dir, "output");
  const summaryFile = path.join(dir, "summary.md");
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  mkdirSync(path.join(dir, "temp"));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: o.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_REPOSITORY: o.repository,
    GITHUB_SHA: o.sha,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_API_URL: o.apiUrl,
    RUNNER_TEMP: path.join(dir, "temp"),
  };
  return { dir, env, outputFile, summaryFile };
}

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  commands: Annotation[];
  /** The JSON report the `report` output names, parsed; null when none was written. */
  report: unknown;
}

/** Runs `node dist/action.js` as action.yml's gate step does, with the inputs in INPUT_*. */
export async function runBuiltAction(o: RunnerOptions): Promise<ActionRun> {
  const files = runnerEnvironment(o);
  try {
    const env = { ...files.env, GITHUB_ACTION_PATH: o.actionPath, ...inputEnv(resolveInputs(o.inputs, o.token)), ...o.env };
    if (o.runAs) for (const f of [files.dir, path.join(files.dir, "temp"), files.outputFile, files.summaryFile]) chmodSync(f, 0o777);
    const [command, ...prefix] = [...(o.runAs ?? []), process.execPath];
    const result = await exec(command as string, [...prefix, path.join(o.actionPath, "dist", "action.js")], { cwd: o.workspace, env });
    const outputs = parseOutputFile(readFileSync(files.outputFile, "utf8"));
    return {
      ...result,
      outputs,
      report: outputs.report && existsSync(outputs.report) ? (JSON.parse(readFileSync(outputs.report, "utf8")) as unknown) : null,
      summary: readFileSync(files.summaryFile, "utf8"),
      commands: parseCommands(result.stdout),
    };
  } finally {
    rmSync(files.dir, { recursive: true, force: true });
  }
}
