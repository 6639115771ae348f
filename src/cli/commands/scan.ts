/**
 * `wo-gate scan [DIR] [--format text|json]`: the startup-migration scanner on its own (template
 * hard STOP: no implicit or startup-triggered migrations). Exit 1 when a migration runs on a
 * start path (build-time findings only warn) or a suppression lacks its reason; 2 when DIR is
 * not a directory.
 */
import { Option } from "commander";
import { EXIT } from "../../errors.js";
import type { RegisterCommand } from "./index.js";

export const registerScan: RegisterCommand = (program) => {
  program
    .command("scan")
    .description("Find database migrations that run when the app or container starts.")
    .argument("[dir]", "repository to scan", ".")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .allowExcessArguments(false)
    .action(async (dir: string, options: { format: "text" | "json" }) => {
      const [{ renderScanText }, { scanRepository }, { denyingFindings }] = await Promise.all([
        import("../../scan/renderText.js"),
        import("../../scan/scanRepository.js"),
        import("../../scan/schema.js"),
      ]);
      const result = await scanRepository(dir);
      process.stdout.write(options.format === "json" ? `${JSON.stringify(result, null, 2)}\n` : renderScanText(result));
      const deny = denyingFindings(result).length > 0 || result.suppressionErrors.length > 0;
      process.exitCode = deny ? EXIT.deny : EXIT.allow;
    });
};
