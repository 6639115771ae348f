/**
 * What the adversarial tests share: the CLI run as it is installed (optionally as the
 * unprivileged user `nobody`, for permission tests: CI runs as root, which ignores file modes),
 * the example work order and a repository it is true of, and a canary outside every repository.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const exampleWorkOrder = path.join(root, "examples/WO-MIGRATION-001-add-orders-notes.md");

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** How to run a command as `nobody` here, or why it cannot be done (then those tests skip). */
export const asNobody: { prefix: string[] } | { reason: string } = (() => {
  if (process.getuid?.() !== 0) return { prefix: [] }; // not root: file modes already apply
  for (const prefix of [
    ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"],
    ["runuser", "-u", "nobody", "--"],
  ]) {
    const probe = spawnSync(prefix[0]!, [...prefix.slice(1), "true"], { encoding: "utf8" });
    if (probe.status === 0) return { prefix };
  }
  return { reason: "neither setpriv nor runuser can run a command as nobody here: permission tests skipped" };
})();

/** `wo-gate <args>` through tsx; `nobody: true` runs it as the unprivileged user. */
export function cli(args: string[], options: { env?: NodeJS.ProcessEnv; nobody?: boolean; cwd?: string } = {}): Run {
  const command = [process.execPath, "--import", "tsx", path.join(root, "src/cli/main.ts"), ...args];
  const prefix = options.nobody && "prefix" in asNobody ? asNobody.prefix : [];
  const [program, ...rest] = [...prefix, ...command];
  const r = spawnSync(program!, rest, {
    cwd: options.cwd ?? root,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...options.env },
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** One line on stderr, `wo-gate: …`, no stack trace: what every exit 2 must print. */
export function oneLineError(r: Run): string {
  const lines = r.stderr.split("\n").filter((l) => l !== "");
  if (lines.length !== 1 || !lines[0]!.startsWith("wo-gate: ") || lines[0]!.includes("internal error")) {
    throw new Error(`expected one clean error line, got ${JSON.stringify(r.stderr)}`);
  }
  return lines[0]!;
}

/** A temp directory everyone may read (permission tests run the CLI as nobody on a copy in it). */
export function worldReadableDir(prefix: string): { dir: string; cleanup(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dir, 0o755);
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Text only the canary outside every repository holds. */
export const CANARY = "CANARY-OUTSIDE-THE-REPOSITORY";

/** Files outside the repository that hold migrations: a scan that read them would report them. */
export function outsideCanary(): { dir: string; cleanup(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wo-gate-outside-"));
  fs.writeFileSync(path.join(dir, "Procfile"), `web: alembic upgrade head # ${CANARY}\n`);
  fs.writeFileSync(path.join(dir, "entrypoint.sh"), `#!/bin/sh\nalembic upgrade head # ${CANARY}\nexec "$@"\n`);
  fs.writeFileSync(path.join(dir, "outside_migration.py"), `revision = "0ut51de0001"\ndown_revision = "5e1d0a8c3b27"\n\ndef upgrade():\n    pass  # ${CANARY}\n\ndef downgrade():\n    op.drop_column("t", "c")\n`);
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

const MIGRATIONS = "services/orders-api/migrations/versions";

/** The repository examples/WO-MIGRATION-001 describes: its Alembic migration and parent, governance documents. */
export function exampleRepositoryFiles(): Record<string, string> {
  return {
    "SYSTEM_SPEC.md": "# System spec\n\n## §6.3 Migration Rules\n\nMigrations are explicit deploy steps.\n",
    "AUTONOMY_PLAYBOOK.md": "# Autonomy playbook\n\nMigration constraints.\n",
    [`${MIGRATIONS}/5e1d0a8c3b27_init.py`]: `revision = "5e1d0a8c3b27"\ndown_revision = None\n\ndef upgrade():\n    op.create_table("orders")\n\ndef downgrade():\n    op.drop_table("orders")\n`,
    [`${MIGRATIONS}/b7c4e2a91f03_add_orders_notes.py`]: `revision = "b7c4e2a91f03"\ndown_revision = "5e1d0a8c3b27"\n\ndef upgrade():\n    op.add_column("orders", sa.Column("notes", sa.Text()))\n\ndef downgrade():\n    op.drop_column("orders", "notes")\n`,
  };
}

export const MIGRATIONS_DIR = MIGRATIONS;
