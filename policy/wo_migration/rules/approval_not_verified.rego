# METADATA
# title: Approval not verified
# description: >-
#   On a pull request: a person who signs §8 (the sign-off's approver and, for production, the
#   final authority) has no `APPROVED` review on the pull request's head commit from the GitHub
#   login policy data maps to that name. A review by anyone else, a stale review on an older
#   commit, or a review later dismissed or turned into "changes requested" does not count. When
#   approvals were asked for but cannot be checked (no token, not a pull request, an API
#   failure), it fires with the reason.
# custom:
#   id: approval-not-verified
#   section: "§8"
#   needs: [GitHub]
#   why: >-
#     Anyone can type a name into §8; a review from that person's own GitHub account on the
#     exact commit being merged is what makes the signature real.
#   example:
#     fails: "§8 signed by Robert; the pull request has no review from robert-gh on its head commit"
#     fixed: "Robert (GitHub robert-gh) approves the pull request after its last push"
#   change: Policy data `githubLogins` maps each approver's name to their GitHub login.
package wo_migration.rules.approval_not_verified

import data.wo_migration.lib

id := "approval-not-verified"

github := input.github

line := lib.wo.signOff.line

# The people whose signatures need a review: the sign-off's signers and, for production, the
# final authority.
people contains {"key": n.key, "name": n.display} if {
	some n in lib.signers(lib.wo.signOff.approval)
}

people contains {"key": lib.gate.finalAuthority.key, "name": lib.gate.finalAuthority.name} if {
	lib.production_selected
}

violations contains lib.violation(id, "§8", msg, line) if {
	github.status == "unavailable"
	msg := concat("", ["cannot verify the §8 approvals on GitHub", lib.reason(github.reason)])
}

violations contains lib.violation(id, "§8", msg, line) if {
	github.status == "available"
	not is_string(lib.at(github.pullRequest, "headSha"))
	msg := "cannot verify the §8 approvals on GitHub: there is no pull request to read reviews from"
}

violations contains lib.violation(id, "§8", msg, line) if {
	github.status == "available"
	some person in people
	not lib.gate.githubLogins[person.key]
	msg := concat("", [
		"cannot verify ", person.name, "'s approval: policy data maps no GitHub login to ",
		person.name, " (add it under githubLogins)",
	])
}

violations contains lib.violation(id, "§8", msg, line) if {
	github.status == "available"
	is_string(github.pullRequest.headSha)
	some person in people
	login := lib.gate.githubLogins[person.key].login
	not approved(login)
	msg := concat("", [
		person.name, " (@", login, ") has no APPROVED review on the head commit ",
		substring(github.pullRequest.headSha, 0, 7), pull_request,
		": ask them to approve the pull request after its last push",
	])
}

pull_request := concat("", [" of pull request #", format_int(github.pullRequest.number, 10)]) if {
	is_number(github.pullRequest.number)
} else := ""

# A person's standing review is their latest approving, rejecting or dismissed one.
approved(login) if {
	reviews := [r |
		some r in github.reviews
		lower(r.login) == lower(login)
		r.state in {"APPROVED", "CHANGES_REQUESTED", "DISMISSED"}
	]
	latest := max({r.id | some r in reviews})
	some r in reviews
	r.id == latest
	r.state == "APPROVED"
	r.commitId == github.pullRequest.headSha
}
