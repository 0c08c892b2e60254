"""The event's place: the ground an act on ground was done on, the "of" object of its noun
("the siege of X", "the shelling of X": places.yaml ground_act_nouns, struck_ground_nouns;
coding/where/acts.py ground_heads). Invented sentences, each beside a negative: a thing, a body
or a country bombed is no place, nor is a siege the time a speech was made."""

from __future__ import annotations

import pytest
from .place_checks import where

CASES = [
    # the act noun coded as the event: its "of" object, named as a place
    ("Israel intensified its bombardment of Gaza on Monday.", "bombardment", "Gaza"),
    ("The army stepped up its shelling of Donetsk.", "shelling", "Donetsk"),
    # (not a thing, a body or a country: "the bombing of Syria" is an act on an actor)
    ("The navy stepped up its bombardment of the ship.", "bombardment", None),
    ("Israel stepped up its bombing of Hamas.", "bombing", None),
    ("The coalition stepped up its bombing of Syria.", "bombing", None),
    # what a phrase of a thing bombed puts it in is still the place
    ("The army stepped up its shelling of rebel positions near Donetsk.", "shelling", "Donetsk"),
    # an act noun a light verb carries
    ("Israeli jets continued the bombardment of Rafah.", "continued", "Rafah"),
    ("Government forces ended the siege of Marawi.", "ended", "Marawi"),
    # a harm done in such an act; not in an act on a thing
    ("Four children died in the bombing of Kandahar.", "died", "Kandahar"),
    ("Four sailors died in the bombing of the ship.", "died", None),
    # a harm or force done during it; a speech made during it is not placed there
    ("Snipers killed five soldiers during the siege of Kobani.", "killed", "Kobani"),
    ("The president spoke during the siege of Kobani.", "spoke", None),
    # a verb of judging an act names no place of its own (the act is another event)
    ("The UN condemned the shelling of Aleppo.", "condemned", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CASES)
def test_ground_act_places(nlp, gaz, text, trigger, expected):
    assert where(nlp, gaz, text, trigger) == expected


def test_ground_act_event_place(code):
    """Through the pipeline: the bombardment is coded at the place it was of, and a protest
    against a siege keeps the protesters' own place."""
    c = code("Israel intensified its bombardment of Gaza on Monday.", "2023-10-16")
    places = {e.trigger: (e.location or {}).get("text") for e in c.events}
    assert places.get("bombardment") == "Gaza"
    c = code("Protesters in London denounced the siege of Kobani.", "2023-10-16")
    places = {e.trigger: (e.location or {}).get("text") for e in c.events}
    assert places.get("denounced") == "London"
