/**
 * `wo-gate check` and `wo-gate rules` end to end (the CLI spawned with tsx): exit codes, the one
 * JSON document, text and Markdown output, and usage and data errors as one line with exit 2.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "../../src/decision/rules.js";
import { root } from "../policy/opa.js";

const fixtures = path.resolve(root, "../shared/fixtures/work-orders");
const allowed = path.join(fixtures, "WO-MIGRATION-101-invoices-tax-region.md");
const denied = path.join(fixtures, "WO-MIGRATION-102-chat-message-reactions.md");

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", path.join(root, "src/cli/main.ts"), ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "" },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!existsSync(fixtures))("wo-gate check", () => {
  it("exits 0 and prints the verdict when every work order is allowed", () => {
    const r = cli("check", allowed);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`allow  ${allowed}\n1 work order allowed\n`);
  });

  it("prints exactly one JSON document and exits 1 when any work order is denied", () => {
    const r = cli("check", "--format", "json", allowed, denied);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { decision: string; scan: unknown; workOrders: Array<{ file: string; decision: string; violations: Array<{ rule: string; line: number }>; workOrder: { title: { id: string } } }> };
    expect(report.decision).toBe("deny");
    expect(report.scan).toBeNull();
    expect(report.workOrders.map((w) => [w.file, w.decision, w.workOrder.title.id])).toEqual([
      [allowed, "allow", "WO-MIGRATION-101"],
      [denied, "deny", "WO-MIGRATION-102"],
    ]);
    expect(report.workOrders[1]?.violations.map((v) => v.rule)).toEqual(["date-invalid"]);
  });

  it("renders the job-summary Markdown", () => {
    const r = cli("check", "--format", "markdown", denied);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^## ❌ deny — migration work-order gate\n/);
    expect(r.stdout).toContain("| [date\\-invalid](https://github.com/wo-migration-gate/wo-migration-gate/blob/main/docs/rules/date-invalid.md) |");
  });

  it("refuses usage errors and bad policy data with one line and exit 2", () => {
    const badData = path.join(mkdtempSync(path.join(os.tmpdir(), "wo-gate-check-")), "data.json");
    writeFileSync(badData, JSON.stringify({ environments: [] }));
    for (const args of [
      ["check", "--format", "yaml", allowed],
      ["check", "--base", "main", allowed],
      ["check", "--data", badData, allowed],
      ["check", "--policy", path.join(root, "package.json"), allowed],
    ]) {
      const r = cli(...args);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.trim().length).toBeGreaterThan(0);
    }
    expect(cli("check", "--data", badData, allowed).stderr).toBe(`wo-gate: ${badData}: bad policy data: environments: Too small: expected array to have >=1 items\n`);
  });
});

describe("wo-gate rules", () => {
  it("lists every rule as text and as JSON", () => {
    const json = cli("rules", "--format", "json");
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(RULES);
    const text = cli("rules");
    expect(text.status).toBe(0);
    expect(text.stdout.trim().split("\n").map((l) => l.split(" ")[0])).toEqual(RULES.map((r) => r.id));
  });
});
