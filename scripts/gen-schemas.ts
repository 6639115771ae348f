/**
 * Publishes the JSON Schemas of the two contracts at stable paths, generated from the zod
 * schemas (zod 4's z.toJSONSchema) so they never drift from the code:
 *   schema/work-order.schema.json   ← WorkOrderSchema (src/workorder/schema.ts): `wo-gate extract`
 *   schema/policy-input.schema.json ← PolicyInputSchema (src/input/schema.ts): what the policy reads
 * Run: npx tsx scripts/gen-schemas.ts (or call writeSchemas() from the build, under tsx).
 * test/workorder/schema-current.test.ts fails when they are stale.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import * as policyInput from "../src/input/schema.js";
import * as workOrder from "../src/workorder/schema.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const SCHEMAS = [
  { file: "schema/work-order.schema.json", schema: workOrder.WorkOrderSchema, title: "Extracted migration work order" },
  { file: "schema/policy-input.schema.json", schema: policyInput.PolicyInputSchema, title: "wo-migration-gate policy input" },
];

/**
 * Metadata for z.toJSONSchema: the descriptions zod keeps in its global registry, plus an id for
 * every exported `<Name>Schema` (except the document itself), so shared shapes land in $defs
 * under their own names (`#/$defs/TextValue`) rather than generated ones.
 */
function namedMetadata(root: z.ZodType) {
  const ids = new Map<unknown, string>();
  for (const [name, value] of [...Object.entries(workOrder), ...Object.entries(policyInput)]) {
    if (value instanceof z.ZodType && value !== root && name.endsWith("Schema")) ids.set(value, name.slice(0, -"Schema".length));
  }
  const registry = z.registry<z.GlobalMeta>();
  registry.get = ((schema: z.ZodType) => {
    const meta = z.globalRegistry.get(schema);
    const id = ids.get(schema);
    return id ? { ...meta, id } : meta;
  }) as typeof registry.get;
  return registry;
}

/** Each schema file's path (relative to the repository root) and its exact text. */
export function renderSchemas(): { file: string; text: string }[] {
  return SCHEMAS.map(({ file, schema, title }) => {
    const json = z.toJSONSchema(schema, { target: "draft-2020-12", io: "output", metadata: namedMetadata(schema) });
    const doc = { $schema: json.$schema, title, ...json };
    return { file, text: `${JSON.stringify(doc, null, 2)}\n` };
  });
}

/** Writes the schema files; returns their paths. */
export function writeSchemas(): string[] {
  return renderSchemas().map(({ file, text }) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
    return file;
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const file of writeSchemas()) console.log(`wrote ${file}`);
}
