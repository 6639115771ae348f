# METADATA
# title: Production authority missing
# description: >-
#   Production is selected and the §8 final-authority block has a box unchecked, no signature
#   or no date, or is signed by anyone but the final authority (a delegate signing "on behalf
#   of" does not count).
# custom:
#   id: production-authority-missing
#   section: "§8"
#   needs: [work order]
#   why: >-
#     No production deploys, releases or migrations happen unless the final authority
#     explicitly instructs it; the final-authority block is that instruction, in writing.
#   example:
#     fails: "- [x] Robert approval (required for capecraft/production): Thabo Mokoena (on behalf of Robert)"
#     fixed: "- [x] Robert approval (required for capecraft/production): **Robert**"
#   change: Policy data `finalAuthority` names the final authority; `production` names the production environment.
package wo_migration.rules.production_authority_missing

import data.wo_migration.lib

id := "production-authority-missing"

signoff := lib.wo.signOff.finalAuthority

title := concat("", ["production is selected and the §8 ", lib.gate.finalAuthority.name, " approval"])

violations contains lib.violation(id, "§8", gap.message, gap.line) if {
	lib.production_selected
	gap := lib.signoff_gap(signoff, title, lib.wo.signOff.line)
}

violations contains lib.violation(id, "§8", msg, lib.line_of(signoff.signer, lib.wo.signOff.line)) if {
	lib.production_selected
	some signer in lib.signers(signoff)
	signer.key != lib.gate.finalAuthority.key
	msg := concat("", [
		"the §8 final-authority approval is signed by ", signer.display, ": only ",
		lib.gate.finalAuthority.name, " may sign it",
	])
}
