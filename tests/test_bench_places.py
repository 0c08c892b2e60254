"""bench/places.py's judgement of one sentence (issue 14): an event on the annotated verb, its own
place, and whether that place is the annotated one. Invented records and events."""

from __future__ import annotations

import importlib.util

from .conftest import ROOT

_spec = importlib.util.spec_from_file_location("bench_places", ROOT / "bench" / "places.py")
assert _spec is not None and _spec.loader is not None
places = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(places)

TEXT = "Gunmen attacked a police station in Mardan on Monday."
RECORD = {
    "text": TEXT,
    "spans": [
        {"label": "VERB", "start": 7, "end": 15, "text": "attacked"},
        {"label": "LOCATION", "start": 36, "end": 42, "text": "Mardan"},
    ],
}


def event(start: int, end: int, place: str | None, precision: str | None = None) -> dict:
    loc = None if place is None else {"text": place, "lat": 34.2, "lon": 72.0}
    if loc is not None and precision:
        loc["precision"] = precision
    return {"span": [start, end], "location": loc}


def test_the_annotated_place_on_the_verbs_event_is_ok():
    kind, ev = places.judge(RECORD, [event(7, 15, "Mardan")])
    assert kind == "ok" and ev is not None


def test_an_event_on_another_word_is_no_event_on_the_verb():
    assert places.judge(RECORD, [event(18, 24, "Mardan")])[0] == "no event on the verb"


def test_another_place_and_no_place():
    assert places.judge(RECORD, [event(7, 15, "Monday")])[0] == "another place"
    assert places.judge(RECORD, [event(7, 15, None)])[0] == "no place"


def test_the_articles_place_is_never_the_events_own():
    assert places.judge(RECORD, [event(7, 15, "Mardan", precision="article")])[0] == "no place"


def test_a_place_where_none_is_annotated():
    record = {"text": TEXT, "spans": [RECORD["spans"][0]]}
    assert places.judge(record, [event(7, 15, "Mardan")])[0] == "place where none is annotated"
    assert places.judge(record, [event(7, 15, None)])[0] == "ok: no place, none annotated"
