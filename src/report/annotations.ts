/**
 * GitHub annotations for the check report: one per violation (at its work-order line) and per
 * startup-migration finding (where the migration runs), titled with the rule id, so each shows on
 * the pull request's diff. Values only; the Action hands them to `@actions/core`, which escapes
 * `%`, CR and LF in messages and properties, so no work-order text can start a workflow command.
 */
import { NO_WORK_ORDER, type CheckReport } from "./checkReport.js";
import { scanFindings } from "./renderMarkdown.js";
import { ruleDocUrl } from "./ruleLinks.js";

/** An annotation has no link field: the rule page goes at the end of its message. */
function withRulePage(message: string, rule: string): string {
  const url = ruleDocUrl(rule);
  return url === null ? message : `${message} (rule: ${url})`;
}

export interface Annotation {
  level: "error" | "warning";
  /** The rule id. */
  title: string;
  message: string;
  /** Repository-relative; null when there is no file to point at. */
  file: string | null;
  line: number | null;
}

export function annotationsFor(report: CheckReport): Annotation[] {
  const out: Annotation[] = [];
  for (const w of report.workOrders) {
    const file = w.file === NO_WORK_ORDER ? null : w.file;
    for (const v of w.violations) out.push({ level: "error", title: v.rule, message: withRulePage(v.message, v.rule), file, line: v.line });
  }
  for (const f of scanFindings(report)) {
    out.push({
      // Build-time findings warn and do not deny (decisions.md).
      level: f.trigger === "build" ? "warning" : "error",
      title: "startup-migration",
      message: withRulePage(`${f.explanation} ${f.fix} (${f.rule}, ${f.trigger})`, "startup-migration"),
      file: f.file,
      line: f.line,
    });
  }
  return out;
}
