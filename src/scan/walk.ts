/**
 * Which files the scanner may read (decisions.md, "Scanner"): in a git repository every tracked
 * file plus untracked files `.gitignore` does not hide; outside git, a walk that honours every
 * `.gitignore` on the way down. Vendor folders, binary files and files over 2 MB are skipped and
 * reported; a start command that points into them is a finding elsewhere. Global bounds fail
 * closed with an InputError rather than silently scanning part of a repository.
 */
import { spawnSync } from "node:child_process";
import { isUtf8 } from "node:buffer";
import fs from "node:fs";
import path from "node:path";
import ignore, { type Ignore } from "ignore";
import { InputError } from "../errors.js";
import { LIMITS, limit } from "../limits.js";
import type { Skipped } from "./schema.js";

/** The default bounds (src/limits.ts; each can be changed through its environment variable). */
export const MAX_FILES = LIMITS.files.value;
export const MAX_SCAN_MS = LIMITS.scanMs.value;
export const MAX_DEPTH = LIMITS.depth.value;
export const MAX_FILE_BYTES = LIMITS.fileBytes.value;

/** Why a listed name is not read: the scanner reads files by their UTF-8 names. */
export const NOT_UTF8_NAME = "name is not UTF-8: not read";

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
  /** Symlinks that leave the repository or point at folders (never followed), names that are not UTF-8. */
  skipped: Skipped[];
}

/** Throws when the wall-clock budget for one scan is spent. */
export class Deadline {
  private readonly end: number;
  constructor(private readonly ms: number = limit("scanMs")) {
    this.end = Date.now() + ms;
  }
  check(): void {
    if (Date.now() > this.end) throw new InputError(`scan: time bound exceeded (${this.ms / 1000} s); the repository is too large to verify`);
  }
}

function vendorPrefix(rel: string): string | undefined {
  const parts = rel.split("/");
  for (let i = 0; i < parts.length - 1; i++) if (VENDOR_DIRS.has(parts[i]!)) return parts.slice(0, i + 1).join("/");
  return undefined;
}

interface Bounds {
  files: number;
  depth: number;
}

function checkBounds(bounds: Bounds, count: number, rel: string): void {
  if (count > bounds.files) throw new InputError(`scan: more than ${bounds.files} files; the repository is too large to verify`);
  if (rel.split("/").length > bounds.depth) throw new InputError(`${rel}: deeper than ${bounds.depth} folders; the repository is too deep to verify`);
}

/** An fs error as a reason a user can act on. */
function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ELOOP") return "symlink loop";
  return code ?? (e instanceof Error ? e.message : String(e));
}

/** A folder or .gitignore that cannot be read hides what the repository holds: the scan cannot finish. */
function unreadable(rel: string, what: string, e: unknown): InputError {
  return new InputError(`${rel || "."}: cannot read ${what} (${fsReason(e)}); the repository cannot be verified`);
}

function gitListing(root: string): { files: string[]; skipped: Skipped[] } | undefined {
  const run = (args: string[]) =>
    spawnSync("git", ["-C", root, ...args], { encoding: "buffer", maxBuffer: 512 * 1024 * 1024 });
  const inside = run(["rev-parse", "--is-inside-work-tree"]);
  if (inside.status !== 0 || inside.stdout.toString().trim() !== "true") return undefined;
  // Paths are relative to `root` because git runs with -C root.
  const listed = run(["ls-files", "-z", "--cached", "--others", "--exclude-standard"]);
  if (listed.status !== 0) throw new InputError(`${root}: git ls-files failed: ${listed.stderr.toString().trim() || listed.error?.message}`);
  const files = new Set<string>();
  const skipped: Skipped[] = [];
  for (let start = 0; start < listed.stdout.length; ) {
    const end = listed.stdout.indexOf(0, start);
    const bytes = listed.stdout.subarray(start, end === -1 ? undefined : end);
    start = end === -1 ? listed.stdout.length : end + 1;
    if (bytes.length === 0) continue;
    // A name that is not UTF-8 cannot be opened under its decoded text: listed as skipped.
    if (isUtf8(bytes)) files.add(bytes.toString("utf8"));
    else skipped.push({ file: bytes.toString("utf8"), reason: NOT_UTF8_NAME });
  }
  return { files: [...files], skipped };
}

/**
 * A .gitignore's rules. A pattern the matcher cannot compile (a 100 KB line makes a regular
 * expression too large) is left out: hiding less only means scanning more (fail closed).
 */
function ignoreRules(text: string): Ignore {
  const usable = text.split(/\r?\n/).filter((line) => {
    try {
      ignore().add(line).ignores("probe");
      return true;
    } catch {
      return false;
    }
  });
  return ignore().add(usable);
}

interface IgnoreScope {
  base: string;
  rules: Ignore;
}

function walkListing(root: string, deadline: Deadline, bounds: Bounds): { files: string[]; skipped: Skipped[] } {
  const files: string[] = [];
  const skipped: Skipped[] = [];
  const realRoot = fs.realpathSync(root);
  const visit = (relDir: string, scopes: IgnoreScope[], depth: number): void => {
    if (depth > bounds.depth) throw new InputError(`${relDir}: deeper than ${bounds.depth} folders; the repository is too deep to verify`);
    deadline.check();
    const abs = path.join(root, relDir);
    let here = scopes;
    const gitignore = path.join(abs, ".gitignore");
    if (fs.existsSync(gitignore)) {
      let rules: string;
      try {
        rules = fs.readFileSync(gitignore, "utf8");
      } catch (e) {
        throw unreadable(relDir ? `${relDir}/.gitignore` : ".gitignore", "this .gitignore", e);
      }
      here = [...scopes, { base: relDir, rules: ignoreRules(rules) }];
    }
    const ignored = (rel: string, dir: boolean) =>
      here.some((s) => {
        const sub = s.base ? rel.slice(s.base.length + 1) : rel;
        return sub !== "" && s.rules.ignores(dir ? `${sub}/` : sub);
      });
    let entries: fs.Dirent<Buffer>[];
    try {
      entries = fs.readdirSync(abs, { withFileTypes: true, encoding: "buffer" });
    } catch (e) {
      throw unreadable(relDir, "this folder", e);
    }
    const named = entries.map((entry) => ({ entry, name: entry.name.toString("utf8"), utf8: isUtf8(entry.name) }));
    for (const { entry, name, utf8 } of named.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const rel = relDir ? `${relDir}/${name}` : name;
      if (name === ".git") continue;
      if (!utf8) {
        skipped.push({ file: rel, reason: NOT_UTF8_NAME });
        continue;
      }
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
        checkBounds(bounds, files.length, rel);
      }
    }
  };
  visit("", [], 0);
  return { files, skipped };
}

/** Lists the repository at `root` (which must be a directory). */
export function listRepository(root: string, deadline: Deadline): Listing {
  const bounds: Bounds = { files: limit("files"), depth: limit("depth") };
  const { files: all, skipped } = gitListing(root) ?? walkListing(root, deadline, bounds);
  const files: string[] = [];
  const vendor = new Set<string>();
  const vendorFiles: string[] = [];
  for (const rel of all) {
    checkBounds(bounds, all.length, rel);
    const v = vendorPrefix(rel);
    if (v) {
      vendor.add(v);
      vendorFiles.push(rel);
    } else files.push(rel);
  }
  files.sort();
  return { files, vendorDirs: [...vendor].sort(), vendorFiles, skipped };
}
