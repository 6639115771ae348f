/**
 * The rule table: read from the Rego `# METADATA` annotations at build time
 * (`opa inspect -a`, scripts/build-policy.mjs) and committed as rules.generated.json, so the
 * runtime (`wo-gate rules`) needs no OPA. The README table and docs/rules/<id>.md pages are
 * rendered from the same table; tests fail when any of them is stale.
 */
import { z } from "zod";
import generated from "./rules.generated.json" with { type: "json" };

export const RuleSchema = z.object({
  id: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
  title: z.string(),
  description: z.string().describe("what it checks: when it denies"),
  section: z.string().describe("template section: title, header or §N"),
  needs: z.array(z.enum(["work order", "repository", "GitHub"])).min(1).describe("the facts it reads"),
  why: z.string().describe("why it matters"),
  example: z.object({ fails: z.string(), fixed: z.string() }),
  change: z.string().describe("how to change it: policy data or Rego"),
  file: z.string().describe("the Rego file, relative to the repository root"),
});

export type Rule = z.infer<typeof RuleSchema>;

export const RULES: readonly Rule[] = z.array(RuleSchema).parse(generated);

const AnnotationSchema = z.object({
  annotations: z.object({
    scope: z.string(),
    title: z.string().optional(),
    description: z.string().optional(),
    custom: z.record(z.string(), z.unknown()).optional(),
  }),
  location: z.object({ file: z.string() }),
});

// Template order, so the table reads like the work order.
const SECTION_ORDER = ["title", "header", "§1", "§2", "§3", "§4", "§5", "§6", "§7", "§8"];
const sectionRank = (section: string) => {
  const first = section.split(",")[0]?.trim() ?? "";
  const rank = SECTION_ORDER.indexOf(first);
  return rank < 0 ? SECTION_ORDER.length : rank;
};

/** The rule table from `opa inspect -a --format json` output: one rule per annotated rule package. */
export function rulesFromInspect(inspect: unknown, root: string): Rule[] {
  const annotations = z.object({ annotations: z.array(z.unknown()).default([]) }).parse(inspect).annotations;
  const rules: Rule[] = [];
  for (const raw of annotations) {
    const a = AnnotationSchema.parse(raw);
    const custom = a.annotations.custom;
    if (a.annotations.scope !== "package" || !custom || typeof custom.id !== "string") continue;
    const file = a.location.file.startsWith(root) ? a.location.file.slice(root.length).replace(/^\/+/, "") : a.location.file;
    const result = RuleSchema.safeParse({ ...custom, title: a.annotations.title, description: a.annotations.description, file });
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new Error(`${file}: bad rule METADATA: ${issue?.path.join(".")}: ${issue?.message}`);
    }
    rules.push(result.data);
  }
  return rules.sort((a, b) => sectionRank(a.section) - sectionRank(b.section) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export const RULES_START = "<!-- rules:start -->";
export const RULES_END = "<!-- rules:end -->";

/** The metadata is our own Markdown; a table cell holds it on one line, pipes escaped. */
const cell = (text: string) => text.replace(/\s*\n\s*/g, " ").replace(/\|/g, "\\|");

export function renderRuleTable(rules: readonly Rule[]): string {
  const rows = rules.map(
    (r) => `| [\`${r.id}\`](docs/rules/${r.id}.md) | ${cell(r.section)} | ${cell(r.needs.join(", "))} | ${cell(r.description)} |`,
  );
  return ["| id | template | needs | deny when |", "|---|---|---|---|", ...rows].join("\n");
}

/** Replaces what stands between the rules markers (the markers stay). */
export function withRuleTable(readme: string, rules: readonly Rule[]): string {
  const start = readme.indexOf(RULES_START);
  const end = readme.indexOf(RULES_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${RULES_START} … ${RULES_END} block`);
  return `${readme.slice(0, start + RULES_START.length)}\n${renderRuleTable(rules)}\n${readme.slice(end)}`;
}

const fence = (text: string) => {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const marks = "`".repeat(longest + 1);
  return `${marks}markdown\n${text}\n${marks}`;
};

export function renderRulePage(rule: Rule): string {
  return [
    `# \`${rule.id}\` — ${rule.title}`,
    "",
    "<!-- Generated from the rule's # METADATA by scripts/build-policy.mjs; edit the Rego, not this page. -->",
    "",
    `**Template section:** ${rule.section} · **Needs:** ${rule.needs.join(", ")} · **Policy:** [\`${rule.file}\`](../../${rule.file})`,
    "",
    "## What it checks",
    "",
    rule.description,
    "",
    "## Why it matters",
    "",
    rule.why,
    "",
    "## Example",
    "",
    "This fails:",
    "",
    fence(rule.example.fails),
    "",
    "This passes:",
    "",
    fence(rule.example.fixed),
    "",
    "## Changing it",
    "",
    rule.change,
    "",
  ].join("\n");
}
