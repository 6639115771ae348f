/**
 * `--format text`: for a person at a terminal. Per work order a verdict line, then each violation
 * as `file:line  rule-id  message` (editors and terminals turn `file:line` into a link). Colour
 * only when asked (a TTY without NO_COLOR); untrusted text never reaches the terminal raw.
 */
import type { CheckReport } from "./checkReport.js";
import { terminalSafe } from "./terminalSafe.js";
import { ruleDocUrl } from "./ruleLinks.js";
import { verifiedFacts } from "./verifiedFacts.js";


export interface TextOptions {
  color: boolean;
}

/** Whether to colour output written to `stream` (https://no-color.org). */
export function wantsColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return stream.isTTY === true && (env.NO_COLOR ?? "") === "";
}

const STYLES = { red: [31, 39], green: [32, 39], bold: [1, 22], dim: [2, 22] } as const;


export function renderText(report: CheckReport, options: TextOptions): string {
  const style = (name: keyof typeof STYLES, text: string) =>
    options.color ? `\u001b[${STYLES[name][0]}m${text}\u001b[${STYLES[name][1]}m` : text;
  const lines: string[] = [];
  for (const result of report.workOrders) {
    const file = terminalSafe(result.file);
    const count = result.violations.length;
    lines.push(
      result.decision === "allow"
        ? `${style("green", "allow")}  ${style("bold", file)}`
        : `${style("red", "deny")}   ${style("bold", file)}  (${count} violation${count === 1 ? "" : "s"})`,
    );
    for (const v of result.violations) {
      const where = v.line === null ? file : `${file}:${v.line}`;
      lines.push(`  ${where}  ${style("dim", v.rule)}  ${terminalSafe(v.message)}`);
    }
    for (const fact of verifiedFacts(result.repository)) lines.push(`  ${style("dim", terminalSafe(fact))}`);
  }
  const fired = [...new Set(report.workOrders.flatMap((w) => w.violations.map((v) => v.rule)))].sort();
  const pages = fired.flatMap((rule) => (ruleDocUrl(rule) === null ? [] : [`  ${rule}: ${ruleDocUrl(rule)}`]));
  if (pages.length > 0) lines.push("rule pages (what each rule checks and how to fix it):", ...pages);
  const denied = report.workOrders.filter((w) => w.decision === "deny").length;
  lines.push(
    report.decision === "allow"
      ? style("green", `${report.workOrders.length} work order${report.workOrders.length === 1 ? "" : "s"} allowed`)
      : style("red", `${denied} of ${report.workOrders.length} work order${report.workOrders.length === 1 ? "" : "s"} denied`),
  );
  return `${lines.join("\n")}\n`;
}
