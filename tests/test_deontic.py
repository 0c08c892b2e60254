"""events/deontic.py: what a speaker says must or should be done, in a reported clause: the
speaker's own side's act an intent (03), another side's a demand (10); invented sentences."""

from __future__ import annotations

from tests.event_rows import acts


def _codes(code, text):
    return {c for c, _, _ in acts(code, text)}


def test_government_says_laws_should_be_changed_is_an_intent(code):
    got = acts(code, "Chancellor Olaf Scholz said on Tuesday the tax laws should be changed.")
    assert ("0342", "DEUGOV", None) in got


def test_law_verb_without_a_law_is_not_a_policy_change(code):
    # "should" of expectation: no act verb, no law
    got = _codes(code, "Chancellor Olaf Scholz said on Tuesday the schedule should be changed.")
    assert not any(c.startswith(("03", "10")) for c in got)


def test_unresolved_other_doer_is_a_demand_at_no_one(code):
    got = acts(code, "Chancellor Olaf Scholz said on Tuesday foreign powers should withdraw their troops from the region.")
    assert ("1056", "DEUGOV", None) in got


def test_negated_must_is_no_demand(code):
    got = _codes(code, "Chancellor Olaf Scholz said on Tuesday foreign powers should not withdraw their troops from the region.")
    assert "1056" not in got


def test_expectation_should_is_no_event(code):
    got = _codes(code, "Chancellor Olaf Scholz said on Tuesday prices should fall next year.")
    assert not any(c.startswith(("03", "10")) for c in got)


def test_hypothetical_if_should_is_no_demand(code):
    got = _codes(code, "Chancellor Olaf Scholz said on Tuesday that if foreign powers should withdraw their troops, talks would follow.")
    assert "1056" not in got


def test_question_is_no_demand(code):
    got = _codes(code, "Did Chancellor Olaf Scholz say foreign powers should withdraw their troops from the region?")
    assert "1056" not in got


def test_quoted_must_is_left_to_quoted(code):
    got = acts(code, 'Chancellor Olaf Scholz said "foreign powers should withdraw their troops from the region."')
    assert ("1056", "DEUGOV", None) not in got


def test_resolved_other_side_demand_is_not_doubled(code):
    got = acts(code, "Chancellor Olaf Scholz said on Tuesday Russia should release the sailors.")
    assert got.count(("1053", "DEUGOV", "RUS")) == 1
