"""A clause's subject the parser joined to the list before it ("X resigned as mayor of Tartu and
[Anna Korvel] was sworn in as Estonia's foreign minister", the name a conjunct of "Tartu"): the
name is still the subject of the verb after it, whose "as" phrase gives its office
(stranded.py, read by the actors stage). Hand-built parses, so the test holds whatever the
statistical model does; each beside a negative."""

from __future__ import annotations

from tests.handdoc import parse

# "Mart Tamm resigned as mayor of Tartu and Anna Korvel was sworn in as Estonia's foreign minister ."
_SWORN = """
Mart Mart PROPN:NNP compound 1 B-PERSON
Tamm Tamm PROPN:NNP nsubj 2 I-PERSON
resigned resign VERB:VBD ROOT 2
as as ADP:IN prep 2
mayor mayor NOUN:NN pobj 3
of of ADP:IN prep 4
Tartu Tartu PROPN:NNP pobj 5 B-GPE
and and CCONJ:CC cc 6
Anna Anna PROPN:NNP compound 9 B-PERSON
Korvel Korvel PROPN:NNP conj 6 I-PERSON
{aux} {auxlemma} AUX:VBD {auxdep} 11
sworn swear VERB:VBN conj 2
in in ADP:RP prt 11
as as ADP:IN prep 11
Estonia Estonia PROPN:NNP poss 17 B-GPE
's 's PART:POS case 14
foreign foreign ADJ:JJ amod 17
minister minister NOUN:NN pobj 13
. . PUNCT:. punct 2
"""


def test_name_joined_to_the_list_before_its_verb_takes_the_office_of_its_as_phrase(nlp):
    doc = parse(nlp, _SWORN.format(aux="was", auxlemma="be", auxdep="auxpass"))
    a = doc._.actor_at.get(9)
    assert a is not None and a.code == "ESTGOV"


def test_name_that_is_truly_a_list_member_takes_no_office(nlp):
    # "... and Anna Korvel, [who] was sworn in ...": the verb has a subject of its own ("who")
    doc = parse(nlp, _SWORN.format(aux="who", auxlemma="who", auxdep="nsubjpass"))
    a = doc._.actor_at.get(9)
    assert a is None or a.country is None



def test_name_before_a_verb_of_the_same_clause_is_no_stranded_subject(nlp):
    # "... mayor of Tartu and Anna Korvel was ...": with the verb the clause's own head (not a
    # second clause joined to "resigned"), the name is no subject of another clause
    rows = _SWORN.format(aux="was", auxlemma="be", auxdep="auxpass").replace("sworn swear VERB:VBN conj 2", "sworn swear VERB:VBN advcl 2")
    doc = parse(nlp, rows)
    a = doc._.actor_at.get(9)
    assert a is None or a.country is None
