# METADATA
# title: Revision mismatch
# description: >-
#   With a repository checkout: the §4 down revision differs from the parent revision(s) of the
#   migration file the declared revision identifies (for tools that record no parent, the
#   previous migration by version in the same directory).
# custom:
#   id: revision-mismatch
#   section: "§4"
#   needs: [repository]
#   why: >-
#     The down revision is where a rollback lands; if it is not the migration's real parent,
#     the rollback plan targets the wrong schema and the review looked at the wrong history.
#   example:
#     fails: "- Down revision(s):\n  - `3f1c2a9d7b4e`   (the file says down_revision = \"a0b1c2d3e4f5\")"
#     fixed: "- Down revision(s):\n  - `a0b1c2d3e4f5`"
#   change: The parent comes from the migration adapters (`repository.migration` in the policy input).
package wo_migration.rules.revision_mismatch

import data.wo_migration.lib

id := "revision-mismatch"

facts := input.repository.migration

violations contains lib.violation(id, "§4", msg, line) if {
	facts.status == "found"
	sort(facts.parents) != sort(facts.declaredParents)
	line := lib.line_of(lib.wo.migration.downRevision, lib.section_line(4))
	msg := concat("", [
		"§4 declares down revision ", listing(facts.declaredParents), " but ", facts.file,
		" has parent ", listing(facts.parents), ": write the migration's real parent",
	])
}

listing(revisions) := concat(", ", sort(revisions)) if count(revisions) > 0

else := "None"
