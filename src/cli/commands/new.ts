/**
 * `wo-gate new`: a new work order from the template, with everything the repository and policy
 * data can tell filled in and the rest left as placeholders, so `wo-gate check` denies it until a
 * person completes it. Output to stdout, or to `-o FILE` (never over an existing file without
 * --force).
 */
import { writeFileSync } from "node:fs";
import { inputError } from "../../errors.js";
import type { RegisterCommand } from "./index.js";

interface NewOptions {
  repo: string;
  env?: string;
  migration?: string;
  tool?: string;
  id?: string;
  date?: string;
  data?: string;
  output?: string;
  force?: boolean;
}

function write(file: string, text: string, force: boolean): void {
  try {
    // "wx" refuses an existing file in the same call that creates it (no check-then-write race).
    writeFileSync(file, text, { flag: force ? "w" : "wx" });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw inputError(file, "already exists: choose another -o file, or add --force to overwrite it");
    throw inputError(file, `cannot write: ${code ?? (e instanceof Error ? e.message : String(e))}`);
  }
}

export const registerNew: RegisterCommand = (program) => {
  program
    .command("new")
    .description("Write a new work order from the template, filled in with what the repository and policy data tell.")
    .option("--repo <dir>", "repository checkout", ".")
    .option("--env <env>", "environment to select: a key or alias of policy data (e.g. local, staging, production)")
    .option("--migration <file-or-id>", "the migration to declare in §4 (default: the newest head)")
    .option("--tool <tool>", "read the migrations as this tool's (for files several tools read, e.g. sqlx and golang-migrate)")
    .option("--id <n>", "work-order number (default: the next free WO-MIGRATION-<N> in the repository)")
    .option("--date <yyyy-mm-dd>", "request date (default: today)")
    .option("--data <file>", "policy data JSON (default: the bundled policy data)")
    .option("-o, --output <file>", "write to this file instead of stdout")
    .option("--force", "overwrite the -o file if it exists")
    .allowExcessArguments(false)
    .action(async (options: NewOptions) => {
      const { newWorkOrder } = await import("../../authoring/newWorkOrder.js");
      const text = await newWorkOrder({
        repo: options.repo,
        env: options.env ?? null,
        migration: options.migration ?? null,
        tool: options.tool ?? null,
        id: options.id ?? null,
        date: options.date ?? null,
        data: options.data ?? null,
      });
      if (options.output === undefined) process.stdout.write(text);
      else write(options.output, text, options.force === true);
      process.exitCode = 0;
    });
};
