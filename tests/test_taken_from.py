"""Ground taken from someone (CAMEO 192: captured, recaptured, retook, seized, liberated, wrested,
took control of): the "from" phrase names the side it was taken from, which is the target before the
place itself ("retook the town from [rebels]"); with no "from" phrase, or one naming no actor
("from the north"), the place stays the target. Things or people taken keep their own entries.
Invented sentences, each beside a negative."""

from __future__ import annotations

import pytest

from tests.event_rows import acts

TRIPOLI = "TRIPOLI - "  # a dateline: the piece is set in Libya


@pytest.mark.parametrize("text, act", [
    (TRIPOLI + "The army recaptured the town from rebels on Friday.", ("192", "LBY", "LBY")),
    # no country given to them: the fighters by their code
    ("Malian troops retook the town from jihadist fighters.", ("192", "MLI", "REB")),
    ("Ethiopian forces seized the city from Eritrean troops.", ("192", "ETH", "ERI")),
    ("Ethiopian forces liberated the town from Eritrean troops.", ("192", "ETH", "ERI")),
    ("Ethiopian forces took control of the village from Eritrean troops.", ("192", "ETH", "ERI")),
    ("Ethiopian forces wrested the town from Eritrean troops.", ("192", "ETH", "ERI")),
    ("Ethiopian forces wrested control of the village from Eritrean troops.", ("192", "ETH", "ERI")),
])
def test_the_side_ground_was_taken_from_is_the_target(code, text, act):
    got = [(c, (s or "")[:3], t) for c, s, t in acts(code, text) if c == "192"]
    assert got == [act]


def test_the_rebels_it_was_taken_from_are_rebels(code):
    c = code(TRIPOLI + "The army recaptured the town from rebels on Friday.")
    assert [((e.target or {}).get("code")) for e in c.events if e.cameo == "192"] == ["LBYREB"]


def test_without_a_from_actor_the_place_stays_the_target(code):
    assert ("192", "ETHMIL", "ERI") in acts(code, "Ethiopian forces captured the town of Asmara.")
    got = [t for c, _, t in acts(code, "Ethiopian forces captured the town from the north.") if c == "192"]
    assert got == [None]


@pytest.mark.parametrize("text", [
    "He retired from the army in 2010.",
    "The thieves took the money from the bank.",
    "The champion wrested the title from her rival.",
])
def test_taking_other_things_from_someone_is_no_capture(code, text):
    assert not [a for a in acts(code, text) if a[0] == "192"]


@pytest.mark.parametrize("text, target", [
    # a group named only by what it is held the place: of the place's country
    ("Government troops retook Benghazi from militants.", "LBYREB"),
    ("Government troops retook the city of Benghazi from militants.", "LBYREB"),
    # a group with a country or a KB entry of its own keeps it
    ("Government troops retook Benghazi from Egyptian troops.", "EGYMIL"),
    ("Government troops retook Benghazi from the Islamic State.", "IMGISI"),
    # no named place: no country to give
    ("Government troops retook the city from militants.", "REB"),
])
def test_the_side_it_was_taken_from_is_of_the_places_country(code, text, target):
    c = code(text)
    assert [(e.target or {}).get("code") for e in c.events if e.cameo == "192"] == [target]
