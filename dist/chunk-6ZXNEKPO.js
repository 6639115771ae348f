import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  terminalSafe
} from "./chunk-RV5BQCYO.js";
import {
  ruleDocUrl,
  verifiedFacts
} from "./chunk-CVBJORNT.js";

// src/report/renderText.ts
function wantsColor(stream, env = process.env) {
  return stream.isTTY === true && (env.NO_COLOR ?? "") === "";
}
var STYLES = { red: [31, 39], green: [32, 39], bold: [1, 22], dim: [2, 22] };
function renderText(report, options) {
  const style = (name, text) => options.color ? `\x1B[${STYLES[name][0]}m${text}\x1B[${STYLES[name][1]}m` : text;
  const lines = [];
  for (const result of report.workOrders) {
    const file = terminalSafe(result.file);
    const count = result.violations.length;
    lines.push(
      result.decision === "allow" ? `${style("green", "allow")}  ${style("bold", file)}` : `${style("red", "deny")}   ${style("bold", file)}  (${count} violation${count === 1 ? "" : "s"})`
    );
    for (const v of result.violations) {
      const where = v.line === null ? file : `${file}:${v.line}`;
      lines.push(`  ${where}  ${style("dim", v.rule)}  ${terminalSafe(v.message)}`);
    }
    for (const fact of verifiedFacts(result.repository)) lines.push(`  ${style("dim", terminalSafe(fact))}`);
  }
  const fired = [...new Set(report.workOrders.flatMap((w) => w.violations.map((v) => v.rule)))].sort();
  const pages = fired.flatMap((rule) => ruleDocUrl(rule) === null ? [] : [`  ${rule}: ${ruleDocUrl(rule)}`]);
  if (pages.length > 0) lines.push("rule pages (what each rule checks and how to fix it):", ...pages);
  const denied = report.workOrders.filter((w) => w.decision === "deny").length;
  lines.push(
    report.decision === "allow" ? style("green", `${report.workOrders.length} work order${report.workOrders.length === 1 ? "" : "s"} allowed`) : style("red", `${denied} of ${report.workOrders.length} work order${report.workOrders.length === 1 ? "" : "s"} denied`)
  );
  return `${lines.join("\n")}
`;
}

export {
  wantsColor,
  renderText
};
