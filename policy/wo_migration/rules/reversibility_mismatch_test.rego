package wo_migration.rules.reversibility_mismatch_test

import data.wo_migration.rules.unversioned_migration_test as u
import data.wo_migration.support_test as s

with_down(change, ops) := s.staging_with(array.concat([s.replace("/repository", u.repository(object.union(u.migration_facts("found", null), change)))], ops))

test_real_down_step_allows if {
	s.rules(with_down({}, [])) == set()
}

test_empty_down_step_denies if {
	s.of("reversibility-mismatch", with_down({"down": {"exists": true, "empty": true, "file": null, "line": 20}}, [])) == {{"line": 101, "message": "§4 says the migration is reversible but the down step of migrations/versions/8d0e4b1a2c6f_add.py is empty: write the down step, or uncheck the box and explain the compensating controls"}}
}

test_missing_down_step_denies if {
	some v in s.of("reversibility-mismatch", with_down({"down": null}, []))
	contains(v.message, "has no down step")
}

test_irreversible_claim_is_not_compared if {
	ops := [
		s.replace("/workOrder/migration/reversible/checked", false),
		s.replace("/workOrder/migration/irreversibleExplanation", s.field(102, "Restored from the pre-run snapshot.")),
	]
	s.rules(with_down({"down": null}, ops)) == set()
}

test_tool_without_downs_accepts_reversing_sql_in_section_five if {
	prisma := {"supportsDown": false, "down": null}
	sql := s.replace("/workOrder/rollback/sqlBlocks", [object.union(s.block(115, "ALTER TABLE x DROP COLUMN y;"), {"info": "sql"})])
	s.rules(with_down(prisma, [sql])) == set()
	some v in s.of("reversibility-mismatch", with_down(prisma, []))
	contains(v.message, "the tool has no down migrations")
}
