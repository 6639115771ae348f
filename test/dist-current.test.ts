/**
 * The committed bundles (dist/cli.js, dist/action.js, their chunks and the shell parser's wasm)
 * are what `npm run build` makes from src/ now: the Action and `npx wo-gate` run dist/, so a stale
 * bundle would ship old behaviour. (dist/policy is checked by test/policy/artifacts.test.ts.)
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { buildBundles } from "../scripts/build.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, "dist");
const fresh = mkdtempSync(path.join(tmpdir(), "wo-gate-dist-"));
afterAll(() => rmSync(fresh, { recursive: true, force: true }));

const bundleFiles = (dir: string) => readdirSync(dir).filter((f) => /\.(js|wasm)$/.test(f)).sort();

describe("dist/ is current", () => {
  it("a fresh build of src/ gives exactly the committed bundle files, byte for byte", async () => {
    await buildBundles(fresh);
    const stale = "stale: run `npm run build` and commit dist/";
    expect(bundleFiles(dist), `the list of bundle files is ${stale}`).toEqual(bundleFiles(fresh));
    for (const file of bundleFiles(fresh)) {
      expect(Buffer.compare(readFileSync(path.join(dist, file)), readFileSync(path.join(fresh, file))), `dist/${file} is ${stale}`).toBe(0);
    }
  });
});
