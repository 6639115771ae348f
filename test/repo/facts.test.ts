/**
 * Repository facts for every adapter, on real git repositories built here: the declared migration
 * found and tracked, its parent against the declared down revision, an untracked file, an empty
 * down path, a changed migration no work order declares; plus the failures that must fail closed.
 */
import { afterAll, describe, expect, it } from "vitest";
import { RepositoryFactsSchema } from "../../src/input/schema.js";
import { gatherRepositoryFacts } from "../../src/repo/facts.js";
import { GitRepo } from "../support/gitRepo.js";
import { declaration } from "./declaration.js";
import { TOOL_CASES, type ToolCase } from "./toolCases.js";

const repos: Array<{ cleanup(): void }> = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

/** main holds migration 1; branch `feature` adds migration 2 (committed unless `commit` is false). */
function twoMigrations(c: ToolCase, opts: { down: boolean; commit: boolean }): GitRepo {
  const repo = GitRepo.create({ "README.md": "# service\n", ...c.files(1, true) });
  repos.push(repo);
  repo.branch("feature");
  if (opts.commit) repo.commit(c.files(2, opts.down), "add migration 2");
  else repo.write(c.files(2, opts.down));
  return repo;
}

const gather = async (dir: string, wo: ReturnType<typeof declaration> | null, base: string | null = "main", all = wo ? [wo] : []) =>
  RepositoryFactsSchema.parse(await gatherRepositoryFacts({ dir, workOrder: wo, allWorkOrders: all, base }));

describe.each(TOOL_CASES.map((c) => [c.adapter, c] as const))("%s", (_name, c) => {
  const wo2 = declaration(c.tooling, c.revision, [c.parentRef]);

  it("finds the declared migration, tracked, with the declared parent and a down path", async () => {
    const repo = twoMigrations(c, { down: true, commit: true });
    const facts = await gather(repo.dir, wo2);
    expect(facts.status).toBe("available");
    const m = facts.migration!;
    expect(m).toMatchObject({ status: "found", reason: null, tool: c.adapter, revision: c.revision, file: c.file2, supportsDown: c.supportsDown });
    expect(m.parents).toEqual([c.parentId]);
    expect(m.declaredParents).toEqual([c.parentId]);
    expect(m.heads).toEqual([c.revisionId]);
    const reversible = !!m.down && m.down.exists && !m.down.empty;
    expect(reversible).toBe(!c.neverReversible);
    // Every changed file belongs to migration 2, and the work order declares it.
    const changed = facts.changedMigrations!;
    expect(changed).toMatchObject({ status: "available", base: "main" });
    expect(changed.changed.map((f) => f.file)).toContain(c.file2);
    expect(changed.changed.every((f) => f.declared && f.id === c.revisionId)).toBe(true);
  });

  it("reports the file's own parent when the declared down revision differs", async () => {
    const repo = twoMigrations(c, { down: true, commit: true });
    const facts = await gather(repo.dir, declaration(c.tooling, c.revision, [c.revision]));
    expect(facts.migration!.status).toBe("found");
    expect(facts.migration!.parents).toEqual([c.parentId]);
    expect(facts.migration!.declaredParents).toEqual([c.revisionId]);
  });

  it("reports a migration that is only in the working tree as untracked", async () => {
    const repo = twoMigrations(c, { down: true, commit: false });
    const facts = await gather(repo.dir, wo2);
    expect(facts.migration).toMatchObject({ status: "untracked", file: c.file2 });
    expect(facts.migration!.reason).toContain(c.file2);
  });

  it.skipIf(c.neverReversible)("reports an empty or irreversible down path with its file", async () => {
    const repo = twoMigrations(c, { down: false, commit: true });
    const m = (await gather(repo.dir, wo2)).migration!;
    expect(m.status).toBe("found");
    expect(m.down).not.toBeNull();
    expect(m.down!.empty).toBe(true);
    if (c.supportsDown) expect(m.down!.file).not.toBeNull();
  });

  it("marks a migration changed since the base that no work order declares", async () => {
    const repo = twoMigrations(c, { down: true, commit: true });
    // The only work order at this commit declares migration 1.
    const wo1 = declaration(c.tooling, c.parentRef, null);
    const facts = await gather(repo.dir, wo1, "main", [wo1]);
    const changed = facts.changedMigrations!.changed;
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.find((f) => f.file === c.file2)).toMatchObject({ declared: false, id: c.revisionId });
    // Declared by another work order at the same commit: no longer missing.
    const both = await gather(repo.dir, wo1, "main", [wo1, wo2]);
    expect(both.changedMigrations!.changed.every((f) => f.declared)).toBe(true);
  });
});
