"""The event's place (issue 14), third pass: a participle of the act's harm or force ("...,
killing six in X"), a bare name a verb taking people too makes its passive subject, clock
times and abbreviated titles, "under" a place, a name taken for a person "inside" or
"outside", "stormed and captured X", "the X local council", the other half of a count of victims, a name taken for a people,
airstrikes "over" a place, "the battle of X", "the village of X near Y".
Invented sentences (made-up names where a name is unknown), each beside a negative."""

from __future__ import annotations

import pytest

from .place_checks import where

CASES = [
    # a participle spelling out the act's harm or force is where the act is; another is not
    ("A bomber detonated a vest on Monday, killing six people in a market in Kagoro.", "detonated", "Kagoro"),
    ("The minister condemned the bombing on Monday, saying six people died in a market in Kagoro.", "condemned", None),
    ("A bomber detonated a vest on Monday, after killing six people in a market in Kagoro.", "detonated", None),
    # a bare name made the passive subject of "captured" may be a person; of "stormed", ground
    ("Dravenko was captured by the rebels in Ghana in May.", "captured", "Ghana"),
    ("Kagoro was stormed by the rebels on Monday.", "stormed", "Kagoro"),
    # a clock time, a title: no place
    ("The rebels attacked the convoy at 8 P.M. on Monday.", "attacked", None),
    ("The rebels attacked the convoy at 8 P.M. near Kagoro town.", "attacked", "Kagoro"),
    # "under" a place named as one; not an agreement
    ("The soldiers planted a bomb under a bridge in Kagoro on Monday.", "planted", "Kagoro"),
    ("The rebels attacked the convoy under the Minsk agreement on Monday.", "attacked", None),
    # a name taken for a person, inside or outside: a place; near one: no place
    ("Gunmen killed six people inside Kafr Sousah on Monday.", "killed", "Kafr Sousah"),
    ("Gunmen killed six people near Ahmad Sousah on Monday.", "killed", None),
    # the object the parser gives the later of two verbs of force is both verbs'; a person is not
    ("Rebels stormed and captured the town of Balgora on Monday.", "stormed", "Balgora"),
    ("Rebels stormed the town and captured Ahmad Sousah on Monday.", "stormed", None),
    # "the X local council" is a town's ground; a city council is a body
    ("Gunmen killed six people in the Balgora local council on Monday.", "killed", "Balgora"),
    ("Gunmen killed six people near the Balgora city council on Monday.", "killed", None),
    # the other half of a count of victims carries the act's place; a verb of another kind does not
    ("Six people were killed and four others injured when a car hit a mine near Kagoro town.", "killed", "Kagoro"),
    ("Six people were killed, four others injured when a car hit a mine near Kagoro town.", "killed", "Kagoro"),
    ("Six people were killed, four others were treated at a hospital in Kagoro town.", "killed", None),
    # a name taken for a people after "near" or a place noun's "of" is a place; a demonym is not
    ("A commander was killed while inspecting positions in the northern countryside of Aleppo.", "killed", "Aleppo"),
    ("A commander was killed while inspecting positions in the villages of the Kurds.", "killed", None),
    # strikes carried out over a town are made there; a debate over a town is no act of force
    ("The air force carried out several airstrikes over the town of Kagoro on Friday.", "carried", "Kagoro"),
    ("The council launched a debate over the town of Kagoro on Friday.", "launched", None),
    # the ground a battle is fought for is where it is; a person's fall is not a place
    ("The commander was killed at the battle of Kagoro on Monday.", "killed", "Kagoro"),
    ("The commander was killed at the fall of Assad on Monday.", "killed", None),
    # "the village of X near Y": the village itself, the most specific; a village unnamed: Y
    ("Gunmen killed six people in the village of Balgora near Kawkab on Monday.", "killed", "Balgora"),
    ("Gunmen killed six people in a village near Kawkab on Monday.", "killed", "Kawkab"),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CASES)
def test_pass3_places(nlp, gaz, text, trigger, expected):
    assert where(nlp, gaz, text, trigger) == expected
