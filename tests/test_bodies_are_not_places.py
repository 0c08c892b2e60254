"""A name the KB knows as a body (an armed group, a party) is that body, not a town of the same
spelling abroad: "Israeli jets struck [Hamas] targets in Gaza" happened in Gaza, not in Hamm,
Germany, which GeoNames also lists as "Hamas" (where/placenames.place_of). A town named beside
the body still places the act. Sentences are invented for these tests."""

from __future__ import annotations

DAY = "2019-11-20"


def place(code, text: str, trigger: str) -> dict | None:
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    (e,) = [e for e in c.events if e.trigger.lower() == trigger]
    return e.location


def test_a_body_named_before_its_targets_is_no_place(code):
    loc = place(code, "Israeli warplanes struck Hamas targets in Gaza.", "struck")
    assert loc is not None and loc["country"] == "PSE"
    loc = place(code, "Israeli warplanes struck Hamas targets.", "struck")
    assert loc is None or loc["country"] != "DEU"


def test_a_town_beside_the_body_still_places_the_act(code):
    loc = place(code, "Israeli warplanes struck Hamas targets in Rafah.", "struck")
    assert loc is not None and loc["country"] == "PSE"
