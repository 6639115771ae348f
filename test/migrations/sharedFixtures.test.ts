/**
 * The startup-scan fixture projects (../shared) hold real migration files for most tools: every
 * one of them must be recognised and read without a problem.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readInventory } from "../../src/migrations/inventory.js";

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), "../../../shared/fixtures/startup-scan");

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Files that look like migrations by their place and name alone (an independent test of recognition). */
const looksLikeMigration = (path: string): boolean =>
  /(^|\/)(migrations?|migrate|versions|changelog)\//.test(path) &&
  /^(\d|V\d|Migration\d|up\.sql$|down\.sql$|migration\.sql$|db\.changelog)/.test(path.slice(path.lastIndexOf("/") + 1)) &&
  !/\.(md|toml|ini)$/.test(path);

describe.skipIf(!existsSync(fixtures))("shared startup-scan fixtures", () => {
  const projects = existsSync(fixtures) ? readdirSync(fixtures).filter((p) => statSync(join(fixtures, p)).isDirectory()) : [];

  it("hold migration files at all", () => {
    const count = projects.flatMap((p) => walk(join(fixtures, p)).map((f) => relative(join(fixtures, p), f).split("\\").join("/"))).filter(looksLikeMigration).length;
    expect(count).toBeGreaterThan(25);
  });

  it.each(projects)("%s: every migration file is recognised and readable", (project) => {
    const dir = join(fixtures, project);
    const paths = walk(dir).map((f) => relative(dir, f).split("\\").join("/"));
    const inv = readInventory({ paths, tracked: new Set(paths), read: (p) => readFileSync(join(dir, p), "utf8") });
    expect(inv.problems).toEqual([]);
    for (const p of paths.filter(looksLikeMigration)) expect(inv.claims.has(p), p).toBe(true);
    for (const r of inv.records) expect(r.id, r.file).not.toBe("");
  });
});
