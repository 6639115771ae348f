/** Where the work-order tests find their inputs: the shared fixtures (optional) and examples/. */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const sharedDir = path.resolve(root, "../shared");
export const fixturesDir = path.join(sharedDir, "fixtures/work-orders");
export const invalidDir = path.join(fixturesDir, "invalid");
export const hasShared = fs.existsSync(fixturesDir);
export const noSharedReason = `../shared is absent (${sharedDir}): shared fixture tests skipped`;

/** The work orders under shared/fixtures/work-orders, sorted; [] without ../shared. */
export function fixtureFiles(): string[] {
  if (!hasShared) return [];
  return fs
    .readdirSync(fixturesDir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => path.join(fixturesDir, f));
}

/** Every file under shared/fixtures/work-orders/invalid/ but its label file, expected.json. */
export function invalidFiles(): string[] {
  if (!hasShared) return [];
  return fs
    .readdirSync(invalidDir)
    .filter((f) => f !== "expected.json")
    .sort()
    .map((f) => path.join(invalidDir, f));
}

/** The names expected.json labels as bad input. */
export function invalidLabels(): string[] {
  return Object.keys(JSON.parse(fs.readFileSync(path.join(invalidDir, "expected.json"), "utf8")) as Record<string, unknown>).sort();
}

export const examplesDir = path.join(root, "examples");

export function example(name: "001" | "002"): { file: string; text: string } {
  const file = fs.readdirSync(examplesDir).find((f) => f.startsWith(`WO-MIGRATION-${name}-`));
  if (!file) throw new Error(`examples/WO-MIGRATION-${name}-*.md is missing`);
  const full = path.join(examplesDir, file);
  return { file: full, text: fs.readFileSync(full, "utf8") };
}
