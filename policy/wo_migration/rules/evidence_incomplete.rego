# METADATA
# title: Evidence incomplete
# description: >-
#   One of the four §6 evidence boxes is unchecked, or a paste block (dry-run, schema diff,
#   backup) is missing or a placeholder. The schema diff is always required; the dry-run and
#   backup blocks accept "N/A" with a reason of at least three words where policy data allows
#   it (local/dev and staging by default), never for production. An N/A does not excuse the box.
# custom:
#   id: evidence-incomplete
#   section: "§6"
#   needs: [work order]
#   why: >-
#     The evidence pack is what the approver actually approves: the dry-run shows what will run,
#     the schema diff what will change, the backup that there is a way back.
#   example:
#     fails: "#### Dry-run / Plan Output (paste)\n\n```text\nN/A\n```"
#     fixed: "#### Dry-run / Plan Output (paste)\n\n```text\nN/A: the local database is rebuilt from seed on every run.\n```"
#   change: >-
#     Policy data `environments[].evidence` says, per environment, which pastes accept an N/A
#     (`na-allowed`) and which need real output (`required`).
package wo_migration.rules.evidence_incomplete

import data.wo_migration.lib

id := "evidence-incomplete"

evidence := lib.wo.evidence

fallback_line := lib.or_else(lib.heading_line("Required Evidence"), evidence.line)

boxes := [
	{"box": evidence.targetEnvironmentBox, "name": "Target environment confirmation"},
	{"box": evidence.schemaDiffBox, "name": "Schema diff or clear schema change description"},
	{"box": evidence.dryRunBox, "name": "Dry-run output"},
	{"box": evidence.backupBox, "name": "Backup confirmation"},
]

pastes := [
	{"kind": "dryRun", "paste": evidence.dryRun, "name": "dry-run / plan output"},
	{"kind": "schemaDiff", "paste": evidence.schemaDiff, "name": "schema diff or change description"},
	{"kind": "backup", "paste": evidence.backup, "name": "backup confirmation"},
]

violations contains lib.violation(id, "§6", msg, null) if {
	not is_number(evidence.line)
	msg := "the work order has no §6 Evidence Pack: add it with the four evidence boxes and the pasted outputs"
}

violations contains lib.violation(id, "§6", msg, lib.line_of(b.box, fallback_line)) if {
	is_number(evidence.line)
	some b in boxes
	not lib.checked(b.box)
	msg := concat("", ["the §6 evidence box \"", b.name, "\" is not checked: attach the evidence and check it"])
}

violations contains lib.violation(id, "§6", msg, lib.line_of(p.paste, evidence.line)) if {
	is_number(evidence.line)
	some p in pastes
	not accepted(p)
	msg := problem(p)
}

# N/A is accepted only when every selected environment accepts it (production never does).
na_allowed(kind) if {
	count(lib.selected) > 0
	every key in lib.selected {
		lib.env(key).evidence[kind] == "na-allowed"
	}
}

has_content(paste) if {
	some block in paste.blocks
	block.placeholder == false
	block.na == "none"
}

has_na_reason(paste) if {
	some block in paste.blocks
	block.na == "with-reason"
}

has_na_reason(paste) if {
	some text in paste.text
	text.na == "with-reason"
}

bare_na(paste) if {
	some block in paste.blocks
	block.na == "without-reason"
}

bare_na(paste) if {
	some text in paste.text
	text.na == "without-reason"
}

accepted(p) if has_content(p.paste)

accepted(p) if {
	na_allowed(p.kind)
	has_na_reason(p.paste)
}

problem(p) := concat("", ["§6 has no ", p.name, " paste: add its heading and paste the output in a fenced block"]) if {
	not is_number(lib.at(p.paste, "line"))
} else := concat("", [
	"§6 ", p.name, " is N/A, which ", concat(", ", refusing),
	" does not accept: paste the real output",
]) if {
	has_na_reason(p.paste)
	refusing := sort([lib.env(k).name | some k in lib.selected; lib.env(k).evidence[p.kind] != "na-allowed"])
	count(refusing) > 0
} else := concat("", ["§6 ", p.name, " is N/A, which is accepted only when §1 selects an environment that allows it: paste the output"]) if {
	has_na_reason(p.paste)
} else := concat("", ["§6 ", p.name, " is N/A without a reason: paste the output, or give a reason of at least three words"]) if {
	bare_na(p.paste)
} else := concat("", ["§6 ", p.name, " paste is empty or a placeholder: paste the output"])
