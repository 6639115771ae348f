/**
 * Loading the compiled policy and evaluating it with @open-policy-agent/opa-wasm. The module is
 * instantiated once and evaluated per work order. Anything that goes wrong here (a module that
 * needs a built-in the SDK lacks, a data document that fails validation, an evaluation error,
 * a result that is not a decision) is an input error: exit 2, never an allow.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadPolicy, type LoadedPolicy } from "@open-policy-agent/opa-wasm";
import { z } from "zod";
import { InputError, inputError } from "../errors.js";
import type { PolicyInput } from "../input/schema.js";
import { readBundle, type CompiledPolicy } from "./bundle.js";
import { ENTRYPOINT, compileRego, projectRoots } from "./opaBinary.js";
import { parsePolicyData, prepareGateData, readPolicyData, type GateData, type PolicyData } from "./policyData.js";

export const ViolationSchema = z.object({
  rule: z.string().describe("the rule id (rule catalog)"),
  message: z.string().describe("what is wrong and what to do"),
  section: z.string().nullable().describe("the template section, e.g. §5; null for the title and header"),
  line: z.number().int().nullable().describe("the line in the work order; null when there is none"),
});

export const DecisionSchema = z.object({
  allow: z.boolean(),
  violations: z.array(ViolationSchema).describe("sorted by rule, then line"),
});

export type Violation = z.infer<typeof ViolationSchema>;
export type Decision = z.infer<typeof DecisionSchema>;

/**
 * Built-ins the SDK implements in JavaScript (its src/builtins); every other built-in a module
 * imports is missing at evaluation time. The package does not export this table, so it is
 * written here and test/decision/policy.test.ts checks it against the installed SDK.
 */
export const SDK_BUILTINS: readonly string[] = [
  "json.is_valid",
  "regex.split",
  "sprintf",
  "yaml.is_valid",
  "yaml.marshal",
  "yaml.unmarshal",
];

const moduleDir = path.dirname(fileURLToPath(import.meta.url));

/** The bundled policy: dist/policy beside dist/cli.js, or the repository's dist/policy from src/. */
export function defaultPolicyDir(): string {
  const candidates = [path.join(moduleDir, "policy"), ...projectRoots.map((root) => path.join(root, "dist", "policy"))];
  const found = candidates.find((dir) => existsSync(path.join(dir, "policy.wasm")));
  if (!found) throw new InputError("the bundled policy (dist/policy/policy.wasm) is missing: run npm run build");
  return found;
}

export interface PolicySource {
  /** A directory of .rego, a .wasm, or an OPA bundle .tar.gz; default: the bundled policy. */
  policy?: string;
  /** A policy data file; default: the data in the bundle or directory, else the bundled data. */
  data?: string;
}

export interface DecisionPolicy {
  /** The built-ins the module imports from its host (none for the bundled policy). */
  readonly builtins: readonly string[];
  readonly gate: GateData;
  evaluate(input: PolicyInput): Decision;
}

/** Compiled module plus the raw data that came with it (`{}` when it brought none). */
async function readCompiled(policy: string | undefined): Promise<{ compiled: CompiledPolicy; origin: string }> {
  const origin = policy ?? defaultPolicyDir();
  if (policy === undefined) {
    return {
      compiled: { wasm: readFileSync(path.join(origin, "policy.wasm")), data: readFileSync(path.join(origin, "data.json")) },
      origin: path.join(origin, "data.json"),
    };
  }
  const cannotRead = (e: unknown) => inputError(policy, `cannot read the policy: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  const read = (): Buffer => {
    try {
      return readFileSync(policy);
    } catch (e) {
      throw cannotRead(e);
    }
  };
  let isDir: boolean;
  try {
    isDir = statSync(policy).isDirectory();
  } catch (e) {
    throw cannotRead(e);
  }
  if (isDir) return { compiled: await compileRego(policy), origin: policy };
  if (policy.endsWith(".wasm")) return { compiled: { wasm: read(), data: Buffer.from("{}") }, origin: policy };
  if (/\.(tar\.gz|tgz)$/.test(policy)) return { compiled: await readBundle(read(), policy), origin: policy };
  throw inputError(policy, "--policy takes a directory of .rego files, a .wasm module or an OPA bundle .tar.gz");
}

function policyDataFor(source: PolicySource, compiled: CompiledPolicy, origin: string): PolicyData {
  if (source.data !== undefined) return readPolicyData(source.data);
  let bundled: unknown;
  try {
    bundled = JSON.parse(compiled.data.toString("utf8"));
  } catch {
    throw inputError(origin, "the policy's data.json is not JSON");
  }
  const brought = bundled !== null && typeof bundled === "object" && Object.keys(bundled).length > 0;
  if (brought) return parsePolicyData(bundled, origin);
  return readPolicyData(path.join(defaultPolicyDir(), "data.json"));
}

/** The built-ins a loaded module imports from its host (the module's `builtins` export). */
export function importedBuiltins(policy: LoadedPolicy): string[] {
  // The SDK keeps the Instance (its type also admits the instantiation result, which it unwraps).
  const instance = policy.wasmInstance as WebAssembly.Instance;
  const exports = instance.exports as Record<string, (...args: number[]) => number>;
  const dump = exports.opa_json_dump;
  const builtins = exports.builtins;
  if (!dump || !builtins) throw new InputError("the policy module is not an OPA Wasm module (no builtins export)");
  const address = dump(builtins());
  const bytes = new Uint8Array(policy.mem.buffer);
  let end = address;
  while (bytes[end] !== 0) end++;
  const table = JSON.parse(Buffer.from(bytes.subarray(address, end)).toString("utf8")) as Record<string, number>;
  return Object.keys(table).sort();
}

export async function loadDecisionPolicy(source: PolicySource = {}): Promise<DecisionPolicy> {
  const { compiled, origin } = await readCompiled(source.policy);
  const label = source.policy ?? origin;
  let loaded: LoadedPolicy;
  try {
    loaded = await loadPolicy(compiled.wasm);
  } catch (e) {
    throw inputError(label, `cannot load the policy module: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!Object.prototype.hasOwnProperty.call(loaded.entrypoints, ENTRYPOINT)) {
    throw inputError(label, `the policy module has no ${ENTRYPOINT} entrypoint: build it with opa build -t wasm -e ${ENTRYPOINT}`);
  }
  const builtins = importedBuiltins(loaded);
  const missing = builtins.filter((b) => !SDK_BUILTINS.includes(b));
  if (missing.length > 0) {
    throw inputError(label, `the policy uses built-ins the Wasm SDK does not provide: ${missing.join(", ")}`);
  }
  const gate = prepareGateData(policyDataFor(source, compiled, origin));
  loaded.setData({ gate });
  return {
    builtins,
    gate,
    evaluate(input: PolicyInput): Decision {
      let result: unknown;
      try {
        result = loaded.evaluate(input, ENTRYPOINT);
      } catch (e) {
        throw inputError(input.file, `the policy failed to evaluate: ${e instanceof Error ? e.message : String(e)}`);
      }
      const first = Array.isArray(result) ? (result[0] as { result?: unknown } | undefined) : undefined;
      const decision = DecisionSchema.safeParse(first?.result);
      if (!decision.success) {
        throw inputError(input.file, `the policy returned no decision (${ENTRYPOINT} must be {allow, violations})`);
      }
      return decision.data;
    },
  };
}
