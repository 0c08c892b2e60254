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


def _coded(nlp, text: str, title: str | None, name: str):
    c = code_article(ArticleInput(text=text, date="2023-10-16", title=title), nlp=nlp)
    found = [a for a in c.actors if a.text == name]
    assert found, [a.text for a in c.actors]
    return found[0]


KENYA = "Kenya's parliament met in Nairobi on Monday. Kenyan officials backed the budget. "


def test_titled_one_person_office_takes_the_articles_country(nlp):
    # "Foreign" is the office's word, not a foreign group's
    a = _coded(nlp, KENYA + "Foreign Secretary Peter Otieno urged the embassy to reconsider.", None, "Peter Otieno")
    assert (a.country, a.sector) == ("KEN", "GOV")


def test_foreign_group_word_still_blocks_context(nlp):
    a = _coded(nlp, KENYA + "Foreign journalist Peter Otieno urged the embassy to reconsider.", None, "Peter Otieno")
    assert a.country is None


def test_cabinet_office_in_apposition(nlp):
    text = "Peter Otieno, the Secretary of Transportation, said flights would be cut."
    a = _coded(nlp, text, "Kenya announces new limits on flights to Cuba", "Peter Otieno")
    assert (a.country, a.sector) == ("KEN", "GOV")


def test_title_destination_is_not_the_setting(nlp):
    # the title names Cuba as where flights go: the story is Kenya's; without "to" both count
    text = "Peter Otieno, the Secretary of Transportation, said flights would be cut. Cuba objected. Cuban officials complained."
    a = _coded(nlp, text, "Kenya announces new limits on flights to Cuba", "Peter Otieno")
    assert a.country == "KEN"
    b = _coded(nlp, text, "Kenya and Cuba argue over new flight limits", "Peter Otieno")
    assert b.country == "CUB"


def test_title_named_by_an_international_body(nlp):
    a = _person(nlp, "UN envoy Jane Doe criticised Kenya on Monday.", "Jane Doe")
    assert (a.country, a.code) == (None, "IGOUNO")
    b = _person(nlp, "Jane Doe, a UN envoy, criticised Kenya on Monday.", "Jane Doe")
    assert (b.country, b.code) == (None, "IGOUNO")


def test_country_title_is_not_an_international_body(nlp):
    a = _person(nlp, "Kenyan envoy Jane Doe criticised Uganda on Monday.", "Jane Doe")
    assert (a.country, a.sector) == ("KEN", "GOV")
    b = _person(nlp, "Jane Doe, who met UN officials, criticised Kenya.", "Jane Doe")
    assert b.code != "IGOUNO"


# "Juan Perez Ortiz, Kenya's elected governor, resigned." with the name tagged ORG (as the small NER does)
ORG_NAMED_PERSON = """
Juan Juan PROPN:NNP compound 2 B-ORG
Perez Perez PROPN:NNP compound 2 I-ORG
Ortiz Ortiz PROPN:NNP nsubj 9 I-ORG
, , PUNCT:, punct 2
Kenya Kenya PROPN:NNP poss 7 B-GPE
's 's PART:POS case 4
elected elect VERB:VBN amod 7
governor governor NOUN:NN appos 2
, , PUNCT:, punct 2
resigned resign VERB:VBD ROOT 9
. . PUNCT:. punct 9
"""


def _hand_actor(nlp, table: str, text: str):
    from tests.handdoc import parse

    doc = parse(nlp, table)
    return next((a for a in doc._.actors if a.text == text), None)


def test_org_tagged_name_with_a_personal_title_is_a_person(nlp):
    a = _hand_actor(nlp, ORG_NAMED_PERSON, "Juan Perez Ortiz")
    assert a is not None and (a.country, a.sector) == ("KEN", "GOV")


def test_org_name_with_a_body_noun_stays_a_body(nlp):
    table = ORG_NAMED_PERSON.replace("governor governor", "company company")
    assert _hand_actor(nlp, table, "Juan Perez Ortiz") is None
