/**
 * Small inline repositories for scanner tests: files written to a temp directory (not git, so the
 * walk honours .gitignore itself), scanned, removed. Expected findings name their line by a
 * substring of it, so a test reads like the repository it builds.
 */
import { plainDirectory } from "../support/gitRepo.js";
import { scanRepository } from "../../src/scan/scanRepository.js";
import type { ScanResult } from "../../src/scan/schema.js";

export async function scanFiles(files: Record<string, string>): Promise<ScanResult> {
  const repo = plainDirectory(files);
  try {
    return await scanRepository(repo.dir);
  } finally {
    repo.cleanup();
  }
}

export interface Expect {
  file: string;
  /** A substring of the expected line (its first occurrence in the file). */
  at: string;
  trigger: string;
  tool: string;
}

/** `file:line trigger tool` for the expectations, resolving `at` in the given files. */
export function expectedKeys(files: Record<string, string>, expect: readonly Expect[]): string[] {
  return expect
    .map((e) => {
      const lines = files[e.file]!.split("\n");
      const line = lines.findIndex((l) => l.includes(e.at)) + 1;
      if (line === 0) throw new Error(`test setup: ${e.at} not in ${e.file}`);
      return `${e.file}:${line} ${e.trigger} ${e.tool}`;
    })
    .sort();
}

export function foundKeys(result: ScanResult): string[] {
  return result.findings.map((f) => `${f.file}:${f.line} ${f.trigger} ${f.tool}`).sort();
}
