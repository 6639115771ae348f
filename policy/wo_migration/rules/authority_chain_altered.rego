# METADATA
# title: Authority chain altered
# description: >-
#   The authority chain line is missing or differs from the canonical chain (`->` counts as
#   `→`; emphasis and spacing are ignored; names compare case-sensitively), or the production
#   restriction line is missing or edited.
# custom:
#   id: authority-chain-altered
#   section: header
#   needs: [work order]
#   why: >-
#     The chain says who may authorise what; an order that reorders it or drops the production
#     restriction could be used to claim authority nobody gave.
#   example:
#     fails: "**Robert (final authority)** → **VS_Chat (manager/orchestrator)** → **CapeAI (planning & governance)** → **Codex (worker/implementer)**"
#     fixed: "**Robert (final authority)** → **CapeAI (planning & governance)** → **VS_Chat (manager/orchestrator)** → **Codex (worker/implementer)**"
#   change: Policy data `authorityChain` and `restrictionLine` hold the canonical lines.
package wo_migration.rules.authority_chain_altered

import data.wo_migration.lib

id := "authority-chain-altered"

chain := lib.wo.authorityChain

violations contains lib.violation(id, null, msg, lib.heading_line("Authority Chain")) if {
	not lib.has_text(chain)
	msg := concat("", [
		"the authority chain line is missing: copy it unchanged from the template (",
		lib.gate.authorityChain, ")",
	])
}

violations contains lib.violation(id, null, msg, chain.line) if {
	lib.has_text(chain)
	chain.text != lib.gate.authorityChain
	msg := concat("", [
		"the authority chain ", lib.quote(chain.text), " differs from the canonical chain ",
		lib.quote(lib.gate.authorityChain), ": restore it unchanged",
	])
}

violations contains lib.violation(id, null, msg, lib.heading_line("Authority Chain")) if {
	not restriction_present
	msg := concat("", [
		"the production restriction line is missing or edited: restore ",
		lib.quote(lib.gate.restrictionLine), " under the authority chain",
	])
}

restriction_present if {
	some line in lib.wo.plainLines
	contains(line.text, lib.gate.restrictionLine)
}
