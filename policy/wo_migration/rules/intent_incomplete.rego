# METADATA
# title: Intent incomplete
# description: >-
#   §3 leaves out what changes (tables/columns affected, data changes — `None` is a value), why
#   (problem, impact if not performed) or why no alternative exists (alternatives considered,
#   reason they are not viable).
# custom:
#   id: intent-incomplete
#   section: "§3"
#   needs: [work order]
#   why: >-
#     Reviewers judge the risk of a migration from its intent; an unexplained schema change
#     cannot be weighed against doing nothing or doing something else.
#   example:
#     fails: "- Impact if not performed:\n  - TBD"
#     fixed: "- Impact if not performed:\n  - Checkout cannot store the sales channel; reporting stays manual."
#   change: The fields are fixed by the template; change the table in this file.
package wo_migration.rules.intent_incomplete

import data.wo_migration.lib

id := "intent-incomplete"

intent := lib.wo.intent

fields := [
	{"label": "Tables/columns/indexes/constraints affected", "field": intent.changes, "fix": "list what the migration changes"},
	{"label": "Data changes", "field": intent.dataChanges, "fix": "describe the backfill, transform or delete, or write None"},
	{"label": "Problem / requirement", "field": intent.problem, "fix": "say why the change is needed"},
	{"label": "Impact if not performed", "field": intent.impact, "fix": "say what happens without it"},
	{"label": "Alternatives considered", "field": intent.alternatives, "fix": "list the alternatives you rejected"},
	{"label": "Reason alternatives are not viable", "field": intent.reasons, "fix": "say why they do not work"},
]

violations contains lib.violation(id, "§3", msg, lib.line_of(f.field, lib.section_line(3))) if {
	some f in fields
	not lib.filled(f.field)
	msg := concat("", ["§3 \"", f.label, "\" is missing: ", f.fix])
}
