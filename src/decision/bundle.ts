/**
 * Reads what the runtime needs from an OPA bundle (`opa build -t wasm`): the compiled module and
 * the bundle's data document. The runtime then loads plain bytes, and `dist/policy/` holds plain
 * files rather than a tarball whose headers would make the build nondeterministic.
 */
import { gunzipSync } from "node:zlib";
import { Readable } from "node:stream";
import tar from "tar-stream";
import { inputError } from "../errors.js";

export interface CompiledPolicy {
  wasm: Buffer;
  /** The bundle's data.json, exactly as OPA wrote it (bytes, so comparisons are exact). */
  data: Buffer;
}

export async function readBundle(bytes: Buffer, file: string): Promise<CompiledPolicy> {
  let tarBytes: Buffer;
  try {
    tarBytes = gunzipSync(bytes);
  } catch {
    throw inputError(file, "not a gzip-compressed OPA bundle");
  }
  const files = new Map<string, Buffer>();
  const extract = tar.extract();
  try {
    const done = (async () => {
      for await (const entry of extract) {
        const chunks: Buffer[] = [];
        for await (const chunk of entry) chunks.push(chunk as Buffer);
        files.set(entry.header.name.replace(/^\/+/, ""), Buffer.concat(chunks));
      }
    })();
    Readable.from([tarBytes]).pipe(extract);
    await done;
  } catch (e) {
    throw inputError(file, `not a readable OPA bundle: ${e instanceof Error ? e.message : String(e)}`);
  }
  const wasm = files.get("policy.wasm");
  if (!wasm) throw inputError(file, "the bundle holds no policy.wasm: build it with opa build -t wasm -e wo_migration/decision");
  return { wasm, data: files.get("data.json") ?? Buffer.from("{}") };
}
