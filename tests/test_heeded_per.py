""" "Per the request of X, Y did ...": "per" (in accordance with) names, like "at", the request
the clause's subject heeded, so the one asked is that subject (events.yaml heeded_request_preps).
Invented sentences, with a rate ("per request") that heeds nothing."""

from __future__ import annotations

from tests.event_rows import acts


def test_per_the_request_of_is_heeded_by_the_subject(code):
    text = "Per the request of the Kenyan government, French troops left Mali on Monday."
    assert ("020", "KENGOV", "FRA") in acts(code, text)


def test_per_request_as_a_rate_heeds_nothing(code):
    text = "The agency charged the Kenyan government a fee of ten euros per request on Monday."
    assert [a for a in acts(code, text) if a[0].startswith("02") and a[2] is not None] == []
