/**
 * `wo-gate scan --format text`: one block per finding (location, trigger, tool, rule, the line,
 * why and how to fix), then suppressions, bad suppressions and skipped files. Repository text is
 * untrusted: control characters are escaped so a file cannot drive the terminal.
 */
import { terminalSafe as printable } from "../report/terminalSafe.js";
import { denyingFindings, type Finding, type ScanResult } from "./schema.js";


function block(f: Finding, extra?: string): string[] {
  const where = `${printable(f.file)}:${f.line}:${f.column}`;
  const kind = f.trigger === "build" ? "warning (build time)" : "startup migration";
  return [
    `${where}: ${kind} [${f.trigger}, ${f.tool}, ${f.rule}]${extra ? ` ${extra}` : ""}`,
    `    ${printable(f.snippet)}`,
    `    why: ${printable(f.explanation)}`,
    `    fix: ${printable(f.fix)}`,
  ];
}

export function renderScanText(result: ScanResult): string {
  const out: string[] = [];
  for (const f of result.findings) out.push(...block(f), "");
  for (const s of result.suppressed) out.push(...block(s, `suppressed: ${printable(s.reason)}`), "");
  for (const e of result.suppressionErrors) out.push(`${printable(e.file)}:${e.line}: error: ${printable(e.message)}`);
  for (const s of result.skipped) out.push(`skipped ${printable(s.file)}: ${printable(s.reason)}`);
  const denying = denyingFindings(result).length;
  const build = result.findings.length - denying;
  out.push(
    `${denying} startup migration(s), ${build} build-time warning(s), ${result.suppressed.length} suppressed, ${result.suppressionErrors.length} bad suppression(s), ${result.skipped.length} skipped`,
  );
  return `${out.join("\n")}\n`;
}
