"""A title with its portfolio before a name ("Minister of Information Moammar al-Eryani"): the
name is the titled person (titles.py `_past_portfolio`). Hand-built parses, each beside a
negative."""

from __future__ import annotations

from tests.handdoc import parse

_TITLED = """
Yemeni Yemeni ADJ:JJ amod 1 B-NORP
Minister Minister PROPN:NNP nsubj 7
of of ADP:IN prep 1
{w1} {w1} PROPN:NNP compound 6
{w2} {w2} PROPN:NNP compound 6 {e2}
{w3} {w3} PROPN:NNP compound 6 {e3}
{w4} {w4} PROPN:NNP pobj 2 {e4}
spoke speak VERB:VBD ROOT 7
. . PUNCT:. punct 7
"""


def test_name_after_the_portfolio_is_the_titled_person(nlp):
    doc = parse(
        nlp,
        _TITLED.format(w1="Information", w2="Omar", e2="B-PERSON", w3="Ali", e3="I-PERSON", w4="Saleh", e4="I-PERSON"),
    )
    a = doc._.actor_at.get(6)
    assert a is not None and a.text == "Omar Ali Saleh" and a.code == "YEMGOV"


def test_portfolio_words_with_no_person_after_them_name_no_one(nlp):
    doc = parse(nlp, _TITLED.format(w1="Information", w2="Technology", e2="", w3="Park", e3="", w4="Square", e4=""))
    assert all(a.how != "context:person" for a in doc._.actors)


def _person(nlp, text: str, name: str):
    from newsgraph.model import ArticleInput
    from newsgraph.pipeline import code_article

    c = code_article(ArticleInput(text=text, date="2023-10-16"), nlp=nlp)
    found = [a for a in c.actors if a.text == name]
    assert found, [a.text for a in c.actors]
    return found[0]


def test_title_a_person_became_or_was_elected_is_theirs(nlp):
    assert _person(nlp, "Anna Korvel became Estonia's foreign minister in May.", "Anna Korvel").code == "ESTGOV"
    assert _person(nlp, "Anna Korvel was sworn in as Estonia's foreign minister.", "Anna Korvel").code == "ESTGOV"


def test_title_a_person_met_is_not_theirs(nlp):
    assert _person(nlp, "Anna Korvel met Estonia's foreign minister in May.", "Anna Korvel").code is None
    assert _person(nlp, "Anna Korvel did not become Estonia's foreign minister.", "Anna Korvel").code is None
