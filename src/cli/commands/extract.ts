/**
 * `wo-gate extract <file.md>`: the work order as the gate reads it (the JSON of
 * schema/work-order.schema.json), for debugging a work order or feeding other tools.
 */
import type { RegisterCommand } from "./index.js";

export const registerExtract: RegisterCommand = (program) => {
  program
    .command("extract")
    .description("Print a work order as the gate reads it: JSON with every value and its source line.")
    .argument("<file>", "work-order Markdown file (WO-MIGRATION-<n>-….md)")
    .allowExcessArguments(false)
    .action(async (file: string) => {
      const { readWorkOrder } = await import("../../workorder/readWorkOrderFile.js");
      const workOrder = await readWorkOrder(file);
      process.stdout.write(`${JSON.stringify(workOrder, null, 2)}\n`);
    });
};
