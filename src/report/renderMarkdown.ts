/**
 * `--format markdown`: what the job summary shows (the Action reuses it). A verdict heading, one
 * row per work order, then each denied work order's violations. Everything that comes from a
 * work order or the repository goes through escapeMarkdown, so it cannot fake a verdict, hide
 * or add a row, or inject a link; rule ids and verdicts are the gate's own text.
 */
import { escapeMarkdown } from "./escapeMarkdown.js";
import type { CheckReport, Verdict } from "./checkReport.js";

const VERDICT: Record<Verdict, string> = { allow: "✅ allow", deny: "❌ deny" };

export function renderMarkdown(report: CheckReport): string {
  const n = report.workOrders.length;
  const out: string[] = [
    `## ${VERDICT[report.decision]} — migration work-order gate`,
    "",
    `${n} work order${n === 1 ? "" : "s"} checked; every rule is a hard STOP.`,
    "",
    "| Work order | Title | Decision | Violations |",
    "|---|---|---|---:|",
  ];
  for (const w of report.workOrders) {
    const title = w.workOrder.title.text;
    out.push(`| ${escapeMarkdown(w.file)} | ${escapeMarkdown(title)} | ${VERDICT[w.decision]} | ${w.violations.length} |`);
  }
  for (const w of report.workOrders.filter((r) => r.violations.length > 0)) {
    out.push("", `### ❌ ${escapeMarkdown(w.file)}`, "", "| Line | Section | Rule | What is wrong and what to do |", "|---:|---|---|---|");
    for (const v of w.violations) {
      out.push(`| ${v.line ?? ""} | ${v.section === null ? "" : escapeMarkdown(v.section)} | ${escapeMarkdown(v.rule)} | ${escapeMarkdown(v.message)} |`);
    }
  }
  return `${out.join("\n")}\n`;
}
