/**
 * The labeled startup-scan corpus (../shared/fixtures/startup-scan): precision and recall on
 * (file, line), overall and per trigger kind, printed; the test fails below 95 % overall.
 * Labels come from outside the project; the rules know nothing of them.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { scanRepository } from "../../src/scan/scanRepository.js";
import { Trigger, type Finding } from "../../src/scan/schema.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const corpus = path.resolve(root, "../shared/fixtures/startup-scan");
const present = fs.existsSync(path.join(corpus, "expected.json"));

interface Label {
  file: string;
  line: number;
  trigger: Trigger;
  tool: string;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

const pct = (n: number, d: number) => (d === 0 ? 1 : n / d);

describe.skipIf(!present)(present ? "startup-scan corpus" : "startup-scan corpus (skipped: ../shared/fixtures/startup-scan is absent)", () => {
  it("reaches 95 % precision and recall on (file, line), and reports each trigger kind", async () => {
    const expected = JSON.parse(fs.readFileSync(path.join(corpus, "expected.json"), "utf8")) as Record<string, Label[]>;
    const negatives = JSON.parse(fs.readFileSync(path.join(corpus, "negatives.json"), "utf8")) as Record<string, { file: string; line: number }[]>;
    const overall: Tally = { tp: 0, fp: 0, fn: 0 };
    const perKind = new Map<string, Tally>(Trigger.options.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
    let kindAgrees = 0;
    let toolAgrees = 0;
    const notes: string[] = [];
    const negativeHits: string[] = [];
    for (const [name, labels] of Object.entries(expected)) {
      const result = await scanRepository(path.join(corpus, name));
      const found = new Map<string, Finding>(result.findings.map((f) => [`${f.file}:${f.line}`, f]));
      const wanted = new Map(labels.map((l) => [`${l.file}:${l.line}`, l]));
      for (const [key, f] of found) {
        const label = wanted.get(key);
        if (label) {
          overall.tp++;
          if (label.trigger === f.trigger) kindAgrees++;
          if (label.tool === f.tool) toolAgrees++;
        } else {
          overall.fp++;
          notes.push(`${name}: false positive ${key} (${f.trigger}, ${f.tool})`);
        }
        const kindTally = perKind.get(f.trigger)!;
        if (label?.trigger === f.trigger) kindTally.tp++;
        else kindTally.fp++;
      }
      for (const [key, label] of wanted) {
        if (!found.has(key)) {
          overall.fn++;
          notes.push(`${name}: missed ${key} (${label.trigger}, ${label.tool})`);
        }
        if (found.get(key)?.trigger !== label.trigger) perKind.get(label.trigger)!.fn++;
      }
      for (const n of negatives[name] ?? []) if (found.has(`${n.file}:${n.line}`)) negativeHits.push(`${name}: ${n.file}:${n.line}`);
    }
    const precision = pct(overall.tp, overall.tp + overall.fp);
    const recall = pct(overall.tp, overall.tp + overall.fn);
    const lines = [
      `overall: precision ${(precision * 100).toFixed(1)}% recall ${(recall * 100).toFixed(1)}% (tp ${overall.tp}, fp ${overall.fp}, fn ${overall.fn})`,
      `matched findings with the labeled trigger: ${kindAgrees}/${overall.tp}, with the labeled tool: ${toolAgrees}/${overall.tp}`,
      ...[...perKind].map(
        ([k, t]) =>
          `${k}: precision ${(pct(t.tp, t.tp + t.fp) * 100).toFixed(1)}% recall ${(pct(t.tp, t.tp + t.fn) * 100).toFixed(1)}% (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`,
      ),
      ...notes,
      ...negativeHits.map((n) => `look-alike reported: ${n}`),
    ];
    console.log(lines.join("\n"));
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
