# METADATA
# title: Governance reference missing
# description: >-
#   §2 does not reference every governance document policy data lists (by default
#   `SYSTEM_SPEC.md §6.3 Migration Rules` and `AUTONOMY_PLAYBOOK.md`).
# custom:
#   id: governance-reference-missing
#   section: "§2"
#   needs: [work order]
#   why: >-
#     The references bind the work order to the rules it must obey; an order that drops one
#     has quietly opted out of them.
#   example:
#     fails: "- `AUTONOMY_PLAYBOOK.md` (migration constraints)"
#     fixed: "- `SYSTEM_SPEC.md §6.3 Migration Rules`\n- `AUTONOMY_PLAYBOOK.md` (migration constraints)"
#   change: Policy data `governanceReferences` lists the texts §2 must contain.
package wo_migration.rules.governance_reference_missing

import data.wo_migration.lib

id := "governance-reference-missing"

violations contains lib.violation(id, "§2", msg, lib.wo.governance.line) if {
	some reference in lib.gate.governanceReferences
	not referenced(reference)
	msg := concat("", ["§2 does not reference ", reference, ": list it under Explicit Governance References"])
}

referenced(reference) if {
	some item in lib.wo.governance.references
	contains(item.text, reference)
}
