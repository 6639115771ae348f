# METADATA
# title: Startup migration
# description: >-
#   The §4 "No automatic startup migrations" box is unchecked; or, with a repository checkout,
#   the startup-migration scan finds a migration triggered on application or container start
#   (the scan wins over a checked box). Build-time findings are warnings and do not deny.
# custom:
#   id: startup-migration
#   section: "§4"
#   needs: [work order, repository]
#   why: >-
#     A migration that runs when a container or app starts runs on every replica, at every
#     restart, outside any review or rollback plan; the template makes it a hard STOP (§7).
#   example:
#     fails: "- [ ] No automatic startup migrations exist (no implicit migrations on app/container start)."
#     fixed: "- [x] No automatic startup migrations exist (no implicit migrations on app/container start)."
#   change: >-
#     The scan's detection rules live with the scanner; this rule only reads its findings
#     (`scan` in the policy input).
package wo_migration.rules.startup_migration

import data.wo_migration.lib

id := "startup-migration"

box := lib.wo.migration.noStartupMigrations

box_line := lib.line_of(box, lib.section_line(4))

violations contains lib.violation(id, "§4", msg, box_line) if {
	not lib.checked(box)
	msg := "§4 \"No automatic startup migrations exist\" is not checked: remove migrations that run on app or container start and check the box"
}

# Scan facts (null when no repository was scanned: these bodies do not fire).
violations contains lib.violation(id, "§4", msg, box_line) if {
	input.scan.status == "unavailable"
	msg := concat("", ["cannot verify that no migration runs on start", lib.reason(input.scan.reason)])
}

violations contains lib.violation(id, "§4", msg, box_line) if {
	some finding in input.scan.findings
	finding.trigger != "build"
	msg := concat("", [
		finding.file, ":", format_int(finding.line, 10), " runs a ", finding.tool, " migration on ",
		finding.trigger, " (", finding.explanation, "): run migrations as an explicit, reviewed step instead",
	])
}
