package wo_migration.rules.work_order_missing_test

import data.wo_migration.support_test as s

changed(status, changes) := s.staging_with([s.replace("/repository", {
	"status": "available", "reason": null, "migration": null, "governance": null,
	"changedMigrations": {"status": status, "reason": "the base origin/main is not in this shallow clone", "base": "origin/main", "changed": changes},
})])

test_declared_changes_allow if {
	s.rules(changed("available", [{"file": "db/V2__x.sql", "tool": "flyway", "id": "2", "declared": true}])) == set()
}

test_undeclared_change_denies if {
	inp := changed("available", [{"file": "db/V3__y.sql", "tool": "flyway", "id": "3", "declared": false}])
	s.of("work-order-missing", inp) == {{"line": null, "message": "the migration db/V3__y.sql changed since origin/main and no work order declares it: add a work order whose §4 tooling and revision name it"}}
}

test_unknown_changes_cannot_verify if {
	s.of("work-order-missing", changed("unavailable", [])) == {{"line": null, "message": "cannot verify that every changed migration has a work order: the base origin/main is not in this shallow clone"}}
}

test_undeclared_change_without_base_denies if {
	inp := json.patch(changed("available", [{"file": "db/V3__y.sql", "tool": "flyway", "id": "3", "declared": false}]), [s.replace("/repository/changedMigrations/base", null)])
	some v in s.of("work-order-missing", inp)
	startswith(v.message, "the migration db/V3__y.sql changed and no work order declares it")
}
