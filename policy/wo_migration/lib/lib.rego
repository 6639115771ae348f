# METADATA
# title: Shared readings of a work order
# description: >-
#   How the rules read the extracted work order (rule catalog, "How a work order is read").
#   Every helper is written so that an absent field (null) reads as missing, never as present:
#   an odd input denies, it never allows.
package wo_migration.lib

wo := input.workOrder

gate := data.gate

# A violation as the decision reports it.
violation(rule, section, message, line) := {"rule": rule, "section": section, "message": message, "line": line}

# A field (a label with its values) counts when at least one value is not a placeholder.
filled(field) if {
	some value in field.values
	is_string(value.value)
}

checked(box) if box.checked == true

# line_of(x, fallback): x's own line when x is present, else the fallback (its section heading).
line_of(x, fallback) := x.line if {
	is_number(x.line)
} else := fallback

# or_else(x, fallback): x unless it is null.
or_else(x, fallback) := x if {
	x != null
} else := fallback

# The line of a section heading, or of the first heading whose text contains `text`.
section_line(n) := min(lines) if {
	lines := {h.line | some h in wo.headings; h.section == n}
	count(lines) > 0
} else := null

heading_line(text) := min(lines) if {
	lines := {h.line | some h in wo.headings; contains(h.text, text)}
	count(lines) > 0
} else := null

# --- environments (§1) -------------------------------------------------------------------

# The environment a §1 label names: its label, its key or an alias, or a first word that is one.
# Labels arrive normalised (spaces collapsed); lower() makes them comparable with name keys.
env_of(label) := e.key if {
	some e in gate.environments
	e.labelKey == lower(trim_space(label))
} else := e.key if {
	some e in gate.environments
	lower(trim_space(label)) in e.matchKeys
} else := e.key if {
	some e in gate.environments
	split(lower(trim_space(label)), " ")[0] in e.matchKeys
}

env(key) := e if {
	some e in gate.environments
	e.key == key
}

checked_boxes := [box | some box in wo.environments; checked(box)]

selected := {env_of(box.label) | some box in checked_boxes}

production_selected if gate.production in selected

# The names on a selected environment's §1 approver line.
named_approvers(key) := {name |
	some entry in wo.approvals
	env_of(entry.environment) == key
	some name in entry.approvers.names
}

# Catalog, "Approvers of an environment": for production only the final authority, whatever §1
# says; otherwise the names on its §1 line, limited to policy data's list when it has one.
approver_keys(key) := {gate.finalAuthority.key} if {
	key == gate.production
} else := {n.key | some n in named_approvers(key)} if {
	count(env(key).approvers) == 0
} else := {n.key | some n in named_approvers(key); n.key in {a.key | some a in env(key).approvers}}

selected_approver_keys := {k | some e in selected; some k in approver_keys(e)}

# --- messages ----------------------------------------------------------------------------

# ": <reason>" when a fact carries one.
reason(text) := concat("", [": ", text]) if is_string(text)

else := ""

quote(s) := concat("", ["\"", s, "\""])

names_text(names) := concat(", ", sort([n.display | some n in names]))

# --- sign-offs (§8) ----------------------------------------------------------------------

# What a §8 sign-off block lacks, as one {message, line} (undefined when complete): both boxes
# checked, a signer named, a date given (whether the date is real is date-invalid's concern).
signoff_gap(signoff, title, fallback) := {"line": gaps[0].line, "message": message} if {
	checks := [
		{"ok": is_checked(signoff.nameBox), "line": line_of(signoff.nameBox, fallback), "what": "the name box is not checked"},
		{"ok": count(signers(signoff)) > 0, "line": line_of(signoff.signer, line_of(signoff.nameBox, fallback)), "what": "no signer is named"},
		{"ok": is_checked(signoff.dateBox), "line": line_of(signoff.dateBox, fallback), "what": "the date box is not checked"},
		{"ok": has_value(signoff.date), "line": line_of(signoff.date, line_of(signoff.dateBox, fallback)), "what": "no date is given"},
	]
	gaps := [check | some check in checks; check.ok == false]
	count(gaps) > 0
	message := concat("", [
		title, " is incomplete (", concat(", ", [g.what | some g in gaps]),
		"): name the signer, date it and check both boxes",
	])
}

# Total forms (true or false, never undefined). OPA evaluates a call's arguments before the
# call, so `not is_string(x.y)` is undefined, not true, when x is null: tests of possibly-null
# values go through these, whose arguments are always defined. Arguments may be null.
is_checked(box) if checked(box)

else := false

has_value(v) if is_string(v.value)

else := false

has_text(v) if is_string(v.text)

else := false

# at(x, key): x[key], or null when x is null (keeps references into absent fields defined).
at(x, key) := object.get(x, key, null) if is_object(x)

else := null

signers(signoff) := {n | some n in signoff.signer.names}
