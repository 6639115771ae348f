/**
 * Two-migration fixtures for every adapter, written the way each tool (or a person using it)
 * writes them: migration 1, then migration 2 whose parent is 1, with a working down path or an
 * empty/irreversible one. The repository tests build real git repositories from these.
 */

export interface ToolCase {
  /** §4 tooling text as a work order writes it. */
  tooling: string;
  adapter: string;
  /** Files of migration `n` (1 or 2); `down: false` gives migration 2 an empty or irreversible down. */
  files(n: 1 | 2, down: boolean): Record<string, string>;
  /** §4 revision of migration 2, and its down revision (migration 1), as a work order writes them. */
  revision: string;
  parentRef: string;
  /** Canonical ids the facts report. */
  revisionId: string;
  parentId: string;
  /** Main file of migration 2. */
  file2: string;
  supportsDown: boolean;
  /** The tool keeps no down path at all (Atlas): a reversible claim rests on §5 alone. */
  neverReversible?: true;
}

const pick = <T>(n: 1 | 2, a: T, b: T): T => (n === 1 ? a : b);

export const TOOL_CASES: ToolCase[] = [
  {
    tooling: "Alembic 1.13.1 (SQLAlchemy 2.0.29)",
    adapter: "alembic",
    revision: "bbbb2222cccc",
    parentRef: "aaaa1111bbbb",
    revisionId: "bbbb2222cccc",
    parentId: "aaaa1111bbbb",
    file2: "migrations/versions/bbbb2222cccc_add_note.py",
    supportsDown: true,
    files: (n, down) => ({
      [pick(n, "migrations/versions/aaaa1111bbbb_init.py", "migrations/versions/bbbb2222cccc_add_note.py")]: [
        `"""${pick(n, "init", "add note")}\n\nRevision ID: x\n"""`,
        "from alembic import op",
        "import sqlalchemy as sa",
        "",
        `revision: str = "${pick(n, "aaaa1111bbbb", "bbbb2222cccc")}"`,
        `down_revision = ${pick(n, "None", '"aaaa1111bbbb"')}`,
        "branch_labels = None",
        "depends_on = None",
        "",
        "",
        "def upgrade() -> None:",
        `    op.add_column("t", sa.Column("c${n}", sa.Text()))`,
        "",
        "",
        "def downgrade() -> None:",
        down ? `    op.drop_column("t", "c${n}")` : "    # nothing to undo\n    pass",
        "",
      ].join("\n"),
    }),
  },
  {
    tooling: "Django migrations (`manage.py migrate`), Django 5.0.3",
    adapter: "django",
    revision: "shop.0002_note",
    parentRef: "0001_initial",
    revisionId: "shop.0002_note",
    parentId: "shop.0001_initial",
    file2: "shop/migrations/0002_note.py",
    supportsDown: true,
    files: (n, down) => ({
      [pick(n, "shop/migrations/0001_initial.py", "shop/migrations/0002_note.py")]: [
        "from django.db import migrations, models",
        "",
        "",
        "class Migration(migrations.Migration):",
        `    dependencies = [${pick(n, "", '("shop", "0001_initial"), ("accounts", "0003_user_tz")')}]`,
        "",
        "    operations = [",
        n === 1
          ? '        migrations.CreateModel(name="Item", fields=[("id", models.BigAutoField(primary_key=True))]),'
          : down
            ? '        migrations.RunSQL("UPDATE shop_item SET note = \'\'", reverse_sql=migrations.RunSQL.noop),'
            : "        migrations.RunSQL(\"UPDATE shop_item SET note = ''\"),",
        "    ]",
        "",
      ].join("\n"),
    }),
  },
  {
    tooling: "Rails 7.1 ActiveRecord migrations (`bin/rails db:migrate`)",
    adapter: "rails",
    revision: "20260102000000",
    parentRef: "20260101000000",
    revisionId: "20260102000000",
    parentId: "20260101000000",
    file2: "db/migrate/20260102000000_add_note_to_items.rb",
    supportsDown: true,
    files: (n, down) => ({
      [pick(n, "db/migrate/20260101000000_create_items.rb", "db/migrate/20260102000000_add_note_to_items.rb")]:
        n === 1
          ? "class CreateItems < ActiveRecord::Migration[7.1]\n  def change\n    create_table :items do |t|\n      t.string :name\n    end\n  end\nend\n"
          : down
            ? "class AddNoteToItems < ActiveRecord::Migration[7.1]\n  def change\n    add_column :items, :note, :text\n  end\nend\n"
            : "class AddNoteToItems < ActiveRecord::Migration[7.1]\n  def up\n    execute <<~SQL\n      UPDATE items SET note = '' -- def down\n    SQL\n  end\n\n  def down\n    raise ActiveRecord::IrreversibleMigration\n  end\nend\n",
    }),
  },
  {
    tooling: "Flyway 10.10.0 (Teams edition, Maven plugin)",
    adapter: "flyway",
    revision: "V2__add_note.sql",
    parentRef: "1",
    revisionId: "2",
    parentId: "1",
    file2: "src/main/resources/db/migration/V2__add_note.sql",
    supportsDown: true,
    files: (n, down): Record<string, string> =>
      n === 1
        ? { "src/main/resources/db/migration/V1__init.sql": "CREATE TABLE items (id bigint primary key);\n" }
        : {
            "src/main/resources/db/migration/V2__add_note.sql": "ALTER TABLE items ADD COLUMN note text;\n",
            "src/main/resources/db/migration/U2__add_note.sql": down ? "ALTER TABLE items DROP COLUMN note;\n" : "-- nothing to undo\n",
          },
  },
  {
    tooling: "Liquibase 4.27.0 (XML changelogs, run by the `payments-migrate` Kubernetes job)",
    adapter: "liquibase",
    revision: "db/changelog/changes/002-note.xml::items-0002::alice",
    parentRef: "items-0001",
    revisionId: "items-0002",
    parentId: "items-0001",
    file2: "db/changelog/changes/002-note.xml",
    supportsDown: true,
    files: (n, down) => {
      const changelog = (body: string): string =>
        `<?xml version="1.0" encoding="UTF-8"?>\n<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">\n${body}\n</databaseChangeLog>\n`;
      const includes = ["001-init.xml", ...(n === 2 ? ["002-note.xml"] : [])]
        .map((f) => `  <include file="changes/${f}" relativeToChangelogFile="true"/>`)
        .join("\n");
      return {
        "db/changelog/db.changelog-master.xml": changelog(includes),
        [pick(n, "db/changelog/changes/001-init.xml", "db/changelog/changes/002-note.xml")]: changelog(
          n === 1
            ? '  <changeSet id="items-0001" author="alice">\n    <createTable tableName="items"><column name="id" type="bigint"/></createTable>\n    <rollback><dropTable tableName="items"/></rollback>\n  </changeSet>'
            : `  <!-- <changeSet id="commented-out" author="x"/> -->\n  <changeSet id="items-0002" author="alice">\n    <addColumn tableName="items"><column name="note" type="text"/></addColumn>\n    ${down ? '<rollback><dropColumn tableName="items" columnName="note"/></rollback>' : "<rollback/>"}\n  </changeSet>`,
        ),
      };
    },
  },
  {
    tooling: "Prisma Migrate 5.11.0",
    adapter: "prisma",
    revision: "20260102000000_add_note",
    parentRef: "20260101000000_init",
    revisionId: "20260102000000_add_note",
    parentId: "20260101000000_init",
    file2: "prisma/migrations/20260102000000_add_note/migration.sql",
    supportsDown: false,
    files: (n, down): Record<string, string> =>
      n === 1
        ? { "prisma/migrations/20260101000000_init/migration.sql": "CREATE TABLE items (id int);\n", "prisma/migrations/migration_lock.toml": 'provider = "postgresql"\n' }
        : {
            "prisma/migrations/20260102000000_add_note/migration.sql": "ALTER TABLE items ADD COLUMN note text;\n",
            ...(down ? { "prisma/migrations/20260102000000_add_note/down.sql": "ALTER TABLE items DROP COLUMN note;\n" } : {}),
          },
  },
  {
    tooling: "golang-migrate v4.17.0 (`migrate` CLI)",
    adapter: "golang-migrate",
    revision: "000002",
    parentRef: "000001_init",
    revisionId: "000002",
    parentId: "000001",
    file2: "db/migrations/000002_add_note.up.sql",
    supportsDown: true,
    files: (n, down) => ({
      [`db/migrations/00000${n}_${pick(n, "init", "add_note")}.up.sql`]: pick(n, "CREATE TABLE items (id int);\n", "ALTER TABLE items ADD COLUMN note text;\n"),
      [`db/migrations/00000${n}_${pick(n, "init", "add_note")}.down.sql`]: n === 1 ? "DROP TABLE items;\n" : down ? "ALTER TABLE items DROP COLUMN note;\n" : "-- irreversible\n",
    }),
  },
  {
    tooling: "goose v3.19.2 (embedded SQL migrations, run by `flagd migrate`, never by `flagd serve`)",
    adapter: "goose",
    revision: "00002_add_note.sql",
    parentRef: "00001_init.sql",
    revisionId: "00002",
    parentId: "00001",
    file2: "db/migrations/00002_add_note.sql",
    supportsDown: true,
    files: (n, down) => ({
      [`db/migrations/0000${n}_${pick(n, "init", "add_note")}.sql`]: [
        "-- +goose Up",
        "-- +goose StatementBegin",
        pick(n, "CREATE TABLE items (id int);", "ALTER TABLE items ADD COLUMN note text;"),
        "-- +goose StatementEnd",
        "",
        "-- +goose Down",
        n === 1 ? "DROP TABLE items;" : down ? "ALTER TABLE items DROP COLUMN note;" : "-- cannot be undone",
        "",
      ].join("\n"),
    }),
  },
  {
    tooling: "Knex 3.1.0 migrations (`knex migrate:latest --env autorisen`, run from the `prefs-migrate` job)",
    adapter: "knex",
    revision: "20260102000000_add_note.js",
    parentRef: "20260101000000_init.js",
    revisionId: "20260102000000_add_note.js",
    parentId: "20260101000000_init.js",
    file2: "migrations/20260102000000_add_note.js",
    supportsDown: true,
    files: (n, down) => ({
      [`migrations/2026010${n}000000_${pick(n, "init", "add_note")}.js`]: [
        "/** @param { import('knex').Knex } knex */",
        "exports.up = function (knex) {",
        pick(n, "  return knex.schema.createTable('items', (t) => t.increments());", "  return knex.schema.alterTable('items', (t) => t.text('note'));"),
        "};",
        "",
        n === 1 || down
          ? `exports.down = (knex) => knex.schema.${pick(n, "dropTable('items')", "alterTable('items', (t) => t.dropColumn('note'))")};`
          : "exports.down = function (knex) {\n  // exports.down = () => knex.raw('x')\n  return Promise.resolve();\n};",
        "",
      ].join("\n"),
    }),
  },
  {
    tooling: "Sequelize CLI 6.6 (`npx sequelize-cli db:migrate`)",
    adapter: "sequelize",
    revision: "20260102000000-add-note.js",
    parentRef: "20260101000000-create-items.js",
    revisionId: "20260102000000-add-note.js",
    parentId: "20260101000000-create-items.js",
    file2: "migrations/20260102000000-add-note.js",
    supportsDown: true,
    files: (n, down) => ({
      [`migrations/2026010${n}000000-${pick(n, "create-items", "add-note")}.js`]: [
        "'use strict';",
        "/** @type {import('sequelize-cli').Migration} */",
        "module.exports = {",
        "  async up(queryInterface, Sequelize) {",
        pick(n, "    await queryInterface.createTable('items', { id: Sequelize.INTEGER });", "    await queryInterface.addColumn('items', 'note', Sequelize.TEXT);"),
        "  },",
        "",
        "  async down(queryInterface, Sequelize) {",
        n === 1 ? "    await queryInterface.dropTable('items');" : down ? "    await queryInterface.removeColumn('items', 'note');" : "    /* Add reverting commands here. */",
        "  },",
        "};",
        "",
      ].join("\n"),
    }),
  },
  {
    tooling: "TypeORM 0.3.20 migrations (`typeorm migration:run -d dist/data-source.js`)",
    adapter: "typeorm",
    revision: "1767312000000-AddNote",
    parentRef: "1767225600000-CreateItems",
    revisionId: "1767312000000-AddNote",
    parentId: "1767225600000-CreateItems",
    file2: "src/migrations/1767312000000-AddNote.ts",
    supportsDown: true,
    files: (n, down) => {
      const stamp = pick(n, "1767225600000", "1767312000000");
      const name = pick(n, "CreateItems", "AddNote");
      return {
        [`src/migrations/${stamp}-${name}.ts`]: [
          "import { MigrationInterface, QueryRunner } from 'typeorm';",
          "",
          `export class ${name}${stamp} implements MigrationInterface {`,
          `  name = '${name}${stamp}';`,
          "",
          "  public async up(queryRunner: QueryRunner): Promise<void> {",
          `    await queryRunner.query(\`${pick(n, "CREATE TABLE items (id int)", "ALTER TABLE items ADD note text")}\`);`,
          "  }",
          "",
          "  public async down(queryRunner: QueryRunner): Promise<void> {",
          n === 1 ? "    await queryRunner.query(`DROP TABLE items`);" : down ? "    await queryRunner.query(`ALTER TABLE items DROP COLUMN note`);" : "    throw new Error('irreversible: the note column holds data');",
          "  }",
          "}",
          "",
        ].join("\n"),
      };
    },
  },
  {
    tooling: "MikroORM 6 (`@mikro-orm/migrations`)",
    adapter: "mikro-orm",
    revision: "Migration20260102000000",
    parentRef: "Migration20260101000000.ts",
    revisionId: "Migration20260102000000",
    parentId: "Migration20260101000000",
    file2: "src/migrations/Migration20260102000000.ts",
    supportsDown: true,
    files: (n, down) => ({
      [`src/migrations/Migration2026010${n}000000.ts`]: [
        "import { Migration } from '@mikro-orm/migrations';",
        "",
        `export class Migration2026010${n}000000 extends Migration {`,
        "  override async up(): Promise<void> {",
        `    this.addSql('${pick(n, "create table items (id int);", "alter table items add note text;")}');`,
        "  }",
        "",
        "  override async down(): Promise<void> {",
        n === 1 ? "    this.addSql('drop table items;');" : down ? "    this.addSql('alter table items drop column note;');" : "",
        "  }",
        "}",
        "",
      ].join("\n"),
    }),
  },
  {
    tooling: "node-pg-migrate 7.4",
    adapter: "node-pg-migrate",
    revision: "1767312000000_add-note",
    parentRef: "1767225600000_create-items",
    revisionId: "1767312000000_add-note",
    parentId: "1767225600000_create-items",
    file2: "migrations/1767312000000_add-note.js",
    supportsDown: true,
    files: (n, down) => ({
      [`migrations/${pick(n, "1767225600000_create-items", "1767312000000_add-note")}.js`]: [
        "exports.shorthands = undefined;",
        "",
        `exports.up = (pgm) => {\n  ${pick(n, "pgm.createTable('items', { id: 'id' });", "pgm.addColumn('items', { note: { type: 'text' } });")}\n};`,
        "",
        n === 1 ? "exports.down = (pgm) => {\n  pgm.dropTable('items');\n};" : down ? "exports.down = (pgm) => pgm.dropColumn('items', 'note');" : "exports.down = false;",
        "",
      ].join("\n"),
    }),
  },
  {
    tooling: "Ecto SQL 3.11 (`mix ecto.migrate`, via `Chat.Release.migrate/0` in a one-off job)",
    adapter: "ecto",
    revision: "20260102000000",
    parentRef: "20260101000000_create_items.exs",
    revisionId: "20260102000000",
    parentId: "20260101000000",
    file2: "priv/repo/migrations/20260102000000_add_note.exs",
    supportsDown: true,
    files: (n, down) => ({
      [pick(n, "priv/repo/migrations/20260101000000_create_items.exs", "priv/repo/migrations/20260102000000_add_note.exs")]:
        n === 1
          ? "defmodule Shop.Repo.Migrations.CreateItems do\n  use Ecto.Migration\n\n  def change do\n    create table(:items) do\n      add :name, :string\n    end\n  end\nend\n"
          : down
            ? "defmodule Shop.Repo.Migrations.AddNote do\n  use Ecto.Migration\n\n  def change do\n    alter table(:items) do\n      add :note, :text\n    end\n  end\nend\n"
            : "defmodule Shop.Repo.Migrations.AddNote do\n  use Ecto.Migration\n\n  def change do\n    # a raw statement Ecto cannot reverse\n    execute \"UPDATE items SET note = ''\"\n  end\nend\n",
    }),
  },
  {
    tooling: "EF Core 8.0.3 migrations (`dotnet ef`), applied with a migration bundle (`efbundle`)",
    adapter: "ef-core",
    revision: "AddNote",
    parentRef: "20260101000000_CreateItems",
    revisionId: "20260102000000_AddNote",
    parentId: "20260101000000_CreateItems",
    file2: "Migrations/20260102000000_AddNote.cs",
    supportsDown: true,
    files: (n, down) => {
      const name = pick(n, "CreateItems", "AddNote");
      return {
        [`Migrations/2026010${n}000000_${name}.cs`]: [
          "using Microsoft.EntityFrameworkCore.Migrations;",
          "",
          "namespace Shop.Migrations",
          "{",
          `    public partial class ${name} : Migration`,
          "    {",
          "        protected override void Up(MigrationBuilder migrationBuilder)",
          "        {",
          `            migrationBuilder.Sql("${pick(n, "CREATE TABLE items (id int)", "ALTER TABLE items ADD note text")}");`,
          "        }",
          "",
          "        protected override void Down(MigrationBuilder migrationBuilder)",
          "        {",
          n === 1 || down ? `            migrationBuilder.Sql("${pick(n, "DROP TABLE items", "ALTER TABLE items DROP COLUMN note")}");` : "            // intentionally left empty: \"Down\" { }",
          "        }",
          "    }",
          "}",
          "",
        ].join("\n"),
        [`Migrations/2026010${n}000000_${name}.Designer.cs`]: `// <auto-generated />\n[Migration("2026010${n}000000_${name}")]\npartial class ${name} { }\n`,
      };
    },
  },
  {
    tooling: "dbmate 2.12",
    adapter: "dbmate",
    revision: "20260102000000",
    parentRef: "20260101000000_init.sql",
    revisionId: "20260102000000",
    parentId: "20260101000000",
    file2: "db/migrations/20260102000000_add_note.sql",
    supportsDown: true,
    files: (n, down) => ({
      [`db/migrations/2026010${n}000000_${pick(n, "init", "add_note")}.sql`]: [
        "-- migrate:up",
        pick(n, "CREATE TABLE items (id int);", "ALTER TABLE items ADD COLUMN note text;"),
        "",
        "-- migrate:down",
        n === 1 ? "DROP TABLE items;" : down ? "ALTER TABLE items DROP COLUMN note;" : "",
        "",
      ].join("\n"),
    }),
  },
  {
    tooling: "Atlas v0.24 (versioned migrations)",
    adapter: "atlas",
    revision: "20260102000000",
    parentRef: "20260101000000",
    revisionId: "20260102000000",
    parentId: "20260101000000",
    file2: "migrations/20260102000000_add_note.sql",
    supportsDown: false,
    neverReversible: true,
    files: (n) => ({
      [`migrations/2026010${n}000000_${pick(n, "init", "add_note")}.sql`]: pick(n, "CREATE TABLE items (id int);\n", "ALTER TABLE items ADD COLUMN note text;\n"),
      "migrations/atlas.sum": `h1:abc=\n20260101000000_init.sql h1:x=\n${n === 2 ? "20260102000000_add_note.sql h1:y=\n" : ""}`,
    }),
  },
  {
    tooling: "sqlx-cli 0.7 (`sqlx migrate run`)",
    adapter: "sqlx",
    revision: "20260102000000_add_note",
    parentRef: "20260101000000",
    revisionId: "20260102000000",
    parentId: "20260101000000",
    file2: "migrations/20260102000000_add_note.up.sql",
    supportsDown: true,
    files: (n, down) => ({
      [`migrations/2026010${n}000000_${pick(n, "init", "add_note")}.up.sql`]: pick(n, "CREATE TABLE items (id int);\n", "ALTER TABLE items ADD COLUMN note text;\n"),
      [`migrations/2026010${n}000000_${pick(n, "init", "add_note")}.down.sql`]: n === 1 ? "DROP TABLE items;\n" : down ? "ALTER TABLE items DROP COLUMN note;\n" : "/* irreversible */\n",
    }),
  },
  {
    tooling: "Diesel 2.1 (`diesel migration run`)",
    adapter: "diesel",
    revision: "2026-01-02-000000_add_note",
    parentRef: "2026-01-01-000000",
    revisionId: "2026-01-02-000000",
    parentId: "2026-01-01-000000",
    file2: "migrations/2026-01-02-000000_add_note/up.sql",
    supportsDown: true,
    files: (n, down) => ({
      [`migrations/2026-01-0${n}-000000_${pick(n, "init", "add_note")}/up.sql`]: pick(n, "CREATE TABLE items (id int);\n", "ALTER TABLE items ADD COLUMN note text;\n"),
      [`migrations/2026-01-0${n}-000000_${pick(n, "init", "add_note")}/down.sql`]: n === 1 ? "DROP TABLE items;\n" : down ? "ALTER TABLE items DROP COLUMN note;\n" : "-- This file should undo anything in `up.sql`\n",
    }),
  },
  {
    tooling: "Laravel 11 migrations (`php artisan migrate --force`)",
    adapter: "laravel",
    revision: "2026_01_02_000000_add_note_to_items_table",
    parentRef: "2026_01_01_000000_create_items_table.php",
    revisionId: "2026_01_02_000000_add_note_to_items_table",
    parentId: "2026_01_01_000000_create_items_table",
    file2: "database/migrations/2026_01_02_000000_add_note_to_items_table.php",
    supportsDown: true,
    files: (n, down) => ({
      [pick(n, "database/migrations/2026_01_01_000000_create_items_table.php", "database/migrations/2026_01_02_000000_add_note_to_items_table.php")]: [
        "<?php",
        "",
        "use Illuminate\\Database\\Migrations\\Migration;",
        "use Illuminate\\Database\\Schema\\Blueprint;",
        "use Illuminate\\Support\\Facades\\Schema;",
        "",
        "return new class extends Migration",
        "{",
        "    public function up(): void",
        "    {",
        `        ${pick(n, "Schema::create('items', function (Blueprint $table) { $table->id(); });", "Schema::table('items', function (Blueprint $table) { $table->text('note'); });")}`,
        "    }",
        "",
        "    public function down(): void",
        "    {",
        n === 1 ? "        Schema::dropIfExists('items');" : down ? "        Schema::table('items', function (Blueprint $table) { $table->dropColumn('note'); });" : "        // public function down() { Schema::drop('x'); }",
        "    }",
        "};",
        "",
      ].join("\n"),
    }),
  },
];
