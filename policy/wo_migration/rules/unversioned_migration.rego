# METADATA
# title: Unversioned migration
# description: >-
#   §4 lacks the tooling, the revision or the down revision (`None` is a value, for a first
#   migration), or the "versioned (checked into the repo)" box is unchecked. With a repository
#   checkout, also when the declared revision is not found in a migration file tracked by git
#   (or the declared tool has no migration files or no adapter).
# custom:
#   id: unversioned-migration
#   section: "§4"
#   needs: [work order, repository]
#   why: >-
#     Only a migration that is committed and reviewable can be reviewed, reproduced and rolled
#     back; a revision nobody can find is a change nobody reviewed.
#   example:
#     fails: "- Migration ID / revision:\n  - TODO"
#     fixed: "- Migration ID / revision:\n  - `20260309_add_sales_channel`"
#   change: >-
#     The §4 fields are fixed by the template; the repository check comes from the migration
#     adapters (facts under `repository.migration` in the policy input).
package wo_migration.rules.unversioned_migration

import data.wo_migration.lib

id := "unversioned-migration"

migration := lib.wo.migration

section_line := lib.section_line(4)

fields := [
	{"label": "Tooling", "field": migration.tooling, "fix": "name the migration tool (for example Alembic)"},
	{"label": "Migration ID / revision", "field": migration.revision, "fix": "give the migration's revision or version"},
	{"label": "Down revision(s)", "field": migration.downRevision, "fix": "give the parent revision, or None for a first migration"},
]

violations contains lib.violation(id, "§4", msg, lib.line_of(f.field, section_line)) if {
	some f in fields
	not lib.filled(f.field)
	msg := concat("", ["§4 \"", f.label, "\" is missing: ", f.fix])
}

violations contains lib.violation(id, "§4", msg, lib.line_of(migration.versioned, section_line)) if {
	not lib.checked(migration.versioned)
	msg := "§4 \"Migration is versioned (checked into the repo) and reviewable\" is not checked: commit the migration and check the box"
}

# Repository facts (null when no repository was checked: these bodies do not fire).
facts := input.repository

revision_line := lib.line_of(migration.revision, section_line)

violations contains lib.violation(id, "§4", msg, revision_line) if {
	facts.status == "unavailable"
	facts.migration == null
	msg := concat("", ["cannot verify the declared migration", lib.reason(facts.reason)])
}

violations contains lib.violation(id, "§4", msg, revision_line) if {
	facts.migration.status != "found"
	status := facts.migration.status
	msg := concat("", [object.get(problem, status, "cannot verify the declared migration"), lib.reason(facts.migration.reason)])
}

problem := {
	"not-found": "the declared revision is in no migration file tracked by git",
	"untracked": "the declared revision is only in a file git does not track: commit it",
	"ambiguous": "several migration files carry the declared revision",
	"no-adapter": "the declared tool has no migration adapter, so the migration cannot be verified",
	"unversioned-tool": "the declared tool keeps no versioned migration files",
	"unavailable": "cannot verify the declared migration",
}
