"""Sources hung on an auxiliary or given by a pronoun (issue 13): parses built by hand
(tests/handdoc.py), so each test fails only when the rule does. Invented sentences, each rule
with a negative beside it."""

from __future__ import annotations

from tests.handdoc import events, parse

# "China has been urging Japan to resume talks." with "China" hung on "been", as the small
# model parses a subject before two auxiliaries
AUX_SUBJECT = """
China China PROPN nsubj 2 B-GPE
has have AUX:VBZ aux 2
been be AUX:VBN aux 3
urging urge VERB:VBG ROOT 3
Japan Japan PROPN dobj 3 B-GPE
to to PART:TO aux 6
resume resume VERB:VB xcomp 3
talks talk NOUN:NNS dobj 6
. . PUNCT punct 3
"""


def test_a_subject_hung_on_an_auxiliary_is_the_main_verbs(nlp):
    coded = events(parse(nlp, AUX_SUBJECT))
    assert coded and {(src, tgt) for _, src, tgt, _ in coded} == {("CHN", "JPN")}


def test_a_thing_hung_on_an_auxiliary_is_no_source(nlp):
    thing = AUX_SUBJECT.replace("China China PROPN nsubj 2 B-GPE", "Rain rain NOUN:NN nsubj 2")
    assert not [e for e in events(parse(nlp, thing)) if e[1]]
