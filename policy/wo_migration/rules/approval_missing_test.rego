package wo_migration.rules.approval_missing_test

import data.wo_migration.support_test as s

no_names := {"line": 36, "values": [s.placeholder("<name/role>", 36)], "names": []}

test_named_staging_approver_allows if {
	not "approval-missing" in s.rules(s.staging)
}

test_placeholder_approver_of_selected_environment_denies if {
	inp := s.staging_with([s.replace("/workOrder/approvals/1/approvers", no_names)])
	s.of("approval-missing", inp) == {{"line": 36, "message": "§1 names no approver for the selected environment autorisen (staging): name who approves it on its \"Approver(s):\" line"}}
}

test_placeholder_approver_of_unselected_environment_allows if {
	inp := s.staging_with([s.replace("/workOrder/approvals/0/approvers", no_names)])
	s.rules(inp) == set()
}

test_missing_approval_entry_denies_at_the_heading if {
	inp := s.staging_with([s.replace("/workOrder/approvals", [])])
	some v in s.of("approval-missing", inp)
	v.line == 31
}

test_production_approver_other_than_final_authority_denies if {
	inp := s.production_with([s.replace("/workOrder/approvals/2/approvers", s.person(38, "Dana Whitfield"))])
	s.of("approval-missing", inp) == {{"line": 38, "message": "§1 names Dana Whitfield as approver for capecraft (production): only the final authority Robert may approve production"}}
}

test_second_production_approver_denies if {
	both := object.union(s.person(38, "Robert"), {"names": [{"display": "Robert", "key": "robert"}, {"display": "Dana Whitfield", "key": "dana whitfield"}]})
	inp := s.production_with([s.replace("/workOrder/approvals/2/approvers", both)])
	s.rules(inp) == {"approval-missing"}
}

test_approver_outside_policy_data_list_denies if {
	inp := s.staging
	allowed := [object.union(e, {"approvers": [{"name": "Naledi Khumalo", "key": "naledi khumalo"}]}) | some e in data.gate.environments]
	vs := s.of("approval-missing", inp) with data.gate.environments as allowed
	vs == {{"line": 36, "message": "§1 names Lindiwe Dlamini as approver for autorisen (staging), who may not approve it: name one of Naledi Khumalo"}}
}
