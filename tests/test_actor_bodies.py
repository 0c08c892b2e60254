"""Issue 13: offices named by common English titles give a person the KB lacks a sector.
Invented sentences, each beside a near-identical negative."""

from __future__ import annotations

from newsgraph.model import ArticleInput
from newsgraph.pipeline import code_article


def _person(nlp, text: str, name: str):
    c = code_article(ArticleInput(text=text, date="2023-10-16"), nlp=nlp)
    found = [a for a in c.actors if a.text == name]
    assert found, [a.text for a in c.actors]
    return found[0]


def test_cabinet_secretary_is_government(nlp):
    a = _person(nlp, "Kenyan cabinet secretary Peter Otieno criticised the plan.", "Peter Otieno")
    assert (a.country, a.sector) == ("KEN", "GOV")


def test_other_title_is_not_government(nlp):
    a = _person(nlp, "Kenyan farmer Peter Otieno criticised the plan.", "Peter Otieno")
    assert a.sector != "GOV"
