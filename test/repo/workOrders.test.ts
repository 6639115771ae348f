/**
 * Shared fixture work orders, extracted by the real extractor, checked against repositories that
 * hold the migrations their §4 declares: the identity they write must resolve, parents must agree,
 * and the migration the branch adds must count as declared.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { gatherRepositoryFacts } from "../../src/repo/facts.js";
import { extractWorkOrder } from "../../src/workorder/extractWorkOrder.js";
import { GitRepo } from "../support/gitRepo.js";

const workOrders = resolve(dirname(fileURLToPath(import.meta.url)), "../../../shared/fixtures/work-orders");
const repos: GitRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

const djangoMigration = (deps: string): string =>
  `from django.db import migrations\n\n\nclass Migration(migrations.Migration):\n    dependencies = [${deps}]\n\n    operations = [\n        migrations.AlterModelOptions(name="x", options={}),\n    ]\n`;
const typeorm = (cls: string): string =>
  `import { MigrationInterface, QueryRunner } from "typeorm";\n\nexport class ${cls} implements MigrationInterface {\n  public async up(q: QueryRunner): Promise<void> {\n    await q.query("SELECT 1");\n  }\n\n  public async down(q: QueryRunner): Promise<void> {\n    await q.query("SELECT 0");\n  }\n}\n`;
const changeSet = (id: string): string =>
  `<?xml version="1.0"?>\n<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">\n  <changeSet id="${id}" author="payments">\n    <sql>SELECT 1</sql>\n    <rollback><sql>SELECT 0</sql></rollback>\n  </changeSet>\n</databaseChangeLog>\n`;

const CASES: Array<{ file: string; base: Record<string, string>; change: Record<string, string>; migration: string }> = [
  {
    file: "WO-MIGRATION-103-digest-schedules.md",
    base: {
      "accounts/migrations/0031_user_timezone.py": djangoMigration(""),
      "digests/migrations/0006_alter_subscription_channel.py": djangoMigration(""),
    },
    change: {
      "digests/migrations/0007_digestschedule_and_more.py": djangoMigration('("digests", "0006_alter_subscription_channel"), ("accounts", "0031_user_timezone")'),
    },
    migration: "digests/migrations/0007_digestschedule_and_more.py",
  },
  {
    file: "WO-MIGRATION-117-webhook-http-status.md",
    base: { "db/migrations/000030_webhook_retry.up.sql": "SELECT 1;\n", "db/migrations/000030_webhook_retry.down.sql": "SELECT 0;\n" },
    change: {
      "db/migrations/000031_webhook_deliveries_http_status.up.sql": "ALTER TABLE d ADD COLUMN s int;\n",
      "db/migrations/000031_webhook_deliveries_http_status.down.sql": "ALTER TABLE d DROP COLUMN s;\n",
    },
    migration: "db/migrations/000031_webhook_deliveries_http_status.up.sql",
  },
  {
    file: "WO-MIGRATION-132-drop-payment-tokens-v1.md",
    base: {
      "src/main/resources/db/changelog/db.changelog-master.xml":
        '<?xml version="1.0"?>\n<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">\n  <includeAll path="db/changelog/2026/"/>\n</databaseChangeLog>\n',
      "src/main/resources/db/changelog/2026/03/payments-0215-token-index.xml": changeSet("payments-0215"),
    },
    change: { "src/main/resources/db/changelog/2026/04/payments-0216-drop-payment-tokens-v1.xml": changeSet("payments-0216") },
    migration: "src/main/resources/db/changelog/2026/04/payments-0216-drop-payment-tokens-v1.xml",
  },
  {
    file: "WO-MIGRATION-116-cms-article-slugs.md",
    base: { "src/migrations/1740658800000-ArticleHeroImage.ts": typeorm("ArticleHeroImage1740658800000") },
    change: { "src/migrations/1742201100000-ArticleSlug.ts": typeorm("ArticleSlug1742201100000") },
    migration: "src/migrations/1742201100000-ArticleSlug.ts",
  },
];

describe.skipIf(!existsSync(workOrders))("fixture work orders against matching repositories", () => {
  it.each(CASES.map((c) => [c.file, c] as const))("%s", async (_name, c) => {
    const path = resolve(workOrders, c.file);
    const wo = extractWorkOrder(readFileSync(path, "utf8"), path);
    const repo = GitRepo.create(c.base);
    repos.push(repo);
    repo.branch("feature").commit(c.change);
    const facts = await gatherRepositoryFacts({ dir: repo.dir, workOrder: wo, allWorkOrders: [wo], base: "main" });
    const m = facts.migration!;
    expect(m).toMatchObject({ status: "found", file: c.migration });
    expect(m.parents).toEqual(m.declaredParents);
    expect(m.parents).toHaveLength(1);
    expect(m.down).toMatchObject({ exists: true, empty: false });
    expect(m.heads).toHaveLength(1);
    expect(facts.changedMigrations!.changed.length).toBeGreaterThan(0);
    expect(facts.changedMigrations!.changed.every((f) => f.declared)).toBe(true);
  });
});
