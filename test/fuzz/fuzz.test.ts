/**
 * The fuzz campaigns at `npm test` size (`npm run fuzz` runs them at full size): generated work
 * orders through extraction and the policy, generated repositories through the scan. Every input
 * ends in a result or the clean input error, never a crash, and nothing that is not a complete
 * work order is allowed. Also the oracles themselves: each completeness edit bites on every
 * allowed fixture, and each planted startup migration is found on its own.
 */
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scanRepository } from "../../src/scan/scanRepository.js";
import { denyingFindings } from "../../src/scan/schema.js";
import { repositoryCampaign, scratchDir, workOrderCampaign } from "./campaign.js";
import { WorkOrderChecker } from "./checkWorkOrder.js";
import { allowedSeedNames, fromLines, seedDocuments, toLines } from "./documents.js";
import { REMOVALS } from "./incomplete.js";
import { PLANTS, writeOutside, writeRepository } from "./repoInputs.js";

const RUNS = Number(process.env.WO_FUZZ_RUNS ?? 200);
const SEED = Number(process.env.WO_FUZZ_SEED ?? 20260310);

describe("fuzz campaigns (npm test size; npm run fuzz runs 100,000 work orders and 10,000 repositories)", () => {
  it(`${RUNS} generated work orders: a result or a clean error, no allow for an incomplete one`, async () => {
    const { tally, failures } = await workOrderCampaign({ runs: RUNS, seed: SEED, cliEvery: Math.ceil(RUNS / 2) });
    expect(failures).toEqual([]);
    expect(tally.inputs).toBe(RUNS);
    // The campaign reaches every ending: allowed, denied and refused documents.
    expect(Math.min(tally.allow, tally.deny, tally.cleanErrors)).toBeGreaterThan(0);
    expect(tally.cliSamples).toBe(2);
  });

  it(`${Math.ceil(RUNS / 2)} generated repositories: a scan result or a clean error, nothing read from outside`, async () => {
    const runs = Math.ceil(RUNS / 2);
    const { tally, failures } = await repositoryCampaign({ runs, seed: SEED, cliEvery: Math.ceil(runs / 2) });
    expect(failures).toEqual([]);
    expect(tally.inputs).toBe(runs);
    expect(Math.min(tally.allow, tally.deny)).toBeGreaterThan(0);
    expect(tally.cliSamples).toBe(2);
  });
});

const allowed = new Set(allowedSeedNames());
const allowedSeeds = seedDocuments().filter((s) => allowed.has(s.name));

describe.skipIf(allowedSeeds.length === 0)("the completeness oracle (needs ../shared fixtures)", () => {
  let dir: string;
  let checker: WorkOrderChecker;
  beforeAll(async () => {
    dir = scratchDir("wo-gate-oracle-");
    checker = await WorkOrderChecker.create(dir);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("every fixture labelled allow is allowed as written", async () => {
    for (const seed of allowedSeeds) {
      const outcome = await checker.check({ label: seed.name, bytes: Buffer.from(seed.text), incomplete: null });
      expect([seed.name, outcome]).toEqual([seed.name, { verdict: "allow", failure: null }]);
    }
  });

  it("each required thing, taken out of each allowed fixture, finds something to take and turns the allow into a deny", async () => {
    for (const [r, removal] of REMOVALS.entries()) {
      for (const [s, seed] of allowedSeeds.entries()) {
        // One variant per pair, rotating, so every variant of every edit is exercised across seeds.
        const variant = (r + s) % removal.variants;
        const lines = toLines(seed.text);
        expect([removal.what, seed.name, removal.apply(lines, variant)]).toEqual([removal.what, seed.name, true]);
        const outcome = await checker.check({ label: seed.name, bytes: Buffer.from(fromLines(lines)), incomplete: removal.what });
        expect([removal.what, variant, seed.name, outcome.failure]).toEqual([removal.what, variant, seed.name, null]);
        expect(outcome.verdict).not.toBe("allow");
      }
    }
  });
});

describe("the scan oracle's planted migrations", () => {
  it("each is reported on its own, as a deny, in the planted folder", async () => {
    const dir = scratchDir("wo-gate-plant-");
    try {
      writeOutside(`${dir}/outside`);
      for (const [name, files] of Object.entries(PLANTS)) {
        const repo = `${dir}/${name}`;
        fs.mkdirSync(repo);
        writeRepository(repo, { label: name, git: false, planted: name, entries: Object.entries(files).map(([path, text]) => ({ kind: "file", path, content: Buffer.from(text) })) }, `${dir}/outside`);
        const found = denyingFindings(await scanRepository(repo));
        expect([name, found.length > 0 && found.every((f) => f.file.startsWith("planted/"))]).toEqual([name, true]);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
