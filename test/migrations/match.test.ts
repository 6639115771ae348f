/** §4 tooling text → adapter: whole words, leftmost first, weak aliases last. */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ADAPTERS } from "../../src/migrations/adapters/index.js";
import { matchTool } from "../../src/migrations/match.js";

const id = (text: string): string | null => matchTool(text)?.id ?? null;

describe("matchTool", () => {
  it.each([
    ["Alembic 1.13.1 (SQLAlchemy 2.0.29)", "alembic"],
    ["Flask-Migrate 4.0 (Alembic)", "alembic"],
    ["Django migrations (`manage.py migrate`), Django 5.0.3", "django"],
    ["manage.py migrate", "django"],
    ["Rails 7.1 ActiveRecord migrations (`bin/rails db:migrate`), strong_migrations 1.8", "rails"],
    ["Flyway Community 10.8.1 (Spring Boot `spring.flyway.enabled=false`; run by the `inventory-migrate` job)", "flyway"],
    ["Liquibase 4.27.0 (XML changelogs, run by the `payments-migrate` Kubernetes job)", "liquibase"],
    ["Prisma Migrate 5.10.2 (`prisma migrate deploy`)", "prisma"],
    ["golang-migrate v4.17.0 (`migrate` CLI)", "golang-migrate"],
    ["`migrate` CLI v4.17", "golang-migrate"],
    ["migrate v4.17.0", "golang-migrate"],
    ["goose v3.19.2 (embedded SQL migrations, run by `flagd migrate`, never by `flagd serve`)", "goose"],
    ["pressly/goose", "goose"],
    ["Knex 3.1.0 migrations (`knex migrate:latest --env autorisen`)", "knex"],
    ["Sequelize CLI 6.6 (`npx sequelize-cli db:migrate`)", "sequelize"],
    ["TypeORM 0.3.20 migrations (`typeorm migration:run -d dist/data-source.js`)", "typeorm"],
    ["MikroORM 6", "mikro-orm"],
    ["node-pg-migrate 7", "node-pg-migrate"],
    ["Ecto SQL 3.11 (`mix ecto.migrate`, via `Chat.Release.migrate/0` in a one-off job)", "ecto"],
    ["EF Core 8.0.3 migrations (`efbundle` in the release pipeline)", "ef-core"],
    ["Entity Framework Core 8", "ef-core"],
    ["dotnet ef database update", "ef-core"],
    ["dbmate v2", "dbmate"],
    ["Atlas (versioned migration directory)", "atlas"],
    ["sqlx-cli 0.7", "sqlx"],
    ["Diesel CLI 2.1", "diesel"],
    ["Laravel 11 (`php artisan migrate`)", "laravel"],
    ["GORM AutoMigrate", "gorm"],
    ["ALEMBIC", "alembic"],
  ])("%s → %s", (text, expected) => {
    expect(id(text)).toBe(expected);
  });

  it.each([
    ["Mongoose 8 schemas"],
    ["Hibernate hbm2ddl"],
    ["Prismatic 2"],
    ["Ectoplasm"],
    ["chef recipes"],
    ["sqlxx"],
    ["TypeORMish"],
    ["migrated by hand"],
    [""],
  ])("%j names no tool", (text) => {
    expect(id(text)).toBeNull();
  });

  it("matches every adapter by its own id", () => {
    for (const a of ADAPTERS) expect(id(`${a.id} 1.0`)).toBe(a.id);
  });
});

const shared = resolve(dirname(fileURLToPath(import.meta.url)), "../../../shared/fixtures/work-orders");

describe.skipIf(!existsSync(shared))("the shared work orders' tooling lines", () => {
  it("each names a tool the gate has an adapter for", () => {
    const lines = readdirSync(shared)
      .filter((f) => f.endsWith(".md"))
      .flatMap((f) => readFileSync(resolve(shared, f), "utf8").split(/\r?\n/))
      .map((l) => /^\s*[-*+]?\s*tooling:\s*(.+)$/i.exec(l)?.[1])
      .filter((t): t is string => !!t && !/^<.*>$/.test(t.trim()));
    expect(lines.length).toBeGreaterThan(20);
    for (const t of lines) expect(matchTool(t), t).not.toBeNull();
  });
});
