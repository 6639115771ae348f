/**
 * The adapters on the shapes real projects write: generated files, hand edits, comments and
 * strings that look like code, merges, several changeSets per changelog. Read in memory through
 * the same inventory the repository checks use.
 */
import { describe, expect, it } from "vitest";
import type { MigrationRecord } from "../../src/migrations/adapter.js";
import { compareVersions } from "../../src/migrations/adapter.js";
import { headsOf, readInventory, UnreadableFile, type MigrationInventory } from "../../src/migrations/inventory.js";
import { adapterById } from "../../src/migrations/match.js";

function inventory(files: Record<string, string>): MigrationInventory {
  const paths = Object.keys(files);
  return readInventory({ paths, tracked: new Set(paths), read: (p) => files[p] });
}

function only(files: Record<string, string>, tool: string): MigrationRecord {
  const inv = inventory(files);
  expect(inv.problems).toEqual([]);
  const records = inv.records.filter((r) => r.tool === tool);
  expect(records).toHaveLength(1);
  return records[0]!;
}

const py = (...lines: string[]): string => `${lines.join("\n")}\n`;

describe("alembic", () => {
  const rev = (down: string, downgrade: string[]): string =>
    py('"""msg', "", "Revision ID: zz", 'Revises: down_revision = "fake"', '"""', "from typing import Sequence, Union", "", 'revision: str = "b2"', `down_revision: Union[str, None] = ${down}`, "branch_labels: Union[str, Sequence[str], None] = None", 'depends_on = "other"', "", "", "def upgrade() -> None:", "    pass", "", "", ...downgrade);

  it("reads type-annotated assignments, not the docstring", () => {
    const r = only({ "v/versions/b2_x.py": rev('"a1"', ["def downgrade() -> None:", '    op.drop_index("ix")']) }, "alembic");
    expect(r).toMatchObject({ id: "b2", parents: ["a1"], line: 8 });
    expect(r.down).toEqual({ exists: true, empty: false, file: "v/versions/b2_x.py", line: 18 });
  });

  it("reads a merge revision's tuple of parents", () => {
    expect(only({ "versions/m_merge.py": rev('("a1", "c3")', ["def downgrade():", "    pass"]) }, "alembic").parents).toEqual(["a1", "c3"]);
  });

  it.each([
    [["def downgrade() -> None:", "    pass"]],
    [["def downgrade() -> None:", '    """Nothing to do."""', "    # op.drop_table('x')", "    pass"]],
    [["def downgrade(): pass"]],
    [["def downgrade() -> None:", "    ..."]],
    [["def downgrade() -> None:", '    raise NotImplementedError("irreversible")', "    op.drop_table('x')"]],
    [["def downgrade_helper() -> None:", "    op.drop_table('x')"]],
  ])("an empty downgrade is not a down path: %j", (body) => {
    const r = only({ "versions/b2_x.py": rev('"a1"', body) }, "alembic");
    expect(r.down!.empty).toBe(true);
  });

  it("ends the downgrade body at the next top-level statement", () => {
    const r = only({ "versions/b2_x.py": rev('"a1"', ["def downgrade():", "    pass", "", "", "def helper():", "    op.drop_table('x')"]) }, "alembic");
    expect(r.down!.empty).toBe(true);
  });

  it("reports an unreadable revision as a problem naming the file", () => {
    const inv = inventory({ "versions/bad.py": py("revision = make_id()", "down_revision = None") });
    expect(inv.problems).toEqual([{ tool: "alembic", file: "versions/bad.py", line: 1, reason: expect.stringContaining("revision") }]);
  });

  it("computes heads per versions directory", () => {
    const inv = inventory({
      "a/versions/1.py": py('revision = "1"', "down_revision = None"),
      "a/versions/2.py": py('revision = "2"', 'down_revision = "1"'),
      "a/versions/3.py": py('revision = "3"', 'down_revision = "1"'),
      "b/versions/9.py": py('revision = "9"', "down_revision = None"),
    });
    expect(headsOf(inv.records, "a/versions")).toEqual(["2", "3"]);
    expect(headsOf(inv.records, "b/versions")).toEqual(["9"]);
  });
});

describe("django", () => {
  const migration = (deps: string, ops: string): string =>
    py("from django.conf import settings", "from django.db import migrations", "", "", "class Migration(migrations.Migration):", "    dependencies = [", deps, "    ]", "", "    operations = [", ops, "    ]");

  it("takes same-app dependencies as parents, not other apps or the swappable user model", () => {
    const r = only(
      {
        "digests/migrations/0007_digestschedule_and_more.py": migration(
          '        ("digests", "0006_alter_subscription_channel"),\n        ("accounts", "0031_user_timezone"),\n        migrations.swappable_dependency(settings.AUTH_USER_MODEL),',
          "        migrations.AddField(model_name='x', name='y', field=None),",
        ),
      },
      "django",
    );
    expect(r).toMatchObject({ id: "digests.0007_digestschedule_and_more", parents: ["digests.0006_alter_subscription_channel"], line: 5 });
    expect(r.names).toContain("0007_digestschedule_and_more");
  });

  it.each([
    ["migrations.RunPython(forwards)", false],
    ["migrations.RunPython(forwards, backwards)", true],
    ["migrations.RunPython(forwards, reverse_code=migrations.RunPython.noop)", true],
    ["migrations.RunSQL('UPDATE t SET c = 1')", false],
    ["migrations.RunSQL(sql='UPDATE t SET c = 1', reverse_sql='UPDATE t SET c = 0')", true],
    ["migrations.AddField('m', 'f', models.TextField(default='migrations.RunPython(x)'))", true],
  ])("%s reversible: %s", (op, reversible) => {
    const r = only({ "app/migrations/0002_x.py": migration('        ("app", "0001_initial"),', `        ${op},`) }, "django");
    expect(!r.down!.empty).toBe(reversible);
    if (!reversible) expect(r.down!.line).toBe(11);
  });
});

describe("rails", () => {
  const rb = (body: string): Record<string, string> => ({ "db/migrate/20260102000000_x.rb": `class X < ActiveRecord::Migration[7.1]\n${body}end\n` });
  it.each([
    ["  def change\n    add_column :items, :note, :text\n  end\n", true],
    ["  def change\n    remove_column :items, :note\n  end\n", false],
    ["  def change\n    remove_column :items, :note, :text\n  end\n", true],
    ["  def change\n    drop_table :items\n  end\n", false],
    ["  def change\n    drop_table :items do |t|\n      t.string :name\n    end\n  end\n", true],
    ["  def change\n    change_column_default :items, :state, from: nil, to: 'new'\n  end\n", true],
    ["  def change\n    change_column_default :items, :state, 'new'\n  end\n", false],
    ["  def change\n    reversible do |dir|\n      dir.up { execute 'UPDATE items SET a = 1' }\n      dir.down { execute 'UPDATE items SET a = 0' }\n    end\n  end\n", true],
    ["  def change\n    execute <<~SQL\n      UPDATE items SET a = 1\n    SQL\n  end\n", false],
    ["  def up\n    execute 'x'\n  end\n\n  def down\n    # raise ActiveRecord::IrreversibleMigration\n    execute 'y'\n  end\n", true],
    ["  def up\n    execute 'x'\n  end\n\n  def down\n    raise ActiveRecord::IrreversibleMigration\n  end\n", false],
    ["  def self.up\n    execute 'x'\n  end\n\n  def self.down\n    drop_table :x\n  end\n", true],
    ["  def up\n    execute 'x'\n  end\n", false],
  ])("%j reversible: %s", (body, reversible) => {
    const r = only(rb(body), "rails");
    expect(!!r.down && r.down.exists && !r.down.empty).toBe(reversible);
  });
});

describe("ecto", () => {
  const exs = (body: string): Record<string, string> => ({
    "priv/repo/migrations/20260102000000_x.exs": `defmodule App.Repo.Migrations.X do\n  use Ecto.Migration\n\n${body}end\n`,
  });
  it.each([
    ["  def change do\n    alter table(:items) do\n      add :note, :text\n    end\n  end\n", true],
    ['  def change do\n    execute "UPDATE items SET a = 1"\n  end\n', false],
    ['  def change do\n    execute "UPDATE items SET a = 1", "UPDATE items SET a = 0"\n  end\n', true],
    ["  def change do\n    alter table(:items) do\n      remove :note\n    end\n  end\n", false],
    ["  def change do\n    alter table(:items) do\n      modify :note, :text, from: :string\n    end\n  end\n", true],
    ["  def up do\n    drop table(:items)\n  end\n\n  def down do\n  end\n", false],
  ])("%j reversible: %s", (body, reversible) => {
    const r = only(exs(body), "ecto");
    expect(!!r.down && r.down.exists && !r.down.empty).toBe(reversible);
    expect(r.names).toContain("App.Repo.Migrations.X");
  });
});

describe("javascript tools", () => {
  it.each([
    ["exports.down = async function (knex) {\n  await knex.schema.dropTable('x');\n};", "knex", true],
    ["export async function down(knex: Knex): Promise<void> {\n  return knex.schema.dropTable('x');\n}", "knex", true],
    ["export async function down(knex: Knex): Promise<void> {}\n", "knex", false],
    ["exports.down = () => Promise.resolve();", "knex", false],
    ["async function down(knex) { await knex.schema.dropTable('x'); }\nmodule.exports = { up, down };", "knex", true],
    ["// exports.down = (knex) => knex.schema.dropTable('x');\nconst s = 'exports.down = 1';", "knex", false],
    ["exports.down = (pgm) => { pgm.dropTable('x'); };", "node-pg-migrate", true],
    ["exports.down = false;", "node-pg-migrate", false],
  ])("%j (%s) reversible: %s", (down, tool, reversible) => {
    const head = tool === "knex" ? "exports.up = (knex) => knex.schema.createTable('x', () => {});\n" : "exports.up = (pgm) => pgm.createTable('x', {});\n";
    const r = only({ "migrations/20260101000000_x.js": head + down }, tool);
    expect(!!r.down && r.down.exists && !r.down.empty).toBe(reversible);
  });

  it("tells the tools apart by what the file uses", () => {
    const inv = inventory({
      "a/migrations/1700000000000-A.ts": "import { MigrationInterface, QueryRunner } from 'typeorm';\nexport class A1700000000000 implements MigrationInterface { async up(q: QueryRunner) {} async down(q: QueryRunner) {} }\n",
      "b/migrations/Migration20240101000000.ts": "import { Migration } from '@mikro-orm/migrations';\nexport class Migration20240101000000 extends Migration { async up() {} }\n",
      "c/migrations/20240101000000-x.js": "module.exports = { async up(queryInterface) {}, async down(queryInterface) {} };\n",
      "d/migrations/20240101000000_x.js": "exports.up = (knex) => knex.schema;\n",
      "e/migrations/1700000000000_x.js": "exports.up = (pgm) => {};\n",
      "f/migrations/20240101000000_helper.js": "module.exports = 42;\n",
      "public/js/1700000000000-chunk.js": "exports.up = (knex) => knex; exports.down = () => {};\n",
      "node_modules/pkg/migrations/20240101000000_x.js": "exports.up = (knex) => knex;\n",
      "dist/migrations/1700000000000-A.js": "class A1700000000000 { async up(q: QueryRunner) {} }\n",
    });
    expect(inv.records.map((r) => [r.file, r.tool])).toEqual([
      ["a/migrations/1700000000000-A.ts", "typeorm"],
      ["b/migrations/Migration20240101000000.ts", "mikro-orm"],
      ["c/migrations/20240101000000-x.js", "sequelize"],
      ["d/migrations/20240101000000_x.js", "knex"],
      ["e/migrations/1700000000000_x.js", "node-pg-migrate"],
    ]);
    expect(inv.records[0]!.names).toContain("A1700000000000");
  });
});

describe("ef-core", () => {
  it("reads the class name and ignores the Designer file and strings that look like code", () => {
    const inv = inventory({
      "Data/Migrations/20260325081200_AddMfaEnrollment.cs":
        'public partial class AddMfaEnrollment : Migration {\n  protected override void Up(MigrationBuilder b) { b.Sql("void Down(MigrationBuilder x) { }"); }\n  protected override void Down(MigrationBuilder b)\n  {\n    b.DropTable(name: "mfa");\n  }\n}\n',
      "Data/Migrations/20260325081200_AddMfaEnrollment.Designer.cs": '[Migration("20260325081200_AddMfaEnrollment")] partial class AddMfaEnrollment { void BuildTargetModel(ModelBuilder modelBuilder) {} }\n',
      "Data/Migrations/AppDbContextModelSnapshot.cs": "class AppDbContextModelSnapshot : ModelSnapshot { }\n",
    });
    expect(inv.records).toHaveLength(1);
    expect(inv.records[0]).toMatchObject({ id: "20260325081200_AddMfaEnrollment", down: { exists: true, empty: false, line: 3 } });
    expect(inv.records[0]!.names).toContain("AddMfaEnrollment");
  });
});

describe("flyway", () => {
  it("orders versions numerically and pairs undo scripts by version", () => {
    const inv = inventory({
      "db/migration/V1.9__a.sql": "SELECT 1;",
      "db/migration/V1.10__b.sql": "SELECT 1;",
      "db/migration/V1_2__c.sql": "SELECT 1;",
      "db/migration/U1.10__b.sql": "SELECT 1;",
      "db/migration/R__views.sql": "CREATE VIEW v AS SELECT 1;",
    });
    const byId = Object.fromEntries(inv.records.map((r) => [r.id, r]));
    expect(Object.keys(byId).sort()).toEqual(["1.10", "1.2", "1.9"]);
    expect(byId["1.10"]!.parents).toEqual(["1.9"]);
    expect(byId["1.9"]!.parents).toEqual(["1.2"]);
    expect(byId["1.10"]!.down).toMatchObject({ exists: true, empty: false, file: "db/migration/U1.10__b.sql" });
    expect(byId["1.2"]!.down).toMatchObject({ exists: false, empty: true });
    expect(byId["1.2"]!.names).toContain("V1_2__c.sql");
  });

  it("canonicalises a version written as a file name", () => {
    const flyway = adapterById("flyway")!;
    expect(flyway.canonical("V2026.03.09.1__add_x.sql", null)).toBe("2026.03.09.1");
    expect(flyway.canonical("V1_1", null)).toBe("1.1");
    expect(flyway.canonical("2026.03.09.1", null)).toBe("2026.03.09.1");
  });
});

describe("liquibase", () => {
  it("follows includes from the master changelog for the order of changeSets", () => {
    const inv = inventory({
      "src/main/resources/db/changelog/db.changelog-master.yaml":
        "databaseChangeLog:\n  - include:\n      file: db/changelog/2026/001.yaml\n  - include:\n      file: db/changelog/2026/002.sql\n",
      "src/main/resources/db/changelog/2026/001.yaml":
        "databaseChangeLog:\n  - changeSet:\n      id: payments-0214\n      author: ana\n      changes:\n        - sql: { sql: select 1 }\n      rollback:\n        - sql: { sql: select 0 }\n  - changeSet:\n      id: payments-0215\n      author: ana\n      changes:\n        - sql: { sql: select 1 }\n",
      "src/main/resources/db/changelog/2026/002.sql":
        "--liquibase formatted sql\n\n--changeset ana:payments-0216 labels:pci-2026\nALTER TABLE t DROP COLUMN c;\n--rollback ALTER TABLE t ADD COLUMN c text;\n",
    });
    expect(inv.problems).toEqual([]);
    const rows = inv.records.map((r) => [r.id, r.parents, r.line, r.down!.exists && !r.down!.empty]);
    expect(rows).toEqual([
      ["payments-0214", [], 2, true],
      ["payments-0215", ["payments-0214"], 9, false],
      ["payments-0216", ["payments-0215"], 3, true],
    ]);
    expect(new Set(inv.records.map((r) => r.group))).toEqual(new Set(["src/main/resources/db/changelog/db.changelog-master.yaml"]));
    expect(inv.records[2]!.names).toContain("src/main/resources/db/changelog/2026/002.sql::payments-0216::ana");
  });

  it("reports malformed XML as a problem with its line", () => {
    const inv = inventory({ "db/changelog.xml": '<databaseChangeLog>\n  <changeSet id="1" author="a">\n</databaseChangeLog>\n' });
    expect(inv.problems).toHaveLength(1);
    expect(inv.problems[0]).toMatchObject({ tool: "liquibase", file: "db/changelog.xml" });
    expect(inv.problems[0]!.line).toBeGreaterThan(1);
  });

  it("canonicalises file::id::author and id::author to the id", () => {
    const lb = adapterById("liquibase")!;
    expect(lb.canonical("db/changelog/x.xml::payments-0215::ana", null)).toBe("payments-0215");
    expect(lb.canonical("payments-0215::ana", null)).toBe("payments-0215");
  });
});

describe("SQL-file tools", () => {
  it("gives a plain .sql to the tool whose markers it carries, and .up.sql pairs to golang-migrate and sqlx alike", () => {
    const inv = inventory({
      "a/migrations/00001_x.sql": "-- +goose Up\nSELECT 1;\n-- +goose Down\nSELECT 2;\n",
      "b/db/migrations/20240101000000_x.sql": "-- migrate:up\nSELECT 1;\n\n-- migrate:down\n",
      "c/migrations/20240101000000_x.sql": "CREATE TABLE t (id int);\n",
      "docs/001_example.sql": "SELECT 1;\n",
      "d/000001_x.up.sql": "SELECT 1;",
      "d/000001_x.down.sql": "SELECT 2;",
      "e/migrations/1_init.sql": "SELECT 1;",
      "e/migrations/atlas.sum": "h1:x\n",
    });
    expect(inv.records.map((r) => [r.file, r.tool, r.down?.exists === true && !r.down.empty])).toEqual([
      ["a/migrations/00001_x.sql", "goose", true],
      ["b/db/migrations/20240101000000_x.sql", "dbmate", false],
      ["c/migrations/20240101000000_x.sql", "sqlx", false],
      ["d/000001_x.up.sql", "golang-migrate", true],
      ["d/000001_x.up.sql", "sqlx", true],
      ["e/migrations/1_init.sql", "atlas", false],
    ]);
    expect(inv.claims.get("d/000001_x.down.sql")).toEqual(["golang-migrate", "sqlx"]);
  });

  it("reads dollar-quoted bodies and block comments as statements and comments", () => {
    const r = only(
      { "m/00002_fn.sql": "-- +goose Up\nCREATE FUNCTION f() RETURNS int AS $$ SELECT 1 -- +goose Down\n $$ LANGUAGE sql;\n-- +goose Down\n/* DROP FUNCTION f(); */\n" },
      "goose",
    );
    expect(r.down).toMatchObject({ exists: true, empty: true, line: 4 });
  });
});

describe("files that cannot be read", () => {
  const inventoryWith = (files: Record<string, string | null>): MigrationInventory => {
    const paths = Object.keys(files);
    return readInventory({
      paths,
      tracked: new Set(paths),
      read: (p) => {
        if (files[p] === null) throw new UnreadableFile("not UTF-8 text");
        return files[p];
      },
    });
  };

  it("fail closed when the name makes them migrations, and are skipped when only content could", () => {
    const inv = inventoryWith({ "db/migration/V3__x.sql": null, "db/changelog/data.json": null, "db/migrations/0001_x.py": null });
    expect(inv.problems).toEqual([{ tool: "flyway", file: "db/migration/V3__x.sql", line: null, reason: "not UTF-8 text" }]);
  });
});

describe("version order", () => {
  it("compares digit runs as numbers", () => {
    const sorted = ["1.10", "1.9", "1.2", "000031", "000030", "2", "10"].sort(compareVersions);
    expect(sorted).toEqual(["1.2", "1.9", "1.10", "2", "10", "000030", "000031"]);
  });

  it("gives migrations of the same version the same parents, and both are heads", () => {
    const inv = inventory({
      "db/migrate/20260101000000_a.rb": "class A < ActiveRecord::Migration[7.1]\n  def change\n  end\nend\n",
      "db/migrate/20260102000000_b.rb": "class B < ActiveRecord::Migration[7.1]\n  def change\n  end\nend\n",
      "db/migrate/20260102000000_c.rb": "class C < ActiveRecord::Migration[7.1]\n  def change\n  end\nend\n",
    });
    expect(inv.records.map((r) => r.parents)).toEqual([[], ["20260101000000"], ["20260101000000"]]);
    expect(headsOf(inv.records, "db/migrate")).toEqual(["20260102000000"]);
  });
});
