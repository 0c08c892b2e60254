"""Two invented whole articles (tests/data/articles/disaster-epidemic-1.txt: an earthquake in
Pakistan with foreign rescue teams, aid, condolences and India's offer declined; -2.txt: an Ebola
outbreak in Uganda with a border closure, flights suspended, WHO criticism, vaccine donations, a
quarantine enforced by police and the health minister sacked), hand-coded by GUIDELINE.md before
the coder ran (disaster-epidemic-1/-2.hand.tsv). The events the coder gets right that matter are
asserted (source/target country, CAMEO root, modality, date), with things it must not code."""

from __future__ import annotations

import pytest

from tests.event_rows import Row, article_events, has_row, rows_of


def events(code, name: str, day: str) -> list[Row]:
    return rows_of(article_events(code, name, day))


@pytest.fixture(scope="module")
def quake(code):
    return events(code, "disaster-epidemic-1.txt", "2025-11-12")


@pytest.fixture(scope="module")
def ebola(code):
    return events(code, "disaster-epidemic-2.txt", "2026-02-20")


has = has_row


def test_quake_rescue_teams_are_aid(quake):
    # headline and lead: teams flown in and arriving are each sender's humanitarian aid, not visits
    for country in ("TUR", "CHN"):
        assert has(quake, "fly", country, "PAK", "07", date="2025-11-12")
        assert has(quake, "arrived", country, "PAK", "07", date="2025-11-12")
    assert not any(r[0] == "arrived" and r[3] == "04" for r in quake)


def test_quake_visit_condolences_and_refusal(quake):
    assert has(quake, "met", "TUR", "PAK", "04")
    assert has(quake, "met", "PAK", "TUR", "04")
    assert has(quake, "telephoned", "IRN", "PAK", "04", date="2025-11-11")
    assert has(quake, "offer", "IRN", "PAK", "01", date="2025-11-11")
    # India's condolences are for the quake's victims, Pakistanis (not India's own people)
    assert has(quake, "expressed", "IND", "PAK", "01", date="2025-11-10")
    # "Pakistan's Foreign Office declined the offer": Pakistan's office, India's offer
    assert has(quake, "declined", "PAK", "IND", "12", date="2025-11-12")
    assert has(quake, "turns", "PAK", "IND", "12")


def test_quake_background_and_arrests(quake):
    assert has(quake, "sent", "IND", "PAK", "07", date="2005-01-01")
    assert has(quake, "struck", "IND", "PAK", "19", date="2025-05-01")
    assert has(quake, "arrested", "PAK", "PAK", "17", date="2025-11-11")


def test_quake_not_coded(quake):
    # the earthquake kills no one for India; no UK office; no refusal of Iran's condolences
    assert not any(r[0] == "killed" for r in quake)
    assert not any("GBR" in (r[1], r[2]) for r in quake)
    assert not any(r[3] == "12" and r[2] == "IRN" for r in quake)


def test_ebola_closures_and_criticism(ebola):
    # a closed border is a sanction on the neighbour (172 made 163 across a border)
    assert has(ebola, "closed", "KEN", "UGA", "16", date="2026-02-19")
    assert has(ebola, "criticises", "IGOWHO", "KEN", "11")
    assert has(ebola, "criticises", "IGOWHO", "RWA", "11")
    assert has(ebola, "urged", "IGOWHO", "KEN", "02")
    assert has(ebola, "urged", "IGOWHO", "RWA", "02")
    # a high commissioner summoned is an official protest
    assert has(ebola, "summoned", "UGA", "KEN", "11", date="2026-02-19")


def test_ebola_quarantine_aid_and_sacking(ebola):
    assert has(ebola, "fired", "UGA", "UGA", "17", date="2026-02-17")
    assert has(ebola, "arrested", "UGA", "UGA", "17", date="2026-02-17")
    assert has(ebola, "donated", "USA", "UGA", "07", date="2026-02-18")
    assert has(ebola, "pledged", "CHN", "UGA", "03")
    assert has(ebola, "sacked", "UGA", "UGA", "17", date="2026-02-20")
    assert has(ebola, "accused", "UGA", "UGA", "11")
    assert has(ebola, "arrived", "TZA", "UGA", "04", date="2026-02-20")
    assert has(ebola, "travel", "IGOWHO", "UGA", "04", modality="planned")


def test_ebola_not_coded(ebola):
    # borders shut and flights halted bar traffic: never the closing state's own people
    assert not any(r[0] in ("shut", "suspended") and r[1] == r[2] for r in ebola)
    # a death toll and a confirmation are no events
    assert not any(r[0] in ("died", "confirmed", "declared") for r in ebola)
