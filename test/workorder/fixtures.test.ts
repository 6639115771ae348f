/**
 * The shared fixture work orders: every one extracts (and passes the zod schema), every file the
 * fixtures label as bad input is refused with exit 2, and, for a set of them, field values and
 * line numbers read by hand from the fixture files.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { readWorkOrder } from "../../src/workorder/readWorkOrderFile.js";
import { WorkOrderSchema, type Checkbox, type Field, type WorkOrder } from "../../src/workorder/schema.js";
import { fixtureFiles, fixturesDir, hasShared, invalidFiles, invalidLabels, noSharedReason } from "./paths.js";

const values = (f: Field | null) => f?.values.map((v) => v.value);
const box = (b: Checkbox | null) => (b ? [b.checked, b.line] : null);
const load = (name: string) => readWorkOrder(path.join(fixturesDir, name));

describe.skipIf(!hasShared)(hasShared ? "shared fixture work orders" : noSharedReason, () => {
  it.each(fixtureFiles().map((f) => [path.basename(f), f]))("%s extracts to a valid work order", async (_, file) => {
    const wo = await readWorkOrder(file);
    expect(WorkOrderSchema.safeParse(wo).success).toBe(true);
    expect(wo.title.text.startsWith("WO-MIGRATION-")).toBe(true);
  });

  it.each(invalidFiles().map((f) => [path.basename(f), f]))("%s is refused as bad input (exit 2)", async (name, file) => {
    const error = await readWorkOrder(file).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toContain(name);
  });

  it("every bad-input file is labelled in invalid/expected.json", () => {
    expect(invalidFiles().map((f) => path.basename(f))).toEqual(invalidLabels());
  });

  it("WO-101: a production order, read field by field", async () => {
    const wo = await load("WO-MIGRATION-101-invoices-tax-region.md");
    expect(wo.title).toMatchObject({ line: 14, id: "WO-MIGRATION-101" });
    expect(wo.title.name?.value).toBe("Add tax_region_code to invoices and backfill from billing address");
    expect(wo.authorityChain).toEqual({
      line: 5,
      text: "Robert (final authority) → CapeAI (planning & governance) → VS_Chat (manager/orchestrator) → Codex (worker/implementer)",
    });
    expect(wo.plainLines).toContainEqual({
      line: 8,
      text: "No production (capecraft) deploys, releases, or migrations unless Robert explicitly instructs it",
    });
    expect(wo.request.requestedBy?.names).toEqual([{ display: "Sipho Ndlovu", key: "sipho ndlovu" }]);
    expect(wo.request.requestedBy?.line).toBe(16);
    expect(wo.request.date).toMatchObject({ line: 17, value: { value: "2026-03-02", date: "2026-03-02" } });
    expect(wo.request.targetDatabase?.values[0]).toMatchObject({
      raw: "`billing` on RDS PostgreSQL 15 (`capecraft-billing-prod`)",
      value: "billing on RDS PostgreSQL 15 (capecraft-billing-prod)",
      line: 19,
    });
    expect(wo.environments.map((e) => [e.label, e.checked, e.line])).toEqual([
      ["local / dev", false, 27],
      ["autorisen (staging)", false, 28],
      ["capecraft (production — Robert-only)", true, 29],
    ]);
    expect(wo.approvals.map((a) => [a.environment, a.line, a.approvers?.line, a.approvers?.names.map((n) => n.key)])).toEqual([
      ["local / dev", 33, 34, ["sipho ndlovu"]],
      ["autorisen (staging)", 35, 36, ["anika brandt"]],
      ["capecraft (production — Robert-only)", 37, 38, ["robert"]],
    ]);
    expect(wo.governance.line).toBe(47);
    expect(wo.governance.references).toContainEqual({ line: 51, text: "SYSTEM_SPEC.md §6.3 Migration Rules" });
    expect(wo.governance.references).toContainEqual({ line: 52, text: "AUTONOMY_PLAYBOOK.md (migration constraints)" });
    expect(wo.intent.changes?.line).toBe(62);
    expect(wo.intent.changes?.values.map((v) => v.line)).toEqual([63, 64]);
    expect(wo.intent.alternatives?.values).toHaveLength(3);
    expect(wo.migration.tooling?.values[0]?.value).toBe("Alembic 1.13.1 (SQLAlchemy 2.0.29)");
    expect(wo.migration.identity).toEqual({
      tool: "Alembic 1.13.1 (SQLAlchemy 2.0.29)",
      revision: "8d0e4b1a2c6f",
      downRevisions: ["3f1c2a9d7b4e"],
      downIsNone: false,
    });
    expect([box(wo.migration.noStartupMigrations), box(wo.migration.versioned), box(wo.migration.reversible)]).toEqual([
      [true, 107],
      [true, 108],
      [true, 109],
    ]);
    expect(wo.migration.irreversibleExplanation?.values[0]).toMatchObject({ line: 111, na: "with-reason" });
    expect(wo.rollback.line).toBe(115);
    expect(wo.rollback.steps?.line).toBe(119);
    expect(wo.rollback.steps?.values.map((v) => v.line)).toEqual([121, 122, 123]);
    expect(wo.rollback.triggers?.values.map((v) => v.line)).toEqual([127, 128, 129]);
    expect([wo.rollback.health?.line, wo.rollback.integrity?.line, wo.rollback.behaviour?.line]).toEqual([133, 136, 139]);
    expect(wo.evidence.line).toBe(144);
    expect([wo.evidence.targetEnvironmentBox, wo.evidence.schemaDiffBox, wo.evidence.dryRunBox, wo.evidence.backupBox].map(box)).toEqual([
      [true, 150],
      [true, 151],
      [true, 152],
      [true, 153],
    ]);
    expect(wo.evidence.dryRun?.line).toBe(157);
    expect(wo.evidence.dryRun?.blocks).toHaveLength(1);
    expect(wo.evidence.dryRun?.blocks[0]).toMatchObject({ line: 159, info: "text", placeholder: false, na: "none" });
    expect(wo.evidence.dryRun?.blocks[0]?.content.split("\n")[0]).toBe("$ alembic upgrade 3f1c2a9d7b4e:8d0e4b1a2c6f --sql");
    expect([wo.evidence.schemaDiff?.blocks[0]?.line, wo.evidence.backup?.blocks[0]?.line]).toEqual([181, 200]);
    expect(wo.signOff.line).toBe(231);
    expect(wo.signOff.approval.nameBox).toMatchObject({ checked: true, line: 237, label: "Approver name / role" });
    expect(wo.signOff.approval.signer?.names.map((n) => n.display)).toEqual(["Robert"]);
    expect(wo.signOff.approval.date).toMatchObject({ line: 238, date: "2026-03-05" });
    expect(wo.signOff.finalAuthority.nameBox).toMatchObject({
      checked: true,
      line: 242,
      label: "Robert approval (required for capecraft/production)",
    });
    expect(wo.signOff.finalAuthority.signer?.values[0]).toMatchObject({ raw: "**Robert**", value: "Robert" });
    expect(wo.signOff.finalAuthority.date).toMatchObject({ line: 243, date: "2026-03-05" });
    expect(wo.headings.filter((h) => h.section !== null).map((h) => [h.section, h.line])).toEqual([
      [1, 23],
      [2, 47],
      [3, 58],
      [4, 93],
      [5, 115],
      [6, 144],
      [7, 217],
      [8, 231],
    ]);
  });

  it("WO-103: CRLF line endings and a table inside §3 change nothing", async () => {
    const wo = await load("WO-MIGRATION-103-digest-schedules.md");
    expect(wo.title.line).toBe(14);
    expect(wo.request.targetDatabase?.values[0]).toMatchObject({ value: "notifications", line: 19 });
    expect(wo.environments.filter((e) => e.checked).map((e) => e.line)).toEqual([30]);
    expect(wo.approvals[0]?.approvers?.values[0]).toMatchObject({ value: null, placeholder: true, line: 36 });
    expect(wo.approvals[0]?.approvers?.names).toEqual([]);
    expect(wo.intent.dataChanges?.values[0]?.line).toBe(66);
    expect(wo.plainLines).toContainEqual({ line: 74, text: "send_hour_utc | smallint | 0–23, check constraint" });
    expect(wo.intent.problem?.line).toBe(81);
    expect(wo.migration.identity).toMatchObject({
      revision: "digests.0007_digestschedule_and_more",
      downRevisions: ["digests.0006_alter_subscription_channel"],
    });
    expect(wo.migration.irreversibleExplanation?.values[0]?.na).toBe("with-reason");
    expect(wo.rollback.steps?.values.map((v) => v.line)).toEqual([128, 129, 130]);
    expect(wo.evidence.dryRun?.blocks[0]?.line).toBe(164);
    expect(wo.signOff.approval.date).toMatchObject({ line: 227, date: "2026-03-04" });
    expect(wo.signOff.finalAuthority).toMatchObject({
      nameBox: { checked: false, line: 231 },
      signer: { names: [] },
      dateBox: { checked: false, line: 232 },
      date: { value: null, placeholder: true, date: null },
    });
  });

  it("WO-106: '*' bullets and '[X]' boxes", async () => {
    const wo = await load("WO-MIGRATION-106-user-last-seen-at.md");
    expect(wo.request.requestedBy).toMatchObject({ line: 16, names: [{ display: "Kwame Asante" }] });
    expect(wo.environments.map((e) => e.checked)).toEqual([false, true, false]);
    expect(wo.environments[1]?.line).toBe(28);
    expect(wo.approvals[1]?.approvers?.names.map((n) => n.key)).toEqual(["lindiwe dlamini"]);
    expect(wo.signOff.approval.nameBox).toMatchObject({ checked: true, line: 205 });
    expect(wo.signOff.approval.signer?.names).toEqual([{ display: "Lindiwe Dlamini", key: "lindiwe dlamini" }]);
    expect(wo.signOff.approval.dateBox).toMatchObject({ checked: true, line: 206 });
  });

  it("WO-111: '->' arrows, a first migration (down revision None), empty sign-off values", async () => {
    const wo = await load("WO-MIGRATION-111-feature-flags-initial-schema.md");
    expect(wo.authorityChain?.text).toBe(
      "Robert (final authority) → CapeAI (planning & governance) → VS_Chat (manager/orchestrator) → Codex (worker/implementer)",
    );
    expect(wo.request.requestedBy?.names.map((n) => n.display)).toEqual(["VS_Chat"]);
    expect(wo.migration.identity).toEqual({
      tool: "goose v3.19.2 (embedded SQL migrations, run by flagd migrate, never by flagd serve)",
      revision: "00001_create_flags.sql",
      downRevisions: [],
      downIsNone: true,
    });
    expect(wo.migration.branchLabels?.values[0]).toMatchObject({ placeholder: true, line: 96 });
    expect(wo.evidence.backup?.blocks[0]).toMatchObject({ line: 193, na: "with-reason", placeholder: false });
    // "- [ ] Date:" with nothing after the colon: present, and missing.
    expect(wo.signOff.finalAuthority.date).toMatchObject({ raw: "", value: null, placeholder: true, line: 225 });
    expect(wo.signOff.finalAuthority.signer?.values[0]).toMatchObject({ value: null, line: 224 });
  });

  it("WO-114: every heading one level up", async () => {
    const wo = await load("WO-MIGRATION-114-projects-archived-at.md");
    expect(wo.authorityChain?.line).toBe(5);
    expect(wo.environments.find((e) => e.checked)?.line).toBe(29);
    expect(wo.headings.find((h) => h.section === 8)).toMatchObject({ line: 212, level: 1 });
    expect(wo.signOff.approval.signer?.names.map((n) => n.key)).toEqual(["robert"]);
    expect(wo.signOff.finalAuthority).toMatchObject({ nameBox: { checked: true, line: 223 }, date: { date: "2026-03-17", line: 224 } });
  });

  it("WO-120: '+' bullets, deeper headings, no separators", async () => {
    const wo = await load("WO-MIGRATION-120-messages-archived-at.md");
    expect(wo.title.line).toBe(12);
    expect(wo.request.date?.line).toBe(15);
    expect(wo.environments.find((e) => e.checked)).toMatchObject({ label: "autorisen (staging)", line: 24 });
    expect(wo.intent.dataChanges?.values[0]?.value).toMatch(/^None — nothing is archived/);
    expect(wo.migration.irreversibleExplanation?.values[0]).toMatchObject({ placeholder: true, line: 93 });
    expect(wo.rollback.triggers?.values.map((v) => v.line)).toEqual([107, 108]);
    expect(wo.evidence.backup?.line).toBe(167);
    expect(wo.signOff.approval.signer?.names).toEqual([{ display: "elena petrova", key: "elena petrova" }]);
  });

  it("WO-126: emoji in headings", async () => {
    const wo = await load("WO-MIGRATION-126-prefs-locale.md");
    expect(wo.authorityChain?.line).toBe(5);
    expect(wo.headings.find((h) => h.line === 3)?.text).toBe("Authority Chain (MANDATORY — DO NOT ALTER)");
    expect(wo.headings.filter((h) => h.section !== null).map((h) => h.section)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(wo.evidence.backup?.blocks[0]).toMatchObject({ line: 181, na: "with-reason" });
    expect(wo.signOff.approval).toMatchObject({ nameBox: { line: 207 }, date: { date: "2026-03-30" } });
  });

  it("WO-127: truncated after §4, the missing parts are null", async () => {
    const wo = await load("WO-MIGRATION-127-accounts-email-verified-at.md");
    expect(wo.migration.identity.revision).toBe("users.0058_user_email_verified_at");
    expect(wo.rollback).toEqual({ line: null, steps: null, triggers: null, health: null, integrity: null, behaviour: null, sqlBlocks: [] });
    expect(wo.evidence.line).toBeNull();
    expect(wo.evidence.dryRun).toBeNull();
    expect(wo.signOff).toEqual({
      line: null,
      approval: { nameBox: null, signer: null, dateBox: null, date: null },
      finalAuthority: { nameBox: null, signer: null, dateBox: null, date: null },
    });
  });

  it("WO-118: a colon instead of a dash in the title, TBD values", async () => {
    const wo = await load("WO-MIGRATION-118-crm-drop-legacy-score.md");
    expect(wo.title).toMatchObject({ line: 14, id: "WO-MIGRATION-118", name: null });
    expect(values(wo.request.targetDatabase)).toEqual([null]);
    expect(wo.request.targetDatabase?.values[0]?.raw).toBe("TBD");
    expect(wo.migration.reversible?.checked).toBe(false);
    expect(values(wo.migration.irreversibleExplanation)).toEqual([null]);
  });

  it("WO-107 and WO-128: title ids and names that are placeholders", async () => {
    const wo107 = await load("WO-MIGRATION-107-presence-sessions-index.md");
    expect(wo107.title).toMatchObject({ id: null, name: { value: "Index presence_sessions by last_heartbeat_at" } });
    const wo128 = await load("WO-MIGRATION-128-loyalty-tiers.md");
    expect(wo128.title).toMatchObject({ id: "WO-MIGRATION-128", name: { value: null, placeholder: true } });
    expect(wo128.request.date?.value).toMatchObject({ value: null, date: null, placeholder: true });
  });

  it("WO-135: the title line is a heading", async () => {
    const wo = await load("WO-MIGRATION-135-search-indexer-initial.md");
    expect(wo.title).toMatchObject({ line: 14, id: "WO-MIGRATION-135" });
    expect(wo.request.requestedBy?.line).toBe(16);
    expect(wo.environments[0]).toMatchObject({ checked: true, line: 27 });
    expect(wo.migration.identity.downIsNone).toBe(true);
  });

  it("WO-121 and WO-140: removed lines are null, placeholders are values without value", async () => {
    const wo121 = await load("WO-MIGRATION-121-portal-drop-fax-number.md");
    expect(wo121.migration.irreversibleExplanation).toBeNull();
    expect(wo121.migration.noStartupMigrations?.checked).toBe(false);
    expect(values(wo121.intent.impact)).toEqual([null]);
    const wo140 = await load("WO-MIGRATION-140-payout-batch-approval.md");
    expect(wo140.request.requestedBy).toBeNull();
    expect(values(wo140.intent.reasons)).toEqual([null]);
    expect(values(wo140.rollback.integrity)).toEqual([null]);
  });

  it("WO-142 and WO-146: several approvers on one line", async () => {
    const wo142 = await load("WO-MIGRATION-142-digest-schedules-two-approvers.md");
    expect(wo142.approvals[1]?.approvers?.names.map((n) => n.display)).toEqual(["Naledi Khumalo", "Marco Silva"]);
    const wo146 = await load("WO-MIGRATION-146-partition-ledger-second-prod-approver.md");
    expect(wo146.approvals[2]?.approvers?.names.map((n) => n.key)).toEqual(["robert", "dana whitfield"]);
  });

  it("WO-110, WO-122, WO-133, WO-145: N/A and placeholder paste blocks", async () => {
    const na = (wo: WorkOrder) => [wo.evidence.dryRun, wo.evidence.backup].map((p) => [p?.blocks.map((b) => [b.placeholder, b.na]), p?.text.map((t) => t.na)]);
    expect(na(await load("WO-MIGRATION-110-report-runs-duration.md"))).toEqual([
      [[[false, "without-reason"]], []],
      [[[false, "none"]], []],
    ]);
    expect(na(await load("WO-MIGRATION-122-payment-attempts-3ds-version.md"))[1]).toEqual([[[false, "with-reason"]], []]);
    expect(na(await load("WO-MIGRATION-133-gift-card-balance-cents.md"))[0]).toEqual([[[true, "none"]], []]);
    const wo145 = await load("WO-MIGRATION-145-digest-schedules-backup-na-text.md");
    expect(wo145.evidence.backup).toMatchObject({ line: 194, blocks: [], text: [{ line: 196, na: "with-reason" }] });
  });

  it("WO-136: the restriction line is deleted", async () => {
    const wo = await load("WO-MIGRATION-136-referral-code-expiry.md");
    expect(wo.plainLines.some((l) => l.text.includes("unless Robert explicitly instructs it"))).toBe(false);
  });

  it("WO-144: an impossible date is filled but not a date", async () => {
    const wo = await load("WO-MIGRATION-144-digest-schedules-robert-date-ignored.md");
    expect(wo.signOff.finalAuthority.date).toMatchObject({ value: "2026-13-45", placeholder: false, date: null });
  });
});
