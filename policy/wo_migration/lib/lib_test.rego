package wo_migration.lib_test

import data.wo_migration.lib
import data.wo_migration.support_test as s

test_environment_labels_resolve_by_label_alias_or_first_word if {
	lib.env_of("capecraft (production — Robert-only)") == "capecraft"
	lib.env_of("Production") == "capecraft"
	lib.env_of("capecraft (prod, Robert only)") == "capecraft"
	lib.env_of("local/dev") == "local"
	not lib.env_of("qa")
}

test_lines_fall_back_to_null_without_headings if {
	inp := s.staging_with([s.replace("/workOrder/headings", [])])
	lib.section_line(4) == null with input as inp
	lib.heading_line("Environment Selection") == null with input as inp
	some v in s.of("environment-ambiguous", json.patch(inp, [s.replace("/workOrder/environments/1/checked", false)]))
	v.line == null
}

test_or_else_and_reason if {
	lib.or_else(null, 3) == 3
	lib.or_else(2, 3) == 2
	lib.reason(null) == ""
	lib.reason("x") == ": x"
}
