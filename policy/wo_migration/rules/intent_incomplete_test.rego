package wo_migration.rules.intent_incomplete_test

import data.wo_migration.support_test as s

test_complete_intent_allows if {
	not "intent-incomplete" in s.rules(s.staging)
}

test_none_is_a_value if {
	s.rules(s.staging_with([s.replace("/workOrder/intent/dataChanges", s.field(61, "None"))])) == set()
}

test_placeholder_impact_denies_at_its_label if {
	inp := s.staging_with([s.replace("/workOrder/intent/impact/values/0", s.placeholder("TBD", 66))])
	s.of("intent-incomplete", inp) == {{"line": 65, "message": "§3 \"Impact if not performed\" is missing: say what happens without it"}}
}

test_absent_field_denies_at_section_three if {
	inp := s.staging_with([s.replace("/workOrder/intent/reasons", null)])
	s.of("intent-incomplete", inp) == {{"line": 55, "message": "§3 \"Reason alternatives are not viable\" is missing: say why they do not work"}}
}
