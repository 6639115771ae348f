/**
 * Which files the scanner may read (decisions.md, "Scanner"): in a git repository every tracked
 * file plus untracked files `.gitignore` does not hide; outside git, a walk that honours every
 * `.gitignore` on the way down. Vendor folders, binary files and files over 2 MB are skipped and
 * reported; a start command that points into them is a finding elsewhere. Global bounds fail
 * closed with an InputError rather than silently scanning part of a repository.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import ignore, { type Ignore } from "ignore";
import { InputError } from "../errors.js";
import type { Skipped } from "./schema.js";

export const MAX_FILES = 200_000;
export const MAX_SCAN_MS = 60_000;
export const MAX_DEPTH = 64;
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** Folders holding third-party code: a project's start path never lives there. */
export const VENDOR_DIRS: ReadonlySet<string> = new Set([
  "node_modules",
  "vendor",
  "third_party",
  "bower_components",
  "jspm_packages",
  ".venv",
  "venv",
  "site-packages",
  "Pods",
]);

export interface Listing {
  /** Every listed path (relative, forward slashes, sorted), vendor folders excluded. */
  files: string[];
  /** Top-most vendor folders found, reported once each as skipped. */
  vendorDirs: string[];
  /** Files inside vendor folders: never read, but a start command may point at one. */
  vendorFiles: string[];
  /** Symlinks that leave the repository or point at folders (never followed). */
  skipped: Skipped[];
}

/** Throws when the wall-clock budget for one scan is spent. */
export class Deadline {
  private readonly end: number;
  constructor(ms: number = MAX_SCAN_MS) {
    this.end = Date.now() + ms;
  }
  check(): void {
    if (Date.now() > this.end) throw new InputError(`scan: time bound exceeded (${MAX_SCAN_MS / 1000} s); the repository is too large to verify`);
  }
}

function vendorPrefix(rel: string): string | undefined {
  const parts = rel.split("/");
  for (let i = 0; i < parts.length - 1; i++) if (VENDOR_DIRS.has(parts[i]!)) return parts.slice(0, i + 1).join("/");
  return undefined;
}

function checkBounds(count: number, rel: string): void {
  if (count > MAX_FILES) throw new InputError(`scan: more than ${MAX_FILES} files; the repository is too large to verify`);
  if (rel.split("/").length > MAX_DEPTH) throw new InputError(`${rel}: deeper than ${MAX_DEPTH} folders; the repository is too deep to verify`);
}

function gitListing(root: string): string[] | undefined {
  const run = (args: string[]) =>
    spawnSync("git", ["-C", root, ...args], { encoding: "buffer", maxBuffer: 512 * 1024 * 1024 });
  const inside = run(["rev-parse", "--is-inside-work-tree"]);
  if (inside.status !== 0 || inside.stdout.toString().trim() !== "true") return undefined;
  // Paths are relative to `root` because git runs with -C root.
  const listed = run(["ls-files", "-z", "--cached", "--others", "--exclude-standard"]);
  if (listed.status !== 0) throw new InputError(`${root}: git ls-files failed: ${listed.stderr.toString().trim()}`);
  return [...new Set(listed.stdout.toString("utf8").split("\0").filter(Boolean))];
}

interface IgnoreScope {
  base: string;
  rules: Ignore;
}

function walkListing(root: string, deadline: Deadline): { files: string[]; skipped: Skipped[] } {
  const files: string[] = [];
  const skipped: Skipped[] = [];
  const realRoot = fs.realpathSync(root);
  const visit = (relDir: string, scopes: IgnoreScope[], depth: number): void => {
    if (depth > MAX_DEPTH) throw new InputError(`${relDir}: deeper than ${MAX_DEPTH} folders; the repository is too deep to verify`);
    deadline.check();
    const abs = path.join(root, relDir);
    let here = scopes;
    const gitignore = path.join(abs, ".gitignore");
    if (fs.existsSync(gitignore)) {
      here = [...scopes, { base: relDir, rules: ignore().add(fs.readFileSync(gitignore, "utf8")) }];
    }
    const ignored = (rel: string, dir: boolean) =>
      here.some((s) => {
        const sub = s.base ? rel.slice(s.base.length + 1) : rel;
        return sub !== "" && s.rules.ignores(dir ? `${sub}/` : sub);
      });
    for (const entry of fs.readdirSync(abs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
      if (entry.name === ".git") continue;
      if (entry.isSymbolicLink()) {
        if (ignored(rel, false)) continue;
        let target: string;
        try {
          target = fs.realpathSync(path.join(root, rel));
        } catch {
          skipped.push({ file: rel, reason: "broken symlink" });
          continue;
        }
        if (target !== realRoot && !target.startsWith(realRoot + path.sep)) skipped.push({ file: rel, reason: "symlink leaves the repository" });
        else if (fs.statSync(target).isDirectory()) skipped.push({ file: rel, reason: "symlinked folder not followed" });
        else files.push(rel);
        continue;
      }
      if (entry.isDirectory()) {
        if (!ignored(rel, true)) visit(rel, here, depth + 1);
      } else if (entry.isFile() && !ignored(rel, false)) {
        files.push(rel);
        checkBounds(files.length, rel);
      }
    }
  };
  visit("", [], 0);
  return { files, skipped };
}

/** Lists the repository at `root` (which must be a directory). */
export function listRepository(root: string, deadline: Deadline): Listing {
  const fromGit = gitListing(root);
  const { files: all, skipped } = fromGit ? { files: fromGit, skipped: [] as Skipped[] } : walkListing(root, deadline);
  const files: string[] = [];
  const vendor = new Set<string>();
  const vendorFiles: string[] = [];
  for (const rel of all) {
    checkBounds(all.length, rel);
    const v = vendorPrefix(rel);
    if (v) {
      vendor.add(v);
      vendorFiles.push(rel);
    } else files.push(rel);
  }
  files.sort();
  return { files, vendorDirs: [...vendor].sort(), vendorFiles, skipped };
}
