package wo_migration.rules.governance_document_missing_test

import data.wo_migration.support_test as s

governance(spec, section, playbook) := s.staging_with([s.replace("/repository", {
	"status": "available", "reason": null, "migration": null, "changedMigrations": null,
	"governance": {"systemSpec": {"path": spec, "hasSection": section}, "playbook": {"path": playbook}},
})])

test_both_documents_allow if {
	s.rules(governance("SYSTEM_SPEC.md", true, "docs/AUTONOMY_PLAYBOOK.md")) == set()
}

test_missing_documents_deny if {
	s.of("governance-document-missing", governance(null, false, null)) == {
		{"line": 44, "message": "SYSTEM_SPEC.md is not in the repository: add it with its §6.3 section"},
		{"line": 44, "message": "AUTONOMY_PLAYBOOK.md is not in the repository: add it"},
	}
}

test_spec_without_section_denies if {
	s.of("governance-document-missing", governance("SYSTEM_SPEC.md", false, "AUTONOMY_PLAYBOOK.md")) == {{"line": 44, "message": "SYSTEM_SPEC.md has no §6.3 section: add it"}}
}
