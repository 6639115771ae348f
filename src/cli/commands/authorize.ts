/**
 * `wo-gate authorize --env <environment>`: the deploy-time gate, run in the deploy job before the
 * migration step. It decides whether the migrations about to run may run in that environment:
 * each declared by exactly one committed work order for that environment, allowed by the policy
 * with the repository facts, approved on GitHub on the final head of the pull request that merged
 * it, unchanged since, and (production) behind a GitHub Environment that requires the final
 * authority's review. Exit 0 allow, 1 deny (every fact that cannot be established is a deny with
 * its reason), 2 the gate could not run. GitHub is reached with GITHUB_TOKEN, GITHUB_REPOSITORY
 * and GITHUB_API_URL from the environment (a token is never a command-line argument: it would
 * show in process listings and shell history).
 */
import { Option } from "commander";
import { EXIT } from "../../errors.js";
import { DEFAULT_WORK_ORDER_GLOB } from "../../workorder/workOrderGlob.js";
import type { RegisterCommand } from "./index.js";

const FORMATS = ["text", "json", "markdown"] as const;

interface AuthorizeCommandOptions {
  env: string;
  repo: string;
  migration: string[];
  pendingFrom?: string;
  workOrders: string[];
  policy?: string;
  data?: string;
  scan: boolean;
  format: (typeof FORMATS)[number];
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export const registerAuthorize: RegisterCommand = (program) => {
  program
    .command("authorize")
    .description(
      "Authorize the migrations about to run in an environment (the deploy job's gate): exit 0 allow, 1 deny, 2 the gate could not run. " +
        "Reads GITHUB_TOKEN, GITHUB_REPOSITORY and GITHUB_API_URL from the environment.",
    )
    .requiredOption("--env <environment>", "the environment the migrations run in: a key or alias from policy data (e.g. capecraft, production)")
    .option("--repo <dir>", "the checkout being deployed (its HEAD is the deployed commit)", ".")
    .option("--migration <id>", "a migration about to run (repeatable); default: those added since --pending-from, else the graph heads", collect, [])
    .option("--pending-from <ref>", "the last deployed commit: the migrations added since it are the ones about to run")
    .option("--work-orders <glob>", `work-order files, relative to --repo (repeatable; default ${DEFAULT_WORK_ORDER_GLOB})`, collect, [])
    .option("--policy <path>", "a directory of .rego (compiled with opa), a .wasm, or an OPA bundle .tar.gz (default: the bundled policy)")
    .option("--data <file>", "policy data JSON (default: the policy's own data)")
    .option("--no-scan", "skip the startup-migration scan")
    .addOption(new Option("--format <format>", "output format").choices(FORMATS).default("text"))
    .allowExcessArguments(false)
    .action(async (options: AuthorizeCommandOptions) => {
      // Imported when the command runs, so other commands never load the deploy gate.
      const [{ authorizeDeployment }, { renderAuthorization }, { apiBaseUrl }] = await Promise.all([
        import("../../authorize/authorizeDeployment.js"),
        import("../../authorize/renderAuthorization.js"),
        import("../../github/client.js"),
      ]);
      const record = await authorizeDeployment({
        repo: options.repo,
        environment: options.env,
        migrations: options.migration,
        pendingFrom: options.pendingFrom ?? null,
        workOrderGlobs: options.workOrders.length > 0 ? options.workOrders : [DEFAULT_WORK_ORDER_GLOB],
        policy: options.policy,
        data: options.data,
        scan: options.scan,
        github: { token: process.env.GITHUB_TOKEN, repository: process.env.GITHUB_REPOSITORY, apiUrl: apiBaseUrl(process.env) },
      });
      process.stdout.write(renderAuthorization(record, options.format, process.stdout));
      process.exitCode = record.decision === "allow" ? EXIT.allow : EXIT.deny;
    });
};
