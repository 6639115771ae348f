import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  wantsColor
} from "./chunk-6ZXNEKPO.js";
import {
  terminalSafe
} from "./chunk-RV5BQCYO.js";
import {
  escapeMarkdown
} from "./chunk-CVBJORNT.js";

// src/authorize/renderAuthorization.ts
var VERDICT = { allow: "\u2705 allow", deny: "\u274C deny" };
var SOURCE = {
  migrations: "the migrations given",
  "pending-from": "added since",
  heads: "the heads of every migration graph"
};
var short = (sha) => sha === null ? "-" : sha.slice(0, 7);
function selectionText(r) {
  return r.selection.source === "pending-from" ? `${SOURCE["pending-from"]} ${r.selection.pendingFrom ?? ""}` : SOURCE[r.selection.source];
}
function protectionText(r) {
  const p = r.environmentProtection;
  if (p === null) return null;
  if (p.exists === null) return `GitHub Environment ${p.name}: could not be read`;
  if (!p.exists) return `GitHub Environment ${p.name}: does not exist`;
  const users = p.requiredReviewers.users.map((u) => `@${u}`);
  const teams = p.requiredReviewers.teams.map((t) => `team ${t}`);
  return `GitHub Environment ${p.name}: required reviewers ${[...users, ...teams].join(", ") || "none"}`;
}
function approverText(a) {
  const who = `${a.name} ${a.login === null ? "(no GitHub login in policy data)" : `@${a.login}`}`;
  return a.reviewId === null ? `${who}: no review` : `${who}: review ${a.reviewId} ${a.state ?? ""} on ${short(a.commitSha)}`;
}
function renderAuthorizationText(r, options) {
  const paint = (code2, text) => options.color ? `\x1B[${code2}m${text}\x1B[39m` : text;
  const verdict = (v) => v === "allow" ? paint(32, "allow") : paint(31, "deny ");
  const lines = [
    `${verdict(r.decision)}  deploy to ${terminalSafe(r.environment.name)} at ${short(r.deployedCommit)}`,
    `migrations (${terminalSafe(selectionText(r))}):${r.migrations.length === 0 ? " none" : ""}`
  ];
  for (const m of r.migrations) {
    const declared = m.workOrders.length === 0 ? "no work order" : m.workOrders.join(", ");
    lines.push(`  ${verdict(m.decision)}  ${terminalSafe(`${m.tool ?? "?"} ${m.id}  ${m.file ?? ""}  <- ${declared}`)}`);
  }
  if (r.workOrders.length > 0) lines.push("work orders:");
  for (const w of r.workOrders) {
    const pr = w.pullRequest ? `pull request #${w.pullRequest.number}, head ${short(w.pullRequest.headSha)}` : "no pull request";
    lines.push(`  ${verdict(w.decision)}  ${terminalSafe(`${w.id ?? "(no id)"}  ${w.file}  ${pr}`)}`);
    for (const a of w.approvers) lines.push(`         ${terminalSafe(approverText(a))}`);
  }
  const protection = protectionText(r);
  if (protection) lines.push(terminalSafe(protection));
  for (const v of r.violations) {
    const where = v.file === null ? "(deploy)" : v.line === null ? v.file : `${v.file}:${v.line}`;
    lines.push(`  ${terminalSafe(where)}  ${paint(2, v.rule)}  ${terminalSafe(v.message)}`);
  }
  return `${lines.join("\n")}
`;
}
function fenced(text, info) {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const marks = "`".repeat(longest + 1);
  return [`${marks}${info}`, text, marks];
}
var cell = (text) => text === null ? "" : escapeMarkdown(text);
var code = (sha) => sha === null ? "" : `\`${short(sha)}\``;
function renderAuthorizationMarkdown(r) {
  const out = [
    `## ${VERDICT[r.decision]} \u2014 deploy authorization: ${escapeMarkdown(r.environment.name)}`,
    "",
    `Deployed commit ${code(r.deployedCommit) || "unknown"}; migrations: ${escapeMarkdown(selectionText(r))}. No migration may proceed without its work order approved.`,
    ""
  ];
  if (r.migrations.length === 0) out.push("No migration is about to run.", "");
  else {
    out.push("| Migration | Tool | File | Work order | Decision |", "|---|---|---|---|---|");
    for (const m of r.migrations) {
      const declared = m.workOrders.length === 0 ? "(none)" : m.workOrders.map(escapeMarkdown).join("<br>");
      out.push(`| ${cell(m.id)} | ${cell(m.tool)} | ${cell(m.file)} | ${declared} | ${VERDICT[m.decision]} |`);
    }
    out.push("");
  }
  if (r.workOrders.length > 0) {
    out.push("| Work order | File | Pull request | Approver | Login | Review | On commit | Decision |", "|---|---|---|---|---|---:|---|---|");
    for (const w of r.workOrders) {
      const pr = w.pullRequest ? `#${w.pullRequest.number} (head ${code(w.pullRequest.headSha)})` : "(none)";
      const rows = w.approvers.length ? w.approvers : [null];
      for (const a of rows) {
        out.push(
          `| ${cell(w.id)} | ${cell(w.file)} | ${pr} | ${cell(a?.name ?? null)} | ${a?.login ? escapeMarkdown(`@${a.login}`) : ""} | ${a?.reviewId ?? ""} | ${code(a?.commitSha ?? null)} | ${VERDICT[w.decision]} |`
        );
      }
    }
    out.push("");
  }
  const protection = protectionText(r);
  if (protection) out.push(escapeMarkdown(protection), "");
  if (r.violations.length > 0) {
    out.push("| File | Line | Rule | What is wrong and what to do |", "|---|---:|---|---|");
    for (const v of r.violations) out.push(`| ${cell(v.file ?? "(deploy)")} | ${v.line ?? ""} | ${escapeMarkdown(v.rule)} | ${escapeMarkdown(v.message)} |`);
    out.push("");
  }
  out.push("<details><summary>Authorization record (JSON)</summary>", "", ...fenced(JSON.stringify(r, null, 2), "json"), "", "</details>");
  return `${out.join("\n")}
`;
}
function renderAuthorization(r, format, stdout) {
  switch (format) {
    case "text":
      return renderAuthorizationText(r, { color: wantsColor(stdout) });
    case "json":
      return `${JSON.stringify(r, null, 2)}
`;
    case "markdown":
      return renderAuthorizationMarkdown(r);
  }
}

export {
  renderAuthorizationText,
  renderAuthorizationMarkdown,
  renderAuthorization
};
