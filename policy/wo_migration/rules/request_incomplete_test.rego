package wo_migration.rules.request_incomplete_test

import data.wo_migration.support_test as s

test_complete_header_allows if {
	not "request-incomplete" in s.rules(s.staging)
}

test_placeholder_target_database_denies_at_its_line if {
	inp := s.staging_with([s.replace("/workOrder/request/targetDatabase/values/0", s.placeholder("TBD", 19))])
	s.of("request-incomplete", inp) == {{"line": 19, "message": "\"Target database\" is missing from the work-order header: fill it in"}}
}

test_absent_requested_by_denies_at_the_title if {
	inp := s.staging_with([s.replace("/workOrder/request/requestedBy", null)])
	s.rules(inp) == {"request-incomplete"}
	s.of("request-incomplete", inp) == {{"line": 14, "message": "\"Requested by\" is missing from the work-order header: fill it in"}}
}

test_absent_target_service_denies if {
	s.rules(s.staging_with([s.replace("/workOrder/request/targetService", null)])) == {"request-incomplete"}
}
