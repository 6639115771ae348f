/** §4 of a work order, as the extractor reports it, for the repository-fact tests. */
import type { Field } from "../../src/workorder/schema.js";
import type { Declaration } from "../../src/repo/facts.js";

function field(line: number, raw: string | null): Field | null {
  if (raw === null) return null;
  return { line, values: [{ raw, value: raw, placeholder: false, na: "none", line }] };
}

/** A §4 declaring `tool`, `revision` and its down revision(s) (null: "None", a first migration). */
export function declaration(tool: string | null, revision: string | null, down: string[] | null, note = ""): Declaration {
  return {
    migration: {
      identity: { tool, revision, downRevisions: down ?? [], downIsNone: down === null },
      tooling: field(40, tool),
      revision: field(41, revision === null ? null : `\`${revision}\`${note}`),
      downRevision: field(42, down === null ? "None" : down.map((d) => `\`${d}\``).join(", ")),
      branchLabels: null,
    },
  };
}
