/**
 * `wo-gate rules`: every rule the policy enforces, from the table generated out of the Rego
 * `# METADATA` (src/decision/rules.generated.json), so it runs without OPA.
 */
import { Option } from "commander";
import type { RegisterCommand } from "./index.js";

export const registerRules: RegisterCommand = (program) => {
  program
    .command("rules")
    .description("List the rules the gate enforces (every one is a hard STOP).")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .allowExcessArguments(false)
    .action(async (options: { format: "text" | "json" }) => {
      const [{ RULES }, { renderRulesText }] = await Promise.all([import("../../decision/rules.js"), import("../../report/renderRules.js")]);
      process.stdout.write(options.format === "json" ? `${JSON.stringify(RULES, null, 2)}\n` : renderRulesText(RULES));
    });
};
