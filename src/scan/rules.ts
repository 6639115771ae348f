/**
 * Detection rules as data (template hard STOP: no implicit or startup-triggered migrations).
 * Command rules match a command line that runs on a start path (Dockerfile CMD/ENTRYPOINT,
 * manifests, process managers, the scripts they start); code rules match calls and settings in
 * application source that migrate while the app boots. Adding a framework is adding an entry
 * (and its test in test/scan/rules.test.ts).
 */
import type { Tool } from "./schema.js";

export interface CommandRule {
  id: string;
  tool: Tool;
  /** Program names after unwrapping (`npx`, `bundle exec`, `python -m`, `php artisan` …); `*` for any. */
  programs: readonly string[];
  /** Alternatives: words that must appear consecutively among the arguments. */
  args: readonly (readonly string[])[];
  /** Arguments after which the command only reports or prints, and applies nothing. */
  unless?: readonly string[];
  /** Checked against the arguments joined by spaces, for shapes `args` cannot express. */
  argPattern?: RegExp;
  explanation: string;
  fix: string;
}

const DEPLOY_STEP =
  "Run it once as an explicit deploy step (a CI/CD job, a Kubernetes Job or Helm/Argo CD hook, a release phase) and remove it from the start path.";

export const COMMAND_RULES: readonly CommandRule[] = [
  { id: "alembic-upgrade", tool: "alembic", programs: ["alembic"], args: [["upgrade"]], unless: ["--sql"], explanation: "`alembic upgrade` applies pending Alembic migrations.", fix: DEPLOY_STEP },
  { id: "flask-db-upgrade", tool: "flask-migrate", programs: ["flask"], args: [["db", "upgrade"]], unless: ["--sql"], explanation: "`flask db upgrade` applies pending Flask-Migrate migrations.", fix: DEPLOY_STEP },
  { id: "django-migrate", tool: "django", programs: ["manage.py", "django-admin", "django-admin.py", "django"], args: [["migrate"]], unless: ["--check", "--plan", "--help"], explanation: "`manage.py migrate` applies pending Django migrations.", fix: DEPLOY_STEP },
  { id: "rails-db-migrate", tool: "rails", programs: ["rails", "rake"], args: [["db:migrate"], ["db:prepare"]], explanation: "`rails db:migrate` / `db:prepare` applies pending Active Record migrations.", fix: DEPLOY_STEP },
  { id: "laravel-artisan-migrate", tool: "laravel", programs: ["artisan"], args: [["migrate"], ["migrate:fresh"], ["migrate:refresh"]], explanation: "`php artisan migrate` applies pending Laravel migrations.", fix: DEPLOY_STEP },
  { id: "prisma-migrate", tool: "prisma", programs: ["prisma"], args: [["migrate", "deploy"], ["migrate", "dev"], ["migrate", "reset"], ["db", "push"]], explanation: "`prisma migrate deploy` (or `migrate dev`, `db push`) changes the schema.", fix: DEPLOY_STEP },
  { id: "typeorm-migration-run", tool: "typeorm", programs: ["typeorm", "typeorm-ts-node-commonjs", "typeorm-ts-node-esm"], args: [["migration:run"]], explanation: "`typeorm migration:run` applies pending TypeORM migrations.", fix: DEPLOY_STEP },
  { id: "sequelize-db-migrate", tool: "sequelize", programs: ["sequelize", "sequelize-cli"], args: [["db:migrate"]], explanation: "`sequelize db:migrate` applies pending Sequelize migrations.", fix: DEPLOY_STEP },
  { id: "knex-migrate-latest", tool: "knex", programs: ["knex"], args: [["migrate:latest"], ["migrate:up"]], explanation: "`knex migrate:latest` applies pending Knex migrations.", fix: DEPLOY_STEP },
  { id: "mikro-orm-migration-up", tool: "mikro-orm", programs: ["mikro-orm", "mikro-orm-esm"], args: [["migration:up"]], explanation: "`mikro-orm migration:up` applies pending MikroORM migrations.", fix: DEPLOY_STEP },
  { id: "node-pg-migrate-up", tool: "node-pg-migrate", programs: ["node-pg-migrate"], args: [["up"]], explanation: "`node-pg-migrate up` applies pending migrations.", fix: DEPLOY_STEP },
  { id: "golang-migrate-up", tool: "golang-migrate", programs: ["migrate"], args: [["up"], ["goto"]], explanation: "`migrate … up` (golang-migrate) applies pending migrations.", fix: DEPLOY_STEP },
  { id: "goose-up", tool: "goose", programs: ["goose"], args: [["up"], ["up-by-one"], ["up-to"]], explanation: "`goose … up` applies pending goose migrations.", fix: DEPLOY_STEP },
  { id: "atlas-apply", tool: "atlas", programs: ["atlas"], args: [["migrate", "apply"], ["schema", "apply"]], explanation: "`atlas migrate apply` / `schema apply` changes the schema.", fix: DEPLOY_STEP },
  { id: "dbmate-up", tool: "dbmate", programs: ["dbmate"], args: [["up"], ["migrate"]], explanation: "`dbmate up` applies pending dbmate migrations.", fix: DEPLOY_STEP },
  { id: "flyway-migrate", tool: "flyway", programs: ["flyway"], args: [["migrate"]], explanation: "`flyway migrate` applies pending Flyway migrations.", fix: DEPLOY_STEP },
  { id: "flyway-build-plugin", tool: "flyway", programs: ["mvn", "mvnw", "gradle", "gradlew"], args: [["flyway:migrate"], ["flywayMigrate"]], explanation: "The Flyway Maven/Gradle plugin's migrate goal applies pending migrations.", fix: DEPLOY_STEP },
  { id: "liquibase-update", tool: "liquibase", programs: ["liquibase"], args: [["update"], ["update-count"], ["update-to-tag"], ["updateCount"], ["updateToTag"]], explanation: "`liquibase update` applies pending changesets.", fix: DEPLOY_STEP },
  { id: "liquibase-build-plugin", tool: "liquibase", programs: ["mvn", "mvnw", "gradle", "gradlew"], args: [["liquibase:update"]], explanation: "The Liquibase Maven plugin's update goal applies pending changesets.", fix: DEPLOY_STEP },
  { id: "ef-database-update", tool: "ef-core", programs: ["dotnet"], args: [["ef", "database", "update"]], explanation: "`dotnet ef database update` applies pending EF Core migrations.", fix: DEPLOY_STEP },
  { id: "ef-database-update", tool: "ef-core", programs: ["dotnet-ef"], args: [["database", "update"]], explanation: "`dotnet ef database update` applies pending EF Core migrations.", fix: DEPLOY_STEP },
  { id: "mix-ecto-migrate", tool: "ecto", programs: ["mix"], args: [["ecto.migrate"]], explanation: "`mix ecto.migrate` applies pending Ecto migrations.", fix: DEPLOY_STEP },
  { id: "ecto-release-migrate", tool: "ecto", programs: ["*"], args: [], argPattern: /^eval\s+["']?[\w.]*(?:Release\.migrate|Ecto\.Migrator\.run)\b/, explanation: "The release's `migrate` task (Ecto.Migrator) runs.", fix: DEPLOY_STEP },
  { id: "diesel-migration-run", tool: "diesel", programs: ["diesel"], args: [["migration", "run"]], explanation: "`diesel migration run` applies pending Diesel migrations.", fix: DEPLOY_STEP },
  { id: "sqlx-migrate-run", tool: "sqlx", programs: ["sqlx"], args: [["migrate", "run"]], explanation: "`sqlx migrate run` applies pending SQLx migrations.", fix: DEPLOY_STEP },
];

export type Language = "python" | "javascript" | "go" | "ruby" | "php" | "java" | "csharp" | "elixir" | "rust" | "ormconfig";

/** Where in an application a call must sit to run at boot (beyond not being test or tooling code). */
export type BootContext = "django-boot" | "otp-application";

export interface CodeRule {
  id: string;
  tool: Tool;
  languages: readonly Language[];
  /** Matched on the file with comments blanked and string contents masked (so log text never matches). */
  pattern: RegExp;
  /** Matched on the original text of the match, for rules that need a string argument. */
  confirm?: RegExp;
  /** Must occur somewhere in the original file (an import of the library). */
  requires?: RegExp;
  context?: BootContext;
  explanation: string;
  fix: string;
}

const BOOT_FIX =
  "Remove the call from application start-up and apply migrations as an explicit deploy step (a CI/CD job, a Kubernetes Job or Helm/Argo CD hook, a release phase).";

export const CODE_RULES: readonly CodeRule[] = [
  { id: "alembic-command-upgrade", tool: "alembic", languages: ["python"], pattern: /\b(?:alembic\.)?command\.upgrade\s*\(/g, requires: /\balembic\b/, explanation: "Alembic's `command.upgrade()` applies pending migrations while the application starts.", fix: BOOT_FIX },
  { id: "flask-migrate-upgrade", tool: "flask-migrate", languages: ["python"], pattern: /\bflask_migrate\.upgrade\s*\(|(?<![\w.])(?<!\bdef\s+)upgrade\s*\(/g, requires: /\bfrom\s+flask_migrate\s+import\b[^\n]*\bupgrade\b|\bflask_migrate\.upgrade\b/, explanation: "Flask-Migrate's `upgrade()` applies pending migrations while the application starts.", fix: BOOT_FIX },
  { id: "django-call-command-migrate", tool: "django", languages: ["python"], pattern: /\b(?:management\.)?(?:call_command|execute_from_command_line)\s*\([^)]*\)/g, confirm: /^[\w.]*call_command\s*\(\s*["']migrate["']|^execute_from_command_line\s*\(\s*\[[^\]]*["']migrate["']/, context: "django-boot", explanation: "`call_command(\"migrate\")` in code Django runs at start-up (wsgi/asgi, settings, `AppConfig.ready`) applies pending migrations on every boot.", fix: BOOT_FIX },
  { id: "rails-migrate-call", tool: "rails", languages: ["ruby"], pattern: /\bActiveRecord::Tasks::DatabaseTasks\.migrate\b|\bActiveRecord::Migrator\.(?:migrate|up|run)\b|\bmigration_context\.migrate\b|\bMigrationContext\.new\b[^\n]*\.migrate\b|\bRake::Task\[[^\]]*\]\.invoke\b/g, confirm: /^(?!Rake)|Rake::Task\[\s*["']db:(?:migrate|prepare)["']\s*\]/, explanation: "Active Record migrations are applied from application code that runs at boot (an initializer or `after_initialize`).", fix: BOOT_FIX },
  { id: "laravel-artisan-call-migrate", tool: "laravel", languages: ["php"], pattern: /\bArtisan::call\s*\([^)]*\)/g, confirm: /Artisan::call\s*\(\s*["']migrate(?::fresh|:refresh)?(?![:\w-])/, explanation: "`Artisan::call('migrate')` in application code (a service provider's `boot()`) applies pending migrations on every boot.", fix: BOOT_FIX },
  { id: "typeorm-migrations-run", tool: "typeorm", languages: ["javascript", "ormconfig"], pattern: /["']?\bmigrationsRun["']?\s*:\s*true\b/g, explanation: "`migrationsRun: true` makes TypeORM apply pending migrations whenever the data source initialises.", fix: "Set `migrationsRun: false` and run `typeorm migration:run` as an explicit deploy step." },
  { id: "typeorm-run-migrations", tool: "typeorm", languages: ["javascript"], pattern: /\.\s*runMigrations\s*\(/g, explanation: "`dataSource.runMigrations()` applies pending TypeORM migrations while the application starts.", fix: BOOT_FIX },
  { id: "sequelize-sync-alter", tool: "sequelize", languages: ["javascript"], pattern: /\.\s*sync\s*\(\s*\{[^}]*\b(?:alter|force)\s*:\s*(?!false\b)[^\s,}]/g, explanation: "`sequelize.sync({ alter | force })` rewrites tables to match the models while the application starts.", fix: "Use plain `sync()` at most, and apply schema changes with versioned migrations as a deploy step." },
  { id: "umzug-up", tool: "sequelize", languages: ["javascript"], pattern: /\.\s*up\s*\(/g, requires: /\bumzug\b/i, explanation: "Umzug's `up()` applies pending migrations while the application starts.", fix: BOOT_FIX },
  { id: "knex-migrate-latest", tool: "knex", languages: ["javascript"], pattern: /\.\s*migrate\s*\.\s*(?:latest|up)\s*\(/g, explanation: "`knex.migrate.latest()` applies pending Knex migrations while the server starts.", fix: BOOT_FIX },
  { id: "mikro-orm-migrator-up", tool: "mikro-orm", languages: ["javascript"], pattern: /(?:getMigrator\s*\(\s*\)|\.\s*migrator)\s*\.\s*up\s*\(/g, explanation: "MikroORM's `getMigrator().up()` applies pending migrations while the application starts.", fix: BOOT_FIX },
  { id: "node-pg-migrate-runner", tool: "node-pg-migrate", languages: ["javascript"], pattern: /\b(?:runner|migrate|runMigrations)\s*\(\s*\{[^}]*\}/g, confirm: /\bdirection\s*:\s*["']up["']/, requires: /node-pg-migrate/, explanation: "node-pg-migrate's runner with `direction: 'up'` applies pending migrations while the application starts.", fix: BOOT_FIX },
  { id: "golang-migrate-up", tool: "golang-migrate", languages: ["go"], pattern: /\b\w+\s*\.\s*(?:Up\s*\(\s*\)|Steps\s*\(\s*\+?[1-9])/g, requires: /golang-migrate\/migrate/, explanation: "golang-migrate's `m.Up()` applies pending migrations while the program starts.", fix: BOOT_FIX },
  { id: "goose-up", tool: "goose", languages: ["go"], pattern: /\bgoose\s*\.\s*(?:Up|UpContext|UpTo|UpToContext|UpByOne|UpByOneContext)\s*\(/g, requires: /pressly\/goose/, explanation: "`goose.Up()` applies pending goose migrations while the program starts.", fix: BOOT_FIX },
  { id: "gorm-automigrate", tool: "gorm", languages: ["go"], pattern: /\.\s*AutoMigrate\s*\(/g, requires: /gorm\.io\/gorm|jinzhu\/gorm/, explanation: "GORM's `AutoMigrate()` changes tables to match the structs while the program starts (and is not a versioned migration).", fix: "Replace AutoMigrate with versioned migrations applied as an explicit deploy step." },
  { id: "flyway-migrate-call", tool: "flyway", languages: ["java"], pattern: /\.\s*migrate\s*\(\s*\)|\binitMethod\s*=\s*"[^"\n]*"/g, confirm: /^\.|initMethod\s*=\s*"migrate"/, requires: /org\.flywaydb/, explanation: "A Flyway bean calls `migrate()` while the Spring context starts.", fix: BOOT_FIX },
  { id: "liquibase-update-call", tool: "liquibase", languages: ["java"], pattern: /\b\w*[Ll]iquibase\w*\s*\.\s*update\s*\(/g, requires: /liquibase/, explanation: "`liquibase.update()` applies pending changesets while the application starts.", fix: BOOT_FIX },
  { id: "ef-core-database-migrate", tool: "ef-core", languages: ["csharp"], pattern: /\bDatabase\s*\.\s*Migrate(?:Async)?\s*\(/g, explanation: "`Database.Migrate()` / `MigrateAsync()` applies pending EF Core migrations while the host starts.", fix: "Apply migrations with an EF Core migration bundle or `dotnet ef database update` as a deploy step, not in Program.cs." },
  { id: "ecto-migrator-run", tool: "ecto", languages: ["elixir"], pattern: /\bEcto\.Migrator\.run\s*\(|\{\s*Ecto\.Migrator\s*,/g, context: "otp-application", explanation: "`Ecto.Migrator` runs from the OTP application's start callback, so every boot applies pending migrations.", fix: "Run the release's migrate task (`bin/app eval \"App.Release.migrate\"`) as a deploy step instead." },
  { id: "diesel-run-pending-migrations", tool: "diesel", languages: ["rust"], pattern: /\.\s*run_pending_migrations\s*\(/g, explanation: "Diesel's `run_pending_migrations()` applies embedded migrations while the server starts.", fix: BOOT_FIX },
  { id: "sqlx-migrate-run", tool: "sqlx", languages: ["rust"], pattern: /\bsqlx::migrate!\s*\([^)]*\)\s*\.\s*run\s*\(/g, explanation: "`sqlx::migrate!().run()` applies embedded migrations while the server starts.", fix: BOOT_FIX },
];

/** Spring Boot settings that switch on migration at context start-up. */
export interface SettingRule {
  id: string;
  tool: Tool;
  key: string;
  explanation: string;
  fix: string;
}

export const SETTING_RULES: readonly SettingRule[] = [
  { id: "spring-flyway-enabled", tool: "flyway", key: "spring.flyway.enabled", explanation: "`spring.flyway.enabled: true` makes Spring Boot apply pending Flyway migrations when the application starts.", fix: "Set `spring.flyway.enabled: false` and run `flyway migrate` as an explicit deploy step." },
  { id: "spring-liquibase-enabled", tool: "liquibase", key: "spring.liquibase.enabled", explanation: "`spring.liquibase.enabled: true` makes Spring Boot apply pending changesets when the application starts.", fix: "Set `spring.liquibase.enabled: false` and run `liquibase update` as an explicit deploy step." },
];

export const UNVERIFIABLE_RULE = {
  id: "unverifiable-start-script",
  explanation: "A start command runs a file the scanner could not read or follow (too large, binary, unreadable, vendored or nested too deep), so it cannot show that no migration runs there.",
  fix: "Keep start scripts small text files in the repository, or suppress with a reason after checking the file by hand.",
} as const;
