package wo_migration.rules.final_approval_missing_test

import data.wo_migration.support_test as s

test_signed_by_the_staging_approver_allows if {
	not "final-approval-missing" in s.rules(s.staging)
}

test_signer_matches_case_insensitively if {
	inp := s.staging_with([s.replace("/workOrder/signOff/approval/signer/names", [{"display": "lindiwe dlamini", "key": "lindiwe dlamini"}])])
	s.rules(inp) == set()
}

test_unchecked_date_box_denies if {
	inp := s.staging_with([s.replace("/workOrder/signOff/approval/dateBox/checked", false)])
	s.of("final-approval-missing", inp) == {{"line": 206, "message": "the §8 approval sign-off is incomplete (the date box is not checked): name the signer, date it and check both boxes"}}
}

test_unsigned_block_denies_once if {
	inp := s.staging_with([s.replace("/workOrder/signOff/approval", {"nameBox": null, "signer": null, "dateBox": null, "date": null})])
	s.of("final-approval-missing", inp) == {{"line": 199, "message": "the §8 approval sign-off is incomplete (the name box is not checked, no signer is named, the date box is not checked, no date is given): name the signer, date it and check both boxes"}}
}

test_signer_of_another_environment_denies if {
	inp := s.staging_with([s.replace("/workOrder/signOff/approval", s.signoff(205, "Kwame Asante", "2026-03-04"))])
	s.of("final-approval-missing", inp) == {{"line": 205, "message": "§8 is signed by Kwame Asante, who is not an approver of the selected environment (autorisen (staging)): the signer must be one of Lindiwe Dlamini"}}
}

test_production_signer_must_be_the_final_authority if {
	inp := s.production_with([
		s.replace("/workOrder/approvals/2/approvers", s.person(38, "Dana Whitfield")),
		s.replace("/workOrder/signOff/approval", s.signoff(205, "Dana Whitfield", "2026-03-04")),
	])
	s.rules(inp) == {"approval-missing", "final-approval-missing"}
	s.of("final-approval-missing", inp) == {{"line": 205, "message": "§8 is signed by Dana Whitfield, who is not an approver of the selected environment (capecraft (production)): the signer must be one of Robert"}}
}

test_no_approver_named_gives_a_hint if {
	no_names := {"line": 36, "values": [s.placeholder("<name/role>", 36)], "names": []}
	inp := s.staging_with([s.replace("/workOrder/approvals/1/approvers", no_names)])
	some v in s.of("final-approval-missing", inp)
	endswith(v.message, "§1 must name the signer as an approver of the selected environment")
}
