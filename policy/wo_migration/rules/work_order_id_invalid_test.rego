package wo_migration.rules.work_order_id_invalid_test

import data.wo_migration.support_test as s

title(text, name) := s.staging_with([s.replace("/workOrder/title", {"line": 14, "text": text, "id": null, "name": name})])

test_numbered_title_with_any_dash_allows if {
	every dash in ["—", "–", "-"] {
		s.rules(title(concat(" ", ["WO-MIGRATION-7", dash, "Add x"]), s.val("Add x", 14))) == set()
	}
}

test_template_id_denies if {
	s.of("work-order-id-invalid", title("WO-MIGRATION-XXX — Add x", s.val("Add x", 14))) == {{"line": 14, "message": "the title line \"WO-MIGRATION-XXX — Add x\" has no numeric id: write it as WO-MIGRATION-<number> — <title>"}}
}

test_colon_instead_of_dash_denies if {
	s.rules(title("WO-MIGRATION-7: Add x", null)) == {"work-order-id-invalid"}
	some v in s.of("work-order-id-invalid", title("WO-MIGRATION-7: Add x", null))
	contains(v.message, "does not separate the id from the title with a dash")
}

test_missing_title_after_dash_denies if {
	s.of("work-order-id-invalid", title("WO-MIGRATION-7 — <Short migration title>", s.placeholder("<Short migration title>", 14))) == {{"line": 14, "message": "the title after the work-order id is missing: name the migration after the dash"}}
}
