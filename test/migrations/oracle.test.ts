/**
 * The real tools as oracles: Alembic and Django generate the migration files, and their own
 * loaders (ScriptDirectory, MigrationLoader) say what the parents, heads and reversibility are;
 * the adapters must read the same. The Python venv is created once under `.tmp/venv` (git-ignored)
 * and reused; without network for pip, these tests are skipped with a message.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { headsOf } from "../../src/migrations/inventory.js";
import { listMigrations } from "../../src/repo/checkout.js";
import { gatherRepositoryFacts } from "../../src/repo/facts.js";
import { GitRepo } from "../support/gitRepo.js";
import { declaration } from "../repo/declaration.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const venv = join(root, ".tmp", "venv");
const python = join(venv, "bin", "python");

/** The venv with alembic and django, created on first use; null (with the reason) when that fails. */
function ensureVenv(): string | null {
  const ready = (): boolean => {
    try {
      execFileSync(python, ["-c", "import alembic, django"], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  };
  if (ready()) return null;
  try {
    execFileSync("python3", ["-m", "venv", venv], { stdio: "ignore" });
    execFileSync(python, ["-m", "pip", "install", "-q", "--disable-pip-version-check", "alembic", "django"], { stdio: "ignore", timeout: 300_000 });
  } catch (e) {
    return `cannot create the Python venv with alembic and django (no network for pip?): ${(e as Error).message.split("\n")[0]}`;
  }
  return ready() ? null : "alembic/django not importable after pip install";
}

const skipReason = ensureVenv();
if (skipReason) console.warn(`oracle tests skipped: ${skipReason}`);

const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

const run = (cwd: string, cmd: string, args: string[]): string => execFileSync(cmd, args, { cwd, encoding: "utf8", env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1" } });

/** A real git repository in a temp dir, for tools that generate files into it. */
function workspace(): GitRepo {
  const repo = GitRepo.create();
  temps.push(repo.dir);
  return repo;
}

describe.skipIf(!!skipReason)("Alembic as oracle", () => {
  it("reads revisions, parents, heads and merges as Alembic's ScriptDirectory does", async () => {
    const repo = workspace();
    const alembic = join(venv, "bin", "alembic");
    run(repo.dir, alembic, ["-q", "init", "alembic"]);
    const revisionOf = (out: string): string => /([0-9a-f]{12})_/.exec(out)![1]!;
    const r1 = revisionOf(run(repo.dir, alembic, ["revision", "-m", "create items"]));
    const r2 = revisionOf(run(repo.dir, alembic, ["revision", "-m", "add note"]));
    const r3 = revisionOf(run(repo.dir, alembic, ["revision", "-m", "other branch", "--head", r1, "--splice"]));
    const oracle = (): { heads: string[]; parents: Record<string, string[]> } =>
      JSON.parse(
        run(repo.dir, python, [
          "-c",
          [
            "import json",
            "from alembic.config import Config",
            "from alembic.script import ScriptDirectory",
            "s = ScriptDirectory.from_config(Config('alembic.ini'))",
            "norm = lambda d: [] if d is None else ([d] if isinstance(d, str) else sorted(d))",
            "print(json.dumps({'heads': sorted(s.get_heads()), 'parents': {r.revision: norm(r.down_revision) for r in s.walk_revisions()}}))",
          ].join("\n"),
        ]),
      );
    repo.git("add", "-A");
    repo.git("commit", "-q", "-m", "revisions");

    const check = async (): Promise<void> => {
      const expected = oracle();
      const records = (await listMigrations(repo.dir)).records.filter((r) => r.tool === "alembic");
      expect(Object.fromEntries(records.map((r) => [r.id, [...r.parents!].sort()]))).toEqual(expected.parents);
      expect(headsOf(records, "alembic/versions")).toEqual(expected.heads);
    };
    await check();
    expect(oracle().heads).toEqual([r2, r3].sort());
    const merge = revisionOf(run(repo.dir, alembic, ["merge", "-m", "merge heads", "heads"]));
    await check();
    const uncommitted = await gatherRepositoryFacts({ dir: repo.dir, workOrder: declaration("Alembic 1.13", merge, [r3, r2]), base: "HEAD" });
    expect(uncommitted.migration).toMatchObject({ status: "untracked", parents: [r2, r3].sort(), heads: [merge] });
    expect(uncommitted.changedMigrations!.changed).toEqual([{ file: uncommitted.migration!.file, tool: "alembic", id: merge, declared: true }]);
    repo.git("add", "-A");
    repo.git("commit", "-q", "-m", "merge");

    // The generated downgrade() is only `pass`: not a down path until someone writes one.
    const found = (await gatherRepositoryFacts({ dir: repo.dir, workOrder: declaration("Alembic 1.13", r2, [r1]), base: null })).migration!;
    expect(found).toMatchObject({ status: "found", parents: [r1], declaredParents: [r1] });
    expect(found.down!.empty).toBe(true);
    const file = join(repo.dir, found.file!);
    writeFileSync(file, readFileSync(file, "utf8").replace(/(def downgrade\(\)[^\n]*\n(?:\s+""".*"""\n)?)\s+pass/, '$1    op.drop_column("items", "note")'));
    const edited = (await gatherRepositoryFacts({ dir: repo.dir, workOrder: declaration("Alembic", r2, [r1]), base: null })).migration!;
    expect(edited.down).toMatchObject({ exists: true, empty: false });
  });
});

describe.skipIf(!!skipReason)("Django as oracle", () => {
  it("reads ids, same-app parents, leaves and reversibility as Django's MigrationLoader does", async () => {
    const repo = workspace();
    const manage = (...args: string[]): string => run(repo.dir, python, ["manage.py", ...args]);
    run(repo.dir, python, ["-m", "django", "startproject", "proj", "."]);
    manage("startapp", "shop");
    manage("startapp", "accounts");
    const settings = join(repo.dir, "proj", "settings.py");
    writeFileSync(settings, readFileSync(settings, "utf8").replace("INSTALLED_APPS = [", 'INSTALLED_APPS = [\n    "shop",\n    "accounts",'));
    const models = (app: string, body: string): void => writeFileSync(join(repo.dir, app, "models.py"), `from django.db import models\n\n${body}`);
    models("shop", "class Item(models.Model):\n    name = models.CharField(max_length=50)\n");
    models("accounts", "class Customer(models.Model):\n    email = models.EmailField()\n");
    manage("makemigrations", "shop", "accounts");
    models("shop", "class Item(models.Model):\n    name = models.CharField(max_length=50)\n    note = models.TextField(default='')\n    owner = models.ForeignKey('accounts.Customer', null=True, on_delete=models.SET_NULL)\n");
    manage("makemigrations", "shop");
    manage("makemigrations", "shop", "--empty", "-n", "backfill");
    const backfill = join(repo.dir, "shop", "migrations", "0003_backfill.py");
    writeFileSync(
      backfill,
      readFileSync(backfill, "utf8")
        .replace("class Migration", "def forwards(apps, schema_editor):\n    pass\n\n\nclass Migration")
        .replace(/operations = \[\s*\]/, "operations = [\n        migrations.RunPython(forwards),\n    ]"),
    );
    repo.git("add", "-A");
    repo.git("commit", "-q", "-m", "django project");

    const oracle = JSON.parse(
      run(repo.dir, python, [
        "-c",
        [
          "import json, os, django",
          "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'proj.settings')",
          "django.setup()",
          "from django.db.migrations.loader import MigrationLoader",
          "l = MigrationLoader(None, ignore_no_migrations=True)",
          "apps = ('shop', 'accounts')",
          "out = {f'{a}.{n}': {'parents': sorted(f'{p[0]}.{p[1]}' for p in l.graph.node_map[(a, n)].parents if p[0] == a),",
          "  'reversible': all(op.reversible for op in m.operations)} for (a, n), m in l.disk_migrations.items() if a in apps}",
          "leaves = {a: sorted(f'{a}.{n}' for (_, n) in l.graph.leaf_nodes(a)) for a in apps}",
          "print(json.dumps({'migrations': out, 'leaves': leaves}))",
        ].join("\n"),
      ]),
    ) as { migrations: Record<string, { parents: string[]; reversible: boolean }>; leaves: Record<string, string[]> };

    const records = (await listMigrations(repo.dir)).records.filter((r) => r.tool === "django");
    const ours = Object.fromEntries(records.map((r) => [r.id, { parents: [...r.parents!].sort(), reversible: !!r.down && r.down.exists && !r.down.empty }]));
    expect(ours).toEqual(oracle.migrations);
    expect(Object.keys(ours)).toHaveLength(4);
    expect(headsOf(records, "shop/migrations")).toEqual(oracle.leaves.shop);
    expect(oracle.migrations["shop.0003_backfill"]!.reversible).toBe(false);
  });
});
