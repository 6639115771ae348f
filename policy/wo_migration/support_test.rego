# Hand-built policy inputs for the Rego tests: a complete staging work order that passes every
# rule, a production one, and helpers to change one thing at a time. Tests run with the prepared
# policy data (policy/data.json keyed by the Node side) at data.gate.
package wo_migration.support_test

val(text, line) := {"raw": text, "value": text, "placeholder": false, "na": "none", "line": line}

placeholder(text, line) := {"raw": text, "value": null, "placeholder": true, "na": "none", "line": line}

field(line, text) := {"line": line, "values": [val(text, line + 1)]}

person(line, name) := {"line": line, "values": [val(name, line)], "names": [{"display": name, "key": lower(name)}]}

box(checked, label, line) := {"checked": checked, "label": label, "line": line}

date(line, iso) := object.union(val(iso, line), {"date": iso})

block(line, content) := {"line": line, "info": "text", "content": content, "placeholder": false, "na": "none"}

paste(line, content) := {"line": line, "blocks": [block(line + 2, content)], "text": []}

signoff(line, name, iso) := {
	"nameBox": box(true, "Approver name / role", line),
	"signer": person(line, name),
	"dateBox": box(true, "Date", line + 1),
	"date": date(line + 1, iso),
}

heading(line, text, section) := {"line": line, "level": 2, "text": text, "section": section}

restriction := "No production (capecraft) deploys, releases, or migrations unless Robert explicitly instructs it"

staging := {
	"file": "WO-MIGRATION-7.md",
	"scan": null,
	"repository": null,
	"github": null,
	"workOrder": {
		"title": {"line": 14, "text": "WO-MIGRATION-7 — Add orders.channel", "id": "WO-MIGRATION-7", "name": val("Add orders.channel", 14)},
		"authorityChain": {"line": 5, "text": data.gate.authorityChain},
		"plainLines": [{"line": 8, "text": concat("", ["❌ ", restriction])}],
		"request": {
			"requestedBy": person(16, "Aisha Patel"),
			"date": {"line": 17, "value": date(17, "2026-03-02")},
			"targetService": {"line": 18, "values": [val("orders-api", 18)]},
			"targetDatabase": {"line": 19, "values": [val("orders", 19)]},
		},
		"environments": [
			box(false, "local / dev", 27),
			box(true, "autorisen (staging)", 28),
			box(false, "capecraft (production — Robert-only)", 29),
		],
		"approvals": [
			{"environment": "local / dev", "line": 33, "approvers": person(34, "Kwame Asante")},
			{"environment": "autorisen (staging)", "line": 35, "approvers": person(36, "Lindiwe Dlamini")},
			{"environment": "capecraft (production — Robert-only)", "line": 37, "approvers": person(38, "Robert")},
		],
		"governance": {"line": 44, "references": [
			{"line": 48, "text": "SYSTEM_SPEC.md §6.3 Migration Rules"},
			{"line": 49, "text": "AUTONOMY_PLAYBOOK.md (migration constraints)"},
		]},
		"intent": {
			"changes": field(59, "orders.channel: new varchar(16)"),
			"dataChanges": field(61, "None"),
			"problem": field(63, "Reports cannot split sales by channel."),
			"impact": field(65, "Channel reporting stays manual."),
			"alternatives": field(67, "Derive it from the referrer."),
			"reasons": field(69, "The referrer is missing for app orders."),
		},
		"migration": {
			"tooling": field(88, "Alembic"),
			"revision": field(89, "8d0e4b1a2c6f"),
			"downRevision": field(91, "3f1c2a9d7b4e"),
			"branchLabels": null,
			"identity": {"tool": "Alembic", "revision": "8d0e4b1a2c6f", "downRevisions": ["3f1c2a9d7b4e"], "downIsNone": false},
			"noStartupMigrations": box(true, "No automatic startup migrations exist (no implicit migrations on app/container start).", 99),
			"versioned": box(true, "Migration is versioned (checked into the repo) and reviewable.", 100),
			"reversible": box(true, "Migration is reversible.", 101),
			"irreversibleExplanation": null,
		},
		"rollback": {
			"line": 107,
			"steps": field(111, "alembic downgrade 3f1c2a9d7b4e"),
			"triggers": field(117, "5xx rate above 1% for 5 minutes"),
			"health": field(124, "curl -fsS https://orders/healthz"),
			"integrity": field(126, "SELECT count(*) FROM orders matches"),
			"behaviour": field(128, "the orders smoke suite passes"),
			"sqlBlocks": [],
		},
		"evidence": {
			"line": 134,
			"targetEnvironmentBox": box(true, "Target environment confirmation (from Section 1)", 140),
			"schemaDiffBox": box(true, "Schema diff or clear schema change description", 141),
			"dryRunBox": box(true, "Dry-run output (if applicable to the tooling/environment)", 142),
			"backupBox": box(true, "Backup confirmation (where applicable)", 143),
			"dryRun": paste(147, "ALTER TABLE orders ADD COLUMN channel varchar(16);"),
			"schemaDiff": paste(162, "+ channel varchar(16)"),
			"backup": paste(173, "snapshot orders-pre-wo7 available"),
		},
		"signOff": {
			"line": 199,
			"approval": signoff(205, "Lindiwe Dlamini", "2026-03-04"),
			"finalAuthority": {"nameBox": box(false, "Robert approval (required for capecraft/production)", 210), "signer": {"line": 210, "values": [placeholder("<SIGNATURE>", 210)], "names": []}, "dateBox": box(false, "Date", 211), "date": placeholder("<YYYY-MM-DD>", 211)},
		},
		"headings": [
			heading(3, "Authority Chain (MANDATORY — DO NOT ALTER)", null),
			heading(23, "1) Authority & Environment", 1),
			heading(25, "Environment Selection (choose exactly one)", null),
			heading(31, "Required Approval Authority (explicit)", null),
			heading(44, "2) Explicit Governance References", 2),
			heading(55, "3) Migration Intent", 3),
			heading(85, "4) Versioned Migration Declaration", 4),
			heading(107, "5) Rollback Plan (MANDATORY)", 5),
			heading(134, "6) Evidence Pack Checklist (PASTE OUTPUTS)", 6),
			heading(138, "Required Evidence (pre-approval)", null),
			heading(199, "8) Final Approval Gate", 8),
		],
	},
}

# Production: capecraft selected, Robert signs both blocks.
production := json.patch(staging, [
	replace("/workOrder/environments/1/checked", false),
	replace("/workOrder/environments/2/checked", true),
	replace("/workOrder/signOff/approval", signoff(205, "Robert", "2026-03-04")),
	replace("/workOrder/signOff/finalAuthority", signoff(210, "Robert", "2026-03-04")),
])

replace(path, value) := {"op": "replace", "path": path, "value": value}

decision(inp) := d if {
	d := data.wo_migration.decision with input as inp
}

violations(inp) := decision(inp).violations

rules(inp) := {v.rule | some v in violations(inp)}

# The violations of one rule, as {line, message} for precise assertions.
of(rule, inp) := {{"line": v.line, "message": v.message} | some v in violations(inp); v.rule == rule}

staging_with(ops) := json.patch(staging, ops)

production_with(ops) := json.patch(production, ops)

test_complete_staging_order_allows if {
	decision(staging) == {"allow": true, "violations": []}
}

test_complete_production_order_allows if {
	decision(production) == {"allow": true, "violations": []}
}

test_violations_are_sorted_by_rule_then_line if {
	vs := violations(staging_with([
		replace("/workOrder/migration/versioned/checked", false),
		replace("/workOrder/migration/tooling", null),
		replace("/workOrder/environments/0/checked", true),
	]))
	[[v.rule, v.line] | some v in vs] == [
		["environment-ambiguous", 28],
		["unversioned-migration", 85],
		["unversioned-migration", 100],
	]
	decision(staging_with([replace("/workOrder/environments/0/checked", true)])).allow == false
}
