/**
 * The Action's job summary: the detailed Markdown report (renderMarkdown), written through
 * `core.summary` to the file the runner names in GITHUB_STEP_SUMMARY. GitHub refuses a step
 * summary over 1 MiB; a report that large drops the extracted JSON and rule-group tables and
 * says so, rather than showing nothing.
 */
import * as core from "@actions/core";
import type { CheckReport } from "./checkReport.js";
import { escapeMarkdown } from "./escapeMarkdown.js";
import { renderMarkdown, type MarkdownOptions } from "./renderMarkdown.js";

/** GitHub's limit on one step's summary. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

export function summaryMarkdown(report: CheckReport, options: Omit<MarkdownOptions, "detailed">): string {
  const full = renderMarkdown(report, { ...options, detailed: true });
  if (Buffer.byteLength(full, "utf8") <= SUMMARY_LIMIT_BYTES) return full;
  const notes = [...(options.notes ?? []), "The full summary exceeds GitHub's 1 MiB limit: the extracted work orders are in the JSON report (the report output)."];
  return renderMarkdown(report, { ...options, notes, detailed: false });
}

export async function writeJobSummary(markdown: string): Promise<void> {
  await core.summary.addRaw(markdown, true).write();
}

/** The summary of a run that could not decide (exit 2): the message may name untrusted files. */
export function errorSummary(message: string): string {
  return `## ❗ error — migration work-order gate\n\nThe gate could not run, so nothing was allowed: ${escapeMarkdown(message)}\n`;
}
