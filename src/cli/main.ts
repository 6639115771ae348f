#!/usr/bin/env node
/**
 * The `wo-gate` CLI: a thin shell over the pipeline. Each command lives in its own module under
 * ./commands and registers itself here; anything thrown is turned into one line and exit 2, so
 * a crash never passes (decisions.md: a gate that crashes fails closed).
 */
import { Command, CommanderError } from "commander";
import { InputError, EXIT } from "../errors.js";
import { checkLimits } from "../limits.js";
import { commands } from "./commands/index.js";

export function buildProgram(): Command {
  const program = new Command("wo-gate")
    .description("Stop unsafe database migrations: check migration work orders against policy and the repository.")
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    // A bad bound variable is a usage error before any command runs (docs/fail-closed.md).
    .hook("preAction", () => checkLimits());
  for (const register of commands) register(program);
  program.commands.forEach((c) => c.exitOverride().showHelpAfterError());
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: "user" });
    return process.exitCode === undefined ? EXIT.allow : Number(process.exitCode);
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here with exit code 0; usage errors were already printed.
      return e.exitCode === 0 ? EXIT.allow : EXIT.error;
    }
    const message = e instanceof InputError ? e.message : `internal error: ${e instanceof Error ? e.message : String(e)}`;
    process.stderr.write(`wo-gate: ${message.replace(/\s*\n\s*/g, " ")}\n`);
    return EXIT.error;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = EXIT.error;
  },
);
