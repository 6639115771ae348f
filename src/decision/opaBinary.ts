/**
 * Running the real OPA: finding the binary and compiling a directory of Rego into a Wasm bundle.
 * Only `--policy DIR` and the build need it; the bundled default policy runs without OPA.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { InputError, inputError } from "../errors.js";
import { readBundle, type CompiledPolicy } from "./bundle.js";

export const ENTRYPOINT = "wo_migration/decision";

const moduleDir = path.dirname(fileURLToPath(import.meta.url));

/** The project root, seen from src/decision (tsx) or from dist/ (the bundle). */
export const projectRoots = [path.resolve(moduleDir, ".."), path.resolve(moduleDir, "../..")];

/** `.tools/bin/opa` (made by `npm run opa`) or `opa` on PATH. */
export function findOpa(): string {
  const candidates = [...projectRoots.map((root) => path.join(root, ".tools", "bin", "opa")), "opa"];
  for (const bin of candidates) {
    if (bin !== "opa" && !existsSync(bin)) continue;
    if (spawnSync(bin, ["version"], { encoding: "utf8" }).status === 0) return bin;
  }
  throw new InputError(
    "compiling a Rego policy directory needs OPA: run `npm run opa` (installs it into .tools/bin) or put `opa` on PATH, or pass a compiled .wasm or bundle .tar.gz",
  );
}

/** Compiles every non-test .rego (and data file) under `dir` with `opa build -t wasm`. */
export async function compileRego(dir: string, opa = findOpa()): Promise<CompiledPolicy> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "wo-gate-policy-"));
  try {
    const out = path.join(tmp, "bundle.tar.gz");
    const r = spawnSync(
      opa,
      ["build", "-t", "wasm", "-e", ENTRYPOINT, "--ignore", "*_test.rego", "-o", out, "."],
      // Run inside the directory: the module embeds source paths, which must not depend on
      // where the checkout lives, or the same policy would compile to different bytes.
      { encoding: "utf8", cwd: dir },
    );
    if (r.status !== 0) {
      const first = (r.stderr || r.stdout || r.error?.message || "").trim().split("\n").slice(0, 3).join(" ");
      throw inputError(dir, `the policy does not compile: ${first}`);
    }
    return await readBundle(readFileSync(out), dir);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
