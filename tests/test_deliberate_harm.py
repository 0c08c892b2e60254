"""Harm told beside deliberate violence, and lives "claimed" (issue 14): a passive of harm
conjoined with an agentless passive of deliberate violence ("was shot and wounded") is that
unnamed attacker's act on the same victim; "an attack claimed the lives of X" is a killing of X.
An accident, a disaster, a disease or a two-sided fight stays no event. All sentences are invented."""

from __future__ import annotations

from .event_rows import coded


def _on(code, text: str, trigger: str):
    """(cameo, source, target) of the events on one trigger word."""
    return [(c, s, t) for w, c, s, t, _ in coded(code, text) if w == trigger]


def test_shot_and_wounded_is_the_shooters_harm_to_the_same_victim(code):
    text = "A Kenyan journalist was shot and wounded in the leg in Nairobi on Sunday."
    assert _on(code, text, "wounded") == [("190", None, "KENMED")]
    assert _on(code, text, "shot") == [("193", None, "KENMED")]


def test_shot_and_killed_is_one_unnamed_attack(code):
    assert _on(code, "A Ugandan judge was shot and killed in Kampala on Friday.", "killed") == [
        ("190", None, "UGAJUD")
    ]


def test_shot_dead_and_his_wife_injured(code):
    got = _on(code, "A Kenyan farmer was shot dead and his wife injured in Nakuru on Sunday.", "injured")
    assert got == [("190", None, "KENCVL")]


def test_killed_and_injured_in_a_crash_is_no_attack(code):
    text = "A Kenyan journalist was killed and his wife injured in a car crash in Nairobi on Sunday."
    assert coded(code, text) == []


def test_harm_beside_an_arrest_or_a_robbery_is_no_attack(code):
    # neither is deliberate violence: who did the harm is not told
    assert _on(code, "A Kenyan trader was arrested and injured.", "injured") == []
    assert _on(code, "A Kenyan trader was robbed and killed.", "killed") == []


def test_wounded_by_a_named_doer_keeps_the_doer(code):
    got = _on(code, "A Kenyan student was shot and wounded by police in Nairobi on Sunday.", "wounded")
    assert got and all(s == "KENCOP" for _, s, _ in got)


def test_an_attack_that_claimed_lives_is_a_killing(code):
    got = _on(code, "A bomb attack in Kandahar claimed the lives of six Afghan policemen on Monday.", "claimed")
    assert got == [("190", None, "AFGCOP")]


def test_a_named_doer_claimed_lives(code):
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
