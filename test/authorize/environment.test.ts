/**
 * `authorize` reads §1 the way the policy does: the TypeScript reading of the checked boxes is
 * compared with the policy's own `lib.selected`, evaluated by the real OPA, on every shared
 * fixture work order and on variants with other boxes checked and odd labels. And `--env` takes
 * a key or an alias.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveEnvironment, selectedEnvironments } from "../../src/authorize/environment.js";
import { prepareGateData, readPolicyData } from "../../src/decision/policyData.js";
import { InputError } from "../../src/errors.js";
import { extractWorkOrder } from "../../src/workorder/extractWorkOrder.js";
import type { WorkOrder } from "../../src/workorder/schema.js";
import { policyDir, regoDir, runOpa } from "../policy/opa.js";
import { workOrderFixtures } from "./deployRepo.js";

const gate = prepareGateData(readPolicyData(path.join(policyDir, "data.json")));

describe("resolveEnvironment (--env)", () => {
  it("takes a key, an alias or a label, in any case and spacing", () => {
    expect(["capecraft", "production", "PROD", " Prod "].map((n) => resolveEnvironment(gate, n).key)).toEqual(["capecraft", "capecraft", "capecraft", "capecraft"]);
    expect(["autorisen", "staging", "autorisen (staging)"].map((n) => resolveEnvironment(gate, n).key)).toEqual(["autorisen", "autorisen", "autorisen"]);
    expect(["local", "dev", "local/dev"].map((n) => resolveEnvironment(gate, n).key)).toEqual(["local", "local", "local"]);
  });

  it("refuses a name policy data does not know, listing the ones it does", () => {
    expect(() => resolveEnvironment(gate, "prod-eu")).toThrow(InputError);
    expect(() => resolveEnvironment(gate, "staging2")).toThrow(/use one of local \(dev, local\/dev\), autorisen \(staging\), capecraft \(production, prod\)/);
  });
});

/** Every valid fixture work order, and variants with every box checked and with relabelled boxes. */
function cases(): WorkOrder[] {
  const files = readdirSync(workOrderFixtures).filter((f) => /^WO-MIGRATION-\d+.*\.md$/.test(f));
  const texts = files.map((f) => readFileSync(path.join(workOrderFixtures, f), "utf8"));
  const variants = texts.flatMap((t) => [
    t,
    t.replace(/- \[ \] /g, "- [x] "),
    t.replace(/- \[[xX]\] capecraft \(production[^)\n]*\)/g, "- [x] Production").replace(/- \[[xX]\] autorisen \(staging\)/g, "- [X] staging environment"),
    t.replace(/- \[[xX]\] ([^\n]*)\(staging\)/g, "- [x] qa ($1)"),
  ]);
  return variants.flatMap((text, i) => {
    try {
      return [extractWorkOrder(text, `case-${i}.md`)];
    } catch {
      return []; // not a work order (the invalid fixtures): nothing to compare
    }
  });
}

describe.skipIf(!existsSync(workOrderFixtures))("selectedEnvironments agrees with the policy's lib.selected (OPA)", () => {
  it("on every fixture and variant", () => {
    const workOrders = cases();
    expect(workOrders.length).toBeGreaterThan(100);
    const dir = mkdtempSync(path.join(os.tmpdir(), "wo-gate-env-"));
    const data = path.join(dir, "data.json");
    writeFileSync(data, JSON.stringify({ gate, authorizeCases: workOrders.map((workOrder) => ({ workOrder })) }));
    const query = "[sort(s) | some c in data.authorizeCases; s := data.wo_migration.lib.selected with input as c]";
    const r = runOpa(["eval", "--format", "json", "-d", regoDir, "-d", data, query]);
    expect(r.status, r.stderr).toBe(0);
    const opa = (JSON.parse(r.stdout) as { result: Array<{ expressions: Array<{ value: string[][] }> }> }).result[0]!.expressions[0]!.value;
    const ours = workOrders.map((wo) => [...new Set(selectedEnvironments(gate, wo).flatMap((s) => (s.key ? [s.key] : [])))].sort());
    expect(ours).toEqual(opa);
    // The variants reach every environment, several at once, and labels no environment matches.
    expect(ours.some((keys) => keys.length > 1)).toBe(true);
    expect(workOrders.some((wo) => selectedEnvironments(gate, wo).some((s) => s.key === null))).toBe(true);
    expect(new Set(ours.flat())).toEqual(new Set(["local", "autorisen", "capecraft"]));
  });
});
