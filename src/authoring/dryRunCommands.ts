/**
 * Per migration tool, the command whose output a person pastes under §6 "Dry-run / Plan Output":
 * the tool's own dry run where it has one (Alembic offline SQL, `sqlmigrate`, Flyway
 * `-dryRunOutput`, `update-sql`, `prisma migrate diff`, Atlas `--dry-run`, `--pretend`, EF Core
 * `migrations script`, node-pg-migrate `--dry-run`), else its pending-migration status plus the
 * SQL the migration will run. A data table keyed by adapter id: adding a tool is adding an entry
 * (test/authoring checks every versioned adapter has one).
 */
import type { MigrationRecord } from "../migrations/adapter.js";

/** One shell word: quoted when it holds anything a shell would interpret. */
export function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

type DryRun = (m: MigrationRecord) => string;

const dir = (m: MigrationRecord) => shellWord(m.group);
const file = (m: MigrationRecord) => shellWord(m.file);
/** The single parent, or null for a first migration or a merge. */
const onlyParent = (m: MigrationRecord): string | null => (m.parents?.length === 1 ? m.parents[0]! : null);

export const DRY_RUN_COMMANDS: Readonly<Record<string, DryRun>> = {
  // Offline mode prints the SQL; a range needs a single start (a merge or a first migration runs from base).
  alembic: (m) => `alembic upgrade ${shellWord(onlyParent(m) ? `${onlyParent(m)}:${m.id}` : m.id)} --sql`,
  // Django ids are `<app label>.<migration name>`.
  django: (m) => {
    const dot = m.id.indexOf(".");
    return `python manage.py sqlmigrate ${shellWord(m.id.slice(0, dot))} ${shellWord(m.id.slice(dot + 1))}`;
  },
  rails: () => "bin/rails db:migrate:status",
  flyway: (m) =>
    `flyway -locations=${shellWord(`filesystem:${m.group}`)} -target=${shellWord(m.id)} -dryRunOutput=flyway-dry-run.sql migrate && cat flyway-dry-run.sql`,
  // A Liquibase migration's group is the changelog that includes it.
  liquibase: (m) => `liquibase update-sql --changelog-file=${dir(m)}`,
  prisma: (m) =>
    `npx prisma migrate diff --from-url "$DATABASE_URL" --to-migrations ${dir(m)} --shadow-database-url "$SHADOW_DATABASE_URL" --script`,
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
  laravel: () => "php artisan migrate --pretend",
};

/** The dry-run command for a migration, or null when the table has no entry for its tool. */
export function dryRunCommand(m: MigrationRecord): string | null {
  const entry = Object.prototype.hasOwnProperty.call(DRY_RUN_COMMANDS, m.tool) ? DRY_RUN_COMMANDS[m.tool] : undefined;
  return entry ? entry(m) : null;
}
