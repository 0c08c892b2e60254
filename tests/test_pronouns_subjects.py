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


MR_TRUMP = """
Mr Mr PROPN compound 1 B-PERSON
Trump Trump PROPN nsubj 2 I-PERSON
visited visit VERB:VBD ROOT 2
China China PROPN dobj 2 B-GPE
. . PUNCT punct 2
He he PRON nsubj 6
praised praise VERB:VBD ROOT 6
Russia Russia PROPN dobj 6 B-GPE
. . PUNCT punct 6
"""


def test_he_is_the_man_named_before(nlp):
    assert ("051", "USA", "RUS") in {(c[:3], s[:3], t) for c, s, t, _ in events(parse(nlp, MR_TRUMP))}


def test_she_is_not_a_man_named_before(nlp):
    she = MR_TRUMP.replace("He he PRON", "She she PRON")
    assert not [e for e in events(parse(nlp, she)) if e[0].startswith("05")]
