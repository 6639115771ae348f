/** Governance documents in real repositories: committed, with a §6.3 heading, found where people put them. */
import { afterAll, describe, expect, it } from "vitest";
import { findGovernanceDocuments, hasSection63 } from "../../src/repo/governance.js";
import { gatherRepositoryFacts } from "../../src/repo/facts.js";
import { GitRepo } from "../support/gitRepo.js";

const repos: GitRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));
const repo = (files: Record<string, string>): GitRepo => {
  const r = GitRepo.create(files);
  repos.push(r);
  return r;
};

const SPEC = "# System spec\n\n## 6. Data\n\n### 6.3 Migration Rules\n\nMigrations are versioned.\n";

describe("hasSection63", () => {
  it.each([
    ["## §6.3 Migration Rules", true],
    ["### 6.3 Migration Rules", true],
    ["## 6.3. Migrations", true],
    ["## **§ 6.3** Migration rules", true],
    ["Migration Rules\n---------------\n\nsee §6.3", false],
    ["## Migration rules (§6.3)", true],
    ["## 6.30 Something else", false],
    ["## 16.3 Other", false],
    ["```\n## 6.3 Migration Rules\n```", false],
    ["See §6.3 Migration Rules in the text.", false],
  ])("%j → %s", (markdown, expected) => {
    expect(hasSection63(markdown)).toBe(expected);
  });
});

describe("findGovernanceDocuments", () => {
  it("finds both documents in docs/, with the section", async () => {
    const r = repo({ "docs/SYSTEM_SPEC.md": SPEC, "docs/AUTONOMY_PLAYBOOK.md": "# Playbook\n" });
    expect(await findGovernanceDocuments(r.dir)).toEqual({
      systemSpec: { path: "docs/SYSTEM_SPEC.md", hasSection: true },
      playbook: { path: "docs/AUTONOMY_PLAYBOOK.md" },
    });
  });

  it("prefers the root over docs/ and docs/ over deeper folders", async () => {
    const r = repo({
      "services/a/SYSTEM_SPEC.md": SPEC,
      "docs/SYSTEM_SPEC.md": SPEC,
      "SYSTEM_SPEC.md": SPEC,
      "services/a/AUTONOMY_PLAYBOOK.md": "x\n",
      "docs/AUTONOMY_PLAYBOOK.md": "x\n",
    });
    const g = await findGovernanceDocuments(r.dir);
    expect(g.systemSpec.path).toBe("SYSTEM_SPEC.md");
    expect(g.playbook.path).toBe("docs/AUTONOMY_PLAYBOOK.md");
  });

  it("prefers a spec that has §6.3 over a better-placed one that lacks it", async () => {
    const r = repo({ "SYSTEM_SPEC.md": "# Spec\n\n## 6.2 Other\n", "handbook/SYSTEM_SPEC.md": SPEC });
    expect((await findGovernanceDocuments(r.dir)).systemSpec).toEqual({ path: "handbook/SYSTEM_SPEC.md", hasSection: true });
  });

  it("reports a spec without §6.3 and missing documents", async () => {
    const r = repo({ "SYSTEM_SPEC.md": "# Spec\n\n## 6.2 Other\n" });
    expect(await findGovernanceDocuments(r.dir)).toEqual({ systemSpec: { path: "SYSTEM_SPEC.md", hasSection: false }, playbook: { path: null } });
  });

  it("does not count documents that are only in the working tree", async () => {
    const r = repo({ "README.md": "x\n" });
    r.write({ "SYSTEM_SPEC.md": SPEC, "AUTONOMY_PLAYBOOK.md": "x\n" });
    expect(await findGovernanceDocuments(r.dir)).toEqual({ systemSpec: { path: null, hasSection: false }, playbook: { path: null } });
  });

  it("uses the paths given instead of searching", async () => {
    const r = repo({ "SYSTEM_SPEC.md": SPEC, "gov/spec.md": SPEC, "AUTONOMY_PLAYBOOK.md": "x\n" });
    const g = await findGovernanceDocuments(r.dir, { systemSpec: "gov/spec.md", playbook: "gov/playbook.md" });
    expect(g).toEqual({ systemSpec: { path: "gov/spec.md", hasSection: true }, playbook: { path: null } });
  });

  it("is part of the repository facts", async () => {
    const r = repo({ "docs/SYSTEM_SPEC.md": SPEC, "AUTONOMY_PLAYBOOK.md": "x\n" });
    const facts = await gatherRepositoryFacts({ dir: r.dir, workOrder: null });
    expect(facts.governance).toEqual({ systemSpec: { path: "docs/SYSTEM_SPEC.md", hasSection: true }, playbook: { path: "AUTONOMY_PLAYBOOK.md" } });
    expect(facts.changedMigrations).toBeNull();
    expect(facts.migration).toBeNull();
  });
});
