/**
 * Generated repositories for the scanner (fast-check arbitraries): small trees of the files the
 * scanner follows (Dockerfiles, entrypoint scripts, compose files, manifests, Procfiles,
 * package.json, supervisord, application code, .env, .gitignore), taken from the startup-scan
 * fixtures when ../shared is there and from templates, their contents mutated (byte flips,
 * truncation, fragments, NUL bytes, invalid UTF-8, huge lines, CRLF), with odd names (spaces,
 * newlines, non-UTF-8 bytes), symlinks (loops, dangling, into the repository, out of it), binary
 * and oversized (sparse) files. Some repositories carry a planted start-path migration the scan
 * must report, and symlinks to a canary outside the repository the scan must never read.
 */
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { root } from "./documents.js";

export type Entry =
  | { kind: "file"; path: string; content: Buffer }
  /** A name whose bytes are not UTF-8 (the decoded path is only for reports). */
  | { kind: "raw-name"; dir: string; name: number[]; content: Buffer }
  | { kind: "sparse"; path: string; bytes: number }
  | { kind: "symlink"; path: string; target: string };

export interface RepoSpec {
  label: string;
  entries: Entry[];
  /** Initialise git and stage everything (tracked files), instead of a plain directory. */
  git: boolean;
  /** The planted start-path migration (files under planted/), or null. */
  planted: string | null;
}

/** Text that only the canary files outside the repository hold. */
export const CANARY = "CANARY-OUTSIDE-THE-REPOSITORY";

/** Files outside every repository, that symlinks point at: reading them would be a migration finding. */
export const OUTSIDE_FILES: Record<string, string> = {
  Procfile: `web: alembic upgrade head && gunicorn app:app # ${CANARY}\n`,
  "entrypoint.sh": `#!/bin/sh\nalembic upgrade head # ${CANARY}\nexec "$@"\n`,
  "docker-compose.yml": `services:\n  web:\n    command: sh -c "flask db upgrade && flask run" # ${CANARY}\n`,
};

const MIGRATING = [
  "alembic upgrade head",
  "flask db upgrade",
  "python manage.py migrate --noinput",
  "bundle exec rails db:migrate",
  "php artisan migrate --force",
  "npx prisma migrate deploy",
  "npx sequelize-cli db:migrate",
  "npx knex migrate:latest",
  "goose -dir db up",
  "migrate -path /migrations -database $DATABASE_URL up",
  "dbmate up",
  "flyway migrate",
  "liquibase update",
  "dotnet ef database update",
  "mix ecto.migrate",
  "diesel migration run",
  "sqlx migrate run",
  "npx typeorm migration:run",
  "atlas migrate apply --env prod",
];
const HARMLESS = ["gunicorn app:app", "node server.js", "echo starting", "exec \"$@\"", "alembic check", "python manage.py migrate --check", "prisma generate", "sleep 1"];

/** Start-path migrations the scanner reports (test/fuzz checks each alone); all under planted/. */
export const PLANTS: Record<string, Record<string, string>> = {
  procfile: { "planted/Procfile": "web: alembic upgrade head && gunicorn app:app\n" },
  dockerfile: {
    "planted/Dockerfile": 'FROM python:3.12\nCOPY entrypoint.sh /entrypoint.sh\nENTRYPOINT ["/entrypoint.sh"]\n',
    "planted/entrypoint.sh": "#!/bin/sh\nset -e\nflask db upgrade\nexec gunicorn app:app\n",
  },
  compose: { "planted/docker-compose.yml": "services:\n  web:\n    image: app\n    command: sh -c \"python manage.py migrate && gunicorn app.wsgi\"\n" },
  kubernetes: {
    "planted/deploy.yaml":
      "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      initContainers:\n        - name: migrate\n          image: app\n          command: [\"python\", \"manage.py\", \"migrate\"]\n      containers:\n        - name: web\n          image: app\n",
  },
  packageJson: { "planted/package.json": '{\n  "name": "web",\n  "scripts": {\n    "start": "prisma migrate deploy && node server.js"\n  }\n}\n' },
};

const line = fc.oneof(fc.constantFrom(...MIGRATING), fc.constantFrom(...HARMLESS));
const guard = (cmd: string, on: boolean) => (on ? `if [ "$RUN_MIGRATIONS" = "true" ]; then\n  ${cmd}\nfi` : cmd);

/** File templates: path and text from a few random choices. */
const templated: fc.Arbitrary<{ path: string; text: string }> = fc.oneof(
  fc.tuple(fc.array(line, { maxLength: 4 }), fc.boolean(), fc.constantFrom("docker/entrypoint.sh", "entrypoint.sh", "bin/start", "scripts/run me.sh")).map(([cmds, guarded, p]) => ({
    path: p,
    text: `#!/bin/sh\nset -e\n${cmds.map((c) => guard(c, guarded)).join("\n")}\nexec "$@"\n`,
  })),
  fc.tuple(fc.constantFrom("docker/entrypoint.sh", "entrypoint.sh", "bin/start", "scripts/run me.sh"), fc.boolean(), fc.constantFrom("CMD", "ENTRYPOINT"), line).map(([script, exec, kw, cmd]) => ({
    path: "Dockerfile",
    text: `FROM python:3.12 AS base\nWORKDIR /app\nCOPY . /app\nCOPY ${JSON.stringify(script)} /usr/local/bin/start\nRUN ${cmd}\nENV RUN_MIGRATIONS=true\n${kw} ${exec ? '["/usr/local/bin/start"]' : "/usr/local/bin/start"}\n`,
  })),
  fc.tuple(line, fc.constantFrom("command", "entrypoint"), fc.boolean(), fc.constantFrom("docker-compose.yml", "compose.yaml", "deploy/docker-compose.prod.yml")).map(([cmd, key, build, p]) => ({
    path: p,
    text: `services:\n  web:\n    ${build ? "build: ." : "image: app"}\n    ${key}: sh -c "${cmd} && gunicorn app:app"\n    environment:\n      RUN_MIGRATIONS: "true"\n`,
  })),
  fc.tuple(line, fc.constantFrom("Deployment", "Job", "StatefulSet", "Pod")).map(([cmd, kind]) => ({
    path: "k8s/app.yaml",
    text: `apiVersion: apps/v1\nkind: ${kind}\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: app\n          command: ["sh", "-c", "${cmd}"]\n`,
  })),
  fc.tuple(line, line).map(([a, b]) => ({ path: "Procfile", text: `web: ${a} && gunicorn app:app\nrelease: ${b}\n` })),
  fc.tuple(line, fc.constantFrom("start", "prestart", "build", "serve")).map(([cmd, script]) => ({
    path: "package.json",
    text: JSON.stringify({ name: "app", scripts: { [script]: `${cmd} && node server.js` } }, null, 2),
  })),
  line.map((cmd) => ({ path: "supervisord.conf", text: `[supervisord]\nnodaemon=true\n\n[program:web]\ncommand=sh -c "${cmd}"\n` })),
  fc.constantFrom(
    { path: "app/main.py", text: "from alembic import command\nfrom alembic.config import Config\n\ncommand.upgrade(Config('alembic.ini'), 'head')\n" },
    { path: "app/apps.py", text: "from django.apps import AppConfig\nfrom django.core.management import call_command\n\nclass C(AppConfig):\n    def ready(self):\n        call_command('migrate')\n" },
    { path: "src/index.js", text: "const { sequelize } = require('./db');\nsequelize.sync({ alter: true });\n" },
    { path: "main.go", text: "package main\n\nfunc main() {\n\tdb.AutoMigrate(&User{})\n}\n" },
    { path: "config/initializers/migrate.rb", text: "ActiveRecord::Tasks::DatabaseTasks.migrate\n" },
    { path: "src/main/resources/application.yml", text: "spring:\n  flyway:\n    enabled: true\n" },
    { path: "migrations/versions/1a2b_init.py", text: "revision = '1a2b'\ndown_revision = None\n\ndef upgrade():\n    op.create_table('t')\n\ndef downgrade():\n    op.drop_table('t')\n" },
  ),
  fc.constantFrom("RUN_MIGRATIONS=true\n", "RUN_MIGRATIONS=false\nDATABASE_URL=postgres://x\n").map((text) => ({ path: ".env", text })),
  fc.constantFrom("*.log\n", "build/\n", "!Procfile\n", "docker/\n", "*\n").map((text) => ({ path: ".gitignore", text })),
  fc.constantFrom("# wo-gate: allow-startup-migration single node demo\n", "# wo-gate: allow-startup-migration\n").map((text) => ({ path: "Procfile.dev", text: `${text}web: flask db upgrade && flask run\n` })),
);

/** The startup-scan fixture repositories as seeds: every file, as bytes. */
function fixtureRepositories(): Array<{ name: string; files: Array<{ path: string; content: Buffer }> }> {
  const dir = path.resolve(root, "../shared/fixtures/startup-scan");
  if (!fs.existsSync(dir)) return [];
  const walk = (base: string, rel: string): Array<{ path: string; content: Buffer }> =>
    fs.readdirSync(path.join(base, rel), { withFileTypes: true }).flatMap((e) => {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) return walk(base, p);
      return e.isFile() ? [{ path: p, content: fs.readFileSync(path.join(base, p)) }] : [];
    });
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => ({ name: e.name, files: walk(path.join(dir, e.name), "") }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

const FRAGMENTS = ["\n", "\r\n", " && ", " || ", "; ", "$(", ")", "`", "'", '"', "\\\n", "{", "}", "[", "]", ": ", "- ", "  ", "\t", "#", "<<EOF\n", "EOF\n", "exec ", "sh -c ", "${X:-", "|", "&", ">", "\u0000", "🚀", "alembic upgrade head", "npm start", "./entrypoint.sh"];

type ContentEdit = (content: Buffer) => Buffer;

const contentEdit: fc.Arbitrary<{ name: string; edit: ContentEdit }> = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }).map((flips) => ({
    name: "flip",
    edit: (c: Buffer) => {
      const out = Buffer.from(c);
      for (const [at, b] of flips) if (out.length) out[at % out.length] = b;
      return out;
    },
  })) },
  { weight: 2, arbitrary: fc.nat().map((at) => ({ name: "truncate", edit: (c: Buffer) => c.subarray(0, at % (c.length + 1)) })) },
  { weight: 4, arbitrary: fc.tuple(fc.nat(), fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 8 })).map(([at, parts]) => ({
    name: `insert ${JSON.stringify(parts.join(""))}`,
    edit: (c: Buffer) => Buffer.concat([c.subarray(0, at % (c.length + 1)), Buffer.from(parts.join("")), c.subarray(at % (c.length + 1))]),
  })) },
  { weight: 1, arbitrary: fc.constantFrom(Buffer.from([0xff, 0xfe]), Buffer.from([0xc0, 0x80]), Buffer.from([0xed, 0xa0, 0x80])).map((bad) => ({ name: "invalid UTF-8", edit: (c: Buffer) => Buffer.concat([bad, c]) })) },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 50_000 }).map((n) => ({ name: `huge line ${n}`, edit: (c: Buffer) => Buffer.concat([c, Buffer.from(`\nRUN echo ${"a&&".repeat(n / 3)}\n`)]) })) },
  { weight: 1, arbitrary: fc.tuple(fc.nat(), fc.constantFrom("{ ", "if true; then ", "(", "$(", "[", "- ", "  ", "sh -c '", "\"$(echo "), fc.integer({ min: 10, max: 10_000 })).map(([at, unit, n]) => ({
    name: `deep nesting ${JSON.stringify(unit)} x${n}`,
    edit: (c: Buffer) => Buffer.concat([c.subarray(0, at % (c.length + 1)), Buffer.from(`${unit.repeat(n)}alembic upgrade head\n`), c.subarray(at % (c.length + 1))]),
  })) },
  { weight: 1, arbitrary: fc.constant({ name: "CRLF", edit: (c: Buffer) => Buffer.from(c.toString("latin1").replace(/\n/g, "\r\n"), "latin1") }) },
);

/** Odd but valid names: spaces, newlines, Unicode, leading dashes. */
const ODD_DIRS = ["", "", "", "app", "docker", "dir with space", "new\nline", "ünïcode", "-dash", "deploy/k8s", "vendor/lib", "node_modules/pkg", "a/b/c/d"];

function fileEntry(dir: string, p: string, content: Buffer): Entry {
  return { kind: "file", path: dir ? `${dir}/${p}` : p, content };
}

type Extra = { name: string; entries: Entry[] };
const extraOf = (name: string, entries: Entry[]): fc.Arbitrary<Extra> => fc.constant({ name, entries });

const extra: fc.Arbitrary<Extra> = fc.oneof(
  fc.constantFrom(...Object.keys(OUTSIDE_FILES)).chain((name) =>
    fc.constantFrom("", "docker", "app").map((dir) => ({ name: `symlink out ${dir}/${name}`, entries: [{ kind: "symlink" as const, path: dir ? `${dir}/${name}` : name, target: `@outside/${name}` }] })),
  ),
  extraOf("symlink out to a folder", [{ kind: "symlink", path: "ext", target: "@outside" }]),
  extraOf("symlink loop", [{ kind: "symlink", path: "loop-a", target: "loop-b" }, { kind: "symlink", path: "loop-b", target: "loop-a" }]),
  extraOf("symlink to the root", [{ kind: "symlink", path: "app/root", target: ".." }]),
  extraOf("dangling symlink", [{ kind: "symlink", path: "entrypoint.sh", target: "does/not/exist" }]),
  extraOf("symlink inside", [{ kind: "file", path: "real/start.sh", content: Buffer.from("#!/bin/sh\nalembic upgrade head\n") }, { kind: "symlink", path: "start.sh", target: "real/start.sh" }]),
  fc.constantFrom("Dockerfile", "entrypoint.sh", "Procfile", "docker-compose.yml").chain((name) =>
    fc.uint8Array({ minLength: 1, maxLength: 4096 }).map((b) => ({ name: `binary ${name}`, entries: [{ kind: "file" as const, path: name, content: Buffer.concat([Buffer.from([0]), Buffer.from(b)]) }] })),
  ),
  fc.constantFrom("entrypoint.sh", "Procfile", "app/main.py").map((name) => ({ name: `sparse 3 MB ${name}`, entries: [{ kind: "sparse" as const, path: name, bytes: 3 * 1024 * 1024 }] })),
  fc.array(fc.integer({ min: 0x80, max: 0xff }), { minLength: 1, maxLength: 4 }).map((bytes) => ({
    name: "non-UTF-8 name",
    // 0xff never occurs in UTF-8, so the name is certainly not UTF-8 whatever follows.
    entries: [{ kind: "raw-name" as const, dir: "", name: [...Buffer.from("Procfile-"), 0xff, ...bytes], content: Buffer.from("web: alembic upgrade head\n") }],
  })),
);

const plant = fc.option(fc.constantFrom(...Object.keys(PLANTS)), { freq: 3 });

/** One generated repository. */
export function repoSpec(): fc.Arbitrary<RepoSpec> {
  const seeds = fixtureRepositories();
  const base: fc.Arbitrary<{ name: string; files: Array<{ path: string; content: Buffer }> }> =
    seeds.length > 0
      ? fc.oneof(
          fc.constantFrom(...seeds).chain((s) => fc.subarray(s.files, { minLength: 1 }).map((files) => ({ name: `fixture ${s.name}`, files }))),
          fc.constant({ name: "empty", files: [] as Array<{ path: string; content: Buffer }> }),
        )
      : fc.constant({ name: "empty", files: [] as Array<{ path: string; content: Buffer }> });
  return fc
    .record({
      base,
      templates: fc.array(fc.tuple(templated, fc.constantFrom(...ODD_DIRS)), { maxLength: 6 }),
      edits: fc.array(fc.tuple(fc.nat(), contentEdit), { maxLength: 4 }),
      extras: fc.array(extra, { maxLength: 3 }),
      git: fc.boolean().chain((b) => (b ? fc.boolean() : fc.constant(false))).chain((a) => (a ? fc.boolean() : fc.constant(false))),
      plant,
    })
    .map(({ base: b, templates, edits, extras, git, plant: planted }) => {
      const files = new Map<string, Buffer>();
      for (const f of b.files) files.set(f.path, f.content);
      for (const [t, dir] of templates) files.set(dir ? `${dir}/${t.path}` : t.path, Buffer.from(t.text));
      const paths = [...files.keys()].sort();
      for (const [at, e] of edits) {
        const p = paths[at % Math.max(paths.length, 1)];
        if (p !== undefined) files.set(p, e.edit(files.get(p)!));
      }
      // A .gitignore could hide the plant (untracked files it ignores are not scanned): no plant then.
      const hidesPlant = [...files.keys()].some((p) => p.endsWith(".gitignore"));
      const plantFiles = planted && !hidesPlant ? PLANTS[planted]! : {};
      const entries: Entry[] = [
        ...[...files.entries()].filter(([p]) => !p.startsWith("planted/")).map(([p, c]) => fileEntry("", p, c)),
        ...Object.entries(plantFiles).map(([p, t]) => fileEntry("", p, Buffer.from(t))),
      ];
      const taken = new Set(entries.map((e) => ("path" in e ? e.path : "")));
      for (const x of extras) {
        // One entry per path (the first wins), so what a check expects of a path is what was written.
        if (x.entries.some((e) => "path" in e && taken.has(e.path))) continue;
        for (const e of x.entries) if ("path" in e) taken.add(e.path);
        entries.push(...x.entries);
      }
      return {
        label: `repo: ${b.name}; templates ${templates.map(([t, d]) => (d ? `${d}/${t.path}` : t.path)).join(", ")}; edits ${edits.map(([at, e]) => `${e.name}@${at}`).join(", ")}; extras ${extras.map((x) => x.name).join(", ")}; git ${git}; plant ${planted && !hidesPlant ? planted : "none"}`,
        entries,
        git,
        planted: planted && !hidesPlant ? planted : null,
      };
    });
}

/** Writes the repository into the empty directory `dir`; `outside` holds the canary files. */
export function writeRepository(dir: string, spec: RepoSpec, outside: string): void {
  for (const e of spec.entries) {
    if (e.kind === "raw-name") {
      const parent = path.join(dir, e.dir);
      fs.mkdirSync(parent, { recursive: true });
      fs.writeFileSync(Buffer.concat([Buffer.from(`${parent}/`), Buffer.from(e.name)]), e.content);
      continue;
    }
    const full = path.join(dir, e.path);
    // A file may be written where an earlier entry made a folder (or the reverse): the first one wins.
    try {
      fs.mkdirSync(path.dirname(full), { recursive: true });
      if (fs.existsSync(full) || isLink(full)) continue;
      if (e.kind === "file") fs.writeFileSync(full, e.content);
      else if (e.kind === "sparse") {
        fs.writeFileSync(full, "#!/bin/sh\nalembic upgrade head\n");
        fs.truncateSync(full, e.bytes);
      } else fs.symlinkSync(e.target.startsWith("@outside") ? path.join(outside, e.target.slice("@outside".length)) : e.target, full);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== "EEXIST" && code !== "ENOTDIR") throw err;
    }
  }
}

function isLink(p: string): boolean {
  try {
    return fs.lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

export function writeOutside(outside: string): void {
  fs.mkdirSync(outside, { recursive: true });
  for (const [name, text] of Object.entries(OUTSIDE_FILES)) fs.writeFileSync(path.join(outside, name), text);
}
