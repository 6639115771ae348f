/**
 * The gate's resource bounds, one table (docs/limits.md documents each row). A bound exceeded is
 * reported and fails closed, never a silent partial pass. Each can be lowered (or raised) through
 * its environment variable, read when the bound is checked, so tests can exercise a bound without
 * building 200,000 files; a value that is not a positive whole number is a usage error (exit 2).
 */
import { InputError } from "./errors.js";

export const LIMITS = {
  workOrderBytes: { env: "WO_GATE_MAX_WORK_ORDER_BYTES", value: 5 * 1024 * 1024 },
  workOrderLines: { env: "WO_GATE_MAX_WORK_ORDER_LINES", value: 50_000 },
  fileBytes: { env: "WO_GATE_MAX_FILE_BYTES", value: 2 * 1024 * 1024 },
  files: { env: "WO_GATE_MAX_FILES", value: 200_000 },
  depth: { env: "WO_GATE_MAX_DEPTH", value: 64 },
  scanMs: { env: "WO_GATE_MAX_SCAN_MS", value: 60_000 },
  startDepth: { env: "WO_GATE_MAX_START_DEPTH", value: 10 },
} as const;

export type LimitName = keyof typeof LIMITS;

/** The bound in force: its environment variable when set, else the default. */
export function limit(name: LimitName): number {
  const { env, value } = LIMITS[name];
  const raw = process.env[env];
  if (raw === undefined || raw === "") return value;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < 1 || !Number.isSafeInteger(Number(raw))) {
    throw new InputError(`${env} must be a positive whole number, not ${JSON.stringify(raw)}`);
  }
  return Number(raw);
}

/**
 * Reads every bound, so a bad variable is a usage error before anything runs: read only where
 * each bound is checked, a typo could surface inside a stage that reports its failure as a
 * "cannot verify" deny instead (the scan does).
 */
export function checkLimits(): void {
  for (const name of Object.keys(LIMITS) as LimitName[]) limit(name);
}

/** A byte count as people read it in messages: `2 MB`, `512 KB`, `100 bytes`. */
export function formatBytes(bytes: number): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`;
  if (bytes % 1024 === 0) return `${bytes / 1024} KB`;
  return `${bytes} bytes`;
}
