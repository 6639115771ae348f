#!/usr/bin/env node
// Builds everything that comes from policy/: the compiled default policy in dist/policy
// (policy.wasm and data.json, taken out of the `opa build -t wasm` bundle so the runtime loads
// plain, deterministic files), the rule table src/decision/rules.generated.json (from the Rego
// `# METADATA`, read with `opa inspect -a`), README.md's rule table and docs/rules/<id>.md.
// Tests rebuild into a temp dir and fail when any committed artefact differs.
// Imports TypeScript from src/: run it with tsx registered (scripts/build.mjs does).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureOpa } from "./ensure-opa.mjs";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const policyDir = path.join(root, "policy");
export const distPolicyDir = path.join(root, "dist", "policy");

/** policy.wasm and data.json compiled from policy/, as {file name: bytes}. */
export async function compiledPolicyFiles(opa = ensureOpa()) {
  const { compileRego } = await import("../src/decision/opaBinary.ts");
  const { wasm, data } = await compileRego(policyDir, opa);
  return { "policy.wasm": wasm, "data.json": data };
}

/** The generated rule artefacts, as {repository-relative path: text}. */
export async function ruleDocumentFiles(opa = ensureOpa()) {
  const { rulesFromInspect, withRuleTable, renderRulePage } = await import("../src/decision/rules.ts");
  const inspect = JSON.parse(
    execFileSync(opa, ["inspect", "-a", "--format", "json", path.join("policy", "wo_migration")], { cwd: root, encoding: "utf8", maxBuffer: 64 << 20 }),
  );
  const rules = rulesFromInspect(inspect, root);
  const readmePath = path.join(root, "README.md");
  const readme = fs.existsSync(readmePath) ? fs.readFileSync(readmePath, "utf8") : "# wo-migration-gate\n\n<!-- rules:start -->\n<!-- rules:end -->\n";
  const files = {
    "src/decision/rules.generated.json": `${JSON.stringify(rules, null, 2)}\n`,
    "README.md": withRuleTable(readme, rules),
  };
  for (const rule of rules) files[`docs/rules/${rule.id}.md`] = renderRulePage(rule);
  return files;
}

export async function buildPolicy() {
  const opa = ensureOpa();
  fs.mkdirSync(distPolicyDir, { recursive: true });
  for (const [name, bytes] of Object.entries(await compiledPolicyFiles(opa))) fs.writeFileSync(path.join(distPolicyDir, name), bytes);
  const docs = await ruleDocumentFiles(opa);
  // Pages of rules that no longer exist go too.
  const pages = path.join(root, "docs", "rules");
  fs.mkdirSync(pages, { recursive: true });
  for (const page of fs.readdirSync(pages)) {
    if (page.endsWith(".md") && !(`docs/rules/${page}` in docs)) fs.rmSync(path.join(pages, page));
  }
  for (const [file, text] of Object.entries(docs)) fs.writeFileSync(path.join(root, file), text);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { register } = await import("tsx/esm/api");
  register();
  await buildPolicy();
}
