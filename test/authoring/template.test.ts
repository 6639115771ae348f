/**
 * The template `wo-gate new` ships is the shared template, byte for byte, and the gate reads it
 * as the catalog says (a work order whose values are all placeholders).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { WORK_ORDER_TEMPLATE } from "../../src/authoring/template.js";
import { extractWorkOrder } from "../../src/workorder/extractWorkOrder.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const shared = resolve(root, "../shared/template/WO-MIGRATION-TEMPLATE.md");

describe.skipIf(!existsSync(shared))("the shipped template (needs ../shared/template)", () => {
  it("equals the shared template", () => {
    expect(WORK_ORDER_TEMPLATE).toBe(readFileSync(shared, "utf8"));
  });
});

describe("the shipped template", () => {
  it("is a work order whose id and values are still placeholders", () => {
    const wo = extractWorkOrder(WORK_ORDER_TEMPLATE, "WO-MIGRATION-TEMPLATE.md");
    expect(wo.title.id).toBeNull();
    expect(wo.request.date?.value?.placeholder).toBe(true);
    expect(wo.environments.map((b) => b.checked)).toEqual([false, false, false]);
  });
});
