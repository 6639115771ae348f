# METADATA
# title: Governance document missing
# description: >-
#   With a repository checkout: the system spec (`SYSTEM_SPEC.md`, with a §6.3 section) or the
#   autonomy playbook (`AUTONOMY_PLAYBOOK.md`) is absent from the repository.
# custom:
#   id: governance-document-missing
#   section: "§2"
#   needs: [repository]
#   why: >-
#     §2 binds the work order to these documents; if they are not in the repository, the rules
#     the order claims to obey cannot be read or reviewed.
#   example:
#     fails: "the repository has SYSTEM_SPEC.md without a §6.3 section"
#     fixed: "add the §6.3 Migration Rules section to SYSTEM_SPEC.md"
#   change: Policy data `governanceDocuments` gives the paths and the required section.
package wo_migration.rules.governance_document_missing

import data.wo_migration.lib

id := "governance-document-missing"

facts := input.repository.governance

documents := lib.gate.governanceDocuments

line := lib.wo.governance.line

violations contains lib.violation(id, "§2", msg, line) if {
	input.repository.status == "unavailable"
	facts == null
	msg := concat("", ["cannot verify the governance documents", lib.reason(input.repository.reason)])
}

violations contains lib.violation(id, "§2", msg, line) if {
	is_object(facts)
	not is_string(facts.systemSpec.path)
	msg := concat("", [documents.systemSpec, " is not in the repository: add it with its §", documents.systemSpecSection, " section"])
}

violations contains lib.violation(id, "§2", msg, line) if {
	is_string(facts.systemSpec.path)
	facts.systemSpec.hasSection == false
	msg := concat("", [facts.systemSpec.path, " has no §", documents.systemSpecSection, " section: add it"])
}

violations contains lib.violation(id, "§2", msg, line) if {
	is_object(facts)
	not is_string(facts.playbook.path)
	msg := concat("", [documents.playbook, " is not in the repository: add it"])
}
