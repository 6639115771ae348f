/**
 * Where a rule's documentation page is: docs/rules/<id>.md in the gate's own repository (the
 * `homepage` of package.json), so every violation in every output can point a reader at what the
 * rule checks, why, and how to fix it. A rule the bundled table does not know (an organisation's
 * own Rego) has no page here: null.
 */
import pkg from "../../package.json" with { type: "json" };
import { RULES } from "../decision/rules.js";

const KNOWN = new Set(RULES.map((r) => r.id));

export function ruleDocPath(id: string): string | null {
  return KNOWN.has(id) ? `docs/rules/${id}.md` : null;
}

export function ruleDocUrl(id: string): string | null {
  const page = ruleDocPath(id);
  return page === null ? null : `${pkg.homepage}/blob/main/${page}`;
}
