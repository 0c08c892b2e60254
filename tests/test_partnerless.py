"""Acts between two actors with no partner (events/partnerless.py, doers.yaml partner_codes):
CAMEO's 04-06 and 112 are interactions of two actors; with no one named to be met, praised,
helped or accused, no event. Invented sentences, each beside one naming the partner."""

from __future__ import annotations

from tests.event_rows import coded

LIMA = "LIMA - Peru's interior minister "


def _roots(code, text, roots=("04", "05", "06")):
    return [(c, t) for _, c, _, t, _ in coded(code, text) if c.startswith(roots)]


def test_support_of_no_one_named_is_none(code):
    assert _roots(code, LIMA + "came to Cusco on Monday to support his fellow townsmen.") == []


def test_support_of_a_government_is_coded(code):
    assert _roots(code, LIMA + "came to Cusco on Monday to support the Chilean government.") == [("051", "CHLGOV")]


def test_a_call_from_no_one_named_is_none(code):
    assert _roots(code, "LIMA - Police received the first call about the fire around 2 p.m.") == []


def test_a_call_from_an_embassy_is_coded(code):
    got = _roots(code, "LIMA - Police received a call from the Chilean embassy around 2 p.m.")
    assert [t for _, t in got] == ["CHLGOV"]


def test_an_apology_to_no_one_is_none(code):
    assert _roots(code, 'LIMA - The Peruvian foreign minister apologized on Monday: "I am sorry for every mistake."') == []


def test_an_apology_to_a_country_is_coded(code):
    assert _roots(code, "LIMA - The Peruvian foreign minister apologized to Chile on Monday.") == [("055", "CHL")]


def test_an_accusation_of_no_one_is_none(code):
    assert _roots(code, "LIMA - Police sources have ascribed the explosion to terrorism.", ("11",)) == []


def test_an_accusation_of_an_army_is_coded(code):
    got = _roots(code, "LIMA - Peru's interior minister accused the Chilean army of the attack.", ("11",))
    assert got == [("112", "CHLMIL")]
