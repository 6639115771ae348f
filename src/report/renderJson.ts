/** `--format json`: exactly one JSON document, the check report as is. */
import type { CheckReport } from "./checkReport.js";

export function renderJson(report: CheckReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
