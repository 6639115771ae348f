/**
 * `--format text`: for a person at a terminal. Per work order a verdict line, then each violation
 * as `file:line  rule-id  message` (editors and terminals turn `file:line` into a link). Colour
 * only when asked (a TTY without NO_COLOR); untrusted text never reaches the terminal raw.
 */
import type { CheckReport } from "./checkReport.js";

export interface TextOptions {
  color: boolean;
}

/** Whether to colour output written to `stream` (https://no-color.org). */
export function wantsColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return stream.isTTY === true && (env.NO_COLOR ?? "") === "";
}

const STYLES = { red: [31, 39], green: [32, 39], bold: [1, 22], dim: [2, 22] } as const;

// Control characters in a work order could move the cursor or recolour the terminal: show them
// as escapes instead of sending them.
export function terminalSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).replace(/\s*\n\s*/g, " ");
}

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
  }
  const denied = report.workOrders.filter((w) => w.decision === "deny").length;
  lines.push(
    report.decision === "allow"
      ? style("green", `${report.workOrders.length} work order${report.workOrders.length === 1 ? "" : "s"} allowed`)
      : style("red", `${denied} of ${report.workOrders.length} work order${report.workOrders.length === 1 ? "" : "s"} denied`),
  );
  return `${lines.join("\n")}\n`;
}
