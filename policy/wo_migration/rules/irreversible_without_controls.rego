# METADATA
# title: Irreversible without controls
# description: >-
#   The §4 "Migration is reversible" box is unchecked and the explanation with compensating
#   controls under it is missing (an N/A is not an explanation).
# custom:
#   id: irreversible-without-controls
#   section: "§4"
#   needs: [work order]
#   why: >-
#     A migration that cannot be undone needs another way back (a backup to restore from, a
#     copy of the dropped data, a staged rollout); without one, a bad run is permanent.
#   example:
#     fails: "- [ ] Migration is reversible.\n  - If NOT reversible, explain why and provide compensating controls:\n    - TBD"
#     fixed: "- [ ] Migration is reversible.\n  - If NOT reversible, explain why and provide compensating controls:\n    - Dropping legacy_score loses data: the column is exported to s3://crm-archive first and restorable with the import job."
#   change: The fields are fixed by the template; change this file.
package wo_migration.rules.irreversible_without_controls

import data.wo_migration.lib

id := "irreversible-without-controls"

migration := lib.wo.migration

violations contains lib.violation(id, "§4", msg, line) if {
	not lib.checked(migration.reversible)
	not explained
	line := lib.line_of(migration.irreversibleExplanation, lib.line_of(migration.reversible, lib.section_line(4)))
	msg := "§4 marks the migration irreversible but does not explain why or give compensating controls: explain both under the reversible box"
}

explained if {
	some value in migration.irreversibleExplanation.values
	is_string(value.value)
	value.na == "none"
}
