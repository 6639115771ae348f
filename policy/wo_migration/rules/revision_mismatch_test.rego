package wo_migration.rules.revision_mismatch_test

import data.wo_migration.rules.unversioned_migration_test as u
import data.wo_migration.support_test as s

with_parents(parents, declared) := s.staging_with([s.replace("/repository", u.repository(object.union(u.migration_facts("found", null), {"parents": parents, "declaredParents": declared})))])

test_matching_parent_allows if {
	s.rules(with_parents(["a", "b"], ["b", "a"])) == set()
}

test_different_parent_denies_at_the_down_revision if {
	s.of("revision-mismatch", with_parents(["a0b1c2d3e4f5"], ["3f1c2a9d7b4e"])) == {{"line": 91, "message": "§4 declares down revision 3f1c2a9d7b4e but migrations/versions/8d0e4b1a2c6f_add.py has parent a0b1c2d3e4f5: write the migration's real parent"}}
}

test_none_against_a_parent_denies if {
	some v in s.of("revision-mismatch", with_parents(["a0b1c2d3e4f5"], []))
	contains(v.message, "declares down revision None")
}

test_not_found_migration_is_not_compared if {
	inp := s.staging_with([s.replace("/repository", u.repository(object.union(u.migration_facts("not-found", null), {"parents": ["x"]})))])
	not "revision-mismatch" in s.rules(inp)
}
