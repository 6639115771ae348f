package wo_migration.rules.unversioned_migration_test

import data.wo_migration.support_test as s

migration_facts(status, reason) := {
	"status": status, "reason": reason, "tool": "alembic", "revision": "8d0e4b1a2c6f",
	"file": "migrations/versions/8d0e4b1a2c6f_add.py", "line": 3, "parents": ["3f1c2a9d7b4e"],
	"declaredParents": ["3f1c2a9d7b4e"], "supportsDown": true,
	"down": {"exists": true, "empty": false, "file": null, "line": 20}, "heads": ["8d0e4b1a2c6f"],
}

repository(migration) := {"status": "available", "reason": null, "migration": migration, "changedMigrations": null, "governance": null}

test_declared_and_found_allows if {
	s.rules(s.staging_with([s.replace("/repository", repository(migration_facts("found", null)))])) == set()
}

test_placeholder_revision_denies if {
	inp := s.staging_with([s.replace("/workOrder/migration/revision/values/0", s.placeholder("TODO", 90))])
	s.of("unversioned-migration", inp) == {{"line": 89, "message": "§4 \"Migration ID / revision\" is missing: give the migration's revision or version"}}
}

test_unchecked_versioned_box_denies if {
	inp := s.staging_with([s.replace("/workOrder/migration/versioned/checked", false)])
	s.of("unversioned-migration", inp) == {{"line": 100, "message": "§4 \"Migration is versioned (checked into the repo) and reviewable\" is not checked: commit the migration and check the box"}}
}

test_revision_not_in_repository_denies_with_reason if {
	inp := s.staging_with([s.replace("/repository", repository(migration_facts("not-found", "no Alembic revision 8d0e4b1a2c6f under migrations/")))])
	s.of("unversioned-migration", inp) == {{"line": 89, "message": "the declared revision is in no migration file tracked by git: no Alembic revision 8d0e4b1a2c6f under migrations/"}}
}

test_every_status_but_found_denies if {
	every status in ["untracked", "ambiguous", "no-adapter", "unversioned-tool", "unavailable", "unknown"] {
		s.rules(s.staging_with([s.replace("/repository", repository(migration_facts(status, null)))])) == {"unversioned-migration"}
	}
}

test_unavailable_repository_cannot_verify if {
	repo := {"status": "unavailable", "reason": "not a git repository", "migration": null, "changedMigrations": null, "governance": null}
	inp := s.staging_with([s.replace("/repository", repo)])
	{"line": 89, "message": "cannot verify the declared migration: not a git repository"} in s.of("unversioned-migration", inp)
	s.rules(inp) == {"unversioned-migration", "work-order-missing", "governance-document-missing"}
}
