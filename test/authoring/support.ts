/**
 * Shared pieces of the `wo-gate new` tests: fixture repositories built with real git, policy data
 * written to a temp file, and the gate's own check pipeline run in-process on a new work order.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { newWorkOrder, newWorkOrderPolicyData, type NewWorkOrderOptions } from "../../src/authoring/newWorkOrder.js";
import type { PolicyData } from "../../src/decision/policyData.js";
import { checkWorkOrders } from "../../src/decision/checkWorkOrders.js";
import type { WorkOrderResult } from "../../src/report/checkReport.js";
import { GitRepo } from "../support/gitRepo.js";
import { TOOL_CASES, type ToolCase } from "../repo/toolCases.js";

/** The governance documents the repository rules look for (rule governance-document-missing). */
export const GOVERNANCE_FILES = {
  "SYSTEM_SPEC.md": "# System spec\n\n## §6.3 Migration Rules\n\nEvery migration is versioned and reviewed.\n",
  "AUTONOMY_PLAYBOOK.md": "# Autonomy playbook\n\nMigration constraints.\n",
};

const cleanups: Array<() => void> = [];

export function cleanupAll(): void {
  while (cleanups.length > 0) cleanups.pop()!();
}

/** A repository with the governance documents and `tc`'s two migrations, committed one after the other. */
export function toolRepository(tc: ToolCase, down = true, extra: Record<string, string> = {}): GitRepo {
  const repo = GitRepo.create({ ...GOVERNANCE_FILES, ...extra, ...tc.files(1, true) }).commit(tc.files(2, down), "second migration");
  cleanups.push(() => repo.cleanup());
  return repo;
}

export function toolCase(adapter: string): ToolCase {
  const tc = TOOL_CASES.find((c) => c.adapter === adapter);
  if (!tc) throw new Error(`no tool case ${adapter}`);
  return tc;
}

/** The bundled policy data with changes, written to a temp file (for --data). */
export function policyDataFile(change: (data: PolicyData) => PolicyData): string {
  const dir = mkdtempSync(join(tmpdir(), "wo-gate-data-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, "data.json");
  writeFileSync(file, JSON.stringify(change(newWorkOrderPolicyData(null)), null, 2));
  return file;
}

export const NO_OPTIONS: Omit<NewWorkOrderOptions, "repo"> = {
  env: null,
  migration: null,
  tool: null,
  id: null,
  date: "2026-03-09",
  data: null,
};

/** `wo-gate new` into the repository (as a person would write it), then `wo-gate check --repo` on it. */
export async function newThenCheck(repo: GitRepo, options: Partial<NewWorkOrderOptions> = {}): Promise<{ text: string; result: WorkOrderResult }> {
  const text = await newWorkOrder({ ...NO_OPTIONS, ...options, repo: repo.dir });
  const file = join(repo.dir, "WO-MIGRATION-new.md");
  writeFileSync(file, text);
  const report = await checkWorkOrders({
    workOrders: [file],
    data: options.data ?? undefined,
    repo: repo.dir,
    base: null,
    scan: true,
    scanPaths: [],
    migrationPaths: [],
    github: null,
  });
  return { text, result: report.workOrders[0]! };
}

export const ruleSet = (result: WorkOrderResult): string[] => [...new Set(result.violations.map((v) => v.rule))].sort();
