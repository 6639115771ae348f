/**
 * Local, explicit suppression (as Ruff's `noqa`): a comment
 * `wo-gate: allow-startup-migration <reason>` on the finding's line or the line above moves the
 * finding to `suppressed` with its reason. Without a reason it suppresses nothing: the finding
 * stands and the bad comment is reported beside it (decisions.md).
 */
import type { Finding, SuppressedFinding, SuppressionError } from "./schema.js";

const MARKER = /wo-gate:\s*allow-startup-migration\b(.*)$/;

/** The suppression on one line, if any: its reason ("" when missing). */
export function suppressionOn(line: string): string | undefined {
  const m = MARKER.exec(line);
  if (!m) return undefined;
  return m[1]!.replace(/(\*\/|-->|%>|#>)\s*$/, "").trim();
}

export function applySuppressions(
  findings: readonly Finding[],
  lineOf: (file: string, line: number) => string,
): { findings: Finding[]; suppressed: SuppressedFinding[]; suppressionErrors: SuppressionError[] } {
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  const errors = new Map<string, SuppressionError>();
  for (const f of findings) {
    const candidates = [f.line, f.line - 1].filter((n) => n >= 1);
    const hit = candidates.map((n) => ({ n, reason: suppressionOn(lineOf(f.file, n)) })).find((c) => c.reason !== undefined);
    if (hit && hit.reason) suppressed.push({ ...f, reason: hit.reason });
    else {
      kept.push(f);
      if (hit) {
        errors.set(`${f.file}:${hit.n}`, { file: f.file, line: hit.n, message: "suppression without a reason: write `wo-gate: allow-startup-migration <reason>`" });
      }
    }
  }
  return { findings: kept, suppressed, suppressionErrors: [...errors.values()] };
}
