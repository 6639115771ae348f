import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  extractWorkOrder
} from "./chunk-QQRUVNBB.js";
import {
  LIMITS,
  formatBytes,
  limit
} from "./chunk-322VWJWO.js";
import {
  inputError
} from "./chunk-WG3IXMWM.js";

// src/workorder/readWorkOrderFile.ts
import { isUtf8 } from "node:buffer";
import fs from "node:fs/promises";
var MAX_WORK_ORDER_BYTES = LIMITS.workOrderBytes.value;
var REASONS = {
  ENOENT: "cannot read: no such file",
  ENOTDIR: "cannot read: no such file (a parent is not a directory)",
  EACCES: "cannot read: permission denied",
  EPERM: "cannot read: permission denied",
  EISDIR: "is a directory, not a work-order file",
  ELOOP: "cannot read: too many symbolic links"
};
function readFailure(file, e) {
  const code = e?.code ?? "";
  return inputError(file, REASONS[code] ?? `cannot read: ${code || (e instanceof Error ? e.message : String(e))}`);
}
async function readWorkOrderFile(file) {
  const stat = await fs.stat(file).catch((e) => Promise.reject(readFailure(file, e)));
  if (stat.isDirectory()) throw readFailure(file, { code: "EISDIR" });
  if (!stat.isFile()) throw inputError(file, "is not a regular file");
  const max = limit("workOrderBytes");
  if (stat.size > max) throw tooLarge(file, stat.size, max);
  const bytes = await fs.readFile(file).catch((e) => Promise.reject(readFailure(file, e)));
  if (bytes.length > max) throw tooLarge(file, bytes.length, max);
  const maxLines = limit("workOrderLines");
  const lines = lineCount(bytes);
  if (lines > maxLines) throw inputError(file, `has ${lines} lines; a work order over ${maxLines} lines is refused`);
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw inputError(file, "holds NUL bytes: not a text file", lineAt(bytes, nul));
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const hex = bytes[bad].toString(16).padStart(2, "0");
    throw inputError(file, `is not UTF-8 text (byte 0x${hex} at offset ${bad}); save it as UTF-8`, lineAt(bytes, bad));
  }
  return new TextDecoder("utf-8").decode(bytes);
}
async function readWorkOrder(file) {
  return extractWorkOrder(await readWorkOrderFile(file), file);
}
function tooLarge(file, size, max) {
  return inputError(file, `is ${size} bytes; a work order over ${formatBytes(max)} is refused`);
}
function lineCount(bytes) {
  let n = 1;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 10 || bytes[i] === 13 && bytes[i + 1] !== 10) n++;
  }
  return n;
}
function lineAt(bytes, offset) {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}
function firstInvalidUtf8(b) {
  if (isUtf8(b)) return -1;
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    const n = c < 128 ? 0 : c >= 194 && c <= 223 ? 1 : c >= 224 && c <= 239 ? 2 : c >= 240 && c <= 244 ? 3 : -1;
    if (n < 0 || i + n >= b.length) return i;
    const lo = c === 224 ? 160 : c === 240 ? 144 : 128;
    const hi = c === 237 ? 159 : c === 244 ? 143 : 191;
    for (let k = 1; k <= n; k++) {
      const ck = b[i + k];
      if (ck < (k === 1 ? lo : 128) || ck > (k === 1 ? hi : 191)) return i;
    }
    i += n + 1;
  }
  return -1;
}

export {
  MAX_WORK_ORDER_BYTES,
  readWorkOrderFile,
  readWorkOrder
};
