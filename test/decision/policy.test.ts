/**
 * Loading and evaluating the compiled policy: the SDK built-in check, every --policy form, policy
 * data validation and preparation, and failures that must be exit-2 input errors, never allows.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { readBundle } from "../../src/decision/bundle.js";
import { SDK_BUILTINS, loadDecisionPolicy } from "../../src/decision/policy.js";
import { PolicyDataSchema, prepareGateData } from "../../src/decision/policyData.js";
import type { PolicyInput } from "../../src/input/schema.js";
import { extractWorkOrder } from "../../src/workorder/extractWorkOrder.js";
import { opa, policyDir, regoDir, root } from "../policy/opa.js";

const tmp = () => mkdtempSync(path.join(os.tmpdir(), "wo-gate-policy-test-"));
const defaults = JSON.parse(readFileSync(path.join(policyDir, "data.json"), "utf8")) as Record<string, unknown>;

// A complete production work order: Robert approves and signs.
const fixture101 = path.resolve(root, "../shared/fixtures/work-orders/WO-MIGRATION-101-invoices-tax-region.md");
const input = (): PolicyInput => ({
  file: "WO-MIGRATION-101.md",
  workOrder: extractWorkOrder(readFileSync(fixture101, "utf8"), "WO-MIGRATION-101.md"),
  scan: null,
  repository: null,
  github: null,
});

function writeRego(dir: string, source: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "policy.rego"), source);
  return dir;
}

function buildBundle(dir: string): string {
  const out = path.join(tmp(), "bundle.tar.gz");
  const r = spawnSync(opa, ["build", "-t", "wasm", "-e", "wo_migration/decision", "--ignore", "*_test.rego", "-o", out, dir], { encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
  return out;
}

describe("the Wasm SDK's built-ins", () => {
  it("SDK_BUILTINS lists exactly what the installed opa-wasm implements in JavaScript", () => {
    const require = createRequire(import.meta.url);
    const sdkDir = path.dirname(require.resolve("@open-policy-agent/opa-wasm"));
    const implemented = Object.keys(require(path.join(sdkDir, "builtins", "index.js")) as object).sort();
    expect([...SDK_BUILTINS].sort()).toEqual(implemented);
  });

  it("the bundled policy imports no host built-in", async () => {
    expect((await loadDecisionPolicy()).builtins).toEqual([]);
  });

  it("a module needing a built-in the SDK lacks is refused, naming it", async () => {
    const dir = writeRego(path.join(tmp(), "p"), 'package wo_migration\n\ndecision := {"allow": true, "violations": [], "x": regex.replace(input.file, "a", "b")}\n');
    await expect(loadDecisionPolicy({ policy: dir })).rejects.toThrow(/built-ins the Wasm SDK does not provide: regex\.replace/);
  });
});

describe.skipIf(!existsSync(fixture101))("--policy forms (on fixture 101 from ../shared)", () => {
  it("a Rego directory, a .wasm and a bundle .tar.gz decide like the bundled policy", async () => {
    const expected = (await loadDecisionPolicy()).evaluate(input());
    const bundle = buildBundle(regoDir);
    const wasmFile = path.join(tmp(), "policy.wasm");
    writeFileSync(wasmFile, (await readBundle(readFileSync(bundle), bundle)).wasm);
    for (const policy of [policyDir, bundle, wasmFile]) {
      expect((await loadDecisionPolicy({ policy })).evaluate(input()), policy).toEqual(expected);
    }
    expect(expected).toEqual({ allow: true, violations: [] });
  });

  it("Rego that does not compile is an input error naming the directory", async () => {
    const dir = writeRego(path.join(tmp(), "broken"), "package wo_migration\n\ndecision := {\n");
    const error = await loadDecisionPolicy({ policy: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(new RegExp(`^${dir}: the policy does not compile: `));
  });

  it("a module without the entrypoint, a file of another kind and a missing path are input errors", async () => {
    const other = path.join(tmp(), "other");
    writeRego(other, "package other\n\ndecision := true\n");
    const r = spawnSync(opa, ["build", "-t", "wasm", "-e", "other/decision", "-o", path.join(other, "b.tar.gz"), other], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    await expect(loadDecisionPolicy({ policy: path.join(other, "b.tar.gz") })).rejects.toThrow(/no wo_migration\/decision entrypoint/);
    await expect(loadDecisionPolicy({ policy: path.join(policyDir, "data.json") })).rejects.toThrow(/--policy takes a directory/);
    await expect(loadDecisionPolicy({ policy: path.join(other, "nope.wasm") })).rejects.toThrow(/cannot read the policy: ENOENT/);
    const notGzip = path.join(other, "x.tar.gz");
    writeFileSync(notGzip, "plain");
    await expect(loadDecisionPolicy({ policy: notGzip })).rejects.toThrow(/not a gzip-compressed OPA bundle/);
  });

  it("a decision that is not {allow, violations} is an input error, never an allow", async () => {
    const dir = writeRego(path.join(tmp(), "odd"), 'package wo_migration\n\ndecision := {"allow": true}\n');
    const policy = await loadDecisionPolicy({ policy: dir });
    expect(() => policy.evaluate(input())).toThrow(/the policy returned no decision/);
  });

  it("an evaluation error is an input error, never an allow", async () => {
    const dir = writeRego(path.join(tmp(), "conflict"), 'package wo_migration\n\nx := 1 if input.file\n\nx := 2 if input.file\n\ndecision := {"allow": x == 1, "violations": []}\n');
    const policy = await loadDecisionPolicy({ policy: dir });
    expect(() => policy.evaluate(input())).toThrow(InputError);
  });
});

describe("policy data", () => {
  const write = (value: unknown) => {
    const file = path.join(tmp(), "data.json");
    writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value));
    return file;
  };

  it.each([
    ["production names no environment", { ...defaults, production: "live" }, /data\.json: bad policy data: production: "live" is not the key of an environment/],
    ["finalAuthority is missing", { ...defaults, finalAuthority: undefined }, /bad policy data: finalAuthority: /],
    ["an alias names two environments", { ...defaults, environments: [...(defaults.environments as object[]), { key: "qa", name: "qa", label: "qa", aliases: ["staging"], evidence: { schemaDiff: "required", dryRun: "required", backup: "required" } }] }, /bad policy data: environments\.3\.aliases\.0: "staging" also names environment autorisen/],
    ["an evidence requirement is unknown", { ...defaults, environments: [{ ...(defaults.environments as object[])[0], evidence: { schemaDiff: "maybe", dryRun: "required", backup: "required" } }] }, /bad policy data: environments\.0\.evidence\.schemaDiff: /],
    ["the file is not JSON", "{ nope", /policy data is not JSON/],
  ])("a bad data file is an input error naming the field: %s", async (_name, value, message) => {
    await expect(loadDecisionPolicy({ data: write(value) })).rejects.toThrow(message);
  });

  it("names are keyed with the extractor's nameKey so Rego compares keys", () => {
    const gate = prepareGateData(PolicyDataSchema.parse({ ...defaults, finalAuthority: "  ROBERT   Smith ", githubLogins: { "Lindiwe  Dlamini": "ldlamini" } }));
    expect(gate.finalAuthority).toEqual({ name: "ROBERT   Smith", key: "robert smith" });
    expect(gate.githubLogins).toEqual({ "lindiwe dlamini": { name: "Lindiwe  Dlamini", key: "lindiwe dlamini", login: "ldlamini" } });
    expect(gate.environments.find((e) => e.key === "capecraft")).toMatchObject({ production: true, matchKeys: ["capecraft", "production", "prod"], labelKey: "capecraft (production — robert-only)" });
  });

  it.skipIf(!existsSync(fixture101))("--data changes the decision without touching Rego", async () => {
    const dana = write({ ...defaults, finalAuthority: "Dana Whitfield" });
    const decision = (await loadDecisionPolicy({ data: dana })).evaluate(input());
    expect(new Set(decision.violations.map((v) => v.rule))).toEqual(new Set(["approval-missing", "final-approval-missing", "production-authority-missing"]));
  });
});
