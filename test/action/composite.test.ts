/**
 * action.yml's composite steps, executed the way a runner executes them: the inputs resolved from
 * the given values and the defaults, each `${{ … }}` expression evaluated (inputs, step outputs,
 * github.token), each `run:` step run by bash with its `env:` and its own GITHUB_OUTPUT, each
 * `if:` decided. A `uses:` step that would run fails the test, except setup-opa, simulated by
 * putting the pinned OPA on PATH when the case needs it. So the wiring of every input into the
 * environment the toolkit reads is proved, not assumed.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { exec } from "../support/exec.js";
import { pullRequestFile, review } from "../support/githubObjects.js";
import { startGitHubServer, type FakeGitHub } from "../support/githubServer.js";
import {
  buildActionCopy,
  hasShared,
  parseCommands,
  parseOutputFile,
  pullRequestPayload,
  readActionYaml,
  resolveInputs,
  root,
  runnerEnvironment,
  type ActionYaml,
} from "./harness.js";
import { LOGINS, OWNER, PR_NUMBER, REPO, WORK_ORDER_PATH, policyDataFile, pullRequestRepository, stagingWorkOrder, type Scenario } from "./scenario.js";

interface Context {
  inputs: Record<string, string>;
  steps: Record<string, { outputs: Record<string, string> }>;
  token: string;
}

/** One operand: a string literal, a boolean, or a context property (missing ones are ''). */
function operand(text: string, ctx: Context): string {
  const t = text.trim();
  const literal = /^'((?:[^']|'')*)'$/.exec(t);
  if (literal) return (literal[1] ?? "").replace(/''/g, "'");
  if (t === "true" || t === "false") return t;
  let m = /^inputs\.([\w-]+)$/.exec(t);
  if (m) {
    if (!(m[1]! in ctx.inputs)) throw new Error(`expression reads an undeclared input: ${t}`);
    return ctx.inputs[m[1]!] ?? "";
  }
  m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(t);
  if (m) return ctx.steps[m[1]!]?.outputs[m[2]!] ?? "";
  if (t === "github.token") return ctx.token;
  throw new Error(`unsupported expression: ${t}`);
}

/** The expression subset action.yml uses: `a || b` (first truthy) and `a == b` (case-insensitive). */
function evaluate(expression: string, ctx: Context): string {
  if (/&&|!(?!=)|\(|\)/.test(expression.replace(/'(?:[^']|'')*'/g, ""))) throw new Error(`unsupported expression: ${expression}`);
  const alternatives = expression.split("||").map((part) => {
    const [left, right, ...rest] = part.split("==");
    if (rest.length > 0) throw new Error(`unsupported expression: ${part}`);
    if (right === undefined) return operand(left ?? "", ctx);
    return operand(left ?? "", ctx).toLowerCase() === operand(right, ctx).toLowerCase() ? "true" : "false";
  });
  return alternatives.find((v) => v !== "" && v !== "false") ?? alternatives.at(-1) ?? "";
}

function interpolate(text: string, ctx: Context): string {
  return text.replace(/\$\{\{(.*?)\}\}/g, (_, expression: string) => evaluate(expression, ctx));
}

function condition(text: string | undefined, ctx: Context): boolean {
  if (text === undefined) return true;
  const bare = /^\s*\$\{\{(.*)\}\}\s*$/.exec(text)?.[1] ?? text;
  const value = evaluate(bare, ctx);
  return value !== "" && value !== "false";
}

/** `uses:` actions the test may stand in for, and how. */
const SIMULATED: Record<string, (env: NodeJS.ProcessEnv) => void> = {
  "open-policy-agent/setup-opa": (env) => {
    env.PATH = `${path.join(root, ".tools", "bin")}${path.delimiter}${env.PATH ?? ""}`;
  },
};

interface CompositeRun {
  ran: string[];
  outputs: Record<string, string>;
  status: number | null;
  stdout: string;
  steps: Context["steps"];
}

async function runComposite(
  action: ActionYaml,
  actionPath: string,
  env: NodeJS.ProcessEnv,
  runnerDir: string,
  ctx: Context,
  simulate: readonly string[],
): Promise<CompositeRun> {
  const ran: string[] = [];
  let stdout = "";
  let status: number | null = 0;
  const stepEnv: NodeJS.ProcessEnv = { ...env, GITHUB_ACTION_PATH: actionPath };
  for (const [i, step] of action.runs.steps.entries()) {
    if (!condition(step.if, ctx)) continue;
    const name = step.name ?? step.id ?? `step ${i}`;
    if (step.uses !== undefined) {
      const uses = step.uses.replace(/@.*$/, "");
      const simulation = SIMULATED[uses];
      if (!simulation || !simulate.includes(uses)) throw new Error(`step "${name}" would run ${step.uses}`);
      simulation(stepEnv);
      ran.push(name);
      continue;
    }
    expect(step.shell).toBe("bash");
    const outputFile = path.join(runnerDir, `output-${i}`);
    writeFileSync(outputFile, "");
    const script = path.join(runnerDir, `step-${i}.sh`);
    writeFileSync(script, step.run ?? "");
    const stepVars = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, interpolate(v, ctx)]));
    // the runner's bash: `bash --noprofile --norc -eo pipefail {0}`
    const result = await exec("bash", ["--noprofile", "--norc", "-eo", "pipefail", script], {
      cwd: env.GITHUB_WORKSPACE ?? runnerDir,
      env: { ...stepEnv, ...stepVars, GITHUB_OUTPUT: outputFile },
    });
    ran.push(name);
    stdout += result.stdout;
    if (step.id) ctx.steps[step.id] = { outputs: parseOutputFile(readFileSync(outputFile, "utf8")) };
    if (result.status !== 0) {
      status = result.status;
      break;
    }
  }
  const outputs = Object.fromEntries(Object.entries(action.outputs).map(([name, o]) => [name, interpolate(o.value, ctx)]));
  return { ran, outputs, status, stdout, steps: ctx.steps };
}

describe.skipIf(!hasShared)(hasShared ? "action.yml's composite steps" : "action.yml (skipped: ../shared fixtures are absent)", () => {
  let action: { dir: string; cleanup(): void };
  let data: { file: string; cleanup(): void };
  let gh: FakeGitHub;
  let s: Scenario;
  const yaml = readActionYaml();

  beforeAll(async () => {
    action = await buildActionCopy();
    data = policyDataFile();
    s = pullRequestRepository(stagingWorkOrder());
  }, 120_000);
  afterAll(() => {
    action?.cleanup();
    data?.cleanup();
    s?.repo.cleanup();
  });
  beforeEach(async () => {
    gh = await startGitHubServer();
    gh.onPages("GET", `/repos/${OWNER}/${REPO}/pulls/${PR_NUMBER}/files`, s.changed.map((filename) => pullRequestFile({ owner: OWNER, repo: REPO, filename })), 30);
    gh.onPages(
      "GET",
      `/repos/${OWNER}/${REPO}/pulls/${PR_NUMBER}/reviews`,
      [review({ owner: OWNER, repo: REPO, number: PR_NUMBER, id: 1, login: LOGINS["Anika Brandt"], state: "APPROVED", commitId: s.headSha })],
      30,
    );
  });
  afterEach(async () => {
    await gh.close();
  });

  async function composite(given: Record<string, string>, simulate: readonly string[] = []): Promise<CompositeRun & { summary: string }> {
    const token = "ghs_composite";
    const files = runnerEnvironment({
      workspace: s.repo.dir,
      apiUrl: gh.url,
      eventName: "pull_request",
      payload: pullRequestPayload({ owner: OWNER, repo: REPO, number: PR_NUMBER, headSha: s.headSha, baseSha: s.baseSha }),
      sha: s.headSha,
      repository: `${OWNER}/${REPO}`,
    });
    try {
      const ctx: Context = { inputs: resolveInputs(given, token, yaml), steps: {}, token };
      // the gate's own output file is the runner's GITHUB_OUTPUT for that step; its summary file is shared
      const result = await runComposite(yaml, action.dir, files.env, files.dir, ctx, simulate);
      return { ...result, summary: readFileSync(files.summaryFile, "utf8") };
    } finally {
      rmSync(files.dir, { recursive: true, force: true });
    }
  }

  it("declares every input and output with a description, and maps every input into the gate's environment", () => {
    const gate = yaml.runs.steps.find((step) => step.id === "gate");
    for (const [name, input] of Object.entries(yaml.inputs)) {
      expect(input.description.length, name).toBeGreaterThan(10);
      expect(input.default, name).toBeDefined();
      const variable = `INPUT_${name.toUpperCase()}`;
      expect(gate?.env?.[variable], name).toMatch(new RegExp(`inputs\\.${name}\\b`));
    }
    for (const [name, output] of Object.entries(yaml.outputs)) {
      expect(output.description.length, name).toBeGreaterThan(5);
      expect(output.value).toBe(`\${{ steps.gate.outputs.${name} }}`);
    }
    // untrusted values reach the shell through the environment only, never interpolated into a script
    for (const step of yaml.runs.steps) expect(step.run ?? "").not.toContain("${{");
  });

  it("runs the bundled gate with the defaults, every input reaching it, and sets the action's outputs", async () => {
    const r = await composite({ "policy-data": data.file, sarif: "out/gate.sarif", "work-orders": "docs/work-orders/WO-MIGRATION-[0-9]*.md,\nnothing/{a,b}/*.md" });
    expect(r.status).toBe(0);
    expect(r.ran).toEqual(["Detect a Rego policy directory", "Run the gate"]);
    expect(r.outputs.decision).toBe("allow");
    expect(JSON.parse(r.outputs["work-orders"] ?? "")).toEqual([WORK_ORDER_PATH]);
    expect(JSON.parse(r.outputs.violations ?? "")).toEqual([]);
    expect(r.outputs.report).toMatch(/report\.json$/);
    expect(r.outputs.authorization).toBe("");
    expect(existsSync(path.join(s.repo.dir, "out/gate.sarif"))).toBe(true);
    expect(r.summary).toMatch(/^## ✅ allow/);
    expect(r.summary).toContain("### Startup-migration scan");
    expect(gh.requests.every((q) => q.headers.authorization === "token ghs_composite")).toBe(true);
  }, 60_000);

  it("mode, scan and token inputs change what the gate does", async () => {
    gh.onPages("GET", `/repos/${OWNER}/${REPO}/pulls/${PR_NUMBER}/reviews`, [], 30);
    const denied = await composite({ "policy-data": data.file, mode: "report", scan: "false" });
    expect(denied.status).toBe(0);
    expect(denied.outputs.decision).toBe("deny");
    expect(denied.summary).toMatch(/^## ❌ deny/);
    expect(denied.summary).not.toContain("### Startup-migration scan");
    expect(parseCommands(denied.stdout).map((c) => c.properties.title)).toEqual(["approval-not-verified"]);
    const noToken = await composite({ "policy-data": data.file, "github-token": "" });
    expect(noToken.status).toBe(1);
    expect(JSON.parse(noToken.outputs.violations ?? "")).toEqual([expect.objectContaining({ rule: "approval-not-verified", message: expect.stringContaining("no token") as string })]);
  }, 60_000);

  const opa = path.join(root, ".tools", "bin", "opa");
  it.skipIf(!existsSync(opa))(
    existsSync(opa) ? "compiles a Rego directory policy with OPA (setup-opa simulated) and gates with it" : "Rego policy input (skipped: no OPA in .tools/bin; run npm run opa)",
    async () => {
      const dir = path.join(s.repo.dir, "gate-policy");
      cpSync(path.join(root, "policy"), dir, { recursive: true });
      try {
        const r = await composite({ policy: "gate-policy", "policy-data": data.file }, ["open-policy-agent/setup-opa"]);
        expect(r.ran).toEqual(["Detect a Rego policy directory", "Install OPA", "Compile the Rego policy to Wasm", "Run the gate"]);
        expect(r.steps.compile?.outputs.bundle).toMatch(/wo-gate-policy\.tar\.gz$/);
        expect(r.status).toBe(0);
        expect(r.outputs.decision).toBe("allow");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    60_000,
  );

  it("a uses: step that would run fails this test (nothing is assumed)", async () => {
    const dir = path.join(s.repo.dir, "gate-policy");
    cpSync(path.join(root, "policy"), dir, { recursive: true });
    try {
      await expect(composite({ policy: "gate-policy" })).rejects.toThrow(/would run open-policy-agent\/setup-opa@/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
