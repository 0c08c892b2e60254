"""The event's place (issue 14), reaching further: the means of the same act ("began the assault
by storming X"), a compass word on a noun ("a town northeast of X"; on a verb or a name it is only
a point of reference), the nouns of a part of the ground ("the northern perimeter of X", "the
rebel stronghold of X"), a place noun whose name the gazetteer does not know ("southwest of X
city"). Invented sentences (made-up names where a name is unknown), each beside a negative."""

from __future__ import annotations

import pytest

from .place_checks import where

CASES = [
    # the means of the same act: what its gerund stormed, where it launched an attack
    ("The rebels began the offensive by storming the village of Kagoro.", "began", "Kagoro"),
    ("The rebels began the meeting by condemning the attack in Kagoro.", "began", None),
    ("The militants began the assault by launching an attack at Kagoro village.", "began", "Kagoro"),
    ("The militants began the assault by praising a man from Kagoro village.", "began", None),
    # a compass word on a noun places it; the place of origin stays out
    ("A policeman was shot dead in a town northeast of Kagoro.", "shot", "Kagoro"),
    ("A policeman from a town northeast of Kagoro was shot dead.", "shot", None),
    ("The rebels stormed the army's defenses south of Bamoli city.", "stormed", "Bamoli"),
    # on a verb or beside a named place, a compass word gives only a point of reference
    ("He was shot dead at a rally in Bamoli, 70 miles south of Lexington.", "shot", "Bamoli"),
    ("In Bamoli, northeast of Baghdad, gunmen killed two guards.", "killed", "Bamoli"),
    ("He was shot dead on Saturday, 70 miles south of Lexington.", "shot", None),
    # the nouns of a part of the ground lead to their place; a group's stronghold does not
    ("The rebels stormed the northern perimeter of Kagoro on Monday.", "stormed", "Kagoro"),
    ("The army continued its advance in the rebel bastion of Kagoro.", "continued", "Kagoro"),
    ("The army shelled the last stronghold of the rebels on Monday.", "shelled", None),
    # a place noun whose name the gazetteer does not know is still that name
    ("The army began an offensive in the desert southwest of Bamoli city.", "began", "Bamoli"),
    ("The army began an offensive in the desert southwest of the river.", "began", None),
    # either of two coordinated subjects gives its place; a clause of origin on it does not
    ("Either a bomb or a mine in northern Kenya has killed nine civilians.", "killed", "Kenya"),
    ("Either a bomb or a mine made in Kenya has killed nine civilians.", "killed", None),
    # a gerund joined to an aside is where its main verb is; one of another clause is not
    (
        "Rebels staged an attack in northern Kagoro, killing six people--one of them named as a soldier--"
        "and wounding six others.",
        "wounding",
        "Kagoro",
    ),
    (
        "Rebels condemned the attack in northern Kagoro, saying six people--one of them named as a soldier--"
        "died and wounding none.",
        "wounding",
        None,
    ),
    # "staged" is a light verb whatever its lemma: the attack it staged is its act
    ("Rebels staged an attack in Kagoro on Monday.", "staged", "Kagoro"),
    ("Rebels condemned an attack in Kagoro on Monday.", "condemned", None),
    # a verb sharing the subject launched attacks on a town: what they hit
    ("Gunmen killed six people and launched attacks on Kagoro town.", "killed", "Kagoro"),
    ("Gunmen killed six people and condemned attacks on Kagoro town.", "killed", None),
    # a named street one stands "on" is the place; a bank named after it is a target
    ("Police clashed with protesters on Kagoro Street on Monday.", "clashed", "Kagoro"),
    ("The union imposed sanctions on Kagoro Street Bank on Monday.", "imposed", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CASES)
def test_reach_places(nlp, gaz, text, trigger, expected):
    assert where(nlp, gaz, text, trigger) == expected
