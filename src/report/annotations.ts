/**
 * GitHub annotations for the check report: one per violation (at its work-order line) and per
 * startup-migration finding (where the migration runs), titled with the rule id, so each shows on
 * the pull request's diff. Values only; the Action hands them to `@actions/core`, which escapes
 * `%`, CR and LF in messages and properties, so no work-order text can start a workflow command.
 */
import { NO_WORK_ORDER, type CheckReport } from "./checkReport.js";
import { scanFindings } from "./renderMarkdown.js";

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
    for (const v of w.violations) out.push({ level: "error", title: v.rule, message: v.message, file, line: v.line });
  }
  for (const f of scanFindings(report)) {
    out.push({
      // Build-time findings warn and do not deny (decisions.md).
      level: f.trigger === "build" ? "warning" : "error",
      title: "startup-migration",
      message: `${f.explanation} ${f.fix} (${f.rule}, ${f.trigger})`,
      file: f.file,
      line: f.line,
    });
  }
  return out;
}
