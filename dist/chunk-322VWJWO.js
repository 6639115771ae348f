import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-WG3IXMWM.js";

// src/limits.ts
var LIMITS = {
  workOrderBytes: { env: "WO_GATE_MAX_WORK_ORDER_BYTES", value: 5 * 1024 * 1024 },
  workOrderLines: { env: "WO_GATE_MAX_WORK_ORDER_LINES", value: 5e4 },
  fileBytes: { env: "WO_GATE_MAX_FILE_BYTES", value: 2 * 1024 * 1024 },
  files: { env: "WO_GATE_MAX_FILES", value: 2e5 },
  depth: { env: "WO_GATE_MAX_DEPTH", value: 64 },
  scanMs: { env: "WO_GATE_MAX_SCAN_MS", value: 6e4 },
  startDepth: { env: "WO_GATE_MAX_START_DEPTH", value: 10 }
};
function limit(name) {
  const { env, value } = LIMITS[name];
  const raw = process.env[env];
  if (raw === void 0 || raw === "") return value;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < 1 || !Number.isSafeInteger(Number(raw))) {
    throw new InputError(`${env} must be a positive whole number, not ${JSON.stringify(raw)}`);
  }
  return Number(raw);
}
function checkLimits() {
  for (const name of Object.keys(LIMITS)) limit(name);
}
function formatBytes(bytes) {
  if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`;
  if (bytes % 1024 === 0) return `${bytes / 1024} KB`;
  return `${bytes} bytes`;
}

export {
  LIMITS,
  limit,
  checkLimits,
  formatBytes
};
