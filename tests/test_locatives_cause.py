"""The event's place (issue 14): the act a harm came from ("killed in a drive-by shooting in X",
"died after a car bomb attack in X", "wounded in attacks by gunmen in X"): where that act happened
is where the harm was done (coding/where/acts.py). Invented sentences, each beside a negative."""

from __future__ import annotations

import pytest
from .place_checks import where

CASES = [
    # a gerund made a noun by its determiner is the act; a clause of the victim's own is not
    ("Four policemen were killed in a drive-by shooting in Kagoro.", "killed", "Kagoro"),
    ("A guard was killed after leaving a bank in Multan.", "killed", None),
    # an act the harm followed ("after", "following"); not an event that did no harm
    ("A councillor died after a car bomb attack in a suburb of Multan.", "died", "Multan"),
    ("Four policemen were killed after a meeting in Multan.", "killed", None),
    ("Two guards were killed following a raid on a bank in Multan.", "killed", "Multan"),
    # only a verb of harm: an arrest after a shooting may be made anywhere
    ("Police arrested four men after a shooting in Multan.", "arrested", None),
    # the doer's place; not where the doer comes from
    ("Ten villagers were wounded in attacks by gunmen in Kagoro.", "wounded", "Kagoro"),
    ("Ten villagers were wounded in attacks by gunmen in Kagoro.", "attacks", "Kagoro"),
    ("Ten villagers were wounded in attacks by gunmen from Kagoro.", "wounded", None),
    ("Ten villagers were wounded in attacks by gunmen from Kagoro.", "attacks", None),
    # the means of the harm ("by" an act); not the victims' home town
    ("Militants killed five guards by an attack in Multan on Monday.", "killed", "Multan"),
    ("Militants killed five guards from Multan by an attack on Monday.", "killed", None),
    # what an act of force hit, named as a place, before the place that place is set in; a bare
    # capital hit stays a target
    ("Five civilians were killed in a night raid on Tamborra, a village in the Bamoli region.", "killed", "Tamborra"),
    ("Five civilians were killed in a night raid on Tamborra, a village in the Bamoli region.", "raid", "Tamborra"),
    ("Five civilians were killed in an attack on Kyiv.", "killed", None),
    # a passive gerund of force the victims underwent just before; not one of another kind
    ("Two guards were killed after being ambushed by gunmen in Kagoro.", "killed", "Kagoro"),
    ("A journalist died after being shot at his home in Multan.", "died", "Multan"),
    ("A man was killed after being released from prison in Multan.", "killed", None),
    # the victim's home town is not the place; the act's own is
    ("A man from Multan was killed in a shooting in Lahore.", "killed", "Lahore"),
    # a first-level division named with its kind word (the doer's phrase)
    ("Ten people were killed in attacks by militants in Borno State.", "killed", "Borno State"),
    # a speaker's office names no place for the event he speaks of
    ("The governor of Borno State said four policemen were killed in a drive-by shooting.", "killed", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CASES)
def test_cause_places(nlp, gaz, text, trigger, expected):
    assert where(nlp, gaz, text, trigger) == expected


def test_victims_take_the_country_of_the_act_place(code):
    """The victims' country follows from the place of the act that harmed them."""
    c = code("Ten people were killed in attacks by militants in Borno State.", "2023-10-16")
    killed = [e for e in c.events if e.trigger == "killed"]
    assert killed and (killed[0].location or {}).get("country") == "NGA"
    assert (killed[0].target or {}).get("country") == "NGA"
