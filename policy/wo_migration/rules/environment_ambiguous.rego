# METADATA
# title: Environment ambiguous
# description: >-
#   Zero §1 environment boxes are checked, or more than one, or a checked box names no
#   environment that policy data knows.
# custom:
#   id: environment-ambiguous
#   section: "§1"
#   needs: [work order]
#   why: >-
#     Approvals and evidence depend on the target environment; an order that does not name
#     exactly one could be approved for staging and run against production.
#   example:
#     fails: "- [x] autorisen (staging)\n- [x] capecraft (production — Robert-only)"
#     fixed: "- [x] autorisen (staging)\n- [ ] capecraft (production — Robert-only)"
#   change: Policy data `environments` (key, label, aliases) defines the environments.
package wo_migration.rules.environment_ambiguous

import data.wo_migration.lib

id := "environment-ambiguous"

violations contains lib.violation(id, "§1", msg, line) if {
	count(lib.checked_boxes) == 0
	line := lib.or_else(lib.heading_line("Environment Selection"), lib.section_line(1))
	msg := "no environment is selected in §1: check exactly one environment box"
}

violations contains lib.violation(id, "§1", msg, lib.checked_boxes[1].line) if {
	count(lib.checked_boxes) > 1
	msg := concat("", [
		"§1 selects ", format_int(count(lib.checked_boxes), 10), " environments (",
		concat(", ", [box.label | some box in lib.checked_boxes]), "): check exactly one",
	])
}

violations contains lib.violation(id, "§1", msg, box.line) if {
	some box in lib.checked_boxes
	not lib.env_of(box.label)
	msg := concat("", [
		"the checked §1 box ", lib.quote(box.label), " names no known environment: use one of ",
		concat(", ", [e.name | some e in lib.gate.environments]),
	])
}
