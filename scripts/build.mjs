#!/usr/bin/env node
// Builds dist/: the compiled default policy (opa build -t wasm) and the bundled CLI and Action.
// Both are committed; test/dist-current.test.ts fails when either is stale.
import { build } from "esbuild";
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
  // Some bundled CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);" },
};

export async function buildBundles() {
  await build({ ...common, entryPoints: [path.join(root, "src/cli/main.ts")], outfile: path.join(root, "dist/cli.js"),
    });
  // The Action's entry; it finds the compiled policy in dist/policy beside it, like the CLI.
  await build({ ...common, entryPoints: [path.join(root, "src/action/main.ts")], outfile: path.join(root, "dist/action.js") });
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
