import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  resolveEnvironment
} from "./chunk-3CCANE43.js";
import {
  adapterById,
  matchTool,
  recordsNamed
} from "./chunk-ATQUB5NK.js";
import {
  checkoutSource
} from "./chunk-GXQNBKXA.js";
import {
  UnreadableFile,
  baseName,
  compareText,
  compareVersions,
  headsOf,
  primaryRecords,
  readInventory,
  recordsOf,
  unique
} from "./chunk-W3MZGTBC.js";
import {
  defaultPolicyDir,
  prepareGateData,
  readPolicyData
} from "./chunk-ARVGU37P.js";
import {
  scanRepository
} from "./chunk-EOBVVYWT.js";
import "./chunk-B6FR4GSX.js";
import {
  denyingFindings
} from "./chunk-UPRZOTWU.js";
import "./chunk-3AABUXT5.js";
import {
  calendarDate,
  extractWorkOrder
} from "./chunk-QQRUVNBB.js";
import "./chunk-DTZL3BRS.js";
import "./chunk-322VWJWO.js";
import {
  InputError,
  inputError
} from "./chunk-WG3IXMWM.js";
import "./chunk-SCBUJERJ.js";
import {
  GitUnavailable,
  lastCommitTime
} from "./chunk-76NZYPJB.js";
import "./chunk-KAUMNO2H.js";

// src/authoring/newWorkOrder.ts
import path from "node:path";

// src/authoring/chooseMigration.ts
var where = (r) => `${r.file}${r.line ? `:${r.line}` : ""}`;
function toolAdapter(tool) {
  const adapter = adapterById(tool) ?? matchTool(tool);
  if (!adapter) throw new InputError(`--tool: no migration adapter for ${JSON.stringify(tool)} (wo-gate migrations lists the tools it reads)`);
  if (!adapter.versioned) throw new InputError(`--tool: ${adapter.name} has no versioned migration files to declare`);
  return adapter;
}
function assertReadable(inv, adapter) {
  const problem = inv.problems.find((p) => adapter === null || p.tool === adapter.id);
  if (problem) throw inputError(problem.file, `cannot read this ${problem.tool} migration: ${problem.reason}`, problem.line);
}
function candidateMigrations(inv, adapter) {
  return adapter ? recordsOf(inv, adapter.id) : primaryRecords(inv);
}
function namedMigration(candidates, ref) {
  const named = recordsNamed(candidates, ref);
  if (named.length === 0) throw new InputError(`--migration: no migration in the repository is named ${JSON.stringify(ref)} (wo-gate migrations lists them)`);
  if (named.length > 1) {
    const list = named.map((r) => `${r.tool} ${r.id} (${where(r)})`).join(", ");
    throw new InputError(`--migration: ${JSON.stringify(ref)} names several migrations: ${list}; name one by its file`);
  }
  return named[0];
}
function headMigrations(inv, candidates) {
  const heads = /* @__PURE__ */ new Set();
  for (const tool of unique(candidates.map((r) => r.tool))) {
    const records = recordsOf(inv, tool);
    for (const group of unique(candidates.filter((r) => r.tool === tool).map((r) => r.group))) {
      for (const id of headsOf(records, group)) heads.add(`${tool}\0${group}\0${id}`);
    }
  }
  return candidates.filter((r) => heads.has(`${r.tool}\0${r.group}\0${r.id}`));
}
function newestMigration(heads, commitTime) {
  const time = (r) => commitTime(r.file) ?? Number.POSITIVE_INFINITY;
  const newer = (a, b) => time(a) - time(b) || compareVersions(a.version ?? a.id, b.version ?? b.id) || compareText(a.file, b.file) || compareText(a.id, b.id);
  return heads.reduce((best, r) => best === null || newer(r, best) > 0 ? r : best, null);
}
function revisionName(inv, record) {
  const records = recordsOf(inv, record.tool);
  const alone = (name) => {
    const named = recordsNamed(records, name);
    return named.length > 0 && named.every((r) => r.file === record.file && r.id === record.id);
  };
  return [record.id, ...record.names, record.file].find(alone) ?? record.id;
}
function hasWorkingDown(record) {
  return record.down !== null && record.down.exists && !record.down.empty;
}

// src/authoring/dryRunCommands.ts
function shellWord(word) {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
var dir = (m) => shellWord(m.group);
var file = (m) => shellWord(m.file);
var onlyParent = (m) => m.parents?.length === 1 ? m.parents[0] : null;
var DRY_RUN_COMMANDS = {
  // Offline mode prints the SQL; a range needs a single start (a merge or a first migration runs from base).
  alembic: (m) => `alembic upgrade ${shellWord(onlyParent(m) ? `${onlyParent(m)}:${m.id}` : m.id)} --sql`,
  // Django ids are `<app label>.<migration name>`.
  django: (m) => {
    const dot = m.id.indexOf(".");
    return `python manage.py sqlmigrate ${shellWord(m.id.slice(0, dot))} ${shellWord(m.id.slice(dot + 1))}`;
  },
  rails: () => "bin/rails db:migrate:status",
  flyway: (m) => `flyway -locations=${shellWord(`filesystem:${m.group}`)} -target=${shellWord(m.id)} -dryRunOutput=flyway-dry-run.sql migrate && cat flyway-dry-run.sql`,
  // A Liquibase migration's group is the changelog that includes it.
  liquibase: (m) => `liquibase update-sql --changelog-file=${dir(m)}`,
  prisma: (m) => `npx prisma migrate diff --from-url "$DATABASE_URL" --to-migrations ${dir(m)} --shadow-database-url "$SHADOW_DATABASE_URL" --script`,
  diesel: (m) => `diesel migration list --migration-dir ${dir(m)} && cat ${file(m)}`,
  atlas: (m) => `atlas migrate apply --dir ${shellWord(`file://${m.group}`)} --url "$DATABASE_URL" --dry-run`,
  goose: (m) => `goose -dir ${dir(m)} status && cat ${file(m)}`,
  dbmate: (m) => `dbmate --migrations-dir ${dir(m)} status && cat ${file(m)}`,
  "golang-migrate": (m) => `migrate -path ${dir(m)} -database "$DATABASE_URL" version && cat ${file(m)}`,
  sqlx: (m) => `sqlx migrate info --source ${dir(m)} && cat ${file(m)}`,
  typeorm: () => "npx typeorm migration:show -d <path/to/data-source>",
  "mikro-orm": () => "npx mikro-orm migration:pending",
  "node-pg-migrate": (m) => `npx node-pg-migrate up --migrations-dir ${dir(m)} --dry-run`,
  sequelize: () => "npx sequelize-cli db:migrate:status",
  knex: () => "npx knex migrate:list",
  ecto: () => "mix ecto.migrations",
  // `0` is EF Core's name for the empty database.
  "ef-core": (m) => `dotnet ef migrations script ${shellWord(onlyParent(m) ?? "0")} ${shellWord(m.id)}`,
  laravel: () => "php artisan migrate --pretend"
};
function dryRunCommand(m) {
  const entry = Object.prototype.hasOwnProperty.call(DRY_RUN_COMMANDS, m.tool) ? DRY_RUN_COMMANDS[m.tool] : void 0;
  return entry ? entry(m) : null;
}

// src/authoring/markdownText.ts
var CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]/;
function oneLine(text, what) {
  if (CONTROL.test(text)) throw new InputError(`${what} ${JSON.stringify(text)} holds a line break or control character: it cannot be written into a work order`);
  return text;
}
function inlineText(text, what = "the text") {
  return oneLine(text, what).replace(/[\\`*[\]<~]/g, "\\$&").replace(/&(?=#?[a-z0-9]+;)/gi, "\\&").replace(/_/g, (m, at, s) => /[\p{L}\p{N}]/u.test(s[at - 1] ?? "") && /[\p{L}\p{N}]/u.test(s[at + 1] ?? "") ? m : "\\_");
}
function codeSpan(text, what = "the value") {
  oneLine(text, what);
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}
function htmlComment(text) {
  return `<!-- ${text.replace(/\s+/g, " ").replace(/-{2,}/g, (m) => m.split("").join(" "))} -->`;
}

// src/authoring/template.ts
var LINES = [
  "# WO-MIGRATION \u2014 Database Migration Work Order Template (Normative)",
  "",
  "## Authority Chain (MANDATORY \u2014 DO NOT ALTER)",
  "",
  "**Robert (final authority)** \u2192 **CapeAI (planning & governance)** \u2192 **VS_Chat (manager/orchestrator)** \u2192 **Codex (worker/implementer)**",
  "",
  "> **Sandbox only:** `autorisen` (staging)",
  "> \u274C **No production (`capecraft`) deploys, releases, or migrations unless Robert explicitly instructs it**",
  "",
  "---",
  "",
  "## Work Order",
  "",
  "**WO-MIGRATION-XXX \u2014 <Short migration title>**",
  "",
  "- Requested by: <name/role>",
  "- Date: <YYYY-MM-DD>",
  "- Target service/app: <e.g., backend>",
  "- Target database: <name>",
  "",
  "---",
  "",
  "## 1) Authority & Environment",
  "",
  "### Environment Selection (choose exactly one)",
  "",
  "- [ ] local / dev",
  "- [ ] autorisen (staging)",
  "- [ ] capecraft (production \u2014 Robert-only)",
  "",
  "### Required Approval Authority (explicit)",
  "",
  "- local / dev:",
  "  - Approver(s): <name/role>",
  "- autorisen (staging):",
  "  - Approver(s): <name/role>",
  "- capecraft (production \u2014 Robert-only):",
  "  - Approver: **Robert** (mandatory)",
  "",
  "> If environment is ambiguous or multiple environments are checked: **STOP** (reject).",
  "",
  "---",
  "",
  "## 2) Explicit Governance References",
  "",
  "This Work Order is governed by, and MUST comply with:",
  "",
  "- `SYSTEM_SPEC.md \xA76.3 Migration Rules`",
  "- `AUTONOMY_PLAYBOOK.md` (migration constraints)",
  "",
  "No paraphrasing that weakens authority. If any instruction here conflicts with the above, **STOP** and escalate to **Robert**.",
  "",
  "---",
  "",
  "## 3) Migration Intent",
  "",
  "### What is changing?",
  "",
  "- Tables/columns/indexes/constraints affected:",
  "  - <list>",
  "- Data changes (backfill/transform/delete):",
  "  - <list>",
  "",
  "### Why is the migration required?",
  "",
  "- Problem / requirement:",
  "  - <text>",
  "- Impact if not performed:",
  "  - <text>",
  "",
  "### Why no alternative exists?",
  "",
  "- Alternatives considered (and rejected):",
  "  - <list>",
  "- Reason alternatives are not viable:",
  "  - <text>",
  "",
  "---",
  "",
  "## 4) Versioned Migration Declaration",
  "",
  "### Migration Identity",
  "",
  "- Tooling: <e.g., Alembic>",
  "- Migration ID / revision:",
  "  - <revision>",
  "- Down revision(s):",
  "  - <down_revision>",
  "- Branch labels / dependencies (if any):",
  "  - <values>",
  "",
  "### Mandatory Confirmations (must be explicitly answered)",
  "",
  "- [ ] No automatic startup migrations exist (no implicit migrations on app/container start).",
  "- [ ] Migration is versioned (checked into the repo) and reviewable.",
  "- [ ] Migration is reversible.",
  "  - If NOT reversible, explain why and provide compensating controls:",
  "    - <text>",
  "",
  "---",
  "",
  "## 5) Rollback Plan (MANDATORY)",
  "",
  "> \u201CNo rollback plan\u201D = automatic rejection.",
  "",
  "### Exact Rollback Steps",
  "",
  "1. <step>",
  "2. <step>",
  "3. <step>",
  "",
  "### Rollback Triggers (conditions that force rollback)",
  "",
  "- <trigger>",
  "- <trigger>",
  "",
  "### Post-Rollback Verification",
  "",
  "- Health checks to run:",
  "  - <commands/endpoints>",
  "- Data integrity checks:",
  "  - <queries/criteria>",
  "- Confirmation of restored application behavior:",
  "  - <criteria>",
  "",
  "---",
  "",
  "## 6) Evidence Pack Checklist (PASTE OUTPUTS)",
  "",
  "All items below MUST be attached (paste outputs or provide links to captured logs).",
  "",
  "### Required Evidence (pre-approval)",
  "",
  "- [ ] Target environment confirmation (from Section 1)",
  "- [ ] Schema diff or clear schema change description",
  "- [ ] Dry-run output (if applicable to the tooling/environment)",
  "- [ ] Backup confirmation (where applicable)",
  "",
  "### Evidence Attachments",
  "",
  "#### Dry-run / Plan Output (paste)",
  "",
  "```text",
  "<paste output here>",
  "```",
  "",
  "#### Schema Diff or Change Description (paste)",
  "",
  "```text",
  "<paste diff/description here>",
  "```",
  "",
  "#### Backup Confirmation (where applicable) (paste)",
  "",
  "```text",
  "<paste evidence here>",
  "```",
  "",
  "---",
  "",
  "## 7) Hard STOP Conditions",
  "",
  "If ANY of the following are true, the migration MUST NOT proceed:",
  "",
  "- Missing required approval for the selected environment",
  "- Environment ambiguity (multiple environments selected, or not explicitly selected)",
  "- Unversioned migration (not committed/reviewable)",
  "- Implicit or startup-triggered migrations (automatic migrations on app/container start)",
  "- Missing rollback plan",
  "- Evidence pack incomplete or not pasted",
  "- Any instruction conflicts with `SYSTEM_SPEC.md \xA76.3 Migration Rules` or `AUTONOMY_PLAYBOOK.md`",
  "",
  "---",
  "",
  "## 8) Final Approval Gate",
  "",
  "> \u201CNo migration may proceed without this Work Order approved.\u201D",
  "",
  "### Approval Sign-Off",
  "",
  "- [ ] Approver name / role: <SIGNATURE>",
  "- [ ] Date: <YYYY-MM-DD>",
  "",
  "### Robert Approval (mandatory for capecraft)",
  "",
  "- [ ] Robert approval (required for capecraft/production): <SIGNATURE>",
  "- [ ] Date: <YYYY-MM-DD>"
];
var WORK_ORDER_TEMPLATE = `${LINES.join("\n")}
`;

// src/authoring/renderWorkOrder.ts
function replaceLines(text, from, to) {
  const block = `
${from.join("\n")}
`;
  const at = text.indexOf(block);
  if (at === -1 || text.indexOf(block, at + 1) !== -1) {
    throw new Error(`the work-order template does not hold exactly one ${JSON.stringify(from[0])} block`);
  }
  return `${text.slice(0, at)}
${to.join("\n")}
${text.slice(at + block.length)}`;
}
var box = (checked, label, note = null) => `- [${checked ? "x" : " "}] ${label}${note ? ` ${htmlComment(`wo-gate new: ${note}`)}` : ""}`;
var TEMPLATE_READ = extractWorkOrder(WORK_ORDER_TEMPLATE, "WO-MIGRATION-TEMPLATE.md");
var TEMPLATE_CHAIN = "**Robert (final authority)** \u2192 **CapeAI (planning & governance)** \u2192 **VS_Chat (manager/orchestrator)** \u2192 **Codex (worker/implementer)**";
var TEMPLATE_RESTRICTION = "> \u274C **No production (`capecraft`) deploys, releases, or migrations unless Robert explicitly instructs it**";
function header(text, policy) {
  let out = text;
  if (TEMPLATE_READ.authorityChain?.text !== policy.authorityChain) {
    const parts = policy.authorityChain.split(/\s*→\s*/).map((part) => `**${inlineText(part, "the authority chain")}**`);
    out = replaceLines(out, [TEMPLATE_CHAIN], [parts.join(" \u2192 ")]);
  }
  if (!TEMPLATE_READ.plainLines.some((l) => l.text.includes(policy.restrictionLine))) {
    out = replaceLines(out, [TEMPLATE_RESTRICTION], [`> \u274C **${inlineText(policy.restrictionLine, "the restriction line")}**`]);
  }
  return out;
}
function section1(text, draft, policy) {
  const boxes = policy.environments.map((env) => box(env.key === draft.environment, inlineText(env.label, "an environment label")));
  const approvers = policy.environments.flatMap((env) => [
    `- ${inlineText(env.label, "an environment label")}:`,
    env.key === policy.production ? `  - Approver: **${inlineText(policy.finalAuthority, "the final authority")}** (mandatory)` : `  - Approver(s): ${env.approvers.length > 0 ? env.approvers.map((a) => inlineText(a, "an approver")).join("; ") : "<name/role>"}`
  ]);
  const withBoxes = replaceLines(text, ["- [ ] local / dev", "- [ ] autorisen (staging)", "- [ ] capecraft (production \u2014 Robert-only)"], boxes);
  return replaceLines(
    withBoxes,
    [
      "- local / dev:",
      "  - Approver(s): <name/role>",
      "- autorisen (staging):",
      "  - Approver(s): <name/role>",
      "- capecraft (production \u2014 Robert-only):",
      "  - Approver: **Robert** (mandatory)"
    ],
    approvers
  );
}
var TEMPLATE_REFERENCES = ["- `SYSTEM_SPEC.md \xA76.3 Migration Rules`", "- `AUTONOMY_PLAYBOOK.md` (migration constraints)"];
function section2(text, policy) {
  const items = policy.governanceReferences.map(
    (ref) => TEMPLATE_REFERENCES.find((item) => item.includes(`\`${ref}\``)) ?? `- ${codeSpan(ref, "a governance reference")}`
  );
  return replaceLines(text, TEMPLATE_REFERENCES, items);
}
function section4(text, draft) {
  const m = draft.migration;
  let out = text;
  if (m) {
    out = replaceLines(
      out,
      ["- Tooling: <e.g., Alembic>", "- Migration ID / revision:", "  - <revision>", "- Down revision(s):", "  - <down_revision>"],
      [
        `- Tooling: ${inlineText(m.tooling, "the tool name")}`,
        "- Migration ID / revision:",
        `  - ${codeSpan(m.revision, "the revision")} (${codeSpan(m.file, "the migration file")})`,
        "- Down revision(s):",
        ...m.downRevisions.length > 0 ? m.downRevisions.map((d) => `  - ${codeSpan(d, "the down revision")}`) : ["  - None"]
      ]
    );
  }
  const startup = draft.startup;
  const startupNote = startup.status === "clean" ? null : startup.status === "unavailable" ? `the startup-migration scan could not finish (${startup.reason}): run wo-gate scan, then answer this box` : `the startup-migration scan finds ${startup.findings.length} migration(s) run on start: ${startup.findings.slice(0, 5).map((f) => `${f.file}:${f.line} (${f.trigger})`).join(", ")}${startup.findings.length > 5 ? ", \u2026" : ""}; remove them (wo-gate scan lists them), then check this box`;
  const versionedNote = !m ? "no migration found in the repository: wo-gate migrations lists what the gate reads" : m.tracked ? null : `${m.file} is not committed yet: commit it, then check this box`;
  const reversibleNote = !m ? null : m.notReversible;
  return replaceLines(
    out,
    [
      "- [ ] No automatic startup migrations exist (no implicit migrations on app/container start).",
      "- [ ] Migration is versioned (checked into the repo) and reviewable.",
      "- [ ] Migration is reversible."
    ],
    [
      box(startup.status === "clean", "No automatic startup migrations exist (no implicit migrations on app/container start).", startupNote),
      box(m?.tracked ?? false, "Migration is versioned (checked into the repo) and reviewable.", versionedNote),
      box(m !== null && m.notReversible === null, "Migration is reversible.", reversibleNote)
    ]
  );
}
function section6(text, draft) {
  const command = draft.migration?.dryRun;
  if (!command) return text;
  return replaceLines(
    text,
    ["#### Dry-run / Plan Output (paste)", ""],
    ["#### Dry-run / Plan Output (paste)", "", `Run ${codeSpan(command, "the dry-run command")} and paste its output:`, ""]
  );
}
function renderWorkOrder(draft, policy) {
  if (!/^\d+$/.test(draft.number)) throw new Error(`work-order number ${JSON.stringify(draft.number)} is not digits`);
  const title = draft.migration ? `Apply ${codeSpan(draft.migration.revision, "the revision")} (${inlineText(draft.migration.tooling, "the tool name")})` : "<Short migration title>";
  let text = header(WORK_ORDER_TEMPLATE, policy);
  text = replaceLines(text, ["**WO-MIGRATION-XXX \u2014 <Short migration title>**"], [`**WO-MIGRATION-${draft.number} \u2014 ${title}**`]);
  text = replaceLines(text, ["- Date: <YYYY-MM-DD>"], [`- Date: ${draft.date}`]);
  text = section1(text, draft, policy);
  text = section2(text, policy);
  text = section4(text, draft);
  return section6(text, draft);
}

// src/authoring/newWorkOrder.ts
var WORK_ORDER_FILE = /^WO-MIGRATION-(\d+)(?!\d)[^/]*\.md$/i;
var TITLE_MENTION = "WO-MIGRATION-";
function nextWorkOrderNumber(used) {
  const highest = used.reduce((best, n) => best === null || BigInt(n) > BigInt(best) ? n : best, null);
  if (highest === null) return "1";
  const next = (BigInt(highest) + 1n).toString();
  return highest.startsWith("0") ? next.padStart(highest.length, "0") : next;
}
function usedWorkOrderNumbers(source) {
  const used = [];
  for (const file2 of source.paths) {
    if (!/\.md$/i.test(file2)) continue;
    const named = WORK_ORDER_FILE.exec(baseName(file2));
    if (named) used.push(named[1]);
    let text;
    try {
      text = source.read(file2);
    } catch (e) {
      if (e instanceof UnreadableFile) continue;
      throw e;
    }
    if (text === void 0 || !text.includes(TITLE_MENTION)) continue;
    try {
      const id = extractWorkOrder(text, file2).title.id;
      if (id) used.push(id.slice(TITLE_MENTION.length));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
    }
  }
  return used;
}
function today(now) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
function notReversible(record, toolName, supportsDown) {
  if (hasWorkingDown(record)) return null;
  const explain = "or explain below why it cannot be undone";
  if (!supportsDown) {
    const beside = record.down === null ? "" : `add a down script (down.sql) beside ${record.file}, or `;
    return `${toolName} has no down migrations: ${beside}write the reversing SQL in a fenced sql block in \xA75 and check this box, ${explain}`;
  }
  const fix = `add a working down path and check this box, ${explain}`;
  if (record.down === null || !record.down.exists) return `${record.file} has no down migration: ${fix}`;
  const at = record.down.file ? ` (${record.down.file}${record.down.line ? `:${record.down.line}` : ""})` : "";
  return `the down migration of ${record.file}${at} is empty: ${fix}`;
}
async function chooseMigration(o, inv) {
  const adapter = o.tool === null ? null : toolAdapter(o.tool);
  assertReadable(inv, adapter);
  const candidates = candidateMigrations(inv, adapter);
  if (o.migration !== null) return namedMigration(candidates, o.migration);
  const heads = headMigrations(inv, candidates);
  const times = new Map(await Promise.all(heads.map(async (r) => [r.file, await lastCommitTime(o.repo, r.file)])));
  return newestMigration(heads, (file2) => times.get(file2) ?? null);
}
function declared(inv, record) {
  const adapter = adapterById(record.tool);
  if (!adapter) throw new Error(`no adapter ${record.tool} for an inventory record`);
  return {
    tooling: adapter.name,
    revision: revisionName(inv, record),
    file: record.file,
    downRevisions: record.parents ?? [],
    tracked: inv.tracked.has(record.file),
    notReversible: notReversible(record, adapter.name, adapter.supportsDown),
    dryRun: dryRunCommand(record)
  };
}
async function startupScan(repo) {
  try {
    const findings = denyingFindings(await scanRepository(repo));
    return findings.length === 0 ? { status: "clean" } : { status: "findings", findings };
  } catch (e) {
    if (e instanceof InputError) return { status: "unavailable", reason: e.message };
    throw e;
  }
}
function newWorkOrderPolicyData(data) {
  return readPolicyData(data ?? path.join(defaultPolicyDir(), "data.json"));
}
async function newWorkOrder(o) {
  const policy = newWorkOrderPolicyData(o.data);
  const environment = o.env === null ? null : resolveEnvironment(prepareGateData(policy), o.env).key;
  if (o.id !== null && !/^\d+$/.test(o.id)) throw new InputError(`--id ${JSON.stringify(o.id)} is not a number: give the digits of WO-MIGRATION-<N>`);
  if (o.date !== null && calendarDate(o.date) === null) throw new InputError(`--date ${JSON.stringify(o.date)} is not a real date: use YYYY-MM-DD`);
  let source;
  try {
    source = await checkoutSource(o.repo);
  } catch (e) {
    if (e instanceof GitUnavailable) throw new InputError(e.message);
    throw e;
  }
  const inv = readInventory(source);
  const record = await chooseMigration(o, inv);
  const draft = {
    number: o.id ?? nextWorkOrderNumber(usedWorkOrderNumbers(source)),
    date: o.date ?? today(o.now ?? /* @__PURE__ */ new Date()),
    environment,
    migration: record ? declared(inv, record) : null,
    startup: await startupScan(o.repo)
  };
  return renderWorkOrder(draft, policy);
}
export {
  newWorkOrder,
  newWorkOrderPolicyData,
  nextWorkOrderNumber,
  usedWorkOrderNumbers
};
