/**
 * The check report as SARIF 2.1.0, for GitHub code scanning (`github/codeql-action/upload-sarif`).
 * One run; its rules are the gate's rule table (id, title, description, why and how to change,
 * from the Rego METADATA), its results every violation (located at the work-order line) and every
 * startup-migration finding (located where the migration runs, under `startup-migration`, the
 * gate rule it feeds). Build-time findings are warnings, as everywhere else (decisions.md).
 * Paths are repository-relative URIs under %SRCROOT%, so code scanning maps them to the checkout.
 */
import { createHash } from "node:crypto";
import type { Location, Log, ReportingDescriptor, Result } from "sarif";
import { RULES, type Rule } from "../decision/rules.js";
import { NO_WORK_ORDER, type CheckReport } from "./checkReport.js";
import { scanFindings } from "./renderMarkdown.js";
import { ruleDocUrl } from "./ruleLinks.js";

export const SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

export interface SarifTool {
  name: string;
  version: string;
}

/** The rule the scanner's findings are reported under. */
const SCAN_RULE = "startup-migration";

function descriptor(rule: Rule): ReportingDescriptor {
  const help = `${rule.description}\n\nWhy it matters: ${rule.why}\n\nFails: ${rule.example.fails}\nPasses: ${rule.example.fixed}\n\nChanging it: ${rule.change}`;
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z])/g, (_, __: string, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    help: { text: help },
    ...(ruleDocUrl(rule.id) ? { helpUri: ruleDocUrl(rule.id) ?? undefined } : {}),
    defaultConfiguration: { level: "error" },
    properties: { tags: ["migration", ...rule.needs.map((n) => n.replace(/\s+/g, "-"))], section: rule.section },
  };
}

/** A repository-relative path as a URI reference (each segment percent-encoded). */
function uriOf(file: string): string {
  return file.split("/").map(encodeURIComponent).join("/");
}

function location(file: string, line: number | null): Location {
  return {
    physicalLocation: {
      artifactLocation: { uri: uriOf(file), uriBaseId: "%SRCROOT%" },
      // Code scanning needs a region; a violation with no line (an absent section) points at the top.
      region: { startLine: line ?? 1 },
    },
  };
}

/** Stable across runs and line moves, so code scanning tracks one alert per problem. */
function fingerprint(...parts: string[]): Record<string, string> {
  return { "woMigrationGate/v1": createHash("sha256").update(parts.join("\u0000")).digest("hex") };
}

export function renderSarif(report: CheckReport, tool: SarifTool): Log {
  const index = new Map(RULES.map((r, i) => [r.id, i]));
  const result = (ruleId: string, level: Result.level, text: string, file: string, line: number | null): Result => ({
    ruleId,
    ...(index.has(ruleId) ? { ruleIndex: index.get(ruleId) } : {}),
    level,
    message: { text },
    ...(file === NO_WORK_ORDER ? {} : { locations: [location(file, line)] }),
    partialFingerprints: fingerprint(ruleId, file, text),
  });
  const results: Result[] = [];
  for (const w of report.workOrders) {
    for (const v of w.violations) results.push(result(v.rule, "error", v.message, w.file, v.line));
  }
  for (const f of scanFindings(report)) {
    const text = `${f.explanation} ${f.fix} (${f.rule}, ${f.trigger}, ${f.tool})`;
    results.push(result(SCAN_RULE, f.trigger === "build" ? "warning" : "error", text, f.file, f.line));
  }
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: tool.name, semanticVersion: tool.version, rules: RULES.map(descriptor) } },
        columnKind: "unicodeCodePoints",
        results,
      },
    ],
  };
}
