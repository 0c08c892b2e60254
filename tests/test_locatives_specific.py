"""The most specific place of the event (issue 14): what a verb of force hit outranks where its
clause is set, a fronted "In X, ..." frame comes last, names the NER leaves untagged after a
locative preposition, "the Y district of X" -> Y. Invented sentences (made-up village names no
gazetteer knows), each beside a negative."""

from __future__ import annotations

import pytest

from .place_checks import where


CASES = [
    # the object of a verb of aiming outranks the governing clause's locative
    ("Rebels launched an offensive in Idlib, targeting the village of Qarwazeh.", "targeting", "Qarwazeh"),
    ("Rebels launched an offensive in Idlib, targeting the army.", "targeting", "Idlib"),
    # a verb of taking ground takes even a bare town; a country stays an actor
    ("Rebels captured Aleppo on Sunday.", "captured", "Aleppo"),
    ("Rebels captured Syria on Sunday.", "captured", None),
    # a fronted frame loses to the clause's own place
    ("In Kandahar province, militants clashed with police in the village of Qarwazeh.", "clashed", "Qarwazeh"),
    ("In Kandahar province, militants clashed with police.", "clashed", "Kandahar province"),
    # "the Y district of X" -> Y; "the Homs village of Y" -> Y
    ("Gunmen killed two men in the Qarwazeh district of Mosul.", "killed", "Qarwazeh"),
    ("Gunmen killed two men in the district of Mosul.", "killed", "Mosul"),
    # a named junction
    ("A bomb killed two men at Qarwazeh junction in Mosul.", "killed", "Qarwazeh"),
    # a force noun's "on" object named as a place; not a bare city (the government's metonym)
    ("Rebels launched an assault on the village of Qarwazeh.", "launched", "Qarwazeh"),
    ("Rebels launched an assault on the army.", "launched", None),
]


@pytest.mark.parametrize("text, trigger, expected", CASES)
def test_specific(nlp, gaz, text, trigger, expected):
    assert where(nlp, gaz, text, trigger) == expected


def test_untagged_name_after_in(nlp, gaz):
    # not a month
    assert where(nlp, gaz, "Gunmen killed two men in January.", "killed") is None
