# METADATA
# title: Work-order id invalid
# description: >-
#   The title line is not `WO-MIGRATION-<digits> <dash> <title>` (dash: em dash, en dash or
#   hyphen with a space on each side), or the title after the dash is missing.
# custom:
#   id: work-order-id-invalid
#   section: title
#   needs: [work order]
#   why: >-
#     The id is how reviews, rollbacks and audits refer to the change; a template id
#     (WO-MIGRATION-XXX) or an untitled order cannot be traced.
#   example:
#     fails: "**WO-MIGRATION-XXX — <Short migration title>**"
#     fixed: "**WO-MIGRATION-118 — Drop crm.contacts.legacy_score**"
#   change: The format is fixed by the template; change the pattern in this file.
package wo_migration.rules.work_order_id_invalid

import data.wo_migration.lib

id := "work-order-id-invalid"

title := lib.wo.title

violations contains lib.violation(id, null, msg, title.line) if {
	not regex.match(`^WO-MIGRATION-[0-9]+([^0-9]|$)`, title.text)
	msg := concat("", [
		"the title line ", lib.quote(title.text),
		" has no numeric id: write it as WO-MIGRATION-<number> — <title>",
	])
}

violations contains lib.violation(id, null, msg, title.line) if {
	regex.match(`^WO-MIGRATION-[0-9]+([^0-9]|$)`, title.text)
	not regex.match(`^WO-MIGRATION-[0-9]+ [—–-] `, title.text)
	msg := concat("", [
		"the title line ", lib.quote(title.text),
		" does not separate the id from the title with a dash: write WO-MIGRATION-<number> — <title>",
	])
}

violations contains lib.violation(id, null, msg, title.line) if {
	regex.match(`^WO-MIGRATION-[0-9]+ [—–-] `, title.text)
	not lib.has_value(title.name)
	msg := "the title after the work-order id is missing: name the migration after the dash"
}
