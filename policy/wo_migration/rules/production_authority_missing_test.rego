package wo_migration.rules.production_authority_missing_test

import data.wo_migration.support_test as s

test_robert_signs_allows if {
	not "production-authority-missing" in s.rules(s.production)
}

test_unsigned_robert_block_is_ignored_outside_production if {
	not "production-authority-missing" in s.rules(s.staging)
}

test_unsigned_robert_block_denies_for_production if {
	inp := s.production_with([s.replace("/workOrder/signOff/finalAuthority/nameBox/checked", false)])
	s.of("production-authority-missing", inp) == {{"line": 210, "message": "production is selected and the §8 Robert approval is incomplete (the name box is not checked): name the signer, date it and check both boxes"}}
}

test_delegate_signature_denies if {
	inp := s.production_with([s.replace("/workOrder/signOff/finalAuthority/signer", s.person(210, "Thabo Mokoena"))])
	s.of("production-authority-missing", inp) == {{"line": 210, "message": "the §8 final-authority approval is signed by Thabo Mokoena: only Robert may sign it"}}
}
