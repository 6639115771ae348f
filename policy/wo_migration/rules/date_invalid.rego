# METADATA
# title: Date invalid
# description: >-
#   The request date is missing or not a real calendar date (YYYY-MM-DD); a filled §8 sign-off
#   date is not a real date (the final authority's is read only when production is selected); or
#   a sign-off date is earlier than the request date.
# custom:
#   id: date-invalid
#   section: header, §8
#   needs: [work order]
#   why: >-
#     Dates order the request, the evidence and the approval; an approval dated before the
#     request, or on a day that does not exist, cannot be the approval of this request.
#   example:
#     fails: "- [x] Date: 2026-02-30"
#     fixed: "- [x] Date: 2026-03-02"
#   change: The date format is fixed by the template; change this file.
package wo_migration.rules.date_invalid

import data.wo_migration.lib

id := "date-invalid"

request := lib.wo.request.date

request_date := lib.at(lib.at(request, "value"), "date")

violations contains lib.violation(id, null, msg, lib.line_of(request, lib.wo.title.line)) if {
	not lib.has_value(lib.at(request, "value"))
	msg := "the request date is missing: write the date of the request as YYYY-MM-DD"
}

violations contains lib.violation(id, null, msg, request.line) if {
	lib.has_value(request.value)
	not is_string(request_date)
	msg := concat("", ["the request date ", lib.quote(request.value.raw), " is not a real date: write it as YYYY-MM-DD"])
}

# The sign-off dates the policy reads: the final authority's only when production is selected.
signoffs contains {"signoff": lib.wo.signOff.approval, "name": "the §8 approval sign-off"}

signoffs contains {"signoff": lib.wo.signOff.finalAuthority, "name": concat("", ["the §8 ", lib.gate.finalAuthority.name, " approval"])} if {
	lib.production_selected
}

violations contains lib.violation(id, "§8", msg, s.signoff.date.line) if {
	some s in signoffs
	lib.has_value(s.signoff.date)
	not is_string(s.signoff.date.date)
	msg := concat("", ["the date of ", s.name, " ", lib.quote(s.signoff.date.raw), " is not a real date: write it as YYYY-MM-DD"])
}

violations contains lib.violation(id, "§8", msg, s.signoff.date.line) if {
	some s in signoffs
	is_string(s.signoff.date.date)
	is_string(request_date)
	s.signoff.date.date < request_date
	msg := concat("", [
		"the date of ", s.name, " (", s.signoff.date.date, ") is earlier than the request date (",
		request_date, "): an approval cannot precede the request",
	])
}
