"""Event rules on parses built by hand (tests/handdoc.py): each test fails only when a rule does,
whatever the statistical model would have parsed. Sentences are invented; each rule has a
negative beside it."""

from __future__ import annotations

import pytest

from tests.handdoc import events, parse

VISITED = """
Putin Putin PROPN nsubj 1 B-PERSON
visited visit VERB:VBD ROOT 1
China China PROPN dobj 1 B-GPE
. . PUNCT punct 1
"""


def test_a_visit_is_the_visitor_to_the_host(nlp):
    assert events(parse(nlp, VISITED)) == [("042", "RUSGOV", "CHN", "actual")]


def test_a_verb_without_a_trigger_entry_is_no_event(nlp):
    liked = VISITED.replace("visited visit VERB:VBD", "liked like VERB:VBD")
    assert events(parse(nlp, liked)) == []


@pytest.mark.parametrize("table, modality", [
    ("""
Putin Putin PROPN nsubj 2 B-PERSON
will will AUX:MD aux 2
visit visit VERB:VB ROOT 2
China China PROPN dobj 2 B-GPE
. . PUNCT punct 2
""", "planned"),
    ("""
Putin Putin PROPN nsubj 3 B-PERSON
did do AUX:VBD aux 3
not not PART:RB neg 3
visit visit VERB:VB ROOT 3
China China PROPN dobj 3 B-GPE
. . PUNCT punct 3
""", "negated"),
])
def test_modality_from_the_auxiliaries(nlp, table, modality):
    assert events(parse(nlp, table)) == [("042", "RUSGOV", "CHN", modality)]


def test_a_passive_keeps_its_agent_as_the_source(nlp):
    passive = """
China China PROPN nsubjpass 2 B-GPE
was be AUX:VBD auxpass 2
visited visit VERB:VBN ROOT 2
by by ADP agent 2
Putin Putin PROPN pobj 3 B-PERSON
. . PUNCT punct 2
"""
    assert events(parse(nlp, passive)) == [("042", "RUSGOV", "CHN", "actual")]


def test_a_condition_makes_the_act_hypothetical(nlp):
    conditional = """
If if SCONJ:IN mark 2
Russia Russia PROPN nsubj 2 B-GPE
attacks attack VERB:VBZ advcl 7
Poland Poland PROPN dobj 2 B-GPE
, , PUNCT punct 7
NATO NATO PROPN nsubj 7 B-ORG
will will AUX:MD aux 7
respond respond VERB:VB ROOT 7
. . PUNCT punct 7
"""
    assert events(parse(nlp, conditional)) == [("190", "RUS", "POL", "hypothetical")]
    factual = conditional.replace("If if SCONJ:IN mark 2", "Yesterday yesterday NOUN:NN npadvmod 2")
    assert [e[3] for e in events(parse(nlp, factual))] != ["hypothetical"]


@pytest.mark.parametrize("tag, day", [("VBD", "2023-10-10"), ("VBZ", "2023-10-17")])
def test_a_weekday_resolves_by_the_tense(nlp, tag, day):
    """Published on Monday 2023-10-16: "shelled ... on Tuesday" is the Tuesday before, "shells ... on
    Tuesday" the one after."""
    shelled = f"""
Russian russian ADJ:JJ amod 1 B-NORP
troops troop NOUN:NNS nsubj 2
shelled shell VERB:{tag} ROOT 2
Kharkiv Kharkiv PROPN dobj 2 B-GPE
on on ADP prep 2
Tuesday Tuesday PROPN pobj 4 B-DATE
. . PUNCT punct 2
"""
    doc = parse(nlp, shelled)
    assert events(doc) == [("194", "RUSMIL", "UKR", "actual")]
    (event,) = doc._.events
    assert (event.date, event.date_text) == (day, "Tuesday")
