package wo_migration.rules.date_invalid_test

import data.wo_migration.support_test as s

not_real(line, text) := object.union(s.val(text, line), {"date": null})

test_real_dates_in_order_allow if {
	not "date-invalid" in s.rules(s.staging)
}

test_missing_request_date_denies if {
	inp := s.staging_with([s.replace("/workOrder/request/date", null)])
	s.of("date-invalid", inp) == {{"line": 14, "message": "the request date is missing: write the date of the request as YYYY-MM-DD"}}
	s.rules(s.staging_with([s.replace("/workOrder/request/date/value", s.placeholder("<YYYY-MM-DD>", 17))])) == {"date-invalid"}
}

test_impossible_request_date_denies if {
	inp := s.staging_with([s.replace("/workOrder/request/date/value", not_real(17, "2026-02-30"))])
	s.of("date-invalid", inp) == {{"line": 17, "message": "the request date \"2026-02-30\" is not a real date: write it as YYYY-MM-DD"}}
}

test_impossible_signoff_date_denies if {
	inp := s.staging_with([s.replace("/workOrder/signOff/approval/date", not_real(206, "2026-02-30"))])
	s.of("date-invalid", inp) == {{"line": 206, "message": "the date of the §8 approval sign-off \"2026-02-30\" is not a real date: write it as YYYY-MM-DD"}}
}

test_final_authority_date_read_only_for_production if {
	bad := s.replace("/workOrder/signOff/finalAuthority/date", not_real(211, "2026-13-01"))
	s.rules(s.staging_with([bad])) == set()
	s.rules(s.production_with([bad])) == {"date-invalid"}
}

test_signoff_before_request_denies if {
	inp := s.production_with([s.replace("/workOrder/signOff/finalAuthority/date", s.date(211, "2026-03-01"))])
	s.of("date-invalid", inp) == {{"line": 211, "message": "the date of the §8 Robert approval (2026-03-01) is earlier than the request date (2026-03-02): an approval cannot precede the request"}}
}
