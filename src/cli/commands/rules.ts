/**
 * `wo-gate rules`: every rule the policy enforces, from the table generated out of the Rego
 * `# METADATA` (src/decision/rules.generated.json), so it runs without OPA.
 */
import { Option } from "commander";
import { RULES, type Rule } from "../../decision/rules.js";
import type { RegisterCommand } from "./index.js";

export function renderRulesText(rules: readonly Rule[]): string {
  const width = Math.max(...rules.map((r) => r.id.length));
  const lines = rules.map((r) => `${r.id.padEnd(width)}  ${r.section.padEnd(10)}  ${r.title} — ${r.description}`);
  return `${lines.join("\n")}\n`;
}

export const registerRules: RegisterCommand = (program) => {
  program
    .command("rules")
    .description("List the rules the gate enforces (every one is a hard STOP).")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .allowExcessArguments(false)
    .action((options: { format: "text" | "json" }) => {
      process.stdout.write(options.format === "json" ? `${JSON.stringify(RULES, null, 2)}\n` : renderRulesText(RULES));
    });
};
