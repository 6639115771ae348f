/**
 * The Rego itself, checked by OPA: every rule's unit tests (allowing and denying cases, hand-built
 * inputs) with coverage of at least 95%, and the sources formatted and strict-clean.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { gateDataFile, regoDir, runOpa } from "./opa.js";

const MIN_COVERAGE = 95;

describe("policy/wo_migration (opa)", () => {
  it(`passes opa test with at least ${MIN_COVERAGE}% coverage`, () => {
    const r = runOpa(["test", "--coverage", "--format", "json", regoDir, gateDataFile()]);
    const report = JSON.parse(r.stdout) as { coverage: number; files: Record<string, { coverage?: number }> };
    const byFile = Object.entries(report.files).map(([file, f]) => `${path.relative(regoDir, file)} ${(f.coverage ?? 100).toFixed(1)}%`);
    console.log(`opa test coverage: ${report.coverage.toFixed(1)}%\n  ${byFile.join("\n  ")}`);
    const failures = runOpa(["test", regoDir, gateDataFile()]);
    expect(failures.status, failures.stdout).toBe(0);
    expect(report.coverage).toBeGreaterThanOrEqual(MIN_COVERAGE);
  });

  it("is formatted (opa fmt --list prints nothing)", () => {
    const r = runOpa(["fmt", "--list", regoDir]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe("");
  });

  it("passes opa check --strict", () => {
    const r = runOpa(["check", "--strict", regoDir]);
    expect(r.stderr + r.stdout).toBe("");
    expect(r.status).toBe(0);
  });

  it("has a _test.rego beside every rule", () => {
    const rules = path.join(regoDir, "rules");
    const files = readdirSync(rules);
    const untested = files.filter((f) => f.endsWith(".rego") && !f.endsWith("_test.rego") && !files.includes(f.replace(/\.rego$/, "_test.rego")));
    expect(untested).toEqual([]);
  });
});
