"""Locatives wherever the sentence puts them (issue 14, item 1): `locate` on invented sentences.

Each path is shown with a sentence where it gives the place and, beside it, one where the same
words give none (another clause's subject, an origin, a mark of a later time, a partner).
The places are real, the sentences invented; `tests/handdoc.py` builds the parse by hand where
the statistical model's labels would decide the outcome instead of the rule.
"""

from __future__ import annotations

import pytest

from newsgraph.where import locate


def place(nlp, gaz, text: str, trigger: str) -> str | None:
    doc = nlp(text)
    sent = next(iter(doc.sents))
    tok = next(t for t in sent if t.text == trigger)
    loc = locate(sent, tok, gaz)
    return loc.text if loc is not None else None


CASES = [
    # fronted
    ("In Mosul, gunmen shot dead two policemen on Sunday.", "shot", "Mosul"),
    ("In a statement, the rebels said they shot dead two policemen.", "shot", None),
    # the act named by a supporting verb's object: "launched an offensive in X"
    ("Rebels launched an offensive in northern Homs on Friday.", "launched", "Homs"),
    # the doer's place
    ("Two soldiers were killed by gunmen in Kandahar on Monday.", "killed", "Kandahar"),
    ("Two soldiers were killed by gunmen from Kandahar on Monday.", "killed", None),
    # the subject's place
    ("Gunmen in Benghazi killed a prominent imam on Friday.", "killed", "Benghazi"),
    ("Gunmen from Benghazi killed a prominent imam on Friday.", "killed", None),
    ("A bomb that ripped through a market in Quetta killed nine people.", "killed", "Quetta"),
    # a verb sharing the subject
    ("Gunmen stormed a hotel in Tripoli and killed four guards.", "killed", "Tripoli"),
    ("Gunmen stormed a hotel in Tripoli and the police killed four of them.", "killed", None),
    ("Armed men broke into a bar near Sao Paulo and killed five people.", "killed", "Sao Paulo"),
    ("Gunmen shot and killed a judge outside his office in Karachi.", "killed", "Karachi"),
    # a participle clause without a subject: where its main verb is
    ("A car bomb exploded in Kirkuk on Monday, killing six people.", "killing", "Kirkuk"),
    ("The general spoke in Kirkuk on Monday before visiting the troops.", "visiting", None),
    # a clause on the target
    ("Gunmen shot a police officer walking near his home in Peshawar.", "shot", "Peshawar"),
    ("Gunmen shot a police officer with a rifle that was made in Belgium.", "shot", None),
    # what the victim was doing at the time
    ("A reporter was shot while covering clashes in Gaza.", "shot", "Gaza"),
    ("A reporter was shot after covering clashes in Gaza.", "shot", None),
    # the most specific place of a nested phrase
    ("Soldiers shot dead two men in the West Bank city of Nablus.", "shot", "Nablus"),
    ("Rebels shelled a school in the Donetsk region of Ukraine.", "shelled", "Donetsk"),
    ("Gunmen shot and killed a judge outside his office in the southern city of Karachi.", "shot", "Karachi"),
    ("Militants killed three soldiers in an ambush of an army convoy in the region of Biskra.", "killed", "Biskra"),
    ("Troops shelled villages in the Kurdish-majority Afrin district.", "shelled", "Afrin"),
    ("He was shot in the car park of his home in Barcelona.", "shot", "Barcelona"),
    ("He was shot in the car park of a man from Barcelona.", "shot", None),
    # "on"/"into": a place inside the phrase, never its object
    ("A journalist was shot dead on a street in Sanaa on Friday.", "shot", "Sanaa"),
    ("The ministry imposed sanctions on Russia.", "imposed", None),
    # a capitalised direction belongs to the name: "West Bank" is no town called "Bank" (the
    # gazetteer lacks the West Bank: kept as a named place, `_named_place`)
    ("Israeli troops shot two men in East Jerusalem on Friday.", "shot", "East Jerusalem"),
    ("Israeli troops shot two men in the West Bank on Friday.", "shot", "West Bank"),
]


@pytest.mark.parametrize(("text", "trigger", "name"), CASES, ids=[c[0][:48] for c in CASES])
def test_locative_paths(nlp, gaz, text, trigger, name):
    assert place(nlp, gaz, text, trigger) == name  # the words of the sentence that name the place


# "Rebels attacked positions in the Jableh countryside." with Jableh (a town of 66,000) tagged ORG
COUNTRYSIDE = """\
Rebels rebel NOUN:NNS nsubj 1
attacked attack VERB:VBD ROOT 1
positions position NOUN:NNS dobj 1
in in ADP:IN prep 1
the the DET:DT det 6
Jableh Jableh PROPN:NNP compound 6 B-ORG
countryside countryside NOUN:NN pobj 3
. . PUNCT:. punct 1
"""

# "Rebels attacked positions in Jableh." with Jableh tagged ORG: a small town under a label of
# no place is not taken without a place noun saying it is one
BARE = """\
Rebels rebel NOUN:NNS nsubj 1
attacked attack VERB:VBD ROOT 1
positions position NOUN:NNS dobj 1
in in ADP:IN prep 1
Jableh Jableh PROPN:NNP pobj 3 B-ORG
. . PUNCT:. punct 1
"""


def _hand_place(nlp, gaz, table: str) -> str | None:
    from tests.handdoc import parse

    doc = parse(nlp, table)
    sent = doc[:]
    loc = locate(sent, doc[1], gaz)
    return loc.text if loc is not None else None


def test_a_place_noun_vouches_for_a_mislabelled_name(nlp, gaz):
    assert _hand_place(nlp, gaz, COUNTRYSIDE) == "Jableh"
    assert _hand_place(nlp, gaz, BARE) is None


def test_an_aside_on_the_subject_is_no_place(nlp, gaz):
    assert place(nlp, gaz, "Gunmen who were hiding in an orchard near Jalalabad shot two guards.", "shot") == "Jalalabad"
    assert place(nlp, gaz, "The mayor, who was on holiday in Jalalabad, condemned the raid.", "condemned") is None
