import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import "./chunk-KAUMNO2H.js";

// src/report/renderRules.ts
function renderRulesText(rules) {
  const width = Math.max(...rules.map((r) => r.id.length));
  const lines = rules.map((r) => `${r.id.padEnd(width)}  ${r.section.padEnd(10)}  ${r.title} \u2014 ${r.description}`);
  return `${lines.join("\n")}
`;
}
export {
  renderRulesText
};
