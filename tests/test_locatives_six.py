"""The event's place (issue 14), sixth step: a share of ground taken ("captured half of X"), a
hyphenated name, a clause of the time of its main verb, a passive conjunct
of the same act,
the shares victims are told in ("two in X"), a robbery the event happened during,
what a participle on a participant holds, a named avenue.
Invented sentences (made-up names where a name is unknown), each beside a negative."""

from __future__ import annotations

import pytest
from .place_checks import where


CASES = [
    # a share of ground taken is a place, a country's too; a share of people is not
    ("The rebels have captured half of Ghana in four months.", "captured", "Ghana"),
    ("The rebels have captured half of the soldiers in four months.", "captured", None),
    ("The militia seized control of Mombasa last week.", "seized", "Mombasa"),
    ("The militia seized control of the army last week.", "seized", None),
    # a country alone after a verb of force stays its government
    ("The rebels have bombed much of Ghana in four months.", "bombed", None),
    # a hyphenated name is one name ("Al" alone is no town); a unit's name is no place
    ("Rebels targeted the strategic Al-Kadra Suburb on Monday.", "targeted", "Al-Kadra Suburb"),
    ("Rebels targeted the strategic Al-Kadra Brigade on Monday.", "targeted", None),
    # a clause of the time of its main verb is where that verb is; a clause of concession is not
    ("Six men were killed in Kagoro when gunmen invaded the area.", "invaded", "Kagoro"),
    ("Six men were killed in Kagoro although gunmen invaded the area.", "invaded", None),
    ("Gunmen stormed the village of Kagoro as residents were preparing for prayers.", "preparing", "Kagoro"),
    ("Gunmen stormed the army base as residents were preparing for prayers.", "preparing", None),
    # the victims of one act: a passive conjunct's phrase is the trigger's; an active one's is not
    ("A soldier was killed and four others were wounded by a bomb in Kagoro.", "killed", "Kagoro"),
    ("A soldier was killed and four others later met a doctor in Kagoro.", "killed", None),
    ("Six people were killed and several others injured by bandits at Kagoro village.", "killed", "Kagoro"),
    ("Six people were killed and several others injured by bandits from the village.", "killed", None),
    # a local government area is a place noun ("in X LGA"); a person's name is not one
    ("Thirty people were killed in Kagoro LGA on Sunday.", "killed", "Kagoro"),
    ("Thirty people were killed by Kagoro Smith on Sunday.", "killed", None),
    # the shares the victims are told in; a share without a place gives none
    ("Militants have killed six people, two in Kagoro and four in Bamoli.", "killed", "Kagoro"),
    ("Militants have killed six people, two of them children.", "killed", None),
    # a robbery the event happened during gives its place; a time does not
    ("He was shot dead during a robbery at his home in the town of Kagoro.", "shot", "Kagoro"),
    ("He was shot dead during the night after a visit to his home in the town of Kagoro.", "shot", None),
    # what a participle on a participant holds, where it is held; a clause of origin is not
    ("Gunmen killed the driver of a van carrying a medical team in the Kagoro area.", "killed", "Kagoro"),
    ("Gunmen killed the driver of a van made for a medical team in the Kagoro area.", "killed", None),
    ("Gunmen shot soldiers manning a checkpoint in the Kagoro district.", "shot", "Kagoro"),
    ("Gunmen shot soldiers born in the Kagoro district.", "shot", None),
    # an avenue named as such is a place; an unnamed one is not
    ("He was shot in the eye as he walked along Kagoro Avenue.", "shot", "Kagoro"),
    ("He was shot in the eye as he walked along the avenue.", "shot", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CASES)
def test_six_places(nlp, gaz, text, trigger, expected):
    assert where(nlp, gaz, text, trigger) == expected
