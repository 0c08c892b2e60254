"""A move judged by its direction and a partner praised as reliable (rules/evaluations.yaml
directed_nouns and phrases): "X's offer is a step [in the right direction]" is praise (051),
"a step in the wrong direction" criticism (111), "X has been a [reliable partner]" praise.
Invented sentences; beside them the look-alikes that judge no actor: the speaker's own step, a
thing with no doer, a move with no evaluative phrase, a partner only described ("a close ally")."""

from __future__ import annotations

from tests.event_rows import acts


def _evals(code, text):
    return [a for a in acts(code, text) if a[0] in ("051", "110", "111", "112")]


def test_a_step_in_the_right_or_wrong_direction(code):
    got = _evals(code, '"The Peruvian offer is a step in the right direction," the Chilean president said.')
    assert got == [("051", "CHLGOV", "PER")]
    got = _evals(code, '"Peru\'s new tariff is a move in the wrong direction," the Chilean president said.')
    assert got == [("111", "CHLGOV", "PER")]


def test_no_doer_own_step_or_no_phrase_is_none(code):
    assert _evals(code, '"The new bridge is a step in the right direction," the Chilean president said.') == []
    assert _evals(code, '"We took a step in the right direction," the Chilean president said.') == []
    assert _evals(code, '"The Peruvian army made a move in the night," the Chilean president said.') == []


def test_a_reliable_partner_is_praise_a_close_ally_is_not(code):
    assert _evals(code, '"Peru has been a reliable partner," the Chilean president said.') == [("051", "CHLGOV", "PER")]
    assert _evals(code, '"Peru is a close ally," the Chilean president said.') == []
