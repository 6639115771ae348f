# METADATA
# title: Reversibility mismatch
# description: >-
#   With a repository checkout: §4 claims the migration is reversible but its down step is
#   empty (`pass`, no statements, a missing down file). For tools without down migrations
#   (Prisma) the claim holds when a down script sits beside the migration or §5 carries the
#   reversing SQL in a fenced `sql` block.
# custom:
#   id: reversibility-mismatch
#   section: "§4"
#   needs: [repository]
#   why: >-
#     A reversible box over an empty downgrade promises a rollback that does nothing; the
#     rollback plan then fails exactly when it is needed.
#   example:
#     fails: "- [x] Migration is reversible.   (downgrade() is `pass`)"
#     fixed: "- [x] Migration is reversible.   (downgrade() drops the column it added)"
#   change: The down step comes from the migration adapters (`repository.migration.down` in the policy input).
package wo_migration.rules.reversibility_mismatch

import data.wo_migration.lib

id := "reversibility-mismatch"

facts := input.repository.migration

box := lib.wo.migration.reversible

violations contains lib.violation(id, "§4", msg, lib.line_of(box, lib.section_line(4))) if {
	facts.status == "found"
	lib.checked(box)
	not down_present
	not reversing_sql_in_plan
	msg := concat("", ["§4 says the migration is reversible but ", problem, ": write the down step, or uncheck the box and explain the compensating controls"])
}

down_present if {
	facts.down.exists == true
	facts.down.empty == false
}

# Tools with no down migrations: the reversing SQL may stand in §5 (decisions.md).
reversing_sql_in_plan if {
	facts.supportsDown == false
	some block in lib.wo.rollback.sqlBlocks
	block.placeholder == false
}

problem := concat("", ["the down step of ", facts.file, " is empty"]) if {
	facts.down.exists == true
} else := concat("", [facts.file, " has no down step"]) if {
	facts.supportsDown == true
} else := concat("", ["the tool has no down migrations and neither a down script beside ", facts.file, " nor reversing SQL in §5 exists"])
