"""A whole invented article (session 22, h12): a border crisis between Kyrgyzstan and Tajikistan
(tests/data/articles/border-crisis-1.txt, written for this test, coded by hand before the coder
ran). Asserts the events the coder gets right that matter and a few it must not code."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.pipeline import code_article
from newsgraph.read import iter_articles

ARTICLE = Path(__file__).parent / "data" / "articles" / "border-crisis-1.txt"
DAY = "2019-06-14"


@pytest.fixture(scope="module")
def events(nlp):
    # read as `newsgraph code FILE` reads it: the first line is the title (read.py)
    article = next(iter_articles([str(ARTICLE)], default_date=DAY))
    c = code_article(article, nlp=nlp)
    assert c.article.status == "ok", c.article.error
    return [
        (
            (e.source or {}).get("country"),
            (e.target or {}).get("country"),
            e.cameo[:2],
            e.modality,
            e.date,
            e.trigger,
            (e.target or {}).get("code"),
        )
        for e in c.events
    ]


def has(events, src, tgt, root, modality="actual", date=None) -> bool:
    return any(
        e[:4] == (src, tgt, root, modality) and (date is None or (e[4] or "").startswith(date)) for e in events
    )


def test_the_ambassador_recalled(events):
    assert has(events, "KGZ", "TJK", "16", date=DAY)


def test_fire_exchanged_both_ways(events):
    assert has(events, "KGZ", "TJK", "19") and has(events, "TJK", "KGZ", "19")


def test_accusation_of_firing_first(events):
    assert has(events, "TJK", "KGZ", "11")


def test_buildups(events):
    assert has(events, "KGZ", None, "15", date="2019-06-12")  # moved artillery on Wednesday
    assert any(e[0] == "TJK" and e[2] == "15" and e[5] == "massed" for e in events)


def test_mediation_and_appeals(events):
    assert has(events, "RUS", None, "04")  # telephoned both foreign ministers
    assert has(events, None, None, "02")  # the UN chief called for restraint
    assert has(events, "KAZ", "TJK", "04", "planned") and has(events, "KAZ", "KGZ", "04", "planned")


def test_background_events(events):
    assert has(events, "TJK", "KGZ", "19", date="2014-04") and has(events, "KGZ", "TJK", "19", date="2014-04")
    # "the two governments signed": the two states whose guards clashed, each with the other
    assert has(events, "KGZ", "TJK", "05", date="2019-01") and has(events, "TJK", "KGZ", "05", date="2019-01")


def test_not_coded(events):
    # a border closed with no other side named is no measure on Kyrgyzstan's own people
    assert not any(e[6] == "KGZCVL" for e in events if e[5] == "closed")
    # villagers who fled are no actors of an event
    assert not any(e[5] == "fled" for e in events)
