/**
 * The published JSON Schemas (schema/*.json) are generated from the zod schemas by
 * scripts/gen-schemas.ts; this fails when they are stale. It also checks, with an independent
 * validator (ajv), that the published work-order schema accepts what the extractor produces.
 */
import fs from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { renderSchemas } from "../../scripts/gen-schemas.js";
import { extractWorkOrder } from "../../src/workorder/extractWorkOrder.js";
import { example, fixtureFiles, root } from "./paths.js";

describe("published JSON Schemas", () => {
  const rendered = renderSchemas();

  it.each(rendered.map((r) => [r.file, r.text]))("%s is current (regenerate: npx tsx scripts/gen-schemas.ts)", (file, text) => {
    const onDisk = fs.existsSync(path.join(root, file)) ? fs.readFileSync(path.join(root, file), "utf8") : "(missing)";
    expect(onDisk).toBe(text);
  });

  it("the work-order schema accepts every extracted work order and rejects a broken one", () => {
    const schema = JSON.parse((rendered.find((r) => r.file === "schema/work-order.schema.json") as { text: string }).text);
    const validate = new Ajv2020({ strict: false }).compile(schema);
    const docs = [example("001"), example("002"), ...fixtureFiles().map((file) => ({ file, text: fs.readFileSync(file, "utf8") }))];
    for (const { file, text } of docs) {
      const wo = extractWorkOrder(text, file);
      expect(validate(wo), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    const broken = { ...extractWorkOrder(example("001").text, "x"), title: { line: 0, text: "x", id: null, name: null } };
    expect(validate(broken)).toBe(false);
  });
});
