package wo_migration.rules.authority_chain_altered_test

import data.wo_migration.support_test as s

test_canonical_lines_allow if {
	not "authority-chain-altered" in s.rules(s.staging)
}

test_swapped_chain_denies if {
	swapped := "Robert (final authority) → VS_Chat (manager/orchestrator) → CapeAI (planning & governance) → Codex (worker/implementer)"
	inp := s.staging_with([s.replace("/workOrder/authorityChain/text", swapped)])
	s.rules(inp) == {"authority-chain-altered"}
	some v in s.of("authority-chain-altered", inp)
	v.line == 5
}

test_chain_compares_case_sensitively if {
	inp := s.staging_with([s.replace("/workOrder/authorityChain/text", lower(data.gate.authorityChain))])
	s.rules(inp) == {"authority-chain-altered"}
}

test_missing_chain_denies_at_its_heading if {
	inp := s.staging_with([s.replace("/workOrder/authorityChain", null)])
	some v in s.of("authority-chain-altered", inp)
	v.line == 3
	startswith(v.message, "the authority chain line is missing")
}

test_missing_restriction_line_denies if {
	inp := s.staging_with([s.replace("/workOrder/plainLines", [{"line": 8, "text": "No production deploys unless Robert says so"}])])
	s.rules(inp) == {"authority-chain-altered"}
	some v in s.of("authority-chain-altered", inp)
	startswith(v.message, "the production restriction line is missing or edited")
}
