/**
 * The Action's inputs, read the way `@actions/core` reads them (`INPUT_<NAME>` in the
 * environment, which action.yml's composite step fills from the inputs and their defaults) and
 * checked with zod: a bad value is one InputError line naming the input (exit 2).
 */
import { z } from "zod";
import { InputError } from "../errors.js";

/** Names as action.yml declares them; the runner's environment variable is `INPUT_` + upper case. */
const NAMES = {
  command: "command",
  mode: "mode",
  workOrders: "work-orders",
  allWorkOrders: "all-work-orders",
  policy: "policy",
  policyData: "policy-data",
  scan: "scan",
  scanPaths: "scan-paths",
  migrationPaths: "migration-paths",
  githubToken: "github-token",
  comment: "comment",
  sarif: "sarif",
  environment: "environment",
  migrations: "migrations",
  pendingFrom: "pending-from",
} as const;

type Field = keyof typeof NAMES;

/**
 * Newline- or comma-separated items, trimmed, empty ones dropped. A comma inside `{…}` belongs to
 * a glob's alternatives (`{a,b}`), not to the list.
 */
export function splitList(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = "";
  for (const c of text) {
    if (c === "{") depth += 1;
    if (c === "}") depth = Math.max(0, depth - 1);
    if (c === "\n" || c === "\r" || (c === "," && depth === 0)) {
      items.push(current);
      current = "";
    } else {
      current += c;
    }
  }
  items.push(current);
  return items.map((s) => s.trim()).filter((s) => s !== "");
}

// YAML 1.2 core booleans, as core.getBooleanInput accepts them.
const Bool = z.enum(["true", "True", "TRUE", "false", "False", "FALSE"]).transform((v) => v.toLowerCase() === "true");
const List = z.string().transform(splitList);
const Path = z.string().transform((s) => (s.trim() === "" ? undefined : s.trim()));

const InputsSchema = z.object({
  command: z.enum(["check", "authorize"]),
  mode: z.enum(["enforce", "report"]),
  workOrders: List.refine((l) => l.length > 0, "give at least one glob"),
  allWorkOrders: Bool,
  policy: Path,
  policyData: Path,
  scan: Bool,
  scanPaths: List,
  migrationPaths: List,
  githubToken: z.string().transform((s) => s.trim()),
  comment: Bool,
  sarif: Path,
  environment: z.string().transform((s) => s.trim()),
  migrations: List,
  pendingFrom: z.string().transform((s) => s.trim()),
});

export type ActionInputs = z.infer<typeof InputsSchema>;

const envName = (name: string) => `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;

export function readInputs(env: Readonly<Record<string, string | undefined>>): ActionInputs {
  const raw = Object.fromEntries(Object.entries(NAMES).map(([field, name]) => [field, env[envName(name)] ?? ""]));
  const parsed = InputsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path[0] as Field | undefined;
  const name = field ? NAMES[field] : "(unknown)";
  const value = JSON.stringify(raw[field ?? ""] ?? "");
  const detail = issue?.code === "invalid_value" ? `must be one of ${issue.values.map(String).join(", ")}` : (issue?.message ?? "invalid");
  throw new InputError(`input ${name} ${value}: ${detail}`);
}
