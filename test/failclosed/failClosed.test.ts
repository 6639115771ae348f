/**
 * docs/fail-closed.md is the test: every row of its table (an error path and the decision and exit
 * code it gets from the CLI and from the Action in each mode) is run for real, the built CLI and
 * the built Action as a user and a runner run them, and must give exactly what the row says.
 * How each path is made to happen is in ./cases.ts, keyed by the row's id; a row without a case,
 * or a case without a row, fails.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildActionCopy, hasShared, root, type ActionRun } from "../action/harness.js";
import { LOGINS, pullRequestRepository, WORK_ORDER_PATH, type Scenario } from "../action/scenario.js";
import { startGitHubServer } from "../support/githubServer.js";
import { CASES, openUp, violationsOf, type CliRun, type Fixture, type Mode } from "./cases.js";

type Decision = "allow" | "deny" | "error";
interface Expected {
  decision: Decision;
  exit: number;
}
interface Row {
  id: string;
  cli: Expected | null;
  enforce: Expected | null;
  report: Expected | null;
}

/** "`check`: deny, exit 1" → deny/1; "—" → null (the path does not exist on that side). */
function expected(cell: string, where: string): Expected | null {
  if (cell === "—") return null;
  const m = /\b(allow|deny|error), exit (\d)\b/.exec(cell);
  if (!m) throw new Error(`docs/fail-closed.md, ${where}: "${cell}" states no "<decision>, exit <n>"`);
  return { decision: m[1] as Decision, exit: Number(m[2]) };
}

function docRows(): Row[] {
  const doc = readFileSync(path.join(root, "docs", "fail-closed.md"), "utf8");
  const table = doc.slice(doc.indexOf("<!-- fail-closed:start -->"), doc.indexOf("<!-- fail-closed:end -->"));
  return table
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .map((line) => {
      const cells = line.slice(1, -1).split(" | ").map((c) => c.trim());
      if (cells.length !== 6) throw new Error(`docs/fail-closed.md: a row needs 6 cells: ${line}`);
      const id = (cells[0] as string).replace(/`/g, "");
      return { id, cli: expected(cells[2] as string, `${id}, CLI`), enforce: expected(cells[3] as string, `${id}, enforce`), report: expected(cells[4] as string, `${id}, report`) };
    });
}

const ROWS = docRows();

/** `setpriv` as nobody, when this machine can (CI runs as root, which reads any file). */
function nobodyPrefix(): { prefix: string[] | null; reason: string } {
  const prefix = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"];
  if (process.getuid?.() !== 0) return { prefix: null, reason: "not root: cannot switch to nobody" };
  const probe = spawnSync(prefix[0] as string, [...prefix.slice(1), "id", "-u"], { encoding: "utf8" });
  if (probe.status !== 0) return { prefix: null, reason: `cannot run as nobody: ${(probe.stderr || probe.error?.message || "").trim()}` };
  return { prefix, reason: "" };
}

function opaDirectory(): string | null {
  const candidates = [path.join(root, ".tools", "bin"), ...(process.env.PATH ?? "").split(path.delimiter)];
  return candidates.find((dir) => dir && existsSync(path.join(dir, "opa")) && spawnSync(path.join(dir, "opa"), ["version"]).status === 0) ?? null;
}

const NOBODY = nobodyPrefix();
const OPA_DIR = opaDirectory();
const missing = (needs: ReadonlyArray<"nobody" | "opa"> = []): string | null => {
  if (needs.includes("nobody") && !NOBODY.prefix) return NOBODY.reason;
  if (needs.includes("opa") && !OPA_DIR) return "no opa (run npm run opa)";
  return null;
};

/** Runs `jobs` at most `n` at a time (the machine may have two cores; each job spawns node). */
async function limited<T>(n: number, jobs: Array<() => Promise<T>>): Promise<Array<PromiseSettledResult<T>>> {
  const results: Array<PromiseSettledResult<T>> = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      try {
        results[i] = { status: "fulfilled", value: await (jobs[i] as () => Promise<T>)() };
      } catch (reason) {
        results[i] = { status: "rejected", reason };
      }
    }
  };
  await Promise.all(Array.from({ length: n }, worker));
  return results;
}

const sortedRules = (list: Array<{ rule: string }>) => [...new Set(list.map((v) => v.rule))].sort();

describe.skipIf(!hasShared)(hasShared ? "docs/fail-closed.md, row by row" : "docs/fail-closed.md (skipped: ../shared fixtures are absent)", () => {
  const cleanups: Array<() => void | Promise<void>> = [];
  const results = new Map<string, PromiseSettledResult<CliRun | ActionRun>>();

  beforeAll(async () => {
    const temps = mkdtempSync(path.join(tmpdir(), "wo-gate-failclosed-"));
    cleanups.push(() => rmSync(temps, { recursive: true, force: true }));
    chmodSync(temps, 0o755);
    let n = 0;
    const temp = () => {
      const dir = path.join(temps, String(n++));
      mkdirSync(dir);
      return dir;
    };
    // Only the built dist/, away from the project: no .tools/bin/opa beside it, no node_modules.
    const copy = await buildActionCopy();
    const built = temp();
    cpSync(path.join(copy.dir, "dist"), path.join(built, "dist"), { recursive: true });
    copy.cleanup();
    openUp(built);
    const gh = await startGitHubServer();
    cleanups.push(() => gh.close());
    const data = path.join(temp(), "data.json");
    writeFileSync(data, JSON.stringify({ ...(JSON.parse(readFileSync(path.join(root, "policy", "data.json"), "utf8")) as object), githubLogins: LOGINS }));
    chmodSync(data, 0o644);
    const fx: Fixture = {
      built,
      gh,
      data,
      nobody: NOBODY.prefix,
      opaDir: OPA_DIR,
      temp,
      scenario(workOrder, extra = {}): Scenario {
        const s = pullRequestRepository(typeof workOrder === "string" ? workOrder : null, extra);
        cleanups.push(() => s.repo.cleanup());
        if (!Buffer.isBuffer(workOrder)) return s;
        s.repo.commit({ [WORK_ORDER_PATH]: workOrder }, "add the work order");
        return { ...s, headSha: s.repo.git("rev-parse", "HEAD").trim(), changed: [...s.changed, WORK_ORDER_PATH].sort() };
      },
    };
    const jobs: Array<[string, () => Promise<CliRun | ActionRun>]> = [];
    for (const row of ROWS) {
      const c = CASES[row.id];
      if (!c || missing(c.needs)) continue;
      if (row.cli && c.cli) jobs.push([`${row.id} cli`, () => c.cli!(fx)]);
      for (const mode of ["enforce", "report"] as const) if (row[mode] && c.action) jobs.push([`${row.id} ${mode}`, () => c.action!(fx, mode)]);
    }
    const settled = await limited(4, jobs.map(([, job]) => job));
    jobs.forEach(([key], i) => results.set(key, settled[i] as PromiseSettledResult<CliRun | ActionRun>));
  }, 240_000);

  afterAll(async () => {
    // The fake GitHub's close() throws on any request the real API would not have answered so.
    const failures: unknown[] = [];
    for (const cleanup of cleanups.reverse()) await Promise.resolve().then(cleanup).catch((e: unknown) => failures.push(e));
    if (failures.length > 0) throw failures[0];
  });

  function result<T extends CliRun | ActionRun>(key: string): T {
    const r = results.get(key);
    if (!r) throw new Error(`${key} did not run`);
    if (r.status === "rejected") throw r.reason;
    return r.value as T;
  }

  it("every row of the table has a case, and every case a row", () => {
    expect(ROWS.length).toBeGreaterThan(0);
    expect(ROWS.map((r) => r.id).sort()).toEqual(Object.keys(CASES).sort());
    for (const row of ROWS) {
      const c = CASES[row.id]!;
      // A side the row states is a side the case runs, and the other way round.
      expect({ id: row.id, cli: row.cli !== null, action: row.enforce !== null || row.report !== null }).toEqual({ id: row.id, cli: c.cli !== undefined, action: c.action !== undefined });
    }
  });

  for (const row of ROWS) {
    const c = CASES[row.id];
    const skip = c ? missing(c.needs) : null;
    it.skipIf(skip !== null)(skip ? `${row.id} (skipped: ${skip})` : row.id, () => {
      if (!c) throw new Error(`no case for ${row.id}`);
      if (row.cli) assertCli(row.id, row.cli, result<CliRun>(`${row.id} cli`));
      for (const mode of ["enforce", "report"] as const) {
        const want = row[mode];
        if (want) assertAction(row.id, mode, want, result<ActionRun>(`${row.id} ${mode}`));
      }
    });
  }

  function assertCli(id: string, want: Expected, r: CliRun): void {
    const c = CASES[id]!;
    expect({ id, status: r.status }).toEqual({ id, status: want.exit });
    if (want.decision === "error") {
      expect(r.stdout).toBe("");
      const [first = ""] = r.stderr.split("\n");
      expect(first).toMatch(c.cliMessage!);
      // One line, never a stack trace (commander's usage errors add the command's help after it).
      if (first.startsWith("wo-gate: ")) expect(r.stderr).toBe(`${first}\n`);
      return;
    }
    expect(r.stderr).toBe("");
    const violations = violationsOf(r.stdout);
    expect(JSON.parse(r.stdout)).toMatchObject({ decision: want.decision });
    if (want.decision === "deny") {
      expect(sortedRules(violations)).toEqual(c.cliRules);
      for (const v of violations) expect(v.message).toMatch(c.cliMessage!);
    }
  }

  function assertAction(id: string, mode: Mode, want: Expected, r: ActionRun): void {
    const c = CASES[id]!;
    expect({ id, mode, status: r.status, stderr: r.stderr }).toEqual({ id, mode, status: want.exit, stderr: "" });
    // Everything printed is a workflow command the gate made or one of its own lines.
    for (const line of r.stdout.split("\n").filter(Boolean)) expect(line).toMatch(/^(::(error|warning|debug)( [^:]*)?::|wo-gate: )/);
    const errors = r.commands.filter((x) => x.command === "error");
    if (want.decision === "error") {
      // No output a later step could read as a verdict; the summary says the gate did not decide.
      expect(r.outputs).toEqual({});
      expect(errors.at(-1)?.message).toMatch(c.actionMessage!);
      expect(r.summary).toMatch(/^## ❗ error — migration work-order gate\n\nThe gate could not run, so nothing was allowed: /);
      return;
    }
    expect(r.outputs.decision).toBe(want.decision);
    expect(r.summary.startsWith(want.decision === "allow" ? "## ✅ allow" : "## ❌ deny")).toBe(true);
    if (want.decision === "deny") {
      const violations = JSON.parse(r.outputs.violations ?? "[]") as Array<{ rule: string; message: string }>;
      expect(sortedRules(violations)).toEqual(c.actionRules);
      for (const v of violations) expect(v.message).toMatch(c.actionMessage!);
      // enforce fails the job on the deny; report passes it and says so.
      if (want.exit === 0) expect(r.stdout).toMatch(/^wo-gate: deny \(1 of 1 denied\); mode report: the job passes$/m);
      else expect(errors.at(-1)?.message).toBe("wo-gate: deny (1 of 1 denied)");
    } else {
      expect(errors).toEqual([]);
      if (c.actionMessage) expect(r.commands.filter((x) => x.command === "warning").map((x) => x.message)).toContainEqual(expect.stringMatching(c.actionMessage));
    }
  }
});
