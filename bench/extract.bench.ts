/**
 * Extraction speed: 1,000 work orders (the shared fixtures repeated, else examples/) through
 * extractWorkOrder, median ms per work order (target < 2 ms, decisions.md), against markdown-it's
 * bare `md.parse` (same options) on the same documents in the same run.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import MarkdownIt from "markdown-it";
import { extractWorkOrder } from "../src/workorder/extractWorkOrder.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const COUNT = 1000;

function loadDocuments(): { source: string; docs: string[] } {
  const shared = path.resolve(root, "../shared/fixtures/work-orders");
  const dir = fs.existsSync(shared) ? shared : path.join(root, "examples");
  const docs = fs
    .readdirSync(dir)
    .filter((f) => /^WO-MIGRATION-\d+.*\.md$/.test(f))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
  return { source: path.relative(root, dir), docs };
}

function medianMs(docs: string[], fn: (doc: string) => unknown): number {
  for (let i = 0; i < 200; i++) fn(docs[i % docs.length] as string); // warm-up
  const times: number[] = [];
  for (let i = 0; i < COUNT; i++) {
    const doc = docs[i % docs.length] as string;
    const start = performance.now();
    fn(doc);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return ((times[(COUNT - 1) >> 1] as number) + (times[COUNT >> 1] as number)) / 2;
}

export async function run(): Promise<Record<string, string | number>> {
  const { source, docs } = loadDocuments();
  if (docs.length === 0) throw new Error(`no work orders found in ${source}`);
  const md = new MarkdownIt({ html: true });
  const parse = medianMs(docs, (doc) => md.parse(doc, {}));
  const extract = medianMs(docs, (doc) => extractWorkOrder(doc, "bench.md"));
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0) / docs.length;
  return {
    "work orders": COUNT,
    source: `${source} (${docs.length} distinct, ${(bytes / 1024).toFixed(1)} KB average)`,
    "extract median ms/work order": extract.toFixed(3),
    "markdown-it parse median ms/work order (reference)": parse.toFixed(3),
    "ratio extract/parse": (extract / parse).toFixed(2),
    "target ms/work order": 2,
  };
}
