"""The event's place: an event on a road or a journey happened along it, by the first place the
text names at its ends ("on the road to X", "on the road between X and Y", "on his way to the
court in X": places.yaml way_nouns, coding/where/ways.py). Invented sentences, each beside a
negative: a way to no place ("the road to peace"), to a country, or one a more exact place is
given beside."""

from __future__ import annotations

import pytest
from .place_checks import where

CASES = [
    ("Rebels ambushed a convoy on the road to Jalalabad.", "ambushed", "Jalalabad"),
    ("Insurgents attacked a police post on the main road to Kandahar.", "attacked", "Kandahar"),
    # both ends named: the first
    ("Gunmen killed four travellers on the road between Kabul and Jalalabad.", "killed", "Kabul"),
    ("Bandits killed six traders on the road linking Maiduguri and Damboa.", "killed", "Maiduguri"),
    ("Gunmen abducted five aid workers on the road from Goma to Rutshuru.", "abducted", "Goma"),
    # a journey's end, named through the place it is in
    ("Gunmen shot a judge on his way to the court in Peshawar.", "shot", "Peshawar"),
    # a more exact place beside the way's phrase wins; a time beside it does not
    ("A bomb killed two soldiers on the highway to Kabul in Wardak province.", "killed", "Wardak province"),
    ("A soldier was killed on the road to Kandahar in May.", "killed", "Kandahar"),
    # no place: a way to no named place, to a country (such a road may run anywhere)
    ("The president urged both sides to stay on the road to peace.", "urged", None),
    ("Soldiers killed three gunmen on the road to Syria.", "killed", None),
    # "to" after a noun of another kind is no way's end
    ("Rebels handed the hostages to Jalalabad elders.", "handed", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CASES)
def test_way_places(nlp, gaz, text, trigger, expected):
    assert where(nlp, gaz, text, trigger) == expected


def test_way_event_place(code):
    """Through the pipeline: the ambush is coded at the town its road leads to."""
    c = code("Rebels ambushed a convoy on the road to Jalalabad.", "2023-10-16")
    places = {e.trigger: (e.location or {}).get("text") for e in c.events}
    assert places.get("ambushed") == "Jalalabad"
