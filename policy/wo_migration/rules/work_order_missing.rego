# METADATA
# title: Work order missing
# description: >-
#   With a repository checkout: migration files changed (in the pull request, or against a base
#   ref) and no work order declares them (its §4 tooling and revision identify the file).
# custom:
#   id: work-order-missing
#   section: "§4"
#   needs: [repository]
#   why: >-
#     A migration that ships without a work order skipped every check this gate makes; the
#     gate has to look at the change, not only at the work orders people chose to write.
#   example:
#     fails: "migrations/versions/9a8b7c6d5e4f_add_flags.py changed; no work order declares 9a8b7c6d5e4f"
#     fixed: "add WO-MIGRATION-150 declaring Tooling: Alembic, revision `9a8b7c6d5e4f`"
#   change: Changed files come from the repository cross-check (`repository.changedMigrations` in the policy input).
package wo_migration.rules.work_order_missing

import data.wo_migration.lib

id := "work-order-missing"

facts := input.repository.changedMigrations

violations contains lib.violation(id, "§4", msg, null) if {
	input.repository.status == "unavailable"
	facts == null
	msg := concat("", ["cannot verify that every changed migration has a work order", lib.reason(input.repository.reason)])
}

violations contains lib.violation(id, "§4", msg, null) if {
	facts.status == "unavailable"
	msg := concat("", ["cannot verify that every changed migration has a work order", lib.reason(facts.reason)])
}

violations contains lib.violation(id, "§4", msg, null) if {
	some change in facts.changed
	change.declared == false
	msg := concat("", [
		"the migration ", change.file, " changed", since, " and no work order declares it: ",
		"add a work order whose §4 tooling and revision name it",
	])
}

since := concat("", [" since ", facts.base]) if is_string(facts.base)

else := ""
