"""A whole invented article (session 22, h12): Venezuelan refugees, a Peruvian border closure,
deportations, UNHCR appeals, aid pledges and asylum (tests/data/articles/refugee-crisis-1.txt,
written for this test, coded by hand before the coder ran). Asserts the events the coder gets
right that matter and a few it must not code."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.pipeline import code_article
from newsgraph.read import iter_articles

ARTICLE = Path(__file__).parent / "data" / "articles" / "refugee-crisis-1.txt"
DAY = "2019-09-20"


def _key(a: dict | None) -> str | None:
    a = a or {}
    return a.get("country") or (a.get("sector") if a.get("sector") in ("IGO", "NGO") else None)


@pytest.fixture(scope="module")
def events(nlp):
    # read as `newsgraph code FILE` reads it: the first line is the title (read.py)
    article = next(iter_articles([str(ARTICLE)], default_date=DAY))
    c = code_article(article, nlp=nlp)
    assert c.article.status == "ok", c.article.error
    return [(_key(e.source), _key(e.target), e.cameo[:2], e.modality, e.date or "", e.trigger, e.sentence) for e in c.events]


def has(events, src, tgt, root, modality="actual", date="") -> bool:
    return any(e[:4] == (src, tgt, root, modality) and e[4].startswith(date) for e in events)


def test_border_closed_to_venezuelans(events):
    assert has(events, "PER", "VEN", "16", date=DAY)


def test_deported_and_to_be_expelled(events):
    assert has(events, "PER", "VEN", "17", date="2019-09-16")  # "this week"
    assert any(e[0] == "PER" and e[2] == "17" and e[3] == "planned" and e[5] == "expel" for e in events)


def test_criticism_and_accusation(events):
    assert has(events, "ECU", "PER", "11", date=DAY)
    assert has(events, "VEN", "PER", "11", date=DAY)


def test_emergency_visit_aid_and_asylum(events):
    assert has(events, "ECU", None, "17", date="2019-08")
    assert has(events, "IGO", "COL", "04", date="2019-09-18")  # Grandi visited Cucuta on Wednesday
    assert has(events, "IGO", "VEN", "03", date=DAY)  # the EU pledged aid for Venezuelan refugees
    assert has(events, "COL", "VEN", "07")  # temporary residence
    assert has(events, "ESP", "VEN", "07")  # asylum


def test_planned_meeting_in_quito(events):
    assert has(events, "PER", "ECU", "03", "planned", "2019-09-23")
    assert has(events, "ECU", "PER", "03", "planned", "2019-09-23")


def test_not_coded(events):
    # a country hosting 860,000 refugees hosts no visit
    assert not any(e[5] == "hosts" and e[2] == "04" for e in events)
    assert not any(e[6].startswith("More than four million") for e in events)
