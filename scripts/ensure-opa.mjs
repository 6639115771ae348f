#!/usr/bin/env node
// Makes the pinned OPA available for building and testing policies. An `opa` of the pinned
// version on PATH is reused; otherwise `go install` puts it in the git-ignored .tools/bin.
// Go's module and build caches outlive a fresh clone, so a second install takes seconds.
// Prints the path of the opa binary on stdout. Regal (the Rego linter) is not installed:
// the Go module proxy refuses its module here, so `opa check --strict` stands alone.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const OPA_VERSION = "1.22.2";
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const toolsBin = path.join(root, ".tools", "bin");
const localOpa = path.join(toolsBin, process.platform === "win32" ? "opa.exe" : "opa");

function versionOf(bin) {
  const r = spawnSync(bin, ["version"], { encoding: "utf8" });
  if (r.status !== 0) return null;
  const m = /^Version:\s*(\S+)/m.exec(r.stdout);
  return m ? m[1] : null;
}

export function ensureOpa() {
  if (fs.existsSync(localOpa) && versionOf(localOpa) === OPA_VERSION) return localOpa;
  if (versionOf("opa") === OPA_VERSION) return "opa";
  if (spawnSync("go", ["version"]).status !== 0) {
    throw new Error(
      `opa ${OPA_VERSION} is needed to build and test policies: install Go (then run npm test again) or put opa ${OPA_VERSION} on PATH`,
    );
  }
  process.stderr.write(`installing opa ${OPA_VERSION} with go install into .tools/bin (first time takes a few minutes)\n`);
  fs.mkdirSync(toolsBin, { recursive: true });
  execFileSync("go", ["install", `github.com/open-policy-agent/opa@v${OPA_VERSION}`], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, GOBIN: toolsBin },
  });
  if (versionOf(localOpa) !== OPA_VERSION) throw new Error(`go install did not produce opa ${OPA_VERSION} in ${toolsBin}`);
  return localOpa;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(ensureOpa());
  } catch (e) {
    console.error(`ensure-opa: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  }
}
