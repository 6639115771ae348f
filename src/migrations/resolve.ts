/**
 * A §4 revision or down revision → the migration(s) it names, for one tool. The adapter accepts
 * the id, the file name or its stem, and tool-specific forms (Flyway `V1__x.sql`, Liquibase
 * `file::id::author`, EF Core class names, Django `app.0007_x` or `0007_x`): every record lists
 * the names it answers to. References the repository cannot resolve are canonicalised by the
 * adapter so the policy still compares plain strings.
 */
import { baseName, type Adapter, type MigrationRecord } from "./adapter.js";

/** The records `ref` names (by id, any of its names, or one of its file paths). */
export function recordsNamed(records: MigrationRecord[], ref: string): MigrationRecord[] {
  const r = ref.trim().replace(/^\.\//, "");
  const exact = records.filter((m) => m.id === r || m.names.includes(r) || m.files.includes(r));
  if (exact.length > 0 || !r.includes("/")) return exact;
  // A path from another root (`src/main/resources/db/migration/V1__x.sql` vs the checkout's): its file name.
  const name = baseName(r);
  return records.filter((m) => m.files.some((f) => f.endsWith(`/${r}`) || r.endsWith(`/${f}`)) || m.names.includes(name));
}

/**
 * The canonical id of a declared parent: the id of the one migration it names (preferring the
 * checked migration's own graph), else the adapter's reading of the reference.
 */
export function canonicalParent(adapter: Adapter, records: MigrationRecord[], ref: string, context: MigrationRecord | null): string {
  const named = recordsNamed(records, ref);
  const local = context ? named.filter((m) => m.group === context.group) : [];
  const chosen = local.length === 1 ? local : named;
  const ids = [...new Set(chosen.map((m) => m.id))];
  return ids.length === 1 ? ids[0]! : adapter.canonical(ref, context);
}
