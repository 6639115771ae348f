import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  UnreadableFile,
  readInventory
} from "./chunk-W3MZGTBC.js";
import {
  LIMITS,
  formatBytes,
  limit
} from "./chunk-322VWJWO.js";
import {
  assertRepository,
  workingFiles
} from "./chunk-76NZYPJB.js";

// src/repo/checkout.ts
import { lstatSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join, sep } from "node:path";
var MAX_FILE_BYTES = LIMITS.fileBytes.value;
var utf8 = new TextDecoder("utf-8", { fatal: true });
function tooLarge() {
  return new UnreadableFile(`larger than ${formatBytes(limit("fileBytes"))}`, true);
}
function decodeText(bytes) {
  if (bytes.length > limit("fileBytes")) throw tooLarge();
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  } catch {
    throw new UnreadableFile("not UTF-8 text");
  }
}
function readText(dir, realRoot, path) {
  const full = join(dir, path);
  let size;
  try {
    const link = lstatSync(full);
    if (link.isSymbolicLink()) {
      let target;
      try {
        target = realpathSync(full);
      } catch {
        throw new UnreadableFile("broken symlink", true);
      }
      if (target !== realRoot && !target.startsWith(realRoot + sep)) throw new UnreadableFile("symlink leaves the repository", true);
    }
    const st = statSync(full);
    if (!st.isFile()) return void 0;
    size = st.size;
  } catch (e) {
    if (e instanceof UnreadableFile) throw e;
    if (path.includes("\uFFFD")) throw new UnreadableFile("its name is not UTF-8", true);
    return void 0;
  }
  if (size > limit("fileBytes")) throw tooLarge();
  try {
    return decodeText(readFileSync(full));
  } catch (e) {
    if (e instanceof UnreadableFile) throw e;
    throw new UnreadableFile(`cannot be read: ${e.code ?? e.message}`, true);
  }
}
async function checkoutSource(dir) {
  await assertRepository(dir);
  const { tracked, untracked } = await workingFiles(dir);
  const realRoot = realpathSync(dir);
  return { paths: [...tracked, ...untracked], tracked: new Set(tracked), read: (path) => readText(dir, realRoot, path) };
}
async function listMigrations(dir) {
  return readInventory(await checkoutSource(dir));
}

export {
  MAX_FILE_BYTES,
  decodeText,
  checkoutSource,
  listMigrations
};
