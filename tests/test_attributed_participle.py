"""Clauses the parser hung on a report's attribution that follows them ("..., officials said"):
- a comma-set participle of harm hung on a subordinate clause is the main clause's also when only
  the attribution follows it ("stormed X as residents were fleeing, killing 39 people, officials
  said"): where/heads.py final_participle_main; not when a clause of another verb follows;
- the subject a verb of reporting set after the report took ("Allies of X killed ten, said police")
  is the subject of the verb hung on it as a noun's clause (where/heads.py verbless_subject);
- a finite verb the parser hung under a participle that is a reduced relative on the subject
  ("Gunmen [suspected] to be members of X attacked Y, police said") takes that subject also when
  the participle is the report of the verb of saying after it (events/syntax.py
  reduced_relative_subject); not under a verb of another kind.
Hand-built parses, so the tests fail for the rules only."""

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
    # a suicide bomber's act: a suicide bombing (1831)
    assert [(c, s, t) for w, c, s, t, _ in coded(code, text) if w == "killing"] == [("1831", None, "IRQCVL")]


_SUSPECTED = """
Gunmen gunman NOUN:NNS nsubj 1
suspected suspect VERB:VBN ccomp 13
to to PART aux 3
be be AUX:VB xcomp 1
members member NOUN:NNS attr 3
of of ADP prep 4
Boko Boko PROPN compound 7 B-ORG
Haram Haram PROPN pobj 5 I-ORG
attacked attack VERB:VBD ccomp 1
the the DET det 10
village village NOUN dobj 8
, , PUNCT:, punct 13
police police NOUN:NNS nsubj 13
{verb} {lemma} VERB:VBD ROOT 13
. . PUNCT:. punct 13
"""


def _doer(nlp, table: str):
    doc = parse(nlp, table)
    s = nlp.get_pipe("newsgraph_events").who.subject(doc[8])
    return s.doer.text if s.doer is not None else None, [a.code for a in s.actors]


def test_gunmen_suspected_to_be_members_before_the_attribution_are_that_group(nlp):
    assert _doer(nlp, _SUSPECTED.format(verb="said", lemma="say")) == ("Gunmen", ["NGAREB"])


def test_under_a_verb_of_another_kind_the_participle_keeps_its_subject(nlp):
    assert _doer(nlp, _SUSPECTED.format(verb="feared", lemma="fear"))[0] != "Gunmen"


_ALLIES = """
Allies ally NOUN:NNS nsubj 8
of of ADP prep 0
the the DET det 3
Taliban Taliban PROPN pobj 1 B-ORG
killed kill VERB:VBD acl 3
ten ten NUM:CD nummod 6 B-CARDINAL
villagers villager NOUN:NNS dobj 4
, , PUNCT:, punct 8
{verb} {lemma} VERB:VBD ROOT 8
police police NOUN:NNS dobj 8
. . PUNCT:. punct 8
"""


def test_the_subject_an_inverted_attribution_took_is_the_verbs(nlp):
    # "Allies of the Taliban killed ten villagers, said police": "said" took the subject
    from newsgraph.coding.where.heads import verbless_subject

    assert verbless_subject(parse(nlp, _ALLIES.format(verb="said", lemma="say"))[4]).text == "Allies"


def test_a_verb_of_another_kind_keeps_its_subject(nlp):
    from newsgraph.coding.where.heads import verbless_subject

    assert verbless_subject(parse(nlp, _ALLIES.format(verb="feared", lemma="fear"))[4]) is None
