/**
 * Everything generated from policy/ is current: the compiled module and data in dist/policy
 * (rebuilt into memory and compared byte for byte, not tar headers), the rule table, README's
 * rule block and docs/rules pages. And the rule table is the rule catalog's, id for id.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compiledPolicyFiles, distPolicyDir, ruleDocumentFiles } from "../../scripts/build-policy.mjs";
import { RULES } from "../../src/decision/rules.js";
import { opa, regoDir, root } from "./opa.js";

const STALE = "stale: run `node scripts/build.mjs` (or `node --import tsx scripts/build-policy.mjs`)";

describe("generated policy artefacts", () => {
  it("dist/policy matches a fresh opa build of policy/", async () => {
    const fresh = await compiledPolicyFiles(opa);
    for (const [name, bytes] of Object.entries(fresh)) {
      const committed = path.join(distPolicyDir, name);
      expect(existsSync(committed), `${committed} is missing: ${STALE}`).toBe(true);
      expect(Buffer.compare(readFileSync(committed), bytes), `dist/policy/${name} is ${STALE}`).toBe(0);
    }
  });

  it("the rule table, README block and docs/rules pages match the Rego METADATA", async () => {
    const files = await ruleDocumentFiles(opa);
    for (const [file, text] of Object.entries(files)) {
      expect(readFileSync(path.join(root, file), "utf8"), `${file} is ${STALE}`).toBe(text);
    }
    const pages = readdirSync(path.join(root, "docs", "rules")).map((p) => `docs/rules/${p}`);
    expect(pages.filter((p) => !(p in files)), "pages of rules that no longer exist").toEqual([]);
  });

  it("each rule package reports the id its METADATA declares", () => {
    for (const rule of RULES) {
      const source = readFileSync(path.join(root, rule.file), "utf8");
      expect(source, rule.file).toContain(`id := "${rule.id}"`);
      expect(path.basename(rule.file, ".rego")).toBe(rule.id.replaceAll("-", "_"));
    }
    expect(RULES.length).toBe(readdirSync(path.join(regoDir, "rules")).filter((f) => !f.endsWith("_test.rego")).length);
  });

  const catalog = path.resolve(root, "../shared/docs/rule-catalog.md");
  it.skipIf(!existsSync(catalog))("has exactly the rule catalog's ids (../shared/docs/rule-catalog.md)", () => {
    const ids = new Set([...readFileSync(catalog, "utf8").matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]));
    expect(RULES.map((r) => r.id).sort()).toEqual([...ids].sort());
  });
});
