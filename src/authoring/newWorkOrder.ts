/**
 * `wo-gate new`'s edge: it gathers what the repository and policy data can tell (the next free
 * work-order number, the environment and its approvers, the newest migration with its parents
 * and down path, the startup-migration scan) through the readers the gate itself checks with,
 * and hands a draft to the pure renderer. Usage errors are InputErrors (exit 2).
 */
import path from "node:path";
import { resolveEnvironment } from "../authorize/environment.js";
import { defaultPolicyDir } from "../decision/policy.js";
import { prepareGateData, readPolicyData, type PolicyData } from "../decision/policyData.js";
import { InputError } from "../errors.js";
import { baseName, type MigrationRecord } from "../migrations/adapter.js";
import { readInventory, UnreadableFile, type InventorySource, type MigrationInventory } from "../migrations/inventory.js";
import { adapterById } from "../migrations/match.js";
import { checkoutSource } from "../repo/checkout.js";
import { GitUnavailable, lastCommitTime } from "../repo/git.js";
import { scanRepository } from "../scan/scanRepository.js";
import { denyingFindings } from "../scan/schema.js";
import { extractWorkOrder } from "../workorder/extractWorkOrder.js";
import { calendarDate } from "../workorder/normalize.js";
import {
  assertReadable,
  candidateMigrations,
  hasWorkingDown,
  headMigrations,
  namedMigration,
  newestMigration,
  revisionName,
  toolAdapter,
} from "./chooseMigration.js";
import { dryRunCommand } from "./dryRunCommands.js";
import { renderWorkOrder, type DeclaredMigration, type StartupScan, type WorkOrderDraft } from "./renderWorkOrder.js";

export interface NewWorkOrderOptions {
  /** The repository checkout. */
  repo: string;
  /** --env: a key or alias of policy data; null leaves every §1 box unchecked. */
  env: string | null;
  /** --migration: a file or id; null: the newest head. */
  migration: string | null;
  /** --tool: read the migrations as this tool's (for files several tools read). */
  tool: string | null;
  /** --id: the number; null: the next free one. */
  id: string | null;
  /** --date: YYYY-MM-DD; null: today. */
  date: string | null;
  /** --data: policy data; null: the bundled data. */
  data: string | null;
  /** Today, for the default date (local calendar day). */
  now?: Date;
}

const WORK_ORDER_FILE = /^WO-MIGRATION-(\d+)(?!\d)[^/]*\.md$/i;
const TITLE_MENTION = "WO-MIGRATION-";

/** The next number after the highest in use, as wide as that one when it was written zero-padded (`007` → `008`). */
export function nextWorkOrderNumber(used: readonly string[]): string {
  const highest = used.reduce<string | null>((best, n) => (best === null || BigInt(n) > BigInt(best) ? n : best), null);
  if (highest === null) return "1";
  const next = (BigInt(highest) + 1n).toString();
  return highest.startsWith("0") ? next.padStart(highest.length, "0") : next;
}

/**
 * Numbers in use: every file named `WO-MIGRATION-<N>….md` and every Markdown file whose title line
 * (as the gate reads it) is `WO-MIGRATION-<N>`. Untracked files count too: a work order written
 * but not yet committed holds its number.
 */
export function usedWorkOrderNumbers(source: InventorySource): string[] {
  const used: string[] = [];
  for (const file of source.paths) {
    if (!/\.md$/i.test(file)) continue;
    const named = WORK_ORDER_FILE.exec(baseName(file));
    if (named) used.push(named[1]!);
    let text: string | undefined;
    try {
      text = source.read(file);
    } catch (e) {
      if (e instanceof UnreadableFile) continue;
      throw e;
    }
    if (text === undefined || !text.includes(TITLE_MENTION)) continue;
    try {
      const id = extractWorkOrder(text, file).title.id;
      if (id) used.push(id.slice(TITLE_MENTION.length));
    } catch (e) {
      // A Markdown file without a title line is not a work order: it holds no number.
      if (!(e instanceof InputError)) throw e;
    }
  }
  return used;
}

function today(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Why the migration's down path will not undo it, or null when it will. */
function notReversible(record: MigrationRecord, toolName: string, supportsDown: boolean): string | null {
  if (hasWorkingDown(record)) return null;
  const explain = "or explain below why it cannot be undone";
  if (!supportsDown) {
    // Tools without downs: the claim holds with a down script beside the migration (where the
    // adapter looks for one) or the reversing SQL in §5 (decisions.md, Migrations).
    const beside = record.down === null ? "" : `add a down script (down.sql) beside ${record.file}, or `;
    return `${toolName} has no down migrations: ${beside}write the reversing SQL in a fenced sql block in §5 and check this box, ${explain}`;
  }
  const fix = `add a working down path and check this box, ${explain}`;
  if (record.down === null || !record.down.exists) return `${record.file} has no down migration: ${fix}`;
  const at = record.down.file ? ` (${record.down.file}${record.down.line ? `:${record.down.line}` : ""})` : "";
  return `the down migration of ${record.file}${at} is empty: ${fix}`;
}

async function chooseMigration(o: NewWorkOrderOptions, inv: MigrationInventory): Promise<MigrationRecord | null> {
  const adapter = o.tool === null ? null : toolAdapter(o.tool);
  assertReadable(inv, adapter);
  const candidates = candidateMigrations(inv, adapter);
  if (o.migration !== null) return namedMigration(candidates, o.migration);
  const heads = headMigrations(inv, candidates);
  const times = new Map(await Promise.all(heads.map(async (r) => [r.file, await lastCommitTime(o.repo, r.file)] as const)));
  return newestMigration(heads, (file) => times.get(file) ?? null);
}

function declared(inv: MigrationInventory, record: MigrationRecord): DeclaredMigration {
  const adapter = adapterById(record.tool);
  if (!adapter) throw new Error(`no adapter ${record.tool} for an inventory record`);
  return {
    tooling: adapter.name,
    revision: revisionName(inv, record),
    file: record.file,
    downRevisions: record.parents ?? [],
    tracked: inv.tracked.has(record.file),
    notReversible: notReversible(record, adapter.name, adapter.supportsDown),
    dryRun: dryRunCommand(record),
  };
}

async function startupScan(repo: string): Promise<StartupScan> {
  try {
    const findings = denyingFindings(await scanRepository(repo));
    return findings.length === 0 ? { status: "clean" } : { status: "findings", findings };
  } catch (e) {
    // A scan that cannot finish leaves the box for a person: it never checks it.
    if (e instanceof InputError) return { status: "unavailable", reason: e.message };
    throw e;
  }
}

/** The policy data `new` fills §1 and §2 from: --data, else the bundled data. */
export function newWorkOrderPolicyData(data: string | null): PolicyData {
  return readPolicyData(data ?? path.join(defaultPolicyDir(), "data.json"));
}

/** The new work order's Markdown. */
export async function newWorkOrder(o: NewWorkOrderOptions): Promise<string> {
  const policy = newWorkOrderPolicyData(o.data);
  const environment = o.env === null ? null : resolveEnvironment(prepareGateData(policy), o.env).key;
  if (o.id !== null && !/^\d+$/.test(o.id)) throw new InputError(`--id ${JSON.stringify(o.id)} is not a number: give the digits of WO-MIGRATION-<N>`);
  if (o.date !== null && calendarDate(o.date) === null) throw new InputError(`--date ${JSON.stringify(o.date)} is not a real date: use YYYY-MM-DD`);
  let source: InventorySource;
  try {
    source = await checkoutSource(o.repo);
  } catch (e) {
    if (e instanceof GitUnavailable) throw new InputError(e.message);
    throw e;
  }
  const inv = readInventory(source);
  const record = await chooseMigration(o, inv);
  const draft: WorkOrderDraft = {
    number: o.id ?? nextWorkOrderNumber(usedWorkOrderNumbers(source)),
    date: o.date ?? today(o.now ?? new Date()),
    environment,
    migration: record ? declared(inv, record) : null,
    startup: await startupScan(o.repo),
  };
  return renderWorkOrder(draft, policy);
}
