"""A reaction noun borne by a clause's subject (events.yaml bearing_preps, bearing_verbs): "X
did Y despite criticism by Z", "X resigned amid criticism from Z", "the X plan drew criticism
from Z", "X faced criticism from Z" are Z's criticism of X. Each with a near-identical negative.
Sentences are invented for these tests."""

from __future__ import annotations

DAY = "2023-10-16"


def criticism(code, text: str):
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return [e for e in c.events if e.trigger.lower() == "criticism"]


def test_despite_criticism_is_aimed_at_the_subject(code):
    (e,) = criticism(code, "The Hungarian government passed the law on Monday despite criticism by Austria.")
    assert e.source["country"] == "AUT"
    assert e.target["country"] == "HUN"


def test_criticism_in_another_phrase_is_not_aimed_at_the_subject(code):
    # "because of" says why, not that the subject bore it
    for e in criticism(code, "The Hungarian government passed the law on Monday because of criticism by Austria."):
        assert (e.target or {}).get("country") != "HUN"


def test_drew_criticism_from(code):
    (e,) = criticism(code, "The Hungarian plan drew criticism from Austria on Monday.")
    assert e.source["country"] == "AUT"
    assert e.target["country"] == "HUN"


def test_an_unowned_thing_drawing_criticism_names_no_target(code):
    (e,) = criticism(code, "The plan drew criticism from Austria on Monday.")
    assert e.source["country"] == "AUT"
    assert e.target is None


def test_faced_criticism_from(code):
    (e,) = criticism(code, "The Hungarian government faced criticism from Austria on Monday.")
    assert e.target["country"] == "HUN"


def test_voiced_criticism_is_not_borne(code):
    # the subject of "voiced" makes the criticism, it does not bear it
    for e in criticism(code, "The Hungarian government voiced criticism of Austria on Monday."):
        assert (e.target or {}).get("country") != "HUN"
