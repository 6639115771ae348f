/**
 * `wo-gate check <work-order.md>…`: the gate's verdict. Each work order is extracted, joined with
 * the facts the other stages gathered (--repo), evaluated by the compiled Rego policy, and
 * reported. Exit 0 when every work order is allowed, 1 when any is denied; anything that stops
 * the gate from deciding (unreadable file, not a work order, bad policy or data) is exit 2.
 * The pipeline is imported when the command runs, so `--help` and other commands stay fast.
 */
import { Option } from "commander";
import { InputError, EXIT } from "../../errors.js";
import { CHECK_FORMATS, type CheckFormat } from "../../report/formats.js";
import type { RegisterCommand } from "./index.js";


interface CheckOptions {
  repo?: string;
  base?: string;
  policy?: string;
  data?: string;
  scan: boolean;
  migrationPaths?: string[];
  format: CheckFormat;
}

export const registerCheck: RegisterCommand = (program) => {
  program
    .command("check")
    .description("Check migration work orders against the policy: exit 0 allow, 1 deny, 2 the gate could not run.")
    .argument("<work-orders...>", "work-order Markdown files")
    .option("--repo <dir>", "repository checkout: adds the repository rules (scan, migration cross-check, governance documents)")
    .option("--base <ref>", "git ref that changed migrations are measured against (with --repo): changes no work order declares deny")
    .option("--migration-paths <globs...>", "globs of migration files beyond those the migration-tool adapters recognise (with --repo)")
    .option("--no-scan", "with --repo, skip the startup-migration scan")
    .option("--policy <path>", "a directory of .rego (compiled with opa), a .wasm, or an OPA bundle .tar.gz (default: the bundled policy)")
    .option("--data <file>", "policy data JSON (default: the policy's own data)")
    .addOption(new Option("--format <format>", "output format").choices(CHECK_FORMATS).default("text"))
    .action(async (files: string[], options: CheckOptions) => {
      if (options.repo === undefined) {
        if (options.base !== undefined) throw new InputError("--base needs --repo");
        if (options.migrationPaths !== undefined) throw new InputError("--migration-paths needs --repo");
      }
      const [{ checkWorkOrders }, { renderCheckReport }] = await Promise.all([
        import("../../decision/checkWorkOrders.js"),
        import("../../report/renderCheckReport.js"),
      ]);
      const report = await checkWorkOrders({
        workOrders: files,
        policy: options.policy,
        data: options.data,
        repo: options.repo ?? null,
        base: options.base ?? null,
        scan: options.repo !== undefined && options.scan,
        scanPaths: [],
        migrationPaths: options.migrationPaths ?? [],
        github: null,
      });
      process.stdout.write(renderCheckReport(report, options.format, process.stdout));
      process.exitCode = report.decision === "allow" ? EXIT.allow : EXIT.deny;
    });
};
