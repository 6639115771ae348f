/**
 * Bad input files are refused with one line naming the file (and line) and what is wrong (exit 2):
 * missing, a directory, not a regular file, over 5 MB, NUL bytes, not UTF-8. A BOM is allowed.
 * The unreadable-file case needs a non-root user and lives in cli.test.ts.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.js";
import { extractWorkOrder } from "../../src/workorder/extractWorkOrder.js";
import { MAX_WORK_ORDER_BYTES, readWorkOrder, readWorkOrderFile } from "../../src/workorder/readWorkOrderFile.js";
import { example } from "./paths.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wo-read-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let n = 0;
function write(content: string | Uint8Array): string {
  const file = path.join(dir, `WO-MIGRATION-${++n}.md`);
  fs.writeFileSync(file, content);
  return file;
}

async function failure(p: Promise<unknown>): Promise<InputError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(InputError);
  return e as InputError;
}

const { text: exampleText } = example("001");

describe("readWorkOrderFile", () => {
  it("reads UTF-8 and drops a byte order mark", async () => {
    expect(await readWorkOrderFile(write(`\uFEFF${exampleText}`))).toBe(exampleText);
    const withBom = await readWorkOrder(write(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(exampleText)])));
    expect(withBom).toEqual(extractWorkOrder(exampleText, "x"));
  });

  it("a missing file", async () => {
    const file = path.join(dir, "nope", "WO-MIGRATION-9.md");
    expect((await failure(readWorkOrderFile(file))).message).toBe(`${file}: cannot read: no such file`);
  });

  it("a directory", async () => {
    expect((await failure(readWorkOrderFile(dir))).message).toBe(`${dir}: is a directory, not a work-order file`);
  });

  it.skipIf(spawnSync("mkfifo", ["--version"]).status !== 0)("a named pipe is not a regular file (and is not read, which would block)", async () => {
    const fifo = path.join(dir, "pipe.md");
    spawnSync("mkfifo", [fifo]);
    expect((await failure(readWorkOrderFile(fifo))).message).toBe(`${fifo}: is not a regular file`);
  });

  it("a file over 5 MB is refused; one of exactly 5 MB is read", async () => {
    const big = write("a".repeat(MAX_WORK_ORDER_BYTES + 1));
    expect((await failure(readWorkOrderFile(big))).message).toMatch(/: is 5242881 bytes; a work order over 5 MB is refused$/);
    const limit = write("a".repeat(MAX_WORK_ORDER_BYTES));
    expect((await failure(readWorkOrder(limit))).message).toContain("not a work order");
  });

  it("NUL bytes, with the line they are on", async () => {
    const file = write(`${exampleText.slice(0, 40)}\n\n\u0000rest`);
    const expectedLine = exampleText.slice(0, 40).split("\n").length + 2;
    expect((await failure(readWorkOrderFile(file))).message).toBe(`${file}:${expectedLine}: holds NUL bytes: not a text file`);
  });

  it.each([
    ["Latin-1 é", [0x23, 0x20, 0x0a, 0x63, 0x61, 0x66, 0xe9], 2, 6],
    ["a truncated sequence at the end", [0x61, 0xe2, 0x82], 1, 1],
    ["an overlong NUL", [0x61, 0x0a, 0x0a, 0xc0, 0x80], 3, 3],
    ["a UTF-16 surrogate", [0xed, 0xa0, 0x80], 1, 0],
    ["a lone continuation byte", [0x61, 0x80], 1, 1],
    ["beyond U+10FFFF", [0xf4, 0x90, 0x80, 0x80], 1, 0],
  ])("not UTF-8: %s", async (_, bytes, line, offset) => {
    const file = write(Uint8Array.from(bytes));
    expect((await failure(readWorkOrderFile(file))).message).toMatch(new RegExp(`^${file}:${line}: is not UTF-8 text \\(byte 0x[0-9a-f]{2} at offset ${offset}\\)`));
  });

  it("agrees with the platform's strict UTF-8 decoder on random bytes", async () => {
    const strict = new TextDecoder("utf-8", { fatal: true });
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 24 }).map((b) => b.map((x) => x || 1)), async (bytes) => {
        const file = write(bytes);
        let valid = true;
        try {
          strict.decode(bytes);
        } catch {
          valid = false;
        }
        const e = await readWorkOrderFile(file).then(
          () => null,
          (err: unknown) => err as Error,
        );
        if (valid) {
          expect(e).toBeNull();
          return;
        }
        const offset = Number(/at offset (\d+)/.exec(e?.message ?? "")?.[1]);
        // Everything before the reported byte decodes; the reported byte starts the bad sequence.
        expect(() => strict.decode(bytes.subarray(0, offset))).not.toThrow();
        expect(() => strict.decode(bytes.subarray(0, offset + 4 > bytes.length ? bytes.length : offset + 4))).toThrow();
      }),
      { numRuns: 150 },
    );
  });
});
