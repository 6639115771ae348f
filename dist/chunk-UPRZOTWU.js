import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);
import {
  external_exports
} from "./chunk-SCBUJERJ.js";

// src/scan/schema.ts
var Trigger = external_exports.enum(["container-start", "pod-start", "process-manager", "app-boot", "build"]);
var Tool = external_exports.enum([
  "alembic",
  "flask-migrate",
  "django",
  "rails",
  "laravel",
  "prisma",
  "typeorm",
  "sequelize",
  "knex",
  "mikro-orm",
  "node-pg-migrate",
  "golang-migrate",
  "goose",
  "gorm",
  "atlas",
  "dbmate",
  "flyway",
  "liquibase",
  "ef-core",
  "ecto",
  "diesel",
  "sqlx",
  "unknown"
]);
var Finding = external_exports.object({
  /** Relative to the scanned directory, forward slashes. */
  file: external_exports.string(),
  line: external_exports.number().int().positive(),
  column: external_exports.number().int().positive(),
  trigger: Trigger,
  tool: Tool,
  rule: external_exports.string(),
  snippet: external_exports.string(),
  explanation: external_exports.string(),
  fix: external_exports.string()
});
var SuppressedFinding = Finding.extend({ reason: external_exports.string().min(1) });
var Skipped = external_exports.object({ file: external_exports.string(), reason: external_exports.string() });
var SuppressionError = external_exports.object({ file: external_exports.string(), line: external_exports.number().int().positive(), message: external_exports.string() });
var ScanResult = external_exports.object({
  findings: external_exports.array(Finding),
  suppressed: external_exports.array(SuppressedFinding),
  skipped: external_exports.array(Skipped),
  suppressionErrors: external_exports.array(SuppressionError)
});
function denyingFindings(result) {
  return result.findings.filter((f) => f.trigger !== "build");
}

export {
  Trigger,
  Tool,
  Finding,
  SuppressedFinding,
  Skipped,
  SuppressionError,
  ScanResult,
  denyingFindings
};
