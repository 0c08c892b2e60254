"""A surname the NER leaves untagged after the person was named in full ("Nancy Pelosi ...
Trump congratulated Pelosi"): that person (surnames.py). Parses built by hand, so the test
holds whatever the statistical model tags; each beside a negative."""

from __future__ import annotations

from tests.handdoc import parse

_FULL = """
Estonian Estonian ADJ:JJ amod 1 B-NORP
minister minister NOUN:NN compound 3
Anna Anna PROPN:NNP compound 3 B-PERSON
Korvel Korvel PROPN:NNP nsubj 4 I-PERSON
resigned resign VERB:VBD ROOT 4
. . PUNCT:. punct 4
"""


def _second(words: str) -> str:
    """The second sentence, tokens from 6: `word lemma POS dep head` rows."""
    return _FULL.strip() + "\n" + words.strip()


_THANKED = _second("""
Voters voter NOUN:NNS nsubj 7
thanked thank VERB:VBD ROOT 7
Korvel Korvel PROPN:NNP dobj 7
. . PUNCT:. punct 7
""")

_HALL = _second("""
Voters voter NOUN:NNS nsubj 7
visited visit VERB:VBD ROOT 7
Korvel Korvel PROPN:NNP compound 9
Hall Hall PROPN:NNP dobj 7
. . PUNCT:. punct 7
""")

_PLAN = _second("""
Voters voter NOUN:NNS nsubj 7
rejected reject VERB:VBD ROOT 7
the the DET:DT det 10
Korvel Korvel PROPN:NNP compound 10
plan plan NOUN:NN dobj 7
. . PUNCT:. punct 7
""")


def test_untagged_surname_is_the_person_named_in_full(nlp):
    doc = parse(nlp, _THANKED)
    assert not doc[8].ent_type_
    a = doc._.actor_at.get(8)
    assert a is not None and a.name == "Anna Korvel"
    assert a.country == doc._.actor_at[3].country == "EST"


def test_surname_inside_a_longer_name_is_not_the_person(nlp):
    doc = parse(nlp, _HALL)
    assert 8 not in doc._.actor_at


def test_surname_modifying_a_noun_is_not_the_person(nlp):
    doc = parse(nlp, _PLAN)
    assert 9 not in doc._.actor_at


_TWO = """
Anna Anna PROPN:NNP compound 1 B-PERSON
Korvel Korvel PROPN:NNP nsubj 5 I-PERSON
and and CCONJ:CC cc 1
Peeter Peeter PROPN:NNP compound 4 B-PERSON
Korvel Korvel PROPN:NNP conj 1 I-PERSON
resigned resign VERB:VBD ROOT 5
. . PUNCT:. punct 5
Voters voter NOUN:NNS nsubj 8
thanked thank VERB:VBD ROOT 8
Korvel Korvel PROPN:NNP dobj 8
. . PUNCT:. punct 8
"""


def test_surname_two_people_share_is_neither(nlp):
    doc = parse(nlp, _TWO)
    assert 9 not in doc._.actor_at


_BEFORE = """
Voters voter NOUN:NNS nsubj 1
thanked thank VERB:VBD ROOT 1
Korvel Korvel PROPN:NNP dobj 1
. . PUNCT:. punct 1
Estonian Estonian ADJ:JJ amod 5 B-NORP
minister minister NOUN:NN compound 7
Anna Anna PROPN:NNP compound 7 B-PERSON
Korvel Korvel PROPN:NNP nsubj 8 I-PERSON
resigned resign VERB:VBD ROOT 8
. . PUNCT:. punct 8
"""


def test_surname_before_the_full_name_is_left_alone(nlp):
    doc = parse(nlp, _BEFORE)
    assert 2 not in doc._.actor_at


_ONE_WORD = """
Estonian Estonian ADJ:JJ amod 1 B-NORP
minister minister NOUN:NN compound 2
Korvel Korvel PROPN:NNP nsubj 3 B-PERSON
resigned resign VERB:VBD ROOT 3
. . PUNCT:. punct 3
Voters voter NOUN:NNS nsubj 6
thanked thank VERB:VBD ROOT 6
Korvel Korvel PROPN:NNP dobj 6
. . PUNCT:. punct 6
"""


def test_untagged_repeat_of_a_one_word_name_is_that_person(nlp):
    doc = parse(nlp, _ONE_WORD)
    assert doc._.actor_at[7].country == doc._.actor_at[2].country == "EST"


def test_untagged_proper_noun_named_by_no_one_before_stays_unresolved(nlp):
    doc = parse(nlp, _ONE_WORD.replace("Korvel Korvel PROPN:NNP dobj", "Brenvik Brenvik PROPN:NNP dobj"))
    assert 7 not in doc._.actor_at


# the repeat tagged as a place by the NER ("minister Korvel ... visit Korvel", GPE): no town of
# that name is known, so the text named no place by it: the person named before
_AS_PLACE = _ONE_WORD.replace("Korvel Korvel PROPN:NNP dobj 6", "Korvel Korvel PROPN:NNP dobj 6 B-GPE")


def test_repeat_tagged_as_a_place_that_is_no_place_is_the_person(nlp):
    doc = parse(nlp, _AS_PLACE)
    assert doc[7].ent_type_ == "GPE"
    assert doc._.actor_at[7].country == doc._.actor_at[2].country == "EST"


def test_place_tagged_name_no_one_carried_before_is_no_person(nlp):
    doc = parse(nlp, _AS_PLACE.replace("Korvel Korvel PROPN:NNP dobj 6 B-GPE", "Brenvik Brenvik PROPN:NNP dobj 6 B-GPE"))
    assert 7 not in doc._.actor_at


def test_known_town_of_a_named_persons_surname_stays_the_town(nlp):
    # "Police chief Lucas Nairobi ... the army shelled Nairobi": the city, a place of its own
    doc = parse(
        nlp,
        """
Police police NOUN:NN compound 1
chief chief NOUN:NN compound 3
Lucas Lucas PROPN:NNP compound 3 B-PERSON
Nairobi Nairobi PROPN:NNP nsubj 4 I-PERSON
resigned resign VERB:VBD ROOT 4
. . PUNCT:. punct 4
Troops troop NOUN:NNS nsubj 7
shelled shell VERB:VBD ROOT 7
Nairobi Nairobi PROPN:NNP dobj 7 B-GPE
. . PUNCT:. punct 7
""",
    )
    a = doc._.actor_at.get(8)
    assert a is None or a.how != "context:person"
