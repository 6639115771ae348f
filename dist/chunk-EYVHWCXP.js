import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  escapeMarkdown,
  ruleDocUrl,
  verifiedFacts
} from "./chunk-CVBJORNT.js";
import {
  RULES
} from "./chunk-DZUAVWCX.js";
import {
  ScanResult
} from "./chunk-UPRZOTWU.js";

// src/report/renderMarkdown.ts
var VERDICT = { allow: "\u2705 allow", deny: "\u274C deny" };
function sourceUrl(source, file, line) {
  const path = file.split("/").map((s) => encodeURIComponent(s).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
  const base = `${source.serverUrl.replace(/\/+$/, "")}/${source.owner}/${source.repo}/blob/${source.sha}/${path}`;
  return line === null ? base : `${base}#L${line}`;
}
function lineCell(source, file, line) {
  if (line === null) return source ? `[file](${sourceUrl(source, file, null)})` : "";
  return source ? `[${line}](${sourceUrl(source, file, line)})` : String(line);
}
var sectionsOf = (section) => section.split(",").map((s) => s.trim()).filter(Boolean);
var GROUPS = RULES.reduce((groups, rule) => {
  for (const section of sectionsOf(rule.section)) {
    const group = groups.find((g) => g.section === section);
    if (group) group.rules.push(rule.id);
    else groups.push({ section, rules: [rule.id] });
  }
  return groups;
}, []);
function groupOfViolation(v) {
  const own = v.section === null ? void 0 : sectionsOf(v.section)[0];
  if (own !== void 0 && GROUPS.some((g) => g.section === own && g.rules.includes(v.rule))) return own;
  return GROUPS.find((g) => g.rules.includes(v.rule))?.section;
}
function ruleGroupTable(result) {
  const rows = GROUPS.map(({ section }) => {
    const failed = result.violations.filter((v) => groupOfViolation(v) === section).length;
    const outcome = failed === 0 ? "\u2705 pass" : `\u274C fail (${failed})`;
    const rules = GROUPS.find((g) => g.section === section)?.rules ?? [];
    return `| ${section} | ${rules.map((id) => `\`${id}\``).join(" ")} | ${outcome} |`;
  });
  const unknown = result.violations.filter((v) => groupOfViolation(v) === void 0);
  if (unknown.length > 0) rows.push(`| other | ${[...new Set(unknown.map((v) => escapeMarkdown(v.rule)))].join(" ")} | \u274C fail (${unknown.length}) |`);
  return ["| Rule group | Rules | Result |", "|---|---|---|", ...rows];
}
function fenced(text, info) {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const marks = "`".repeat(longest + 1);
  return [`${marks}${info}`, text, marks];
}
function extractedBlock(result) {
  if (result.workOrder === null) return [];
  return ["", "<details><summary>Extracted work order (JSON)</summary>", "", ...fenced(JSON.stringify(result.workOrder, null, 2), "json"), "", "</details>"];
}
function governanceLinks(result, source) {
  const g = result.repository?.governance;
  if (!g || !source) return [];
  const found = [g.systemSpec.path, g.playbook.path].filter((p) => p !== null);
  if (found.length === 0) return [];
  return [`- \xA72 references: ${found.map((p) => `[${escapeMarkdown(p)}](${sourceUrl(source, p, null)})`).join(" \xB7 ")}`];
}
function ruleCell(rule) {
  const url = ruleDocUrl(rule);
  return url === null ? escapeMarkdown(rule) : `[${escapeMarkdown(rule)}](${url})`;
}
function violationTable(result, source) {
  const out = ["| Line | Section | Rule | What is wrong and what to do |", "|---:|---|---|---|"];
  for (const v of result.violations) {
    const section = v.section === null ? "" : escapeMarkdown(v.section);
    out.push(`| ${lineCell(source, result.file, v.line)} | ${section} | ${ruleCell(v.rule)} | ${escapeMarkdown(v.message)} |`);
  }
  return out;
}
function scanFindings(report) {
  const scan = ScanResult.safeParse(report.scan);
  return scan.success ? scan.data.findings : [];
}
function scanSection(report, source) {
  const scan = ScanResult.safeParse(report.scan);
  if (!scan.success) return [];
  const { findings, suppressionErrors } = scan.data;
  const out = ["", "### Startup-migration scan", ""];
  if (findings.length === 0 && suppressionErrors.length === 0) return [...out, "No migration runs on application or container start."];
  if (findings.length > 0) {
    out.push("| File | Line | Trigger | Tool | Finding | What runs and what to do |", "|---|---:|---|---|---|---|");
    for (const f of findings) {
      const level = f.trigger === "build" ? "\u26A0\uFE0F build (warning)" : `\u274C ${f.trigger}`;
      out.push(
        `| ${escapeMarkdown(f.file)} | ${lineCell(source, f.file, f.line)} | ${level} | ${escapeMarkdown(f.tool)} | ${escapeMarkdown(f.rule)} | ${escapeMarkdown(`${f.explanation} ${f.fix}`)} |`
      );
    }
  }
  if (suppressionErrors.length > 0) {
    out.push("", "| File | Line | Suppression that does not suppress |", "|---|---:|---|");
    for (const e of suppressionErrors) out.push(`| ${escapeMarkdown(e.file)} | ${lineCell(source, e.file, e.line)} | ${escapeMarkdown(e.message)} |`);
  }
  return out;
}
function renderMarkdown(report, options = {}) {
  const source = options.source ?? null;
  const n = report.workOrders.length;
  const out = [`## ${VERDICT[report.decision]} \u2014 migration work-order gate`, ""];
  out.push(n === 0 ? "No work order to check." : `${n} work order${n === 1 ? "" : "s"} checked; every rule is a hard STOP.`, "");
  for (const note of options.notes ?? []) out.push(`- \u26A0\uFE0F ${escapeMarkdown(note)}`);
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
  return `${out.join("\n")}
`;
}

export {
  scanFindings,
  renderMarkdown
};
