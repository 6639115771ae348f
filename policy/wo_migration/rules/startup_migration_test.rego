package wo_migration.rules.startup_migration_test

import data.wo_migration.support_test as s

finding(trigger) := {"file": "docker-entrypoint.sh", "line": 4, "trigger": trigger, "tool": "alembic", "rule": "alembic-upgrade", "explanation": "alembic upgrade head before exec"}

scan(status, findings) := {"status": status, "reason": "scan timed out", "findings": findings}

test_checked_box_and_clean_scan_allow if {
	s.rules(s.staging_with([s.replace("/scan", scan("available", []))])) == set()
}

test_unchecked_box_denies if {
	inp := s.staging_with([s.replace("/workOrder/migration/noStartupMigrations/checked", false)])
	s.of("startup-migration", inp) == {{"line": 99, "message": "§4 \"No automatic startup migrations exist\" is not checked: remove migrations that run on app or container start and check the box"}}
}

test_scan_finding_denies_despite_the_box if {
	inp := s.staging_with([s.replace("/scan", scan("available", [finding("container-start")]))])
	s.of("startup-migration", inp) == {{"line": 99, "message": "docker-entrypoint.sh:4 runs a alembic migration on container-start (alembic upgrade head before exec): run migrations as an explicit, reviewed step instead"}}
}

test_build_time_finding_does_not_deny if {
	s.rules(s.staging_with([s.replace("/scan", scan("available", [finding("build")]))])) == set()
}

test_unavailable_scan_cannot_verify if {
	inp := s.staging_with([s.replace("/scan", scan("unavailable", []))])
	s.of("startup-migration", inp) == {{"line": 99, "message": "cannot verify that no migration runs on start: scan timed out"}}
}
