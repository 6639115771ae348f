/**
 * `wo-gate migrations [DIR]`: every migration the adapters understand (src/migrations/listing.ts).
 * Exit 0, or 2 when DIR is not a git repository or a migration file cannot be read.
 */
import { Option } from "commander";
import { InputError, inputError } from "../../errors.js";
import type { RegisterCommand } from "./index.js";

export const registerMigrations: RegisterCommand = (program) => {
  program
    .command("migrations")
    .description("List every migration the gate understands: tool, id, parents, down path, git tracking, graph heads.")
    .argument("[dir]", "repository checkout", ".")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .allowExcessArguments(false)
    .action(async (dir: string, options: { format: "text" | "json" }) => {
      const [{ listMigrations }, { GitUnavailable }, { migrationListing, renderListingText }] = await Promise.all([
        import("../../repo/checkout.js"),
        import("../../repo/git.js"),
        import("../../migrations/listing.js"),
      ]);
      let inv;
      try {
        inv = await listMigrations(dir);
      } catch (e) {
        if (e instanceof GitUnavailable) throw new InputError(e.message);
        throw e;
      }
      const problem = inv.problems[0];
      if (problem) throw inputError(problem.file, `cannot read this ${problem.tool} migration: ${problem.reason}`, problem.line);
      const listing = migrationListing(inv);
      process.stdout.write(options.format === "json" ? `${JSON.stringify(listing, null, 2)}\n` : renderListingText(listing));
      process.exitCode = 0;
    });
};
