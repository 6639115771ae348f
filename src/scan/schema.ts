/**
 * The startup-migration scanner's output (template hard STOP: "implicit or startup-triggered
 * migrations"). `wo-gate scan --format json`, `check --format json` (its `scan` member) and the
 * Action all emit this shape, so other stages consume `ScanResult` and nothing else.
 */
import { z } from "zod";

/** Where the start path that runs the migration begins (see the fixture README's convention). */
export const Trigger = z.enum(["container-start", "pod-start", "process-manager", "app-boot", "build"]);
export type Trigger = z.infer<typeof Trigger>;

/** Tool ids: the vocabulary of the startup-scan README, plus `unknown` for unverifiable places. */
export const Tool = z.enum([
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
  "unknown",
]);
export type Tool = z.infer<typeof Tool>;

export const Finding = z.object({
  /** Relative to the scanned directory, forward slashes. */
  file: z.string(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  trigger: Trigger,
  tool: Tool,
  rule: z.string(),
  snippet: z.string(),
  explanation: z.string(),
  fix: z.string(),
});
export type Finding = z.infer<typeof Finding>;

export const SuppressedFinding = Finding.extend({ reason: z.string().min(1) });
export type SuppressedFinding = z.infer<typeof SuppressedFinding>;

export const Skipped = z.object({ file: z.string(), reason: z.string() });
export type Skipped = z.infer<typeof Skipped>;

/** A suppression comment that does not suppress (no reason): reported beside the finding it tried to hide. */
export const SuppressionError = z.object({ file: z.string(), line: z.number().int().positive(), message: z.string() });
export type SuppressionError = z.infer<typeof SuppressionError>;

export const ScanResult = z.object({
  findings: z.array(Finding),
  suppressed: z.array(SuppressedFinding),
  skipped: z.array(Skipped),
  suppressionErrors: z.array(SuppressionError),
});
export type ScanResult = z.infer<typeof ScanResult>;

/** Build-time findings are warnings (decisions.md): only the others deny. */
export function denyingFindings(result: ScanResult): Finding[] {
  return result.findings.filter((f) => f.trigger !== "build");
}
