"""Lives "claimed" (issue 14): "an attack claimed the lives of X" is a killing of X by the
attack's doer (an unnamed one for an act noun of force); a crash, a disaster, a disease or a
two-sided fight that "claimed lives" stays no event, as do "claimed responsibility" and
"claimed victory". All sentences are invented."""

from __future__ import annotations

from .event_rows import coded


def _on(code, text: str, trigger: str):
    """(cameo, source, target) of the events on one trigger word."""
    return [(c, s, t) for w, c, s, t, _ in coded(code, text) if w == trigger]


def test_an_attack_that_claimed_lives_is_a_killing(code):
    # a bomb attack is a bombing (183, triggers-nouns.yaml attack+bomb)
    got = _on(code, "A bomb attack in Kandahar claimed the lives of six Afghan policemen on Monday.", "claimed")
    assert got == [("183", None, "AFGCOP")]


def test_an_ambush_that_claimed_a_life_is_a_killing(code):
    got = _on(code, "The ambush in Kandahar claimed the life of an Afghan policeman on Monday.", "claimed")
    assert got == [("190", None, "AFGCOP")]


def test_lives_claimed_by_a_crash_a_disaster_or_a_disease_are_no_event(code):
    assert coded(code, "The crash claimed the lives of six Afghan soldiers in Kandahar on Monday.") == []
    assert coded(code, "The earthquake claimed the lives of six Afghan villagers in Kandahar.") == []
    assert coded(code, "The virus has claimed the lives of 300 Afghan villagers in Kandahar.") == []


def test_lives_claimed_in_fighting_name_no_side(code):
    assert coded(code, "The fighting in Kandahar claimed the lives of six Afghan policemen on Monday.") == []


def test_claimed_responsibility_and_victory_are_not_killings(code):
    got = coded(code, "The rebels claimed responsibility for the attack in Kandahar on Monday.")
    assert all(c != "190" or w != "claimed" for w, c, _, _, _ in got)
    assert all(w != "claimed" for w, *_ in coded(code, "The Afghan president claimed victory in the election."))
