"""More of the event's place (issue 14): a gapped passive conjunct shares the trigger's phrase, a
clause of force on a participant leads to what it hit, nouns of a site (airport, checkpoint,
station) name their place. Invented sentences (made-up names no gazetteer knows), each beside a
negative."""

from __future__ import annotations

import pytest
from .place_checks import where


CASES = [
    # a gapped passive conjunct ("and 20 others wounded in X") shares its phrase with the trigger
    ("Six people were killed and 20 others wounded in the shelling of the Qarwazeh district.", "killed", "Qarwazeh"),
    ("Six people were killed and the police said 20 others were wounded.", "killed", None),
    # a clause of force on a participant: what it hit is where the act was
    ("Six men were killed by a bomber in a car that targeted a checkpoint in Qarwazeh.", "killed", "Qarwazeh"),
    ("Six men were killed by a bomber in a car that he bought in Qarwazeh.", "killed", None),
    # nouns of a site name their place
    ("Gunmen killed nine people at Qarwazeh police station on Monday.", "killed", "Qarwazeh"),
    ("Gunmen killed nine people at the police station on Monday.", "killed", None),
    ("Rebels shelled the Qarwazeh airbase on Monday.", "shelled", "Qarwazeh"),
    ("Rebels shelled the airbase on Monday.", "shelled", None),
    # a force noun's "on" object is tried as what the act hit even after it was passed through
    ("Rebels launched an assault on the Qarwazeh Airport on Monday.", "launched", "Qarwazeh Airport"),
    ("Rebels launched an assault on the army on Monday.", "launched", None),
    # the act noun the event happened during gives its own place; a time gives none
    ("He was shot dead by soldiers during a raid on a house in Qarwazeh.", "shot", "Qarwazeh"),
    ("He was shot dead by soldiers during the night after visiting friends in Qarwazeh.", "shot", None),
    # a proper noun naming a place noun, though the NER took it for a people (NORP here)
    ("Over the last days, the army has been targeting rebel positions in Aleppo countryside.", "targeting", "Aleppo"),
    ("Over the last days, the army has been targeting rebel positions in the Kurdish countryside.", "targeting", None),
    # ... and the compound name of a place noun, NER-tagged as a people ("Minyan" NORP here); a
    # people's own word is no place
    ("Rebels launched an attack in Minyan district on Saturday.", "launched", "Minyan"),
    ("Rebels launched an attack in the Kurdish district on Saturday.", "launched", None),
    # a final participle of harm the parser hung on a subordinate clause is the main clause's:
    # its place, not the subordinate clause's
    (
        "Gunmen stormed the village of Qarwazeh as residents were preparing for prayers in Kano, killing 39 people.",
        "killing",
        "Qarwazeh",
    ),
    (
        "Gunmen stormed the village of Qarwazeh as residents were preparing for prayers in Kano, chanting slogans.",
        "chanting",
        None,
    ),
    # a city naming a coordinated object ("nmod" here)
    ("About 7,000 police officers will patrol Athens and Olympic venues during the Games.", "patrol", "Athens"),
    ("About 7,000 police officers will patrol Olympic venues during the Games.", "patrol", None),
    # "the capital of X, Y": the city set beside the country
    (
        "French troops were patrolling the capital of the Central African Republic, Bangui, today.",
        "patrolling",
        "Bangui",
    ),
    # (no name beside it: the country's capital as the gazetteer knows it, where/capitals.py)
    (
        "French troops were patrolling the capital of the Central African Republic today.",
        "patrolling",
        "capital of the Central African Republic",
    ),
    ("French troops were patrolling the south of the Central African Republic today.", "patrolling", None),
    # a participle of position locates its noun by its object; another participle does not
    ("Militiamen patrolled the villages surrounding Qarwazeh on Monday.", "patrolled", "Qarwazeh"),
    ("Militiamen patrolled the villages supporting Qarwazeh on Monday.", "patrolled", None),
    # a name a settlement noun is set beside is that settlement ("X, a village in Y"); a person is not
    ("Six men were shot dead in Kasimbe, a village near the border.", "shot", "Kasimbe"),
    ("Six men were shot dead by Kasimbe, a farmer near the border.", "shot", None),
    # "captured X", X a one-word name taken for an organisation: a town the gazetteer knows is taken
    ("Separatist fighters captured Aguelhok after a week of fighting.", "captured", "Aguelhok"),
    ("Separatist fighters captured Reuters after a week of fighting.", "captured", None),
    # a town titled with a place noun is hit as a place; a bare town name may be its government
    ("Gunmen attacked Kagoro Town early on Wednesday morning.", "attacked", "Kagoro Town"),
    ("Gunmen attacked Kagoro early on Wednesday morning.", "attacked", None),
    # a word of position leads to its place through "to"/"of"; another adjective does not
    ("An armed group attacked homes in villages close to Qarwazeh.", "attacked", "Qarwazeh"),
    ("An armed group attacked homes in villages loyal to Qarwazeh.", "attacked", None),
    ("Rebels launched an assault on the army defenses inside of Qarwazeh.", "launched", "Qarwazeh"),
    ("Rebels launched an assault on the army defenses instead of Qarwazeh.", "launched", None),
    # a clause of the same time ("when", parsed advmod) gives what its verb of force hit
    ("At least 98 people were killed when gunmen attacked Kagoro Town early on Wednesday.", "killed", "Kagoro Town"),
    ("At least 98 people were killed when gunmen attacked the army early on Wednesday.", "killed", None),
    # what the participant belongs to, where it is; not where that thing was made
    ("Gunmen on Saturday killed the driver of a van in the Kagoro area.", "killed", "Kagoro"),
    ("Gunmen on Saturday killed the driver of a van made in Kagoro.", "killed", None),
    # a place noun "on" a named place stands there; "on" a day or feast does not place it
    ("Two soldiers were shot dead in their camp on the Qarwazeh Peninsula.", "shot", "Qarwazeh Peninsula"),
    ("Two soldiers were shot dead in their camp on the Qarwazeh holiday.", "shot", None),
    # an act of force as the subject gives what it hit, named as a place
    ("A suicide attack on Kagoro Town killed at least 30 militants.", "killed", "Kagoro Town"),
    ("A suicide attack on the army killed at least 30 militants.", "killed", None),
    # "above" places the act; a time after it does not
    ("Military jets patrolled the skies above Lyon while the celebrations went on.", "patrolled", "Lyon"),
    ("Military jets patrolled the skies above 3,000 feet while the celebrations went on.", "patrolled", None),
    # a name the NER took for a people (NORP here) that a place noun stands beside
    ("1971 - Palestinian fighters capture Irbid, Jordan's second largest city.", "capture", "Irbid"),
    ("1971 - Palestinian fighters capture Irbid, Jordan's second largest bank.", "capture", None),
    # a report's fronted frame places the reported event; a frame after the subject does not
    ("In the town of Qarwazeh, hospital officials said soldiers shot dead a man.", "shot", "Qarwazeh"),
    ("Hospital officials said soldiers shot dead a man, speaking in the town of Qarwazeh.", "shot", None),
    # a town the NER took for a people after a direction word (the model tags this Aleppo NORP)
    ("Rebels launched an attack in southern Aleppo, seizing a district.", "launched", "Aleppo"),
    ("Rebels launched a new offensive against southern Syrian troops on Monday.", "launched", None),
    # a town the NER took for a person, after "in" (Yala, Thailand: tagged PERSON by the model)
    ("Gunmen shot a policeman and a teacher in Yala on Monday.", "shot", "Yala"),
    ("Gunmen shot a policeman who worked for Yala on Monday.", "shot", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CASES)
def test_more_places(nlp, gaz, text, trigger, expected):
    assert where(nlp, gaz, text, trigger) == expected


def test_a_place_word_inside_an_organisations_name_is_no_place(nlp, gaz):
    from newsgraph.coding.where.placenames import place_of

    doc = nlp("The Islamic State of Iraq and the Levant attacked a checkpoint in Iraq on Monday.")
    inside, outside = [t for t in doc if t.text == "Iraq"]
    assert inside.ent_id_.startswith("org:")  # the KB names the group
    assert place_of(inside, gaz) is None
    assert place_of(outside, gaz) is not None and place_of(outside, gaz).country == "IRQ"
