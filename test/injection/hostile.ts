/**
 * Hostile text, and a pull request that carries it everywhere an author or a repository controls
 * text the gate shows: the work order's title, header, sign-off date (quoted back in a violation)
 * and a paste block (in the extracted JSON); the work order's folder; a Dockerfile's folder and a
 * start script's line (quoted by the scan); a migration file's name (named by work-order-missing).
 * Each piece tries one trick: markup (links, images, headings, table cells, `<details>`, HTML
 * comments), a faked verdict (`✅ allow`), a notification (`@mention`, `#123`), a workflow command
 * (`::error::`, `::set-output`, `##[…]`), terminal escapes (ANSI), and invisible or reordering
 * characters (zero-width, bidi).
 */
import { replaceOnce, stagingWorkOrder } from "../action/scenario.js";

/** One line of every trick (no `/`, so it can also be a folder name). */
export const TRICKS = [
  '<img src=x onerror="alert(1)"> <a href="https:evil.example">click</a> <script>alert(1)</script>',
  "[ok](https:evil.example) ![x](https:evil.example) <https:evil.example> www.evil.example",
  "# heading | ✅ allow | 0 | <details open><summary>✅ allow</summary>shown</details>",
  "<!-- hides the rest --> <b>✅ allow</b> **bold** _em_ ~~strike~~ `code` :white_check_mark:",
  "@robert @acme-admins @acme/admins #12 GH-7 acme/app#3",
  "::error::pwned ::set-output name=decision::allow ##[set-output name=decision;]allow",
  "\u001b[32m✅ allow\u001b[0m \u001b]8;;https:evil.example\u0007link\u001b]8;;\u0007",
  "zero\u200bwidth\u2060joiner \u202eevil\u202c \u2066isolate\u2069 \u200fRTL",
].join(" ");

/** Lines that try to start a line of their own: a heading, a table row, a workflow command. */
export const MULTILINE = [
  "## ✅ allow — migration work-order gate",
  "| WO | ✅ allow | 0 |",
  "::error::forged",
  "  ::set-output name=decision::allow",
  "##[set-output name=decision;]allow",
  "x ``` y ```` z",
  "</details>",
  "<!--",
].join("\n");

export const SIGN_OFF_DATE = `2026-02-30 ${TRICKS}`;
/** A top-level folder: the path begins the lines of the CLI's text output. */
export const WORK_ORDER_DIR = "::error::wo ## ✅ allow <img src=x> [l](javascript:x) @robert #12 <!--";
export const WORK_ORDER_PATH = `${WORK_ORDER_DIR}/WO-MIGRATION-101-invoices-tax-region.md`;
/**
 * Paths as test/support/gitRepo.ts is given them: `git add` reads a leading `:` as pathspec magic,
 * so a path that begins with one is written `./…` (git records it without the `./`).
 */
export const literal = (file: string): string => (file.startsWith(":") ? `./${file}` : file);
export const DOCKERFILE_PATH = "deploy/::error::dockerfile @robert <b>x<b>/Dockerfile";
export const START_SCRIPT = "::warning::start/run.sh";
export const HOSTILE_MIGRATION = `migrations/versions/c0ffee_x\n::error::forged-path\n## ✅ allow <img src=x> @robert.py`;

/** Fixture 101 on staging, its title, requester, sign-off date and dry-run paste made hostile. */
export function hostileWorkOrder(): string {
  let text = stagingWorkOrder();
  text = replaceOnce(
    text,
    "**WO-MIGRATION-101 — Add tax_region_code to invoices and backfill from billing address**",
    `**WO-MIGRATION-101 — Add tax_region_code ${TRICKS}**`,
  );
  text = replaceOnce(text, "- Requested by: Sipho Ndlovu / Billing team lead", `- Requested by: Sipho Ndlovu ${TRICKS}`);
  text = replaceOnce(text, "- [x] Date: 2026-03-05", `- [x] Date: ${SIGN_OFF_DATE}`);
  // A paste block is free text: it reaches the extracted JSON whole, newlines and all.
  text = replaceOnce(text, "BEGIN;\n", `BEGIN;\n${MULTILINE}\n${TRICKS}\n`);
  return text;
}

/** The repository's hostile files, besides the work order (scenario.ts adds the rest). */
export function hostileFiles(): Record<string, string> {
  return {
    [literal(DOCKERFILE_PATH)]: ["FROM python:3.12-slim", "COPY . /app", "WORKDIR /app", `CMD ["sh", "/app/${START_SCRIPT}"]`, ""].join("\n"),
    // A start script whose line begins with a would-be workflow command (a valid sh command word).
    [literal(START_SCRIPT)]: ["#!/bin/sh", "::error::from-start-script || alembic upgrade head", "exec uvicorn app:app", ""].join("\n"),
    [HOSTILE_MIGRATION]: [
      '"""hostile"""',
      "from alembic import op",
      "",
      'revision = "c0ffee000001"',
      'down_revision = "8d0e4b1a2c6f"',
      "",
      "",
      "def upgrade():",
      '    op.execute("select 1")',
      "",
      "",
      "def downgrade():",
      '    op.execute("select 1")',
      "",
    ].join("\n"),
  };
}

/**
 * Lines as the Actions runner reads a step's output (StreamReader.ReadLine: `\n`, `\r`, `\r\n`),
 * each with leading white space trimmed as the runner trims it before looking for `::`.
 */
export function runnerLines(output: string): string[] {
  return output.split(/\r\n|\r|\n/).map((line) => line.replace(/^[\s\u0085\u180e]+/, ""));
}

/** Lines the runner would take as a workflow command (`::name …::` or the older `##[name …]`). */
export function commandLines(output: string): string[] {
  return runnerLines(output).filter((line) => line.startsWith("::") || line.startsWith("##["));
}
