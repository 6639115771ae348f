# METADATA
# title: Rollback plan missing
# description: >-
#   §5 is absent, or it has no concrete rollback step, no rollback trigger, or lacks one of the
#   three post-rollback verifications (health checks, data integrity checks, restored
#   behaviour).
# custom:
#   id: rollback-plan-missing
#   section: "§5"
#   needs: [work order]
#   why: >-
#     "No rollback plan = automatic rejection": when a migration goes wrong there is no time to
#     design the way back, and no way to know the way back worked without the checks.
#   example:
#     fails: "### Rollback Triggers (conditions that force rollback)\n\n- <trigger>"
#     fixed: "### Rollback Triggers (conditions that force rollback)\n\n- 5xx rate above 1% for 5 minutes after the deploy."
#   change: The fields are fixed by the template; change the table in this file.
package wo_migration.rules.rollback_plan_missing

import data.wo_migration.lib

id := "rollback-plan-missing"

rollback := lib.wo.rollback

fields := [
	{"field": rollback.steps, "fix": "§5 has no concrete rollback step: list the exact steps that undo the migration"},
	{"field": rollback.triggers, "fix": "§5 has no rollback trigger: add at least one condition that forces a rollback"},
	{"field": rollback.health, "fix": "§5 has no health check to run after a rollback: name the commands or endpoints"},
	{"field": rollback.integrity, "fix": "§5 has no data integrity check after a rollback: give the queries or criteria"},
	{"field": rollback.behaviour, "fix": "§5 has no confirmation of restored application behaviour: say how you will confirm it"},
]

violations contains lib.violation(id, "§5", msg, null) if {
	not is_number(rollback.line)
	msg := "the work order has no §5 Rollback Plan: add it with the exact steps, the triggers and the post-rollback checks"
}

violations contains lib.violation(id, "§5", f.fix, lib.line_of(f.field, rollback.line)) if {
	is_number(rollback.line)
	some f in fields
	not lib.filled(f.field)
}
