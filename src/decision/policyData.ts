/**
 * Policy data: what an organisation changes without touching Rego (policy/data.json, or --data).
 * It is validated here, then prepared for the policy: every name the policy compares is keyed with
 * the extractor's own `nameKey`, so Rego compares keys and never normalises text itself
 * (rule catalog, "Names"). The prepared document is what the policy reads as `data.gate`.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { inputError } from "../errors.js";
import { nameKey } from "../workorder/normalize.js";

const NonEmpty = z.string().trim().min(1);

/** Whether an evidence paste may be "N/A" with a reason for an environment (catalog, §6). */
const EvidenceRequirement = z.enum(["required", "na-allowed"]);

export const EnvironmentSchema = z.object({
  key: NonEmpty.regex(/^[a-z0-9][a-z0-9_-]*$/, "a lower-case key (letters, digits, - and _)").describe(
    "the environment's key, as --env flags and reports name it",
  ),
  name: NonEmpty.describe("display name"),
  label: NonEmpty.describe("the text of its §1 checkbox and approver entry, e.g. 'autorisen (staging)'"),
  aliases: z.array(NonEmpty).default([]).describe("other names for it: a §1 box or --env flag may use any"),
  approvers: z
    .array(NonEmpty)
    .default([])
    .describe("people allowed to approve it; empty: anyone named on its §1 approver line"),
  evidence: z
    .object({ schemaDiff: EvidenceRequirement, dryRun: EvidenceRequirement, backup: EvidenceRequirement })
    .describe("per §6 paste block: 'required' (real output) or 'na-allowed' (N/A with a reason accepted)"),
});

export const PolicyDataSchema = z
  .object({
    environments: z.array(EnvironmentSchema).min(1),
    production: NonEmpty.describe("the key of the production environment (final-authority rules apply to it)"),
    finalAuthority: NonEmpty.describe("the final authority's name (the template's Robert)"),
    authorityChain: NonEmpty.describe("the canonical authority chain line, compared case-sensitively"),
    restrictionLine: NonEmpty.describe("the production restriction line that must appear in the work order"),
    governanceReferences: z.array(NonEmpty).min(1).describe("texts §2 must reference"),
    governanceDocuments: z
      .object({
        systemSpec: NonEmpty.describe("repository path of the system spec"),
        systemSpecSection: NonEmpty.describe("the section the system spec must hold, e.g. 6.3"),
        playbook: NonEmpty.describe("repository path of the autonomy playbook"),
      })
      .describe("governance documents the repository must hold"),
    githubLogins: z.record(NonEmpty, NonEmpty).default({}).describe("approver name → GitHub login"),
  })
  .superRefine((data, ctx) => {
    if (!data.environments.some((e) => e.key === data.production)) {
      ctx.addIssue({ code: "custom", path: ["production"], message: `"${data.production}" is not the key of an environment` });
    }
    // A §1 box must name exactly one environment, so no key, alias or label may be shared.
    const seen = new Map<string, string>();
    data.environments.forEach((env, i) => {
      const names: Array<[string, string]> = [
        ["key", env.key],
        ["label", env.label],
        ...env.aliases.map((a, j): [string, string] => [`aliases.${j}`, a]),
      ];
      for (const [field, name] of names) {
        const key = nameKey(name);
        const owner = seen.get(key);
        if (owner !== undefined && owner !== env.key) {
          ctx.addIssue({ code: "custom", path: ["environments", i, ...field.split(".")], message: `"${name}" also names environment ${owner}` });
        }
        seen.set(key, env.key);
      }
    });
    const logins = new Map<string, string>();
    for (const name of Object.keys(data.githubLogins)) {
      const other = logins.get(nameKey(name));
      if (other !== undefined) {
        ctx.addIssue({ code: "custom", path: ["githubLogins", name], message: `"${name}" is the same person as "${other}"` });
      }
      logins.set(nameKey(name), name);
    }
  });

export type PolicyData = z.infer<typeof PolicyDataSchema>;

const KeyedName = z.object({ name: z.string(), key: z.string() });

/** The document the policy reads as `data.gate`: policy data with every compared name keyed. */
export const GateDataSchema = z.object({
  environments: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      labelKey: z.string().describe("nameKey of the §1 label"),
      matchKeys: z.array(z.string()).describe("nameKey of the key and every alias"),
      production: z.boolean(),
      approvers: z.array(KeyedName),
      evidence: EnvironmentSchema.shape.evidence,
    }),
  ),
  production: z.string(),
  finalAuthority: KeyedName,
  authorityChain: z.string(),
  restrictionLine: z.string(),
  governanceReferences: z.array(z.string()),
  governanceDocuments: PolicyDataSchema.shape.governanceDocuments,
  githubLogins: z.record(z.string(), KeyedName.extend({ login: z.string() })).describe("keyed by the name's nameKey"),
});

export type GateData = z.infer<typeof GateDataSchema>;

const keyed = (name: string) => ({ name, key: nameKey(name) });

export function prepareGateData(data: PolicyData): GateData {
  return {
    environments: data.environments.map((env) => ({
      key: env.key,
      name: env.name,
      labelKey: nameKey(env.label),
      matchKeys: [env.key, ...env.aliases].map(nameKey),
      production: env.key === data.production,
      approvers: env.approvers.map(keyed),
      evidence: env.evidence,
    })),
    production: data.production,
    finalAuthority: keyed(data.finalAuthority),
    authorityChain: data.authorityChain,
    restrictionLine: data.restrictionLine,
    governanceReferences: data.governanceReferences,
    governanceDocuments: data.governanceDocuments,
    githubLogins: Object.fromEntries(
      Object.entries(data.githubLogins)
        .map(([name, login]) => [nameKey(name), { ...keyed(name), login }] as const)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    ),
  };
}

/** Validates policy data read from `file`; a bad document is an input error naming the field. */
export function parsePolicyData(value: unknown, file: string): PolicyData {
  const result = PolicyDataSchema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
  throw inputError(file, `bad policy data: ${where}${issue?.message ?? "invalid"}`);
}

export function readPolicyData(file: string): PolicyData {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw inputError(file, `cannot read policy data: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw inputError(file, `policy data is not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  return parsePolicyData(value, file);
}
