/**
 * `wo-gate rules --format text`: one line per rule (id, template section, title, description).
 */
import type { Rule } from "../decision/rules.js";

export function renderRulesText(rules: readonly Rule[]): string {
  const width = Math.max(...rules.map((r) => r.id.length));
  const lines = rules.map((r) => `${r.id.padEnd(width)}  ${r.section.padEnd(10)}  ${r.title} — ${r.description}`);
  return `${lines.join("\n")}\n`;
}
