package wo_migration.rules.environment_ambiguous_test

import data.wo_migration.support_test as s

test_one_environment_allows if {
	not "environment-ambiguous" in s.rules(s.staging)
}

test_no_environment_denies_at_the_selection_heading if {
	inp := s.staging_with([s.replace("/workOrder/environments/1/checked", false)])
	s.of("environment-ambiguous", inp) == {{"line": 25, "message": "no environment is selected in §1: check exactly one environment box"}}
}

test_two_environments_deny_at_the_second_box if {
	inp := s.staging_with([s.replace("/workOrder/environments/0/checked", true)])
	s.of("environment-ambiguous", inp) == {{"line": 28, "message": "§1 selects 2 environments (local / dev, autorisen (staging)): check exactly one"}}
}

test_alias_label_selects_the_environment if {
	inp := s.staging_with([s.replace("/workOrder/environments/1/label", "Staging")])
	not "environment-ambiguous" in s.rules(inp)
}

test_unknown_environment_denies if {
	inp := s.staging_with([s.replace("/workOrder/environments/1/label", "qa cluster")])
	some v in s.of("environment-ambiguous", inp)
	v.line == 28
	startswith(v.message, "the checked §1 box \"qa cluster\" names no known environment")
}
