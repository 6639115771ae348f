/**
 * The README's examples run as shown: every `npx wo-gate …` line on a bundled example gives the
 * exit code its comment promises (`# allow, exit 0`), run through the committed bundle as
 * `npx wo-gate` would.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const readme = readFileSync(path.join(root, "README.md"), "utf8");

/** `npx wo-gate <args>` lines naming a bundled example, with the exit code their comment gives (0 when it gives none). */
const examples = [...readme.matchAll(/npx wo-gate ((?:check|extract|rules)[^\n#&]*?examples\/[^\n#]*?)\s*(?:#([^\n]*))?$/gm)].map((m) => ({
  args: m[1]!.trim().split(/\s+/),
  exit: Number(/exit (\d)/.exec(m[2] ?? "")?.[1] ?? 0),
}));

describe("README examples", () => {
  it("finds the examples, the set-up command's among them", () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
    expect(readme.split("\n").slice(0, 6).join("\n")).toMatch(/npm ci && npx wo-gate check examples\//);
  });

  it.each(examples.map((e) => [e.args.join(" "), e] as const))("wo-gate %s", (_, { args, exit }) => {
    // The globs in the examples are expanded the way a shell would, from the repository root.
    const expanded = args.flatMap((a) => (a.includes("*") ? expand(a) : [a]));
    const r = spawnSync(process.execPath, [path.join(root, "dist/cli.js"), ...expanded], { cwd: root, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(exit);
  });
});

function expand(glob: string): string[] {
  const dir = path.dirname(glob);
  const re = new RegExp(`^${path.basename(glob).replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`);
  return readdirSync(path.join(root, dir)).filter((f) => re.test(f)).sort().map((f) => `${dir}/${f}`);
}
