#!/usr/bin/env node
// `npm run bench`: runs every bench/*.bench.ts (each exports run() returning its figures, with a
// ratio to a reference measured in the same run) and prints them. Tests never assert timings.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const only = process.argv.slice(2);
const benches = fs
  .readdirSync(path.join(root, "bench"))
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();
let failed = 0;
for (const file of benches) {
  // One process per bench so one bench's heap and JIT state do not colour another's figures.
  const r = spawnSync(
    process.execPath,
    ["--import", "tsx", "-e", `const m = await import(${JSON.stringify(path.join(root, "bench", file))}); const figures = await m.run(); for (const [k, v] of Object.entries(figures)) console.log("  " + k + ": " + v);`],
    { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  console.log(`${file.replace(/\.bench\.ts$/, "")}`);
  process.stdout.write(r.stdout);
  if (r.status !== 0) {
    failed++;
    console.log(`  failed with exit code ${r.status}`);
  }
}
process.exit(failed ? 1 : 0);
