/**
 * `wo-gate check <work-order.md>…`: the gate's verdict. Each work order is extracted, joined with
 * the facts the other stages gathered (--repo), evaluated by the compiled Rego policy, and
 * reported. Exit 0 when every work order is allowed, 1 when any is denied; anything that stops
 * the gate from deciding (unreadable file, not a work order, bad policy or data) is exit 2.
 */
import { Option } from "commander";
import { InputError, EXIT } from "../../errors.js";
import { checkWorkOrders } from "../../decision/checkWorkOrders.js";
import type { CheckReport } from "../../report/checkReport.js";
import { renderJson } from "../../report/renderJson.js";
import { renderMarkdown } from "../../report/renderMarkdown.js";
import { renderText, wantsColor } from "../../report/renderText.js";
import type { RegisterCommand } from "./index.js";

const RENDERERS = {
  text: (report: CheckReport) => renderText(report, { color: wantsColor(process.stdout) }),
  json: renderJson,
  markdown: renderMarkdown,
} as const;

type Format = keyof typeof RENDERERS;

interface CheckOptions {
  repo?: string;
  base?: string;
  policy?: string;
  data?: string;
  format: Format;
}

export const registerCheck: RegisterCommand = (program) => {
  program
    .command("check")
    .description("Check migration work orders against the policy: exit 0 allow, 1 deny, 2 the gate could not run.")
    .argument("<work-orders...>", "work-order Markdown files")
    .option("--repo <dir>", "repository checkout: adds the repository rules (scan, migration cross-check)")
    .option("--base <ref>", "git ref that changed migrations are measured against (with --repo)")
    .option("--policy <path>", "a directory of .rego (compiled with opa), a .wasm, or an OPA bundle .tar.gz (default: the bundled policy)")
    .option("--data <file>", "policy data JSON (default: the policy's own data)")
    .addOption(new Option("--format <format>", "output format").choices(Object.keys(RENDERERS)).default("text"))
    .action(async (files: string[], options: CheckOptions) => {
      if (options.base !== undefined && options.repo === undefined) throw new InputError("--base needs --repo");
      const report = await checkWorkOrders({
        workOrders: files,
        policy: options.policy,
        data: options.data,
        repo: options.repo ?? null,
        base: options.base ?? null,
        scan: options.repo !== undefined,
        scanPaths: [],
        migrationPaths: [],
        github: null,
      });
      process.stdout.write(RENDERERS[options.format](report));
      process.exitCode = report.decision === "allow" ? EXIT.allow : EXIT.deny;
    });
};
