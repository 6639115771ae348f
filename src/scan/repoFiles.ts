/**
 * Read access to the listed files of one repository, with the skip rules applied on read: files
 * over 2 MB, binary content and symlinks that leave the repository are not read but remembered
 * with the reason, so a start command that refers to one can be reported as unverifiable.
 */
import fs from "node:fs";
import path from "node:path";
import { formatBytes, limit } from "../limits.js";
import type { Skipped } from "./schema.js";
import type { Listing } from "./walk.js";

export class RepoFiles {
  readonly files: readonly string[];
  private readonly fileSet: Set<string>;
  private readonly dirs = new Set<string>([""]);
  private readonly cache = new Map<string, string | undefined>();
  private readonly skips = new Map<string, string>();
  private readonly realRoot: string;
  private readonly vendorFiles: Set<string>;
  private readonly maxBytes = limit("fileBytes");
  private readonly listedSkips: Set<string>;

  constructor(
    readonly root: string,
    private readonly listing: Listing,
  ) {
    this.files = listing.files;
    this.fileSet = new Set(listing.files);
    for (const f of listing.files) {
      for (let i = f.indexOf("/"); i !== -1; i = f.indexOf("/", i + 1)) this.dirs.add(f.slice(0, i));
    }
    for (const s of listing.skipped) this.skips.set(s.file, s.reason);
    this.listedSkips = new Set(listing.skipped.map((s) => s.file));
    this.realRoot = fs.realpathSync(root);
    this.vendorFiles = new Set(listing.vendorFiles);
  }

  /**
   * The repository holds `rel` (vendor files included, though they are never read), or lists it
   * as skipped (a symlink out of it, a loop): a start command naming it is then unverifiable.
   */
  has(rel: string): boolean {
    return this.fileSet.has(rel) || this.vendorFiles.has(rel) || this.skippedAncestor(rel) !== undefined;
  }

  /** `rel` or the folder above it that the listing skipped (a symlinked folder is never entered). */
  private skippedAncestor(rel: string): string | undefined {
    for (let p = rel; p !== "" && p !== "."; p = path.posix.dirname(p)) if (this.listedSkips.has(p)) return p;
    return undefined;
  }

  isDir(rel: string): boolean {
    return this.dirs.has(rel);
  }

  /** Why `rel` (a file the repository holds) was not read, if it was not. */
  skipReason(rel: string): string | undefined {
    if (this.vendorFiles.has(rel)) return "vendor folder";
    if (this.fileSet.has(rel) && !this.cache.has(rel)) this.read(rel);
    const skipped = this.skippedAncestor(rel);
    if (skipped !== undefined && skipped !== rel) return `${skipped}: ${this.skips.get(skipped)}`;
    return this.skips.get(rel);
  }

  /** The text of a listed file, or undefined when it is skipped or unreadable. */
  read(rel: string): string | undefined {
    if (this.cache.has(rel)) return this.cache.get(rel);
    let text: string | undefined;
    if (this.fileSet.has(rel)) text = this.load(rel);
    this.cache.set(rel, text);
    return text;
  }

  private load(rel: string): string | undefined {
    const abs = path.join(this.root, rel);
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(abs);
    } catch {
      return undefined; // listed by git but deleted from the work tree
    }
    if (stat.isSymbolicLink()) {
      let target: string;
      try {
        target = fs.realpathSync(abs);
        stat = fs.statSync(target);
      } catch {
        return this.skip(rel, "broken symlink");
      }
      if (target !== this.realRoot && !target.startsWith(this.realRoot + path.sep)) return this.skip(rel, "symlink leaves the repository");
      if (stat.isDirectory()) return this.skip(rel, "symlinked folder not followed");
    }
    if (!stat.isFile()) return undefined;
    if (stat.size > this.maxBytes) return this.skip(rel, `larger than ${formatBytes(this.maxBytes)}`);
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(abs);
    } catch (e) {
      // Unreadable like binary: listed as skipped; a start command that runs it is unverifiable.
      const code = (e as NodeJS.ErrnoException | null)?.code;
      return this.skip(rel, code === "EACCES" || code === "EPERM" ? "permission denied" : `cannot be read (${code ?? String(e)})`);
    }
    if (bytes.length > this.maxBytes) return this.skip(rel, `larger than ${formatBytes(this.maxBytes)}`);
    if (bytes.subarray(0, 8000).includes(0)) return this.skip(rel, "binary file");
    return bytes.toString("utf8");
  }

  private skip(rel: string, reason: string): undefined {
    this.skips.set(rel, reason);
    return undefined;
  }

  /** Everything skipped so far, vendor folders included, sorted. */
  skipped(): Skipped[] {
    const out: Skipped[] = this.listing.vendorDirs.map((d) => ({ file: d, reason: "vendor folder" }));
    for (const [file, reason] of this.skips) out.push({ file, reason });
    return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  }
}
