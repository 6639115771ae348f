/**
 * `wo-gate migrations [DIR]`: every migration the adapters understand, with its tool, id,
 * parents, down path and git tracking, and the heads of each tool's graphs. It is the same reader
 * the repository checks use (listMigrations), so what it shows is what the gate sees.
 */
import { Option } from "commander";
import { InputError, inputError } from "../../errors.js";
import { compareText, unique } from "../../migrations/adapter.js";
import { headsOf, primaryRecords, recordsOf, type MigrationInventory } from "../../migrations/inventory.js";
import { listMigrations } from "../../repo/checkout.js";
import { GitUnavailable } from "../../repo/git.js";
import type { RegisterCommand } from "./index.js";

export interface MigrationListing {
  migrations: Array<{
    file: string;
    tool: string;
    id: string;
    parents: string[];
    /** A non-empty down path exists. */
    reversible: boolean;
    downLine: number | null;
    tracked: boolean;
  }>;
  heads: Record<string, string[]>;
}

/** The listing of an inventory: each file once (under its first adapter), sorted by file. */
export function migrationListing(inv: MigrationInventory): MigrationListing {
  const listed = primaryRecords(inv);
  const heads: Record<string, string[]> = {};
  for (const tool of unique(listed.map((r) => r.tool)).sort(compareText)) {
    // Only the graphs this tool is listed for (sqlx also reads golang-migrate's pairs).
    const groups = unique(listed.filter((r) => r.tool === tool).map((r) => r.group));
    const records = recordsOf(inv, tool);
    heads[tool] = unique(groups.flatMap((g) => headsOf(records, g))).sort(compareText);
  }
  return {
    migrations: listed.map((r) => ({
      file: r.file,
      tool: r.tool,
      id: r.id,
      parents: r.parents ?? [],
      reversible: !!r.down && r.down.exists && !r.down.empty,
      downLine: r.down?.exists ? r.down.line : null,
      tracked: inv.tracked.has(r.file),
    })),
    heads,
  };
}

/** Repository text shown on a terminal: control characters escaped so a file name cannot drive it. */
function printable(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function renderText(listing: MigrationListing): string {
  const rows = [
    ["FILE", "TOOL", "ID", "PARENTS", "DOWN", "TRACKED"],
    ...listing.migrations.map((m) => [
      m.file,
      m.tool,
      m.id,
      m.parents.join(",") || "-",
      m.reversible ? `yes (line ${m.downLine ?? "-"})` : "no",
      m.tracked ? "yes" : "no",
    ]),
  ].map((row) => row.map(printable));
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const lines = rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join("  "));
  const heads = Object.entries(listing.heads).map(([tool, ids]) => `heads ${printable(tool)}: ${ids.map(printable).join(", ")}`);
  if (listing.migrations.length === 0) return "no migrations found\n";
  return `${[...lines, "", ...heads].join("\n")}\n`;
}

export const registerMigrations: RegisterCommand = (program) => {
  program
    .command("migrations")
    .description("List every migration the gate understands: tool, id, parents, down path, git tracking, graph heads.")
    .argument("[dir]", "repository checkout", ".")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .allowExcessArguments(false)
    .action(async (dir: string, options: { format: "text" | "json" }) => {
      let inv: MigrationInventory;
      try {
        inv = await listMigrations(dir);
      } catch (e) {
        if (e instanceof GitUnavailable) throw new InputError(e.message);
        throw e;
      }
      const problem = inv.problems[0];
      if (problem) throw inputError(problem.file, `cannot read this ${problem.tool} migration: ${problem.reason}`, problem.line);
      const listing = migrationListing(inv);
      process.stdout.write(options.format === "json" ? `${JSON.stringify(listing, null, 2)}\n` : renderText(listing));
      process.exitCode = 0;
    });
};
