/**
 * One positive and one look-alike negative per framework and per start path, each a tiny
 * repository written to a temp directory and scanned for real.
 */
import { describe, expect, it } from "vitest";
import { expectedKeys, foundKeys, scanFiles, type Expect } from "./scanFiles.js";

interface Case {
  name: string;
  files: Record<string, string>;
  expect: Expect[];
}

const py = (body: string) => body.trim() + "\n";

const CASES: Case[] = [
  // --- app-boot -------------------------------------------------------------------------
  {
    name: "alembic command.upgrade in a FastAPI lifespan",
    files: { "app/main.py": py(`from alembic import command\nfrom alembic.config import Config\n\nasync def lifespan(app):\n    command.upgrade(Config("alembic.ini"), "head")\n    yield\n`) },
    expect: [{ file: "app/main.py", at: "command.upgrade", trigger: "app-boot", tool: "alembic" }],
  },
  {
    name: "alembic: a log message and a comment are not calls",
    files: { "app/main.py": py(`from alembic import command\n# command.upgrade(cfg, "head") is run by the deploy job\nlog.warning("run command.upgrade(cfg) first")\ncommand.current(cfg)\n`) },
    expect: [],
  },
  {
    name: "flask-migrate upgrade() in create_app",
    files: { "app/__init__.py": py(`from flask_migrate import upgrade\n\ndef create_app():\n    app = Flask(__name__)\n    with app.app_context():\n        upgrade()\n    return app\n`) },
    expect: [{ file: "app/__init__.py", at: "        upgrade()", trigger: "app-boot", tool: "flask-migrate" }],
  },
  {
    name: "flask-migrate: Migrate() registration and a migration's def upgrade() are not",
    files: {
      "app/__init__.py": py(`from flask_migrate import Migrate\nmigrate = Migrate()\nmigrate.init_app(app, db)\n`),
      "migrations/versions/1_init.py": py(`from flask_migrate import upgrade\n\ndef upgrade():\n    op.create_table("t")\n`),
    },
    expect: [],
  },
  {
    name: "django call_command('migrate') in AppConfig.ready and in wsgi.py",
    files: {
      "core/apps.py": py(`from django.core.management import call_command\nclass CoreConfig(AppConfig):\n    def ready(self):\n        call_command("migrate", interactive=False)\n`),
      "site/wsgi.py": py(`from django.core import management\nmanagement.call_command('migrate')\napplication = get_wsgi_application()\n`),
    },
    expect: [
      { file: "core/apps.py", at: 'call_command("migrate"', trigger: "app-boot", tool: "django" },
      { file: "site/wsgi.py", at: "management.call_command", trigger: "app-boot", tool: "django" },
    ],
  },
  {
    name: "django: a management command, makemigrations and a string set are not",
    files: {
      "core/management/commands/bootstrap.py": py(`def handle(self):\n    call_command("migrate")\n`),
      "core/apps.py": py(`SKIP = {"migrate", "test"}\nclass C(AppConfig):\n    def ready(self):\n        call_command("makemigrations", "--check")\n`),
      "core/views.py": py(`def reset(request):\n    call_command("migrate")\n`),
    },
    expect: [],
  },
  {
    name: "typeorm migrationsRun: true and runMigrations()",
    files: {
      "src/app.module.ts": `TypeOrmModule.forRoot({\n  type: 'postgres',\n  migrationsRun: true,\n});\n`,
      "src/main.ts": `async function main() {\n  await dataSource.initialize();\n  await dataSource.runMigrations();\n}\n`,
    },
    expect: [
      { file: "src/app.module.ts", at: "migrationsRun", trigger: "app-boot", tool: "typeorm" },
      { file: "src/main.ts", at: "runMigrations", trigger: "app-boot", tool: "typeorm" },
    ],
  },
  {
    name: "typeorm: migrationsRun: false, showMigrations() and a comment are not",
    files: { "src/data-source.ts": `export const opts = {\n  migrationsRun: false,\n};\n// dataSource.runMigrations() runs in CI\nawait dataSource.showMigrations();\n` },
    expect: [],
  },
  {
    name: "sequelize sync({ alter: true }) and sync({ force: true })",
    files: { "src/server.js": `async function start() {\n  await sequelize.sync({ alter: true });\n  await User.sync({ force: true });\n}\n` },
    expect: [
      { file: "src/server.js", at: "alter: true", trigger: "app-boot", tool: "sequelize" },
      { file: "src/server.js", at: "force: true", trigger: "app-boot", tool: "sequelize" },
    ],
  },
  {
    name: "sequelize: plain sync(), alter: false and test setup are not",
    files: {
      "src/server.js": `await sequelize.sync();\nawait sequelize.sync({ alter: false });\n`,
      "tests/setup.js": `beforeAll(() => sequelize.sync({ force: true }));\n`,
    },
    expect: [],
  },
  {
    name: "knex migrate.latest() on server start",
    files: { "src/index.js": `const [batch] = await knex.migrate.latest();\napp.listen(3000);\n` },
    expect: [{ file: "src/index.js", at: "migrate.latest", trigger: "app-boot", tool: "knex" }],
  },
  {
    name: "knex: migrate.currentVersion() and a migration file are not",
    files: { "src/index.js": `await knex.migrate.currentVersion();\n`, "migrations/1_init.js": `export function up(knex) { return knex.migrate.latest(); }\n` },
    expect: [],
  },
  {
    name: "mikro-orm getMigrator().up()",
    files: { "src/main.ts": `const orm = app.get(MikroORM);\nawait orm.getMigrator().up();\n` },
    expect: [{ file: "src/main.ts", at: "getMigrator", trigger: "app-boot", tool: "mikro-orm" }],
  },
  {
    name: "mikro-orm: getMigrator().createMigration() is not",
    files: { "src/main.ts": `await orm.getMigrator().createMigration();\n` },
    expect: [],
  },
  {
    name: "golang-migrate m.Up() and goose.Up( and GORM AutoMigrate(",
    files: {
      "cmd/api/main.go": `package main\nimport "github.com/golang-migrate/migrate/v4"\nfunc main() {\n\tm, _ := migrate.New("file://db", dsn)\n\tif err := m.Up(); err != nil {}\n}\n`,
      "cmd/ledger/main.go": `package main\nimport "github.com/pressly/goose/v3"\nfunc main() {\n\tif err := goose.Up(db, "migrations"); err != nil {}\n}\n`,
      "cmd/notify/main.go": `package main\nimport "gorm.io/gorm"\nfunc main() {\n\tdb.AutoMigrate(&User{})\n}\n`,
    },
    expect: [
      { file: "cmd/api/main.go", at: "m.Up()", trigger: "app-boot", tool: "golang-migrate" },
      { file: "cmd/ledger/main.go", at: "goose.Up(", trigger: "app-boot", tool: "goose" },
      { file: "cmd/notify/main.go", at: "AutoMigrate", trigger: "app-boot", tool: "gorm" },
    ],
  },
  {
    name: "go: m.Version(), goose status, AutoMigrate in a _test.go and a log string are not",
    files: {
      "cmd/api/main.go": `package main\nimport "github.com/golang-migrate/migrate/v4"\nfunc main() {\n\tv, _, _ := m.Version()\n\tlog.Print("run m.Up() first")\n}\n`,
      "store/store_test.go": `package store\nimport "gorm.io/gorm"\nfunc setup() { db.AutoMigrate(&X{}) }\n`,
      "cmd/ledger/main.go": `package main\nimport "github.com/pressly/goose/v3"\nfunc main() { goose.Status(db, "m") }\n`,
    },
    expect: [],
  },
  {
    name: "spring.flyway.enabled: true, spring.liquibase.enabled=true and a Flyway migrate() bean",
    files: {
      "orders/src/main/resources/application.yml": `spring:\n  flyway:\n    enabled: true\n    baseline-on-migrate: true\n`,
      "inventory/src/main/resources/application.properties": `spring.liquibase.enabled=true\n`,
      "billing/src/main/java/FlywayConfig.java": `import org.flywaydb.core.Flyway;\nclass C {\n  @Bean Flyway f(DataSource ds) {\n    Flyway flyway = Flyway.configure().baselineOnMigrate(true).load();\n    flyway.migrate();\n    return flyway;\n  }\n}\n`,
    },
    expect: [
      { file: "orders/src/main/resources/application.yml", at: "enabled: true", trigger: "app-boot", tool: "flyway" },
      { file: "inventory/src/main/resources/application.properties", at: "liquibase.enabled", trigger: "app-boot", tool: "liquibase" },
      { file: "billing/src/main/java/FlywayConfig.java", at: "flyway.migrate()", trigger: "app-boot", tool: "flyway" },
    ],
  },
  {
    name: "spring: enabled: false, baselineOnMigrate and flyway.info() are not",
    files: {
      "src/main/resources/application.yml": `spring:\n  # enabled: true would migrate at boot\n  flyway:\n    enabled: false\n`,
      "src/main/resources/application.properties": `spring.flyway.enabled=false\n#spring.liquibase.enabled=true\n`,
      "src/main/java/C.java": `import org.flywaydb.core.Flyway;\nclass C { void f() { Flyway.configure().baselineOnMigrate(true).load().info(); } }\n`,
      "src/test/resources/application.yml": `spring:\n  flyway:\n    enabled: true\n`,
    },
    expect: [],
  },
  {
    name: ".NET Database.Migrate() and MigrateAsync()",
    files: { "Program.cs": `var app = builder.Build();\nusing (var scope = app.Services.CreateScope()) {\n  db.Database.Migrate();\n  await audit.Database.MigrateAsync();\n}\n` },
    expect: [
      { file: "Program.cs", at: "Database.Migrate()", trigger: "app-boot", tool: "ef-core" },
      { file: "Program.cs", at: "MigrateAsync", trigger: "app-boot", tool: "ef-core" },
    ],
  },
  {
    name: ".NET: GetPendingMigrationsAsync() and a migration class are not",
    files: {
      "Program.cs": `var pending = await db.Database.GetPendingMigrationsAsync();\nlogger.LogWarning("apply with Database.Migrate()");\n`,
      "Migrations/2024_Init.cs": `public partial class Init : Migration { void Up(MigrationBuilder b) { db.Database.Migrate(); } }\n`,
    },
    expect: [],
  },
  {
    name: "rails: DatabaseTasks.migrate in an initializer; db:migrate in a Dockerfile entrypoint script",
    files: {
      "config/initializers/auto.rb": `Rails.application.config.after_initialize do\n  ActiveRecord::Tasks::DatabaseTasks.migrate\nend\n`,
      Dockerfile: `FROM ruby:3.3\nWORKDIR /rails\nCOPY . .\nENTRYPOINT ["/rails/bin/docker-entrypoint"]\nCMD ["./bin/rails", "server"]\n`,
      "bin/docker-entrypoint": `#!/bin/bash -e\nif [ "\${1}" == "./bin/rails" ] && [ "\${2}" == "server" ]; then\n  ./bin/rails db:prepare\nfi\nexec "\${@}"\n`,
    },
    expect: [
      { file: "config/initializers/auto.rb", at: "DatabaseTasks", trigger: "app-boot", tool: "rails" },
      { file: "bin/docker-entrypoint", at: "db:prepare", trigger: "container-start", tool: "rails" },
    ],
  },
  {
    name: "rails: needs_migration?, a rake task named migrate_* and db:migrate:status are not",
    files: {
      "config/initializers/warn.rb": `if ActiveRecord::Base.connection_pool.migration_context.needs_migration?\n  Rails.logger.warn("run bin/rails db:migrate")\nend\n`,
      "lib/tasks/data.rake": `task migrate_phones: :environment do\nend\n`,
      "Procfile": `web: bin/rails db:migrate:status && bundle exec puma\n`,
    },
    expect: [],
  },
  {
    name: "laravel: Artisan::call('migrate') in a provider; artisan migrate in supervisord",
    files: {
      "app/Providers/AppServiceProvider.php": `<?php\nclass AppServiceProvider {\n  public function boot(): void {\n    if (! $this->app->runningInConsole()) {\n      Artisan::call('migrate', ['--force' => true]);\n    }\n  }\n}\n`,
      "docker/supervisord.conf": `[supervisord]\nnodaemon=true\n\n[program:migrate]\ncommand=php /var/www/html/artisan migrate --force\nautostart=true\n`,
    },
    expect: [
      { file: "app/Providers/AppServiceProvider.php", at: "Artisan::call", trigger: "app-boot", tool: "laravel" },
      { file: "docker/supervisord.conf", at: "command=php", trigger: "process-manager", tool: "laravel" },
    ],
  },
  {
    name: "laravel: migrate:status, autostart=false and a console command are not",
    files: {
      "docker/entrypoint.sh": `#!/bin/sh\nphp artisan migrate:status || true\n`,
      Dockerfile: `FROM php:8.3\nCOPY docker/entrypoint.sh /usr/local/bin/entrypoint.sh\nENTRYPOINT ["entrypoint.sh"]\n`,
      "supervisord.conf": `[program:migrate]\ncommand=php artisan migrate --force\nautostart=false\n`,
      "app/Console/Commands/Reset.php": `<?php\nArtisan::call('migrate:fresh');\n`,
    },
    expect: [],
  },
  {
    name: "ecto: Migrator.run in the OTP application; mix ecto.migrate in a compose-started script",
    files: {
      "lib/shop/application.ex": `defmodule Shop.Application do\n  use Application\n  def start(_t, _a) do\n    Ecto.Migrator.run(Shop.Repo, :up, all: true)\n  end\nend\n`,
      "docker-compose.yml": `services:\n  web:\n    build: .\n    command: ./docker/dev.sh\n    working_dir: /app\n    volumes:\n      - .:/app\n`,
      "docker/dev.sh": `#!/bin/sh\nmix ecto.create\nmix ecto.migrate\nexec mix phx.server\n`,
    },
    expect: [
      { file: "lib/shop/application.ex", at: "Ecto.Migrator.run", trigger: "app-boot", tool: "ecto" },
      { file: "docker/dev.sh", at: "ecto.migrate", trigger: "container-start", tool: "ecto" },
    ],
  },
  {
    name: "ecto: a release module's migrate task and mix aliases are not",
    files: {
      "lib/shop/release.ex": `defmodule Shop.Release do\n  def migrate do\n    Ecto.Migrator.with_repo(r, &Ecto.Migrator.run(&1, :up, all: true))\n  end\nend\n`,
      "mix.exs": `defp aliases do\n  ["ecto.setup": ["ecto.create", "ecto.migrate"]]\nend\n`,
      "rel/overlays/bin/migrate": `#!/bin/sh\nexec ./shop eval Shop.Release.migrate\n`,
    },
    expect: [],
  },
  {
    name: "ecto: the release's migrate called from the start script is",
    files: {
      Dockerfile: `FROM debian\nWORKDIR /app\nCOPY rel/overlays/bin/server /app/bin/server\nCMD ["/app/bin/server"]\n`,
      "rel/overlays/bin/server": `#!/bin/sh\n./shop eval "Shop.Release.migrate"\nexec ./shop start\n`,
    },
    expect: [{ file: "rel/overlays/bin/server", at: "eval", trigger: "container-start", tool: "ecto" }],
  },
  {
    name: "diesel run_pending_migrations and sqlx migrate!().run",
    files: {
      "src/main.rs": `fn main() {\n    conn.run_pending_migrations(MIGRATIONS).expect("failed to run pending migrations");\n    sqlx::migrate!("./migrations").run(&pool).await?;\n}\n`,
    },
    expect: [
      { file: "src/main.rs", at: "run_pending_migrations", trigger: "app-boot", tool: "diesel" },
      { file: "src/main.rs", at: "sqlx::migrate!", trigger: "app-boot", tool: "sqlx" },
    ],
  },
  {
    name: "rust: embed_migrations! and a log line are not",
    files: { "src/main.rs": `pub const M: EmbeddedMigrations = embed_migrations!("migrations");\nfn main() { info!("run_pending_migrations() happens in CI"); }\n` },
    expect: [],
  },
  // --- container-start, build ---------------------------------------------------------------
  {
    name: "Dockerfile: exec-form sh -c, shell-form CMD with continuations, RUN is build",
    files: {
      Dockerfile: [
        "FROM python:3.12 AS base",
        "RUN alembic upgrade head && pytest",
        "FROM base",
        `CMD ["sh", "-c", "flask db upgrade && exec gunicorn app:app"]`,
        "FROM base AS demo",
        "CMD python manage.py check --deploy && \\",
        "    python manage.py migrate --noinput && \\",
        "    exec gunicorn app.wsgi",
      ].join("\n"),
    },
    expect: [
      { file: "Dockerfile", at: "RUN alembic", trigger: "build", tool: "alembic" },
      { file: "Dockerfile", at: "flask db upgrade", trigger: "container-start", tool: "flask-migrate" },
      { file: "Dockerfile", at: "manage.py migrate", trigger: "container-start", tool: "django" },
    ],
  },
  {
    name: "Dockerfile: a commented CMD, collectstatic and prisma generate are not",
    files: { Dockerfile: `FROM node:20\n# CMD ["sh", "-c", "alembic upgrade head && uvicorn app"]\nRUN python manage.py collectstatic --noinput\nRUN npx prisma generate\nCMD ["node", "dist/index.js"]\n` },
    expect: [],
  },
  {
    name: "Dockerfile: a script copied under another name and found by its bare name",
    files: {
      Dockerfile: `FROM php:8.3-fpm\nWORKDIR /var/www/html\nCOPY scripts/start.sh /usr/local/bin/docker-start\nENTRYPOINT ["docker-start"]\nCMD ["php-fpm"]\n`,
      "scripts/start.sh": `#!/usr/bin/env bash\nrun_migrations() {\n  php artisan migrate --force\n}\nif [ "\${1:-}" = "php-fpm" ]; then\n  run_migrations\nfi\nexec "$@"\n`,
      "scripts/reset-db.sh": `#!/usr/bin/env bash\nphp artisan migrate:fresh --seed\n`,
    },
    expect: [{ file: "scripts/start.sh", at: "artisan migrate", trigger: "container-start", tool: "laravel" }],
  },
  {
    name: "Dockerfile: multi-stage COPY --from carries the entrypoint script",
    files: {
      Dockerfile: `FROM node:20 AS build\nWORKDIR /src\nCOPY . .\nFROM node:20\nCOPY --from=build /src/docker/entry.sh /entry.sh\nENTRYPOINT ["/entry.sh"]\n`,
      "docker/entry.sh": `#!/bin/sh\nnpx prisma migrate deploy\nexec node server.js\n`,
    },
    expect: [{ file: "docker/entry.sh", at: "npx prisma", trigger: "container-start", tool: "prisma" }],
  },
  // --- pod-start ------------------------------------------------------------------------------
  {
    name: "kubernetes: initContainer command, block-scalar args, Helm template initContainer",
    files: {
      "k8s/web.yaml": `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      initContainers:\n        - name: migrate\n          command:\n            - /atlas\n            - migrate\n            - apply\n      containers:\n        - name: web\n          command: ["/bin/sh", "-c"]\n          args:\n            - |\n              python manage.py migrate --noinput\n              exec gunicorn shop.wsgi\n`,
      "chart/Chart.yaml": `apiVersion: v2\nname: c\nversion: 1.0.0\n`,
      "chart/values.yaml": `migrations:\n  initContainer: true\n`,
      "chart/templates/deploy.yaml": `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: {{ include "c.fullname" . }}\nspec:\n  template:\n    spec:\n      initContainers:\n{{- if .Values.migrations.initContainer }}\n        - name: dbmate\n          image: "{{ .Values.image }}"\n          command: ["dbmate", "--wait", "up"]\n{{- end }}\n      containers:\n        - name: app\n          image: x\n`,
    },
    expect: [
      { file: "k8s/web.yaml", at: "- /atlas", trigger: "pod-start", tool: "atlas" },
      { file: "k8s/web.yaml", at: "python manage.py migrate", trigger: "pod-start", tool: "django" },
      { file: "chart/templates/deploy.yaml", at: `command: ["dbmate"`, trigger: "pod-start", tool: "dbmate" },
    ],
  },
  {
    name: "kubernetes: Jobs, Helm hook Jobs, Argo CD hooks, migrate --check and a values-off block are not",
    files: {
      "k8s/job.yaml": `apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: m\nspec:\n  template:\n    spec:\n      containers:\n        - name: m\n          command: ["python", "manage.py", "migrate"]\n`,
      "k8s/argo.yaml": `apiVersion: v1\nkind: Pod\nmetadata:\n  name: m\n  annotations:\n    argocd.argoproj.io/hook: PreSync\nspec:\n  containers:\n    - name: m\n      command: ["flyway", "migrate"]\n`,
      "chart/Chart.yaml": `apiVersion: v2\nname: c\nversion: 1.0.0\n`,
      "chart/values.yaml": `migrations:\n  initContainer: false\n`,
      "chart/templates/hook.yaml": `apiVersion: batch/v1\nkind: Job\nmetadata:\n  annotations:\n    "helm.sh/hook": pre-upgrade\nspec:\n  template:\n    spec:\n      containers:\n        - name: m\n          command: ["alembic", "upgrade", "head"]\n`,
      "chart/templates/deploy.yaml": `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\nspec:\n  template:\n    spec:\n      initContainers:\n{{- if .Values.migrations.initContainer }}\n        - name: m\n          command: ["alembic", "upgrade", "head"]\n{{- end }}\n        - name: wait\n          command: ["sh", "-c", "until python manage.py migrate --check; do sleep 5; done"]\n      containers:\n        - name: app\n          image: x\n`,
    },
    expect: [],
  },
  // --- process-manager ----------------------------------------------------------------------
  {
    name: "compose command, Procfile web, systemd ExecStartPre, package.json prestart/start, runit run",
    files: {
      "docker-compose.yml": `services:\n  web:\n    image: x\n    command: >\n      sh -c "python manage.py migrate --noinput &&\n             python manage.py runserver"\n  api:\n    image: y\n    entrypoint: ["sh", "-c", "npx node-pg-migrate up && exec node src/index.js"]\n`,
      Procfile: `release: python manage.py migrate\nweb: python manage.py migrate && gunicorn app.wsgi\n`,
      "deploy/app.service": `[Service]\nExecStartPre=/opt/app/venv/bin/flask db upgrade\nExecStart=/opt/app/venv/bin/gunicorn app:app\n`,
      "package.json": `{\n  "scripts": {\n    "prestart": "npx sequelize-cli db:migrate",\n    "start": "prisma migrate deploy && next start",\n    "migrate:dev": "prisma migrate dev"\n  }\n}\n`,
      "sv/worker/run": `#!/bin/sh\nexec chpst -u app knex migrate:latest\n`,
    },
    expect: [
      { file: "docker-compose.yml", at: "python manage.py migrate", trigger: "process-manager", tool: "django" },
      { file: "docker-compose.yml", at: "node-pg-migrate", trigger: "process-manager", tool: "node-pg-migrate" },
      { file: "Procfile", at: "web:", trigger: "process-manager", tool: "django" },
      { file: "deploy/app.service", at: "ExecStartPre", trigger: "process-manager", tool: "flask-migrate" },
      { file: "package.json", at: "prestart", trigger: "process-manager", tool: "sequelize" },
      { file: "package.json", at: '"start"', trigger: "process-manager", tool: "prisma" },
      { file: "sv/worker/run", at: "knex", trigger: "process-manager", tool: "knex" },
    ],
  },
  {
    name: "process managers: Procfile release, CI workflows, Makefiles, a commented compose command are not",
    files: {
      Procfile: `release: bundle exec rails db:migrate\nweb: bundle exec puma\n`,
      ".github/workflows/deploy.yml": `jobs:\n  m:\n    steps:\n      - run: npx prisma migrate deploy\n`,
      Makefile: `migrate:\n\talembic upgrade head\n`,
      "docker-compose.yml": `services:\n  api:\n    image: x\n    # command: sh -c "alembic upgrade head && uvicorn app"\n    command: uvicorn app.main:app\n`,
      "package.json": `{\n  "scripts": {\n    "start": "node dist/index.js",\n    "db:deploy": "prisma migrate deploy",\n    "postinstall": "prisma generate"\n  }\n}\n`,
      "README.md": "Run `alembic upgrade head` before starting.\n",
    },
    expect: [],
  },
  {
    name: "npm start in CMD follows into package.json scripts it runs",
    files: {
      Dockerfile: `FROM node:20\nWORKDIR /app\nCOPY package.json ./\nCMD ["npm", "start"]\n`,
      "package.json": `{\n  "scripts": {\n    "start": "npm run db:deploy && node server.js",\n    "db:deploy": "prisma migrate deploy"\n  }\n}\n`,
    },
    expect: [{ file: "package.json", at: "db:deploy\": \"prisma", trigger: "process-manager", tool: "prisma" }],
  },
  // --- guards ---------------------------------------------------------------------------------
  {
    name: "guards: a flag that defaults to off and nothing turns on is not a finding",
    files: {
      Dockerfile: `FROM python:3.12\nCOPY entry.sh /entry.sh\nENTRYPOINT ["/entry.sh"]\nCMD ["uvicorn", "app:app"]\n`,
      "entry.sh": `#!/bin/sh\nif [ "\${RUN_MIGRATIONS:-false}" = "true" ]; then\n  alembic upgrade head\nfi\n[ -n "$MIGRATE_ON_START" ] && flask db upgrade\nexec "$@"\n`,
    },
    expect: [],
  },
  {
    name: "guards: the same flag turned on by compose, and a flag that defaults to on, are findings",
    files: {
      Dockerfile: `FROM python:3.12\nCOPY entry.sh /entry.sh\nENTRYPOINT ["/entry.sh"]\nCMD ["uvicorn", "app:app"]\n`,
      "entry.sh": `#!/bin/sh\nif [ "\${RUN_MIGRATIONS:-false}" = "true" ]; then\n  alembic upgrade head\nfi\n[ "\${SKIP_MIGRATE:-0}" = "1" ] || flask db upgrade\nexec "$@"\n`,
      "docker-compose.yml": `services:\n  api:\n    build: .\n    environment:\n      RUN_MIGRATIONS: "true"\n`,
    },
    expect: [
      { file: "entry.sh", at: "alembic upgrade", trigger: "container-start", tool: "alembic" },
      { file: "entry.sh", at: "flask db upgrade", trigger: "container-start", tool: "flask-migrate" },
    ],
  },
];

describe("startup-migration rules", () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const result = await scanFiles(c.files);
      expect(foundKeys(result)).toEqual(expectedKeys(c.files, c.expect));
    });
  }
});
