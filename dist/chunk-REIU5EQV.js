import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  compareText,
  headsOf,
  primaryRecords,
  recordsOf,
  unique
} from "./chunk-W3MZGTBC.js";
import {
  terminalSafe
} from "./chunk-RV5BQCYO.js";
import "./chunk-B6FR4GSX.js";
import "./chunk-SCBUJERJ.js";
import "./chunk-KAUMNO2H.js";

// src/migrations/listing.ts
function migrationListing(inv) {
  const listed = primaryRecords(inv);
  const heads = {};
  for (const tool of unique(listed.map((r) => r.tool)).sort(compareText)) {
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
      tracked: inv.tracked.has(r.file)
    })),
    heads
  };
}
function renderListingText(listing) {
  const rows = [
    ["FILE", "TOOL", "ID", "PARENTS", "DOWN", "TRACKED"],
    ...listing.migrations.map((m) => [
      m.file,
      m.tool,
      m.id,
      m.parents.join(",") || "-",
      m.reversible ? `yes (line ${m.downLine ?? "-"})` : "no",
      m.tracked ? "yes" : "no"
    ])
  ].map((row) => row.map(terminalSafe));
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const lines = rows.map((r) => r.map((cell, i) => i === r.length - 1 ? cell : cell.padEnd(widths[i])).join("  "));
  const heads = Object.entries(listing.heads).map(([tool, ids]) => `heads ${terminalSafe(tool)}: ${ids.map(terminalSafe).join(", ")}`);
  if (listing.migrations.length === 0) return "no migrations found\n";
  return `${[...lines, "", ...heads].join("\n")}
`;
}
export {
  migrationListing,
  renderListingText
};
