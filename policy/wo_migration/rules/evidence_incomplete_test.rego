package wo_migration.rules.evidence_incomplete_test

import data.wo_migration.support_test as s

na_paste(line, na) := {"line": line, "blocks": [object.union(s.block(line + 2, "N/A: seeded locally on every run"), {"na": na})], "text": []}

na_text(line) := {"line": line, "blocks": [], "text": [object.union(s.val("N/A: seeded locally on every run", line + 2), {"na": "with-reason"})]}

test_complete_evidence_allows if {
	not "evidence-incomplete" in s.rules(s.staging)
}

test_unchecked_box_denies if {
	inp := s.staging_with([s.replace("/workOrder/evidence/backupBox/checked", false)])
	s.of("evidence-incomplete", inp) == {{"line": 143, "message": "the §6 evidence box \"Backup confirmation\" is not checked: attach the evidence and check it"}}
}

test_placeholder_block_denies if {
	inp := s.staging_with([s.replace("/workOrder/evidence/dryRun/blocks/0/placeholder", true)])
	s.of("evidence-incomplete", inp) == {{"line": 147, "message": "§6 dry-run / plan output paste is empty or a placeholder: paste the output"}}
}

test_na_with_reason_allowed_outside_production if {
	s.rules(s.staging_with([s.replace("/workOrder/evidence/dryRun", na_paste(147, "with-reason"))])) == set()
	s.rules(s.staging_with([s.replace("/workOrder/evidence/backup", na_text(173))])) == set()
}

test_na_never_accepted_for_production if {
	inp := s.production_with([s.replace("/workOrder/evidence/backup", na_paste(173, "with-reason"))])
	s.of("evidence-incomplete", inp) == {{"line": 173, "message": "§6 backup confirmation is N/A, which capecraft (production) does not accept: paste the real output"}}
}

test_na_never_accepted_for_the_schema_diff if {
	inp := s.staging_with([s.replace("/workOrder/evidence/schemaDiff", na_paste(162, "with-reason"))])
	s.rules(inp) == {"evidence-incomplete"}
}

test_na_without_environment_is_not_accepted if {
	inp := s.staging_with([s.replace("/workOrder/environments/1/checked", false), s.replace("/workOrder/evidence/dryRun", na_paste(147, "with-reason"))])
	{"line": 147, "message": "§6 dry-run / plan output is N/A, which is accepted only when §1 selects an environment that allows it: paste the output"} in s.of("evidence-incomplete", inp)
}

test_bare_na_denies if {
	inp := s.staging_with([s.replace("/workOrder/evidence/dryRun", na_paste(147, "without-reason"))])
	s.of("evidence-incomplete", inp) == {{"line": 147, "message": "§6 dry-run / plan output is N/A without a reason: paste the output, or give a reason of at least three words"}}
	bare_text := {"line": 147, "blocks": [], "text": [object.union(s.val("N/A", 149), {"na": "without-reason"})]}
	s.rules(s.staging_with([s.replace("/workOrder/evidence/dryRun", bare_text)])) == {"evidence-incomplete"}
}

test_missing_paste_heading_denies if {
	inp := s.staging_with([s.replace("/workOrder/evidence/backup", null)])
	s.of("evidence-incomplete", inp) == {{"line": 134, "message": "§6 has no backup confirmation paste: add its heading and paste the output in a fenced block"}}
}

test_missing_section_denies_once if {
	inp := s.staging_with([s.replace("/workOrder/evidence", {
		"line": null, "targetEnvironmentBox": null, "schemaDiffBox": null, "dryRunBox": null,
		"backupBox": null, "dryRun": null, "schemaDiff": null, "backup": null,
	})])
	s.of("evidence-incomplete", inp) == {{"line": null, "message": "the work order has no §6 Evidence Pack: add it with the four evidence boxes and the pasted outputs"}}
}
