"""CAMEO 054 "grant diplomatic recognition" (triggers-verbs.yaml, triggers-nouns.yaml): a state
recognising another state, a land as its territory or a city as its capital, told by the verb or
the noun; invented sentences, each beside look-alikes that are no diplomacy."""

from __future__ import annotations

from tests.event_rows import acts


def _rec(code, text):
    return [(s, t) for c, s, t in acts(code, text) if c == "054"]


def test_a_city_recognised_as_a_states_capital_is_recognition_of_that_state(code):
    assert _rec(code, "The Brazilian president recognized Jerusalem as Israel's capital on Tuesday.") == [("BRAGOV", "ISR")]


def test_a_land_recognised_as_a_states_territory(code):
    assert ("USAGOV", "ISR") in _rec(
        code, "Trump signed a proclamation recognizing the Golan Heights as Israel's territory on Monday."
    )


def test_a_named_state_as_the_object(code):
    assert _rec(code, "The government of Spain recognized Kosovo on Monday.") == [("ESPGOV", "XKX")]
    assert _rec(code, "Norway recognised Kosovo as an independent state in 2008.") == [("NOR", "XKX")]


def test_passive_recognised_as_a_state(code):
    assert _rec(code, "Palestine was recognised as a state by Norway on Thursday.") == [("NOR", "PSE")]


def test_the_noun_with_a_state_after_of(code):
    assert _rec(code, "Norway's recognition of Palestine angered Israel on Monday.") == [("NOR", "PSE")]


def test_recognising_a_need_a_person_or_work_is_no_recognition(code):
    assert _rec(code, "The Spanish minister recognized the need for reform on Monday.") == []
    assert _rec(code, "The German coach was recognized for his work on Monday.") == []
    assert _rec(code, "A French border guard recognised him at the airport on Monday.") == []


def test_facial_recognition_and_in_recognition_of_service_are_none(code):
    assert _rec(code, "Police in Britain used facial recognition on Monday.") == []
    assert _rec(code, "The mayor of Lyon received an award in recognition of his service on Monday.") == []
