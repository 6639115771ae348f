/**
 * What `wo-gate migrations` shows: every migration the adapters understand, with its tool, id,
 * parents, down path and git tracking, and the heads of each tool's graphs. It renders the same
 * inventory the repository checks read (listMigrations), so what it shows is what the gate sees.
 */
import { terminalSafe as printable } from "../report/terminalSafe.js";
import { compareText, unique } from "./adapter.js";
import { headsOf, primaryRecords, recordsOf, type MigrationInventory } from "./inventory.js";

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

export function renderListingText(listing: MigrationListing): string {
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

