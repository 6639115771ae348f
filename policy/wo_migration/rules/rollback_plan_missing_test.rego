package wo_migration.rules.rollback_plan_missing_test

import data.wo_migration.support_test as s

test_complete_plan_allows if {
	not "rollback-plan-missing" in s.rules(s.staging)
}

test_no_trigger_denies if {
	inp := s.staging_with([s.replace("/workOrder/rollback/triggers/values/0", s.placeholder("<trigger>", 118))])
	s.of("rollback-plan-missing", inp) == {{"line": 117, "message": "§5 has no rollback trigger: add at least one condition that forces a rollback"}}
}

test_each_missing_verification_denies if {
	every item in ["steps", "health", "integrity", "behaviour"] {
		s.rules(s.staging_with([s.replace(concat("/", ["/workOrder/rollback", item]), null)])) == {"rollback-plan-missing"}
	}
}

test_missing_section_denies_once if {
	inp := s.staging_with([s.replace("/workOrder/rollback", {
		"line": null, "steps": null, "triggers": null, "health": null,
		"integrity": null, "behaviour": null, "sqlBlocks": [],
	})])
	s.of("rollback-plan-missing", inp) == {{"line": null, "message": "the work order has no §5 Rollback Plan: add it with the exact steps, the triggers and the post-rollback checks"}}
}
