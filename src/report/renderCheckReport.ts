/**
 * The check report in each output format the CLI offers; every one renders the same CheckReport.
 */
import type { CheckReport } from "./checkReport.js";
import type { CheckFormat } from "./formats.js";
import { renderJson } from "./renderJson.js";
import { renderMarkdown } from "./renderMarkdown.js";
import { renderText, wantsColor } from "./renderText.js";


export function renderCheckReport(report: CheckReport, format: CheckFormat, stdout: { isTTY?: boolean }): string {
  switch (format) {
    case "text":
      return renderText(report, { color: wantsColor(stdout) });
    case "json":
      return renderJson(report);
    case "markdown":
      return renderMarkdown(report);
  }
}
