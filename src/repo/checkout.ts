/**
 * The checkout as the migration reader sees it: every file git knows or would add (tracked, and
 * untracked but not ignored), read lazily from disk as UTF-8 text. listMigrations() is what
 * `wo-gate migrations`, `authorize` and `new` call.
 */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { readInventory, UnreadableFile, type InventorySource, type MigrationInventory } from "../migrations/inventory.js";
import { workingFiles, assertRepository } from "./git.js";

/** Migration files are small; anything larger is not read (and, if it is a migration, fails closed). */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Decode file bytes as text, or throw UnreadableFile with the reason. */
export function decodeText(bytes: Buffer): string {
  if (bytes.length > MAX_FILE_BYTES) throw new UnreadableFile(`larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  } catch {
    throw new UnreadableFile("not UTF-8 text");
  }
}

function readText(dir: string, path: string): string | undefined {
  const full = join(dir, path);
  let size: number;
  try {
    const st = statSync(full);
    if (!st.isFile()) return undefined;
    size = st.size;
  } catch {
    // Tracked but deleted in the working tree: not there to read.
    return undefined;
  }
  if (size > MAX_FILE_BYTES) throw new UnreadableFile(`larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  try {
    return decodeText(readFileSync(full));
  } catch (e) {
    if (e instanceof UnreadableFile) throw e;
    throw new UnreadableFile(`cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/** The files of a git checkout; throws GitUnavailable when `dir` is not one. */
export async function checkoutSource(dir: string): Promise<InventorySource> {
  await assertRepository(dir);
  const { tracked, untracked } = await workingFiles(dir);
  return { paths: [...tracked, ...untracked], tracked: new Set(tracked), read: (path) => readText(dir, path) };
}

/** Every migration the adapters understand in the checkout at `dir`. */
export async function listMigrations(dir: string): Promise<MigrationInventory> {
  return readInventory(await checkoutSource(dir));
}
