"""A comma-set participle of harm that the parser hung on a subordinate clause is the main
clause's also when only the report's attribution follows it ("stormed X as residents were
fleeing, killing 39 people, officials said"): where/heads.py final_participle_main. Not when a
clause of another verb follows. Hand-built parses, so the test fails for the rule only."""

from __future__ import annotations

from .event_rows import coded
from .handdoc import parse

_ATTRIBUTED = """
Gunmen gunman NOUN:NNS nsubj 1
stormed storm VERB:VBD ccomp 14
the the DET:DT det 3
village village NOUN:NN dobj 1
as as SCONJ:IN mark 7
residents resident NOUN:NNS nsubj 7
were be AUX:VBD aux 7
fleeing flee VERB:VBG advcl 1
, , PUNCT:, punct 7
killing kill VERB:VBG advcl 7
39 39 NUM:CD nummod 11 B-CARDINAL
people people NOUN:NNS dobj 9
, , PUNCT:, punct 14
officials official NOUN:NNS nsubj 14
{verb} {lemma} VERB:VBD ROOT 14
. . PUNCT:. punct 14
"""


def test_a_final_participle_before_the_attribution_is_the_main_clauses(nlp):
    from newsgraph.coding.where.heads import final_participle_main

    doc = parse(nlp, _ATTRIBUTED.format(verb="said", lemma="say"))
    assert final_participle_main(doc[9]).text == "stormed"


def test_a_clause_of_another_verb_after_it_keeps_it_in_its_clause(nlp):
    from newsgraph.coding.where.heads import final_participle_main

    doc = parse(nlp, _ATTRIBUTED.format(verb="feared", lemma="fear"))
    assert final_participle_main(doc[9]) is None


def test_the_doer_of_the_attributed_participle_is_the_main_subject(code):
    text = (
        "A suicide bomber struck a Baghdad cafe as customers watched a football game, "
        "killing at least 12 people and wounding 38, Iraqi officials said Thursday."
    )
    assert [(c, s, t) for w, c, s, t, _ in coded(code, text) if w == "killing"] == [("190", None, "IRQCVL")]
