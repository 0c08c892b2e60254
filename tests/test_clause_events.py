"""Clauses on a noun that report their act (issue 14): GUIDELINE.md codes the events an article
states, and a clause hung on a noun may be the reported act itself: a participle that is the only
verb of its sentence ("A car bomb found near the convoy."; "exploded" and "detonated" there are
made the verb before, misparsed_verbs._blast_fragment), a participle of force on its
victims with its own doer, date or act ("the rebels killed by the army on Thursday"), a present
perfect on an act noun ("attacks that have struck homes"), an act under way whose doer the clause
names ("the plant that the army is storming"). Each beside a negative that only tells which thing
the noun is. Invented sentences, hand-built parses (tests/handdoc.py)."""

from __future__ import annotations

from types import SimpleNamespace

from tests.handdoc import parse

FORCE = SimpleNamespace(cameo="190")


def _act_noun(t) -> bool:
    return t.lemma_ in ("attack", "bombing")


def _background(doc, i: int, trig=FORCE) -> bool:
    from newsgraph.coding.events.clauses import background

    return background(doc[i], trig, _act_noun)  # type: ignore[arg-type]


_VERBLESS = """
A a DET:DT det 2
car car NOUN:NN compound 2
bomb bomb NOUN:NN ROOT 2
found find VERB:VBN acl 2
near near ADP:IN prep 3
the the DET:DT det 6
convoy convoy NOUN:NN pobj 4
. . PUNCT:. punct 2
"""

_PARKED = """
A a DET:DT det 1
car car NOUN:NN nsubjpass 7
parked park VERB:VBN acl 1
near near ADP:IN prep 2
the the DET:DT det 5
convoy convoy NOUN:NN pobj 3
was be AUX:VBD auxpass 7
searched search VERB:VBN ROOT 7
. . PUNCT:. punct 7
"""


def test_a_participle_that_is_the_only_verb_is_the_main_clause(nlp):
    from newsgraph.coding.events.clauses import verbless_main

    doc = parse(nlp, _VERBLESS)
    assert verbless_main(doc[3]) and not _background(doc, 3)


def test_a_participle_under_the_subject_of_a_verb_describes(nlp):
    from newsgraph.coding.events.clauses import verbless_main

    doc = parse(nlp, _PARKED)
    assert not verbless_main(doc[2]) and _background(doc, 2)


_VICTIMS = """
The the DET:DT det 1
rebels rebel NOUN:NNS nsubj 6
killed kill VERB:VBN acl 1
{prep} {prep} ADP:IN prep 2
the the DET:DT det 5
{noun} {noun} NOUN:NN pobj 3 {ent}
were be AUX:VBD ROOT 6
young young ADJ:JJ acomp 6
. . PUNCT:. punct 6
"""


def test_a_participle_of_force_with_its_own_act_or_date_reports(nlp):
    doc = parse(nlp, _VICTIMS.format(prep="in", noun="attack", ent=""))
    assert not _background(doc, 2)
    doc = parse(nlp, _VICTIMS.format(prep="on", noun="Thursday", ent="B-DATE"))
    assert not _background(doc, 2)


def test_a_participle_that_only_names_the_victims_describes(nlp):
    doc = parse(nlp, _VICTIMS.format(prep="in", noun="town", ent=""))
    assert _background(doc, 2)


def test_a_participle_not_of_force_with_a_date_describes(nlp):
    doc = parse(nlp, _VICTIMS.format(prep="on", noun="Thursday", ent="B-DATE"))
    assert _background(doc, 2, SimpleNamespace(cameo="051"))


_STRUCK = """
Rebels rebel NOUN:NNS nsubj 1
joined join VERB:VBD ROOT 1
{noun} {noun} NOUN:NNS dobj 1
that that PRON:WDT nsubj 5
have have AUX:VBP aux 5
struck strike VERB:VBN relcl 2
homes home NOUN:NNS dobj 5
. . PUNCT:. punct 1
"""


def test_a_present_perfect_on_an_act_noun_tells_what_the_act_did(nlp):
    doc = parse(nlp, _STRUCK.format(noun="attacks").replace("attacks attacks", "attacks attack"))
    assert not _background(doc, 5)


def test_a_present_perfect_on_other_nouns_says_who_they_are(nlp):
    doc = parse(nlp, _STRUCK.format(noun="groups").replace("groups groups", "groups group"))
    assert _background(doc, 5)


_STORMING = """
They they PRON:PRP nsubj 1
reached reach VERB:VBD ROOT 1
the the DET:DT det 3
plant plant NOUN:NN dobj 1
that that PRON:WDT dobj 7
{subj}
is be AUX:VBZ aux 7
storming storm VERB:VBG relcl 3
. . PUNCT:. punct 1
"""


def test_an_act_under_way_whose_doer_the_clause_names_reports(nlp):
    doc = parse(nlp, _STORMING.format(subj="army army NOUN:NN nsubj 7"))
    assert not _background(doc, 7)


def test_an_act_under_way_of_the_relative_word_describes(nlp):
    doc = parse(
        nlp,
        _STORMING.format(subj="now now ADV:RB advmod 7").replace("that that PRON:WDT dobj", "that that PRON:WDT nsubj"),
    )
    assert _background(doc, 7)


_TO_STORM = """
Units unit NOUN:NNS nsubj 1
have have VERB:VBP ROOT 1
orders order NOUN:NNS dobj 1
to to PART:TO aux 4
storm storm VERB:VB relcl 2
posts post NOUN:NNS dobj 4
. . PUNCT:. punct 1
"""


def test_a_purpose_on_a_noun_describes(nlp):
    doc = parse(nlp, _TO_STORM)
    assert _background(doc, 4)


_TOLD = """
Police police NOUN:NNS nsubj 1
told tell VERB:VBD ROOT 1
reporters reporter NOUN:NNS dobj 1
that that SCONJ:IN mark 4
explosives explosive NOUN:NNS ccomp 1
{verb}
in in ADP:IN prep 5
a a DET:DT det 8
field field NOUN:NN pobj 6
. . PUNCT:. punct 1
"""


def test_a_participle_on_a_noun_standing_for_a_clause_is_its_verb(nlp):
    from newsgraph.coding.events.clauses import verbless_main

    doc = parse(nlp, _TOLD.format(verb="detonated detonate VERB:VBN acl 4"))
    assert verbless_main(doc[5]) and not _background(doc, 5)


_STORED = """
Police police NOUN:NNS nsubj 1
told tell VERB:VBD ROOT 1
reporters reporter NOUN:NNS dobj 1
that that SCONJ:IN mark 10
explosives explosive NOUN:NNS nsubjpass 10
stored store VERB:VBN acl 4
in in ADP:IN prep 5
a a DET:DT det 8
field field NOUN:NN pobj 6
were be AUX:VBD auxpass 10
found find VERB:VBN ccomp 1
. . PUNCT:. punct 1
"""


def test_a_participle_on_the_subject_of_a_clause_describes(nlp):
    from newsgraph.coding.events.clauses import verbless_main

    doc = parse(nlp, _STORED)
    assert not verbless_main(doc[5]) and _background(doc, 5)


def test_a_participle_on_an_act_noun_is_left_to_the_noun(nlp):
    doc = parse(
        nlp, _VICTIMS.format(prep="on", noun="Thursday", ent="B-DATE").replace("rebels rebel", "attacks attack")
    )
    assert _background(doc, 2)


_USED_TO = """
Drones drone NOUN:NNS nsubjpass 6
used use VERB:VBN acl 0
by by ADP:IN agent 1
rebels rebel NOUN:NNS pobj 2
to to PART:TO aux 5
bomb bomb VERB:VB xcomp 1
were be AUX:VBD ROOT 6
. . PUNCT:. punct 6
"""


def test_a_purpose_under_a_participle_with_a_doer_describes(nlp):
    doc = parse(nlp, _USED_TO)
    assert _background(doc, 5)
