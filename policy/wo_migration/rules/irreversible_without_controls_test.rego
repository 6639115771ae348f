package wo_migration.rules.irreversible_without_controls_test

import data.wo_migration.support_test as s

test_reversible_allows if {
	not "irreversible-without-controls" in s.rules(s.staging)
}

test_irreversible_with_controls_allows if {
	inp := s.staging_with([
		s.replace("/workOrder/migration/reversible/checked", false),
		s.replace("/workOrder/migration/irreversibleExplanation", s.field(102, "The dropped column is exported to s3 first.")),
	])
	s.rules(inp) == set()
}

test_irreversible_without_explanation_denies if {
	inp := s.staging_with([s.replace("/workOrder/migration/reversible/checked", false)])
	s.of("irreversible-without-controls", inp) == {{"line": 101, "message": "§4 marks the migration irreversible but does not explain why or give compensating controls: explain both under the reversible box"}}
}

test_na_is_not_an_explanation if {
	na := {"line": 102, "values": [object.union(s.val("N/A: nothing to compensate here", 103), {"na": "with-reason"})]}
	inp := s.staging_with([s.replace("/workOrder/migration/reversible/checked", false), s.replace("/workOrder/migration/irreversibleExplanation", na)])
	s.of("irreversible-without-controls", inp) == {{"line": 102, "message": "§4 marks the migration irreversible but does not explain why or give compensating controls: explain both under the reversible box"}}
}
