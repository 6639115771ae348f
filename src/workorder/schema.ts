/**
 * The extracted work order: what `wo-gate extract` prints and what the policy input carries.
 *
 * Extraction records what the document says, normalised the way the rule catalog defines
 * ("How a work order is read": placeholders, emphasis and code marks, N/A, names, dates), and
 * never decides a rule. Every value keeps its 1-based source line. A field whose label is absent
 * is `null`; a field that is present but holds only placeholders has values whose `value` is null.
 * The published JSON Schema (schema/work-order.schema.json) is generated from this file.
 */
import { z } from "zod";

export const LineSchema = z.number().int().positive().describe("1-based line in the work-order file");

/** "N/A" with a reason of at least three words, a bare "N/A", or no N/A at all (catalog: N/A). */
export const NaSchema = z.enum(["none", "with-reason", "without-reason"]);

export const TextValueSchema = z
  .object({
    raw: z.string().describe("the text as written, trimmed"),
    value: z
      .string()
      .nullable()
      .describe("emphasis and code marks removed, spaces collapsed; null when the text is a placeholder (missing)"),
    placeholder: z.boolean(),
    na: NaSchema,
    line: LineSchema,
  })
  .describe("one value: the text after a label's colon, or one list item");

/** A labelled field: its value is the text after the colon, or its sub-list items (catalog). */
export const FieldSchema = z.object({
  line: LineSchema.describe("line of the label"),
  values: z
    .array(TextValueSchema)
    .describe(
      "the inline value after the colon (if any), then each sub-list item; a label with nothing after it has one placeholder value on its own line",
    ),
});

/** A person as named on an approver or sign-off line (catalog: Names). */
export const NameSchema = z.object({
  display: z.string().describe("the name: text before the first ' /', ' (', ',' or ' —', trimmed"),
  key: z.string().describe("the name case-folded with spaces collapsed: two names match when their keys are equal"),
});

export const PersonFieldSchema = FieldSchema.extend({
  names: z.array(NameSchema).describe("people named by the non-placeholder values, split on ';' and ' and '"),
});

export const DateValueSchema = TextValueSchema.extend({
  date: z.string().nullable().describe("the ISO date YYYY-MM-DD when the value is a real calendar date, else null"),
});

export const CheckboxSchema = z.object({
  checked: z.boolean().describe("[x] or [X]"),
  label: z.string().describe("the box text, normalised, up to the first colon"),
  line: LineSchema,
});

export const PasteBlockSchema = z.object({
  line: LineSchema.describe("line of the opening fence"),
  info: z.string().describe("the fence's info string, e.g. text or sql"),
  content: z.string(),
  placeholder: z.boolean().describe("the content is empty or only a placeholder"),
  na: NaSchema,
});

/** An evidence paste heading and what stands under it (catalog: Paste blocks). */
export const PasteSchema = z.object({
  line: LineSchema.describe("line of the evidence heading"),
  blocks: z.array(PasteBlockSchema),
  text: z.array(TextValueSchema).describe("plain paragraphs under the heading (an N/A may stand as plain text)"),
});

export const HeadingSchema = z.object({
  line: LineSchema,
  level: z.number().int().min(1).max(6),
  text: z.string(),
  section: z.number().int().nullable().describe("the template section number (1-8) this heading opens, if any"),
});

/** A §1 approver entry: an environment label and the approver line under it. */
export const ApprovalEntrySchema = z.object({
  environment: z.string().describe("the entry's environment label, normalised, without the trailing colon"),
  line: LineSchema,
  approvers: PersonFieldSchema.nullable(),
});

/** A §8 sign-off: the name box and the date box (catalog: both must be checked). */
export const SignOffSchema = z.object({
  nameBox: CheckboxSchema.nullable(),
  signer: PersonFieldSchema.nullable().describe("the value after the name box's colon"),
  dateBox: CheckboxSchema.nullable(),
  date: DateValueSchema.nullable(),
});

export const TextLineSchema = z.object({ line: LineSchema, text: z.string() });

export const WorkOrderSchema = z.object({
  title: z
    .object({
      line: LineSchema,
      text: z.string().describe("the title line, emphasis and leading emoji removed"),
      id: z.string().nullable().describe("WO-MIGRATION-<digits> when the line starts with one"),
      name: TextValueSchema.nullable().describe("the title after the dash"),
    })
    .describe("the first heading or top-level paragraph beginning with WO-MIGRATION-"),
  authorityChain: TextLineSchema.nullable().describe(
    "the arrow line under the Authority Chain heading: emphasis, code marks removed, '->' written '→', spaces collapsed",
  ),
  plainLines: z
    .array(TextLineSchema)
    .describe(
      "every line outside fenced code with emphasis, quote markers, emoji and code marks removed, spaces collapsed; HTML comments and lines left empty are omitted",
    ),
  request: z.object({
    requestedBy: PersonFieldSchema.nullable(),
    date: z.object({ line: LineSchema, value: DateValueSchema.nullable() }).nullable(),
    targetService: FieldSchema.nullable(),
    targetDatabase: FieldSchema.nullable(),
  }),
  environments: z
    .array(CheckboxSchema)
    .describe("§1 Environment Selection boxes, in order (under every Environment Selection heading; without one, every box in §1)"),
  approvals: z.array(ApprovalEntrySchema).describe("§1 Required Approval Authority entries, in order"),
  governance: z.object({
    line: LineSchema.nullable().describe("line of the §2 heading"),
    references: z.array(TextLineSchema).describe("§2 list items and paragraphs, normalised"),
  }),
  intent: z.object({
    changes: FieldSchema.nullable(),
    dataChanges: FieldSchema.nullable(),
    problem: FieldSchema.nullable(),
    impact: FieldSchema.nullable(),
    alternatives: FieldSchema.nullable(),
    reasons: FieldSchema.nullable(),
  }),
  migration: z.object({
    tooling: FieldSchema.nullable(),
    revision: FieldSchema.nullable(),
    downRevision: FieldSchema.nullable(),
    branchLabels: FieldSchema.nullable(),
    identity: z
      .object({
        tool: z.string().nullable().describe("the tooling text as written (adapters match it to a tool id)"),
        revision: z.string().nullable().describe("the first code span of the revision value, else its first word"),
        downRevisions: z.array(z.string()).describe("each down revision, the same way; [] when 'None'"),
        downIsNone: z.boolean().describe("the down revision is written as None (a first migration)"),
      })
      .describe("catalog: Migration identity (§4)"),
    noStartupMigrations: CheckboxSchema.nullable(),
    versioned: CheckboxSchema.nullable(),
    reversible: CheckboxSchema.nullable(),
    irreversibleExplanation: FieldSchema.nullable(),
  }),
  rollback: z.object({
    line: LineSchema.nullable().describe("line of the §5 heading"),
    steps: FieldSchema.nullable().describe("Exact Rollback Steps items (the heading's line as the label line)"),
    triggers: FieldSchema.nullable(),
    health: FieldSchema.nullable(),
    integrity: FieldSchema.nullable(),
    behaviour: FieldSchema.nullable(),
    sqlBlocks: z.array(PasteBlockSchema).describe("fenced sql blocks anywhere in §5 (reversing SQL for tools without downs)"),
  }),
  evidence: z.object({
    line: LineSchema.nullable().describe("line of the §6 heading"),
    targetEnvironmentBox: CheckboxSchema.nullable(),
    schemaDiffBox: CheckboxSchema.nullable(),
    dryRunBox: CheckboxSchema.nullable(),
    backupBox: CheckboxSchema.nullable(),
    dryRun: PasteSchema.nullable(),
    schemaDiff: PasteSchema.nullable(),
    backup: PasteSchema.nullable(),
  }),
  signOff: z.object({
    line: LineSchema.nullable().describe("line of the §8 heading"),
    approval: SignOffSchema,
    finalAuthority: SignOffSchema,
  }),
  headings: z.array(HeadingSchema).describe("every heading, for links and section lookups"),
});

export type TextValue = z.infer<typeof TextValueSchema>;
export type Field = z.infer<typeof FieldSchema>;
export type PersonField = z.infer<typeof PersonFieldSchema>;
export type Name = z.infer<typeof NameSchema>;
export type DateValue = z.infer<typeof DateValueSchema>;
export type Checkbox = z.infer<typeof CheckboxSchema>;
export type PasteBlock = z.infer<typeof PasteBlockSchema>;
export type Paste = z.infer<typeof PasteSchema>;
export type SignOff = z.infer<typeof SignOffSchema>;
export type WorkOrder = z.infer<typeof WorkOrderSchema>;
