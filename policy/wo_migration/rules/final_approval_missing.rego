# METADATA
# title: Final approval missing
# description: >-
#   The §8 approval sign-off has a box unchecked (both the name box and the date box must be
#   checked), no approver name or no date, or is signed by someone who is not an approver of
#   any selected environment (for production, only the final authority is).
# custom:
#   id: final-approval-missing
#   section: "§8"
#   needs: [work order]
#   why: >-
#     "No migration may proceed without this Work Order approved": the sign-off is the
#     approval, and only the person accountable for the environment can give it.
#   example:
#     fails: "- [x] Approver name / role: Jonas Keller / DBA\n- [ ] Date: 2026-03-04"
#     fixed: "- [x] Approver name / role: Jonas Keller / DBA\n- [x] Date: 2026-03-04"
#   change: >-
#     Approvers come from the work order's §1 lines, limited by policy data
#     `environments[].approvers`; `finalAuthority` is production's approver.
package wo_migration.rules.final_approval_missing

import data.wo_migration.lib

id := "final-approval-missing"

signoff := lib.wo.signOff.approval

violations contains lib.violation(id, "§8", gap.message, gap.line) if {
	gap := lib.signoff_gap(signoff, "the §8 approval sign-off", lib.wo.signOff.line)
}

violations contains lib.violation(id, "§8", msg, lib.line_of(signoff.signer, lib.wo.signOff.line)) if {
	some signer in lib.signers(signoff)
	not signer.key in lib.selected_approver_keys
	msg := concat("", [
		"§8 is signed by ", signer.display, ", who is not an approver of the selected environment (",
		concat(", ", sort([lib.env(k).name | some k in lib.selected])), "): ", approvers_hint,
	])
}

approvers_hint := concat("", ["the signer must be one of ", concat(", ", sort(names))]) if {
	names := {n.display |
		some key in lib.selected
		some n in lib.named_approvers(key)
		n.key in lib.approver_keys(key)
	} | {lib.gate.finalAuthority.name | lib.production_selected}
	count(names) > 0
} else := "§1 must name the signer as an approver of the selected environment"
