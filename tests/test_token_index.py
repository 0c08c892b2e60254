"""`component.tokens_with` reads a per-Doc index of an attribute's values: it finds what a pass over
the tokens finds, for any word collection, and follows a value a stage changed after the index
was built (the events stage mends the lemmas and relations of misparsed verbs)."""

from __future__ import annotations

from spacy.attrs import DEP, LEMMA, LOWER

from newsgraph.coding.component import INDEX_MEMO, tokens_with

TEXT = (
    "The minister said the rebels had attacked the town. Police said they arrested two men, "
    "and the minister said the men would be charged."
)


def _scan(doc, attr, words):
    get = {LOWER: lambda t: t.lower_, LEMMA: lambda t: t.lemma_, DEP: lambda t: t.dep_}[attr]
    return [t.i for t in doc if get(t) in set(words)]


def test_the_index_finds_what_a_pass_finds(nlp):
    doc = nlp(TEXT)
    for attr, words in (
        (LOWER, frozenset({"said", "minister", "absent"})),
        (LOWER, ["men", "men", "the"]),  # a repeated word is found once
        (LEMMA, frozenset({"say", "arrest"})),
        (LEMMA, {"charge": 1}),
        (DEP, frozenset({"nsubj", "dobj"})),
        (LOWER, frozenset()),
    ):
        assert [t.i for t in tokens_with(doc, attr, words)] == _scan(doc, attr, words)


def test_a_changed_value_is_found_where_it_now_is(nlp):
    doc = nlp(TEXT)
    said = [t.i for t in tokens_with(doc, LEMMA, frozenset({"say"}))]
    assert len(said) == 3
    doc[said[0]].lemma_ = "state"
    assert [t.i for t in tokens_with(doc, LEMMA, frozenset({"say"}))] == said[1:]
    assert [t.i for t in tokens_with(doc, LEMMA, frozenset({"state"}))] == said[:1]
    doc[said[1]].dep_ = "xcomp"
    assert said[1] in [t.i for t in tokens_with(doc, DEP, frozenset({"xcomp"}))]


def test_no_index_is_left_on_a_coded_doc(nlp):
    assert INDEX_MEMO not in nlp(TEXT).user_data
