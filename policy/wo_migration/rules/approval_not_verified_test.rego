package wo_migration.rules.approval_not_verified_test

import data.wo_migration.support_test as s

head := "0123456789abcdef0123456789abcdef01234567"

review(id, login, state, commit) := {"id": id, "login": login, "state": state, "commitId": commit, "submittedAt": null}

github(reviews) := {"status": "available", "reason": null, "pullRequest": {"number": 42, "headSha": head, "url": "https://github.com/o/r/pull/42"}, "reviews": reviews}

logins := {
	"robert": {"name": "Robert", "key": "robert", "login": "robert-gh"},
	"lindiwe dlamini": {"name": "Lindiwe Dlamini", "key": "lindiwe dlamini", "login": "ldlamini"},
}

rules_with(base, gh) := r if {
	r := s.rules(json.patch(base, [s.replace("/github", gh)])) with data.gate.githubLogins as logins
}

of_with(base, gh) := r if {
	r := s.of("approval-not-verified", json.patch(base, [s.replace("/github", gh)])) with data.gate.githubLogins as logins
}

test_approved_on_head_allows if {
	rules_with(s.staging, github([review(1, "LDlamini", "APPROVED", head)])) == set()
	rules_with(s.production, github([review(1, "robert-gh", "APPROVED", head), review(2, "robert-gh", "COMMENTED", head)])) == set()
}

test_without_github_facts_does_not_fire if {
	rules_with(s.staging, null) == set()
}

test_stale_review_denies if {
	of_with(s.staging, github([review(1, "ldlamini", "APPROVED", "feedface")])) == {{"line": 199, "message": "Lindiwe Dlamini (@ldlamini) has no APPROVED review on the head commit 0123456 of pull request #42: ask them to approve the pull request after its last push"}}
}

test_review_by_someone_else_denies if {
	rules_with(s.staging, github([review(1, "someone", "APPROVED", head)])) == {"approval-not-verified"}
}

test_later_dismissal_or_change_request_denies if {
	rules_with(s.staging, github([review(1, "ldlamini", "APPROVED", head), review(2, "ldlamini", "DISMISSED", head)])) == {"approval-not-verified"}
	rules_with(s.staging, github([review(1, "ldlamini", "APPROVED", head), review(2, "ldlamini", "CHANGES_REQUESTED", head)])) == {"approval-not-verified"}
}

test_production_needs_the_final_authority_review if {
	of_with(s.production, github([])) == {{"line": 199, "message": "Robert (@robert-gh) has no APPROVED review on the head commit 0123456 of pull request #42: ask them to approve the pull request after its last push"}}
}

test_unmapped_signer_cannot_verify if {
	s.of("approval-not-verified", json.patch(s.staging, [s.replace("/github", github([]))])) == {{"line": 199, "message": "cannot verify Lindiwe Dlamini's approval: policy data maps no GitHub login to Lindiwe Dlamini (add it under githubLogins)"}}
}

test_unavailable_github_cannot_verify if {
	of_with(s.production, {"status": "unavailable", "reason": "no token", "pullRequest": null, "reviews": []}) == {{"line": 199, "message": "cannot verify the §8 approvals on GitHub: no token"}}
}

test_available_without_pull_request_cannot_verify if {
	gh := {"status": "available", "reason": null, "pullRequest": null, "reviews": []}
	of_with(s.staging, gh) == {{"line": 199, "message": "cannot verify the §8 approvals on GitHub: there is no pull request to read reviews from"}}
}

test_pull_request_number_is_optional_in_the_message if {
	gh := json.patch(github([]), [s.replace("/pullRequest/number", null)])
	some v in of_with(s.staging, gh)
	endswith(v.message, "on the head commit 0123456: ask them to approve the pull request after its last push")
}
