/**
 * The governance documents §2 refers to (rule `governance-document-missing`): `SYSTEM_SPEC.md`
 * with a §6.3 section, and `AUTONOMY_PLAYBOOK.md`, committed to the repository. By default they
 * may sit anywhere in the tracked tree; the root wins, then `docs/`, then the shallowest path.
 * Policy data or an option may name exact paths instead.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import MarkdownIt from "markdown-it";
import type { GovernanceFacts } from "../input/schema.js";
import { baseName, compareText } from "../migrations/adapter.js";
import { UnreadableFile } from "../migrations/inventory.js";
import { decodeText } from "./checkout.js";
import { workingFiles } from "./git.js";

export interface GovernancePaths {
  systemSpec?: string | null;
  playbook?: string | null;
}

export const DEFAULT_DOCUMENTS = { systemSpec: "SYSTEM_SPEC.md", playbook: "AUTONOMY_PLAYBOOK.md" } as const;

const md = new MarkdownIt();

/**
 * A heading that opens section 6.3: `## §6.3 Migration Rules`, `### 6.3 Migration Rules`,
 * `## 6.3. Migrations`, or one that cites `§6.3` anywhere in its text.
 */
export function hasSection63(markdown: string): boolean {
  const tokens = md.parse(markdown, {});
  return tokens.some((t, i) => {
    if (t.type !== "heading_open") return false;
    const text = (tokens[i + 1]?.content ?? "").replace(/[*_`]/g, "").trim();
    return /^(?:section\s+)?§?\s*6\.3(?![\d])/i.test(text) || /§\s*6\.3(?![\d])/.test(text);
  });
}

/** Candidates for a document name, best first: root, then `docs/`, then shallowest, then by path. */
function rank(paths: string[]): string[] {
  const score = (p: string): number => (!p.includes("/") ? 0 : /^docs\/[^/]+$/i.test(p) ? 1 : 2);
  const depth = (p: string): number => p.split("/").length;
  return [...paths].sort((a, b) => score(a) - score(b) || depth(a) - depth(b) || compareText(a, b));
}

/** Pure part: choose the documents among the tracked files, reading candidate specs with `read`. */
export function chooseGovernanceDocuments(tracked: string[], read: (path: string) => string | undefined, paths: GovernancePaths = {}): GovernanceFacts {
  const find = (override: string | null | undefined, name: string): string[] =>
    override ? tracked.filter((p) => p === override.replace(/^\.\//, "")) : rank(tracked.filter((p) => baseName(p) === name));
  const specs = find(paths.systemSpec, DEFAULT_DOCUMENTS.systemSpec);
  const withSection = specs.find((p) => {
    const text = read(p);
    return text !== undefined && hasSection63(text);
  });
  const playbook = find(paths.playbook, DEFAULT_DOCUMENTS.playbook)[0] ?? null;
  return {
    systemSpec: { path: withSection ?? specs[0] ?? null, hasSection: withSection !== undefined },
    playbook: { path: playbook },
  };
}

/** The governance facts of the git checkout at `dir` (throws GitUnavailable when it is not one). */
export async function findGovernanceDocuments(dir: string, paths: GovernancePaths = {}, tracked?: string[]): Promise<GovernanceFacts> {
  const files = tracked ?? (await workingFiles(dir)).tracked;
  return chooseGovernanceDocuments(
    files,
    (p) => {
      try {
        return decodeText(readFileSync(join(dir, p)));
      } catch (e) {
        if (e instanceof UnreadableFile || (e as NodeJS.ErrnoException).code) return undefined;
        throw e;
      }
    },
    paths,
  );
}
