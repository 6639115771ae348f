/**
 * The labelled corpus: every work order in ../shared/fixtures/work-orders gets exactly the
 * decision and the set of rule ids in its expected.json (mismatches are printed per file), and
 * every file in invalid/ makes `wo-gate check` exit 2 with one line naming the file.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadDecisionPolicy } from "../../src/decision/policy.js";
import { buildPolicyInput } from "../../src/input/buildPolicyInput.js";
import { readWorkOrder } from "../../src/workorder/readWorkOrderFile.js";
import { root } from "../policy/opa.js";

const fixtures = path.resolve(root, "../shared/fixtures/work-orders");
const invalid = path.join(fixtures, "invalid");

interface Expected {
  decision: "allow" | "deny";
  violations: string[];
}

describe.skipIf(!existsSync(fixtures))("fixture corpus (../shared/fixtures/work-orders)", () => {
  it("gives every labelled work order its expected decision and rule ids", async () => {
    const expected = JSON.parse(readFileSync(path.join(fixtures, "expected.json"), "utf8")) as Record<string, Expected>;
    const policy = await loadDecisionPolicy();
    const mismatches: string[] = [];
    for (const [file, want] of Object.entries(expected)) {
      const full = path.join(fixtures, file);
      const decision = policy.evaluate(buildPolicyInput(full, await readWorkOrder(full), { scan: null, repository: null, github: null }));
      const got = { decision: decision.allow ? "allow" : "deny", violations: [...new Set(decision.violations.map((v) => v.rule))].sort() };
      const wanted = { decision: want.decision, violations: [...want.violations].sort() };
      if (JSON.stringify(got) !== JSON.stringify(wanted)) {
        mismatches.push(`${file}: got ${got.decision} [${got.violations.join(", ")}], want ${wanted.decision} [${wanted.violations.join(", ")}]`);
      }
    }
    if (mismatches.length > 0) console.log(mismatches.join("\n"));
    console.log(`corpus: ${Object.keys(expected).length - mismatches.length}/${Object.keys(expected).length} exact`);
    expect(mismatches).toEqual([]);
  });

  const invalidFiles = existsSync(invalid) ? readdirSync(invalid).filter((f) => f !== "expected.json").sort() : [];
  it.each(invalidFiles)("exits 2 with one clear line for invalid/%s", (file) => {
    const full = path.join(invalid, file);
    const r = spawnSync(process.execPath, ["--import", "tsx", path.join(root, "src/cli/main.ts"), "check", full], { cwd: root, encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(full);
  });
});
