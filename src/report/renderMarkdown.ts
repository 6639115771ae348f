/**
 * `--format markdown`, the Action's job summary and its PR comment: one renderer. A verdict
 * heading, one row per work order, then each denied work order's violations. The job summary
 * (`detailed`) adds, per work order, a pass/fail table of its rule groups and the extracted JSON
 * in a collapsed block, and the startup-migration scan findings; with `source`, every line
 * number links to the file at the checked commit.
 * Everything that comes from a work order or the repository goes through escapeMarkdown (or sits
 * in a code fence longer than any backtick run it holds), so it cannot fake a verdict, hide or
 * add a row, or inject a link; rule ids, verdicts and link targets are the gate's own text.
 */
import { RULES } from "../decision/rules.js";
import { ScanResult, type Finding } from "../scan/schema.js";
import type { Violation } from "../decision/policy.js";
import type { CheckReport, Verdict, WorkOrderResult } from "./checkReport.js";
import { ruleDocUrl } from "./ruleLinks.js";
import { verifiedFacts } from "./verifiedFacts.js";
import { escapeMarkdown } from "./escapeMarkdown.js";

const VERDICT: Record<Verdict, string> = { allow: "✅ allow", deny: "❌ deny" };

/** Where a file's lines are shown on GitHub: `{server}/{owner}/{repo}/blob/{sha}/{file}#L{line}`. */
export interface SourceLinks {
  serverUrl: string;
  owner: string;
  repo: string;
  /** The commit the files were checked at (a pull request's head). */
  sha: string;
}

export interface MarkdownOptions {
  /** Link line numbers to the file on GitHub; without it they are plain numbers. */
  source?: SourceLinks | null;
  /** Plain-text remarks shown under the verdict (escaped like any other text). */
  notes?: readonly string[];
  /** The job summary: rule-group tables, the extracted JSON and the scan findings. */
  detailed?: boolean;
}

/** A link to `file` (repository-relative) at `line` on GitHub. */
export function sourceUrl(source: SourceLinks, file: string, line: number | null): string {
  // Every segment percent-encoded (parentheses too, which would end a Markdown link destination).
  const path = file
    .split("/")
    .map((s) => encodeURIComponent(s).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join("/");
  const base = `${source.serverUrl.replace(/\/+$/, "")}/${source.owner}/${source.repo}/blob/${source.sha}/${path}`;
  return line === null ? base : `${base}#L${line}`;
}

function lineCell(source: SourceLinks | null, file: string, line: number | null): string {
  if (line === null) return source ? `[file](${sourceUrl(source, file, null)})` : "";
  return source ? `[${line}](${sourceUrl(source, file, line)})` : String(line);
}

// Rule groups are the template's sections, in template order (the rule table is sorted so); a
// rule that spans sections ("header, §8") belongs to each.
const sectionsOf = (section: string): string[] => section.split(",").map((s) => s.trim()).filter(Boolean);
const GROUPS: ReadonlyArray<{ section: string; rules: string[] }> = RULES.reduce<Array<{ section: string; rules: string[] }>>((groups, rule) => {
  for (const section of sectionsOf(rule.section)) {
    const group = groups.find((g) => g.section === section);
    if (group) group.rules.push(rule.id);
    else groups.push({ section, rules: [rule.id] });
  }
  return groups;
}, []);

/** The group a violation fails: its own section when its rule is in that group, else its rule's first. */
function groupOfViolation(v: Violation): string | undefined {
  const own = v.section === null ? undefined : sectionsOf(v.section)[0];
  if (own !== undefined && GROUPS.some((g) => g.section === own && g.rules.includes(v.rule))) return own;
  return GROUPS.find((g) => g.rules.includes(v.rule))?.section;
}

function ruleGroupTable(result: WorkOrderResult): string[] {
  const rows = GROUPS.map(({ section }) => {
    const failed = result.violations.filter((v) => groupOfViolation(v) === section).length;
    const outcome = failed === 0 ? "✅ pass" : `❌ fail (${failed})`;
    const rules = GROUPS.find((g) => g.section === section)?.rules ?? [];
    return `| ${section} | ${rules.map((id) => `\`${id}\``).join(" ")} | ${outcome} |`;
  });
  // A violation of a rule the table does not know (a custom policy's) still shows as a failure.
  const unknown = result.violations.filter((v) => groupOfViolation(v) === undefined);
  if (unknown.length > 0) rows.push(`| other | ${[...new Set(unknown.map((v) => escapeMarkdown(v.rule)))].join(" ")} | ❌ fail (${unknown.length}) |`);
  return ["| Rule group | Rules | Result |", "|---|---|---|", ...rows];
}

/** A fence longer than any backtick run in `text`, so nothing inside can close it. */
function fenced(text: string, info: string): string[] {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const marks = "`".repeat(longest + 1);
  return [`${marks}${info}`, text, marks];
}

function extractedBlock(result: WorkOrderResult): string[] {
  if (result.workOrder === null) return [];
  return ["", "<details><summary>Extracted work order (JSON)</summary>", "", ...fenced(JSON.stringify(result.workOrder, null, 2), "json"), "", "</details>"];
}

/** §2's references, linked to the governance documents found in the repository at the checked commit. */
function governanceLinks(result: WorkOrderResult, source: SourceLinks | null): string[] {
  const g = result.repository?.governance;
  if (!g || !source) return [];
  const found = [g.systemSpec.path, g.playbook.path].filter((p): p is string => p !== null);
  if (found.length === 0) return [];
  return [`- §2 references: ${found.map((p) => `[${escapeMarkdown(p)}](${sourceUrl(source, p, null)})`).join(" · ")}`];
}

/** The rule id, linked to its documentation page when the gate has one. */
function ruleCell(rule: string): string {
  const url = ruleDocUrl(rule);
  return url === null ? escapeMarkdown(rule) : `[${escapeMarkdown(rule)}](${url})`;
}

function violationTable(result: WorkOrderResult, source: SourceLinks | null): string[] {
  const out = ["| Line | Section | Rule | What is wrong and what to do |", "|---:|---|---|---|"];
  for (const v of result.violations) {
    const section = v.section === null ? "" : escapeMarkdown(v.section);
    out.push(`| ${lineCell(source, result.file, v.line)} | ${section} | ${ruleCell(v.rule)} | ${escapeMarkdown(v.message)} |`);
  }
  return out;
}

/** The report's scan findings (`ScanResult`), or none when nothing was scanned. */
export function scanFindings(report: CheckReport): Finding[] {
  const scan = ScanResult.safeParse(report.scan);
  return scan.success ? scan.data.findings : [];
}

function scanSection(report: CheckReport, source: SourceLinks | null): string[] {
  const scan = ScanResult.safeParse(report.scan);
  if (!scan.success) return [];
  const { findings, suppressionErrors } = scan.data;
  const out = ["", "### Startup-migration scan", ""];
  if (findings.length === 0 && suppressionErrors.length === 0) return [...out, "No migration runs on application or container start."];
  if (findings.length > 0) {
    out.push("| File | Line | Trigger | Tool | Finding | What runs and what to do |", "|---|---:|---|---|---|---|");
    for (const f of findings) {
      const level = f.trigger === "build" ? "⚠️ build (warning)" : `❌ ${f.trigger}`;
      out.push(
        `| ${escapeMarkdown(f.file)} | ${lineCell(source, f.file, f.line)} | ${level} | ${escapeMarkdown(f.tool)} | ${escapeMarkdown(f.rule)} | ${escapeMarkdown(`${f.explanation} ${f.fix}`)} |`,
      );
    }
  }
  if (suppressionErrors.length > 0) {
    out.push("", "| File | Line | Suppression that does not suppress |", "|---|---:|---|");
    for (const e of suppressionErrors) out.push(`| ${escapeMarkdown(e.file)} | ${lineCell(source, e.file, e.line)} | ${escapeMarkdown(e.message)} |`);
  }
  return out;
}

export function renderMarkdown(report: CheckReport, options: MarkdownOptions = {}): string {
  const source = options.source ?? null;
  const n = report.workOrders.length;
  const out: string[] = [`## ${VERDICT[report.decision]} — migration work-order gate`, ""];
  out.push(n === 0 ? "No work order to check." : `${n} work order${n === 1 ? "" : "s"} checked; every rule is a hard STOP.`, "");
  for (const note of options.notes ?? []) out.push(`- ⚠️ ${escapeMarkdown(note)}`);
  if (options.notes?.length) out.push("");
  if (n > 0) {
    out.push("| Work order | Title | Decision | Violations |", "|---|---|---|---:|");
    for (const w of report.workOrders) {
      const title = w.workOrder === null ? "(no work order declares it)" : escapeMarkdown(w.workOrder.title.text);
      out.push(`| ${escapeMarkdown(w.file)} | ${title} | ${VERDICT[w.decision]} | ${w.violations.length} |`);
    }
  }
  const shown = options.detailed ? report.workOrders : report.workOrders.filter((r) => r.violations.length > 0 || r.repository !== null);
  for (const w of shown) {
    out.push("", `### ${VERDICT[w.decision].split(" ")[0]} ${escapeMarkdown(w.file)}`, "");
    const facts = verifiedFacts(w.repository);
    if (facts.length > 0) out.push(...facts.map((f) => `- ${escapeMarkdown(f)}`), ...governanceLinks(w, source), "");
    if (options.detailed && w.workOrder !== null) out.push(...ruleGroupTable(w), "");
    if (w.violations.length > 0) out.push(...violationTable(w, source));
    if (options.detailed) out.push(...extractedBlock(w));
  }
  if (options.detailed) out.push(...scanSection(report, source));
  return `${out.join("\n")}\n`;
}
