/**
 * The checkout as the migration reader sees it: every file git knows or would add (tracked, and
 * untracked but not ignored), read lazily from disk as UTF-8 text. listMigrations() is what
 * `wo-gate migrations`, `authorize` and `new` call.
 */
import { lstatSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join, sep } from "node:path";
import { LIMITS, formatBytes, limit } from "../limits.js";
import { readInventory, UnreadableFile, type InventorySource, type MigrationInventory } from "../migrations/inventory.js";
import { workingFiles, assertRepository } from "./git.js";

/** Migration files are small; anything larger is not read (and, if it is a migration, fails closed). */
export const MAX_FILE_BYTES = LIMITS.fileBytes.value;

const utf8 = new TextDecoder("utf-8", { fatal: true });

function tooLarge(): UnreadableFile {
  return new UnreadableFile(`larger than ${formatBytes(limit("fileBytes"))}`, true);
}

/** Decode file bytes as text, or throw UnreadableFile with the reason. */
export function decodeText(bytes: Buffer): string {
  if (bytes.length > limit("fileBytes")) throw tooLarge();
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  } catch {
    throw new UnreadableFile("not UTF-8 text");
  }
}

/**
 * The file at `path` in the checkout whose real path is `realRoot`, as text; undefined when it is
 * not there. Never reads outside the checkout: a symlink that leaves it is unreadable (fail closed).
 */
function readText(dir: string, realRoot: string, path: string): string | undefined {
  const full = join(dir, path);
  let size: number;
  try {
    const link = lstatSync(full);
    if (link.isSymbolicLink()) {
      let target: string;
      try {
        target = realpathSync(full);
      } catch {
        throw new UnreadableFile("broken symlink", true);
      }
      if (target !== realRoot && !target.startsWith(realRoot + sep)) throw new UnreadableFile("symlink leaves the repository", true);
    }
    const st = statSync(full);
    if (!st.isFile()) return undefined;
    size = st.size;
  } catch (e) {
    if (e instanceof UnreadableFile) throw e;
    // git reports names as bytes; one that is not UTF-8 comes back with U+FFFD and cannot be opened.
    if (path.includes("\uFFFD")) throw new UnreadableFile("its name is not UTF-8", true);
    // Tracked but deleted in the working tree: not there to read.
    return undefined;
  }
  if (size > limit("fileBytes")) throw tooLarge();
  try {
    return decodeText(readFileSync(full));
  } catch (e) {
    if (e instanceof UnreadableFile) throw e;
    throw new UnreadableFile(`cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, true);
  }
}

/** The files of a git checkout; throws GitUnavailable when `dir` is not one. */
export async function checkoutSource(dir: string): Promise<InventorySource> {
  await assertRepository(dir);
  const { tracked, untracked } = await workingFiles(dir);
  const realRoot = realpathSync(dir);
  return { paths: [...tracked, ...untracked], tracked: new Set(tracked), read: (path) => readText(dir, realRoot, path) };
}

/** Every migration the adapters understand in the checkout at `dir`. */
export async function listMigrations(dir: string): Promise<MigrationInventory> {
  return readInventory(await checkoutSource(dir));
}
