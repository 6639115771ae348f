# METADATA
# title: Approval missing
# description: >-
#   A selected environment has no named approver on its §1 "Required Approval Authority"
#   line, names someone policy data does not allow, or, for production, names anyone but the
#   final authority.
# custom:
#   id: approval-missing
#   section: "§1"
#   needs: [work order]
#   why: >-
#     The approver line says who is accountable for running the change in that environment;
#     production changes belong to the final authority alone.
#   example:
#     fails: "- capecraft (production — Robert-only):\n  - Approver: **Dana Whitfield** (VP Engineering)"
#     fixed: "- capecraft (production — Robert-only):\n  - Approver: **Robert** (mandatory)"
#   change: >-
#     Policy data `finalAuthority` names the production approver; `environments[].approvers`
#     limits who may approve the other environments.
package wo_migration.rules.approval_missing

import data.wo_migration.lib

id := "approval-missing"

# The line of an environment's §1 approver line, or of the approval heading when it has none.
approver_line(key) := min(lines) if {
	lines := {lib.line_of(entry.approvers, entry.line) |
		some entry in lib.wo.approvals
		lib.env_of(entry.environment) == key
	}
	count(lines) > 0
} else := lib.or_else(lib.heading_line("Required Approval Authority"), lib.section_line(1))

violations contains lib.violation(id, "§1", msg, approver_line(key)) if {
	some key in lib.selected
	count(lib.named_approvers(key)) == 0
	msg := concat("", [
		"§1 names no approver for the selected environment ", lib.env(key).name,
		": name who approves it on its \"Approver(s):\" line",
	])
}

violations contains lib.violation(id, "§1", msg, approver_line(key)) if {
	some key in lib.selected
	key == lib.gate.production
	others := {n | some n in lib.named_approvers(key); n.key != lib.gate.finalAuthority.key}
	count(others) > 0
	msg := concat("", [
		"§1 names ", lib.names_text(others), " as approver for ", lib.env(key).name,
		": only the final authority ", lib.gate.finalAuthority.name, " may approve production",
	])
}

violations contains lib.violation(id, "§1", msg, approver_line(key)) if {
	some key in lib.selected
	key != lib.gate.production
	allowed := {a.key | some a in lib.env(key).approvers}
	count(allowed) > 0
	others := {n | some n in lib.named_approvers(key); not n.key in allowed}
	count(others) > 0
	msg := concat("", [
		"§1 names ", lib.names_text(others), " as approver for ", lib.env(key).name,
		", who may not approve it: name one of ",
		concat(", ", sort([a.name | some a in lib.env(key).approvers])),
	])
}
