/**
 * The file edge of extraction: reading a work-order file and refusing what is not text
 * (decisions.md: not UTF-8, NUL bytes, unreadable, missing, a directory, too large or too many
 * lines → exit 2, one line naming the file and, where there is one, the line). The parsing
 * itself is pure (extractWorkOrder.ts).
 */
import { isUtf8 } from "node:buffer";
import fs from "node:fs/promises";
import { inputError } from "../errors.js";
import { LIMITS, formatBytes, limit } from "../limits.js";
import { extractWorkOrder } from "./extractWorkOrder.js";
import type { WorkOrder } from "./schema.js";

/** Work orders are a few KB; anything this large is not one, and is not read into memory. */
export const MAX_WORK_ORDER_BYTES = LIMITS.workOrderBytes.value;

const REASONS: Record<string, string> = {
  ENOENT: "cannot read: no such file",
  ENOTDIR: "cannot read: no such file (a parent is not a directory)",
  EACCES: "cannot read: permission denied",
  EPERM: "cannot read: permission denied",
  EISDIR: "is a directory, not a work-order file",
  ELOOP: "cannot read: too many symbolic links",
};

function readFailure(file: string, e: unknown): Error {
  const code = (e as NodeJS.ErrnoException | null)?.code ?? "";
  return inputError(file, REASONS[code] ?? `cannot read: ${code || (e instanceof Error ? e.message : String(e))}`);
}

/** The work-order text: UTF-8 (a BOM is dropped), no NUL bytes, at most 5 MB. */
export async function readWorkOrderFile(file: string): Promise<string> {
  const stat = await fs.stat(file).catch((e: unknown) => Promise.reject(readFailure(file, e)));
  if (stat.isDirectory()) throw readFailure(file, { code: "EISDIR" });
  if (!stat.isFile()) throw inputError(file, "is not a regular file");
  const max = limit("workOrderBytes");
  if (stat.size > max) throw tooLarge(file, stat.size, max);
  const bytes = await fs.readFile(file).catch((e: unknown) => Promise.reject(readFailure(file, e)));
  if (bytes.length > max) throw tooLarge(file, bytes.length, max);
  // A template work order is about 250 lines. Evaluating hundreds of thousands of list items
  // costs the policy runtime tens of seconds, so the line count is bounded too.
  const maxLines = limit("workOrderLines");
  const lines = lineCount(bytes);
  if (lines > maxLines) throw inputError(file, `has ${lines} lines; a work order over ${maxLines} lines is refused`);
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw inputError(file, "holds NUL bytes: not a text file", lineAt(bytes, nul));
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const hex = (bytes[bad] as number).toString(16).padStart(2, "0");
    throw inputError(file, `is not UTF-8 text (byte 0x${hex} at offset ${bad}); save it as UTF-8`, lineAt(bytes, bad));
  }
  return new TextDecoder("utf-8").decode(bytes); // drops a leading BOM
}

/** Reads and extracts one work order. */
export async function readWorkOrder(file: string): Promise<WorkOrder> {
  return extractWorkOrder(await readWorkOrderFile(file), file);
}

function tooLarge(file: string, size: number, max: number): Error {
  return inputError(file, `is ${size} bytes; a work order over ${formatBytes(max)} is refused`);
}

/** Lines as a Markdown parser counts them: LF, CRLF and a lone CR each end one. */
function lineCount(bytes: Buffer): number {
  let n = 1;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) n++;
  }
  return n;
}

function lineAt(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
function firstInvalidUtf8(b: Buffer): number {
  if (isUtf8(b)) return -1;
  for (let i = 0; i < b.length; ) {
    const c = b[i] as number;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0 || i + n >= b.length) return i;
    // The second byte's range excludes overlong forms and surrogates (RFC 3629 §4).
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= n; k++) {
      const ck = b[i + k] as number;
      if (ck < (k === 1 ? lo : 0x80) || ck > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n + 1;
  }
  return -1;
}
