# METADATA
# title: Request incomplete
# description: >-
#   "Requested by", "Target service/app" or "Target database" in the work-order header is
#   missing or still a placeholder.
# custom:
#   id: request-incomplete
#   section: header
#   needs: [work order]
#   why: >-
#     Who asked for the change and which service and database it touches are what an
#     approver checks first; without them the approval means nothing.
#   example:
#     fails: "- Target database: TBD"
#     fixed: "- Target database: `crm` on RDS PostgreSQL 15"
#   change: The fields are fixed by the template; change the table in this file.
package wo_migration.rules.request_incomplete

import data.wo_migration.lib

id := "request-incomplete"

fields := [
	{"label": "Requested by", "field": lib.wo.request.requestedBy},
	{"label": "Target service/app", "field": lib.wo.request.targetService},
	{"label": "Target database", "field": lib.wo.request.targetDatabase},
]

violations contains lib.violation(id, null, msg, lib.line_of(f.field, lib.wo.title.line)) if {
	some f in fields
	not lib.filled(f.field)
	msg := concat("", ["\"", f.label, "\" is missing from the work-order header: fill it in"])
}
