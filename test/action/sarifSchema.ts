/**
 * Validation against the SARIF 2.1.0 JSON Schema (OASIS, the "2.1.0-rtm.5" revision that
 * @microsoft/jest-sarif ships; a draft-04 schema, so ajv-draft-04 reads it). Returns the
 * schema's complaints, [] for a valid log.
 */
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv04Module from "ajv-draft-04";
import addFormatsModule from "ajv-formats";

const require = createRequire(import.meta.url);
const schemaFile = path.join(path.dirname(require.resolve("@microsoft/jest-sarif/package.json")), "lib", "schemas", "sarif-2.1.0-rtm.5.json");
const schema = JSON.parse(readFileSync(schemaFile, "utf8")) as Record<string, unknown>;

// The schema's language-tag pattern is not a valid Unicode-mode regular expression (a stray `]`);
// it is one in the non-Unicode mode JSON Schema draft-04 validators use.
const ajv = new Ajv04Module.default({ allErrors: true, strict: false, unicodeRegExp: false });
addFormatsModule.default(ajv);
const validate = ajv.compile(schema);

export function validateSarif(log: unknown): string[] {
  if (validate(log)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? "invalid"}`);
}
