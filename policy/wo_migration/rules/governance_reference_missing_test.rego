package wo_migration.rules.governance_reference_missing_test

import data.wo_migration.support_test as s

test_both_references_allow if {
	not "governance-reference-missing" in s.rules(s.staging)
}

test_missing_system_spec_denies_at_section_two if {
	inp := s.staging_with([s.replace("/workOrder/governance/references", [{"line": 49, "text": "AUTONOMY_PLAYBOOK.md (migration constraints)"}])])
	s.of("governance-reference-missing", inp) == {{"line": 44, "message": "§2 does not reference SYSTEM_SPEC.md §6.3 Migration Rules: list it under Explicit Governance References"}}
}

test_no_references_deny_twice if {
	inp := s.staging_with([s.replace("/workOrder/governance/references", [])])
	count(s.of("governance-reference-missing", inp)) == 2
}
