import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  terminalSafe
} from "./chunk-RV5BQCYO.js";
import {
  denyingFindings
} from "./chunk-UPRZOTWU.js";
import "./chunk-SCBUJERJ.js";
import "./chunk-KAUMNO2H.js";

// src/scan/renderText.ts
function block(f, extra) {
  const where = `${terminalSafe(f.file)}:${f.line}:${f.column}`;
  const kind = f.trigger === "build" ? "warning (build time)" : "startup migration";
  return [
    `${where}: ${kind} [${f.trigger}, ${f.tool}, ${f.rule}]${extra ? ` ${extra}` : ""}`,
    `    ${terminalSafe(f.snippet)}`,
    `    why: ${terminalSafe(f.explanation)}`,
    `    fix: ${terminalSafe(f.fix)}`
  ];
}
function renderScanText(result) {
  const out = [];
  for (const f of result.findings) out.push(...block(f), "");
  for (const s of result.suppressed) out.push(...block(s, `suppressed: ${terminalSafe(s.reason)}`), "");
  for (const e of result.suppressionErrors) out.push(`${terminalSafe(e.file)}:${e.line}: error: ${terminalSafe(e.message)}`);
  for (const s of result.skipped) out.push(`skipped ${terminalSafe(s.file)}: ${terminalSafe(s.reason)}`);
  const denying = denyingFindings(result).length;
  const build = result.findings.length - denying;
  out.push(
    `${denying} startup migration(s), ${build} build-time warning(s), ${result.suppressed.length} suppressed, ${result.suppressionErrors.length} bad suppression(s), ${result.skipped.length} skipped`
  );
  return `${out.join("\n")}
`;
}
export {
  renderScanText
};
