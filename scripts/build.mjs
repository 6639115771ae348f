#!/usr/bin/env node
// Builds dist/: the compiled default policy (opa build -t wasm) and the bundled CLI and Action.
// Both are committed; test/dist-current.test.ts fails when either is stale.
import { build } from "esbuild";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  legalComments: "none",
  logLevel: "warning",
  // Paths in the bundle (its comments) are relative to the project, whatever the working directory.
  absWorkingDir: root,
  // Some bundled CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);" },
};

/**
 * dist/cli.js and dist/action.js, with the code they share split into dist/chunk-<hash>.js files:
 * each command imports its pipeline when it runs, so `wo-gate --help` or `scan` never compiles the
 * policy engine or the GitHub client. Chunks sit beside the entries, so code that finds assets
 * next to itself (dist/policy, dist/sh-syntax.wasm) works from any chunk. Content hashes keep
 * the output deterministic.
 */
export async function buildBundles(outdir = path.join(root, "dist")) {
  for (const f of fs.readdirSync(outdir)) if (/^(chunk-.*|cli|action)\.js$/.test(f)) fs.rmSync(path.join(outdir, f));
  await build({
    ...common,
    entryPoints: { cli: path.join(root, "src/cli/main.ts"), action: path.join(root, "src/action/main.ts") },
    outdir,
    splitting: true,
    chunkNames: "chunk-[hash]",
  });
  // The shell parser's wasm (sh-syntax), found beside the bundle when node_modules is absent.
  fs.copyFileSync(path.join(root, "node_modules/sh-syntax/main.wasm"), path.join(outdir, "sh-syntax.wasm"));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // The policy build reads src/ TypeScript (the rule table, the OPA runner) through tsx.
  const { register } = await import("tsx/esm/api");
  register();
  const { writeSchemas } = await import("./gen-schemas.ts");
  writeSchemas();
  const { buildPolicy } = await import("./build-policy.mjs");
  await buildPolicy();
  await buildBundles();
}
