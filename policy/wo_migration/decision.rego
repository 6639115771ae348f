# METADATA
# title: Migration work-order decision
# description: >-
#   The entry point (wo_migration/decision): every violation of every rule under
#   wo_migration.rules, sorted by rule then line, and allow when there is none. Every rule is a
#   hard STOP.
package wo_migration

import data.wo_migration.rules

violations contains v if {
	some v in rules[_].violations
}

decision := {
	"allow": count(violations) == 0,
	"violations": [v |
		some t in sort([[v.rule, v.line, v.message, v.section] | some v in violations])
		v := {"rule": t[0], "line": t[1], "message": t[2], "section": t[3]}
	],
}
