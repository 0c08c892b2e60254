"""Two invented whole articles (tests/data/articles/press-coalition-1.txt: a press crackdown in
Cambodia, journalists charged and a newspaper shut; -2.txt: a Nepali government falls to a
confidence vote, coalition talks and an opposition boycott), hand-coded by GUIDELINE.md before
the coder ran (press-coalition-1/-2.hand.tsv). The events the coder gets right that matter are
asserted (source/target country, CAMEO root, modality, date), with things it must not code."""

from __future__ import annotations

import pytest

from tests.event_rows import article_events, has_row, rows_of


@pytest.fixture(scope="module")
def press_events(code):
    return article_events(code, "press-coalition-1.txt", "2026-05-14")


@pytest.fixture(scope="module")
def press(press_events):
    return rows_of(press_events)


@pytest.fixture(scope="module")
def crisis(code):
    return rows_of(article_events(code, "press-coalition-2.txt", "2026-07-10"))


has = has_row


def test_press_charges_arrests_and_closure(press):
    assert has(press, "charged", "KHM", "KHM", "11", date="2026-05-14")
    assert has(press, "arrested", "KHM", "KHM", "17")
    # Wednesday's licence revocation, and the ministry's accusation in the same sentence
    assert has(press, "revoked", "KHM", "KHM", "17", date="2026-05-13")
    assert has(press, "accusing", "KHM", "KHM", "11", date="2026-05-13")


def test_press_reactions(press):
    assert has(press, "condemned", "NGORWB", "KHM", "11")
    assert has(press, "demanded", "NGORWB", "KHM", "10")
    assert has(press, "accused", "NGOHRW", "KHM", "11", date="2026-05-12")  # Tuesday's report
    assert has(press, "urged", "USA", "KHM", "02")
    # "criticising the charges": aimed at the court that charged, not at the US embassy before
    assert has(press, "criticising", "IGOEUR", "KHM", "11")
    assert has(press, "criticising", "JPN", "KHM", "11")
    assert not any(r[0] == "criticising" and r[2] == "USA" for r in press)


def test_press_detention_release_and_protest(press, press_events):
    # "Detained without a warrant, the journalists ...": the journalists are detained, not detainers
    assert has(press, "Detained", "KHM", "KHM", "17")
    assert not any(e.trigger == "Detained" and (e.source or {}).get("code") == "KHMMED" for e in press_events)
    assert has(press, "released", "KHM", "KHM", "08", date="2026-05-11")
    assert has(press, "arrested", "KHM", "KHM", "17", date="2026-01-01")  # "in January"
    assert has(press, "protested", "KHM", "KHM", "14", date="2026-05-14")
    assert has(press, "dispersed", "KHM", "KHM", "17")
    assert has(press, "shut", "KHM", "KHM", "17", date="2017-01-01")  # background


def test_press_not_coded(press):
    # the lawyer's planned appeal and a bare "told reporters" are no events
    assert not any(r[0] in ("appeal", "told", "hearing") for r in press)


def test_crisis_resignation_and_talks(crisis):
    assert has(crisis, "resigned", "NPL", None, "08", date="2026-07-10")
    assert has(crisis, "accusing", "NPL", "NPL", "11")
    assert has(crisis, "asked", "NPL", "NPL", "02")
    # the agreement is Friday's; the meeting it agrees on is Sunday's
    assert has(crisis, "agreed", "NPL", None, "03", date="2026-07-10")
    assert has(crisis, "meet", "NPL", None, "03", "planned", "2026-07-12")
    assert has(crisis, "invite", "NPL", "NPL", "03", "planned", "2026-07-13")


def test_crisis_walkout_protest_and_appeals(crisis):
    assert has(crisis, "walked", "NPL", "NPL", "14", date="2026-07-10")
    assert has(crisis, "marched", "NPL", "NPL", "14")
    assert has(crisis, "demanding", "NPL", "NPL", "10")
    assert has(crisis, "used", "NPL", "NPL", "17")  # water cannon
    assert has(crisis, "urged", "IND", "NPL", "02")


def test_crisis_not_coded(crisis):
    # an appointment and a dissolved parliament have no CAMEO code a coder can defend
    assert not any(r[0] in ("appointed", "dissolved", "respect") for r in crisis)
