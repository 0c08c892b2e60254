"""Issue 13 (item 2): speakers and doers the KB lacks get their country and sector from
the office, body or citizenship the text gives them. Invented sentences, each rule beside a
near-identical negative."""

from __future__ import annotations

from newsgraph.model import Actor, ArticleInput
from newsgraph.pipeline import code_article

DAY = "2023-10-16"


def run(nlp, text: str, title: str | None = None):
    c = code_article(ArticleInput(text=text, date=DAY, title=title), nlp=nlp)
    assert c.article.status == "ok", c.article.error
    return c


def actor(c, text: str) -> Actor:
    found = [a for a in c.actors if a.text.lower() == text.lower()]
    assert found, f"no actor {text!r} among {[a.text for a in c.actors]}"
    return found[0]


def codes(a: Actor) -> tuple:
    return (a.country, a.sector)


# -- offices and bodies written as titles (actors.yaml title_agents) ----------------------


def test_speaker_of_the_house_takes_the_article_country(nlp):
    text = "WASHINGTON — Maria Delgado, the Speaker of the House, criticised the budget plan on Monday."
    assert codes(actor(run(nlp, text), "Maria Delgado")) == ("USA", "LEG")


def test_speaker_of_the_house_in_an_article_naming_no_country_has_none(nlp):
    text = "Maria Delgado, the Speaker of the House, criticised the budget plan on Monday."
    assert codes(actor(run(nlp, text), "Maria Delgado")) == (None, "LEG")


def test_a_speaker_in_lowercase_is_no_office(nlp):
    text = "WASHINGTON — Maria Delgado, a speaker at the rally, criticised the budget plan on Monday."
    assert actor(run(nlp, text), "Maria Delgado").sector is None


def test_representative_as_a_title(nlp):
    c = run(nlp, "OTTAWA — Representative Thomas Hadley criticised the budget plan on Monday.")
    assert codes(actor(c, "Thomas Hadley")) == ("CAN", "LEG")


def test_representatives_in_lowercase_are_no_legislators(nlp):
    c = run(nlp, "OTTAWA — Two representatives of the company criticised the budget plan on Monday.")
    assert all(a.sector != "LEG" for a in c.actors)


def test_the_house_as_a_body(nlp):
    c = run(nlp, "OTTAWA — On Monday the House voted to reject the budget plan.")
    assert codes(actor(c, "the House")) == ("CAN", "LEG")


def test_a_named_house_or_a_house_is_no_legislature(nlp):
    c = run(nlp, "OTTAWA — On Monday the Opera House rejected the plan, and the house was sold.")
    assert all(a.sector != "LEG" for a in c.actors)


def test_house_of_representatives_is_a_legislature(nlp):
    c = run(nlp, "OTTAWA — On Monday the House of Representatives rejected the budget plan.")
    assert codes(actor(c, "the House of Representatives")) == ("CAN", "LEG")


# -- a plural title names each person of a list --------------------------------------------


def test_a_plural_title_names_each_person_of_the_list(nlp):
    c = run(nlp, "Senators Thomas Hadley and Rita Gomez criticised the budget plan on Monday.")
    assert actor(c, "Thomas Hadley").sector == "LEG"
    assert actor(c, "Rita Gomez").sector == "LEG"


def test_a_singular_title_names_only_its_person(nlp):
    c = run(nlp, "Senator Thomas Hadley and Rita Gomez criticised the budget plan on Monday.")
    assert actor(c, "Thomas Hadley").sector == "LEG"
    assert actor(c, "Rita Gomez").sector is None


# -- a title said of the person: copula, relative clause ----------------------------------


def test_citizenship_said_of_a_person(nlp):
    c = run(nlp, "Pedro Alves is a Brazilian national. Alves criticised the plan on Monday.")
    assert codes(actor(c, "Pedro Alves")) == ("BRA", "CVL")


def test_citizenship_denied_of_a_person_gives_nothing(nlp):
    c = run(nlp, "Pedro Alves is not a Brazilian national. Alves criticised the plan on Monday.")
    assert codes(actor(c, "Pedro Alves")) == (None, None)


def test_an_office_in_a_relative_clause_on_the_name(nlp):
    c = run(nlp, "Thomas Hadley, who was Vladimir Putin's special envoy until May, criticised the plan.")
    assert codes(actor(c, "Thomas Hadley")) == ("RUS", "GOV")


def test_meeting_an_office_holder_gives_no_office(nlp):
    c = run(nlp, "Thomas Hadley, who met Vladimir Putin's special envoy in May, criticised the plan.")
    assert codes(actor(c, "Thomas Hadley")) == (None, None)


def test_a_leaders_aide_is_of_the_leaders_country(nlp):
    c = run(nlp, "Vladimir Putin's spokesman criticised the plan on Monday.")
    assert codes(actor(c, "Putin's spokesman")) == ("RUS", "GOV")


def test_a_leaders_relative_is_no_office(nlp):
    c = run(nlp, "Vladimir Putin's cousin Thomas Hadley criticised the plan on Monday.")
    assert actor(c, "Thomas Hadley").country is None


# -- a body named again by "the" and its word ---------------------------------------------


def test_the_embassy_is_the_embassy_named_before(nlp):
    c = run(nlp, "The mayor wrote to the US Embassy in London on Monday. The embassy declined the request.")
    a = actor(c, "The embassy")
    assert (a.country, a.sector, a.resolved_by) == ("USA", "GOV", "pronoun")


def test_the_embassy_after_two_embassies_is_neither(nlp):
    text = "The mayor wrote to the US Embassy and the Iranian Embassy in London. The embassy declined the request."
    assert actor(run(nlp, text), "The embassy").country is None


def test_the_embassy_after_an_embassy_of_no_country_is_none(nlp):
    c = run(nlp, "The mayor wrote to an embassy in London on Monday. The embassy declined the request.")
    assert actor(c, "The embassy").country is None


# -- a first name alone, a surname from the KB --------------------------------------------


def test_a_first_name_alone_is_the_person_named_in_full(nlp):
    text = 'Thomas Hadley, the Brazilian foreign trade adviser, resigned. "I asked Thomas to stay," the mayor said.'
    c = run(nlp, text)
    assert [a.country for a in c.actors if a.text == "Thomas"] == ["BRA"]


def test_a_first_name_two_people_share_is_neither(nlp):
    text = 'Brazilian adviser Thomas Hadley and Thomas Brandt resigned. "I asked Thomas to stay," the mayor said.'
    c = run(nlp, text)
    assert [a.country for a in c.actors if a.text == "Thomas"] == [None]


def test_a_name_after_a_title_in_the_kb_is_a_given_name(nlp):
    # "King Charles": Charles is his given name, so "Charlotte Charles" is someone else
    c = run(nlp, "Her mother, Charlotte Charles, criticised the decision on Monday.")
    assert actor(c, "Charlotte Charles").kb_id is None


def test_the_kings_given_name_after_his_full_title_is_the_king(nlp):
    c = run(nlp, "King Charles met Boris Johnson on Monday. Charles praised the prime minister.")
    assert [a.kb_id for a in c.actors if a.text == "Charles"] == ["charles_iii"]


# -- a legislature by its word alone is the article's --------------------------------------


def test_congress_alone_is_the_article_countrys_not_the_sentences(nlp):
    c = run(nlp, "WASHINGTON — On Monday Congress refused to pay for a wall on the border with Mexico.")
    assert codes(actor(c, "Congress")) == ("USA", "LEG")


def test_a_legislature_named_with_its_country_keeps_it(nlp):
    c = run(nlp, "WASHINGTON — On Monday the Mexican Congress refused to pay for a wall on the border.")
    assert codes(actor(c, "the Mexican Congress")) == ("MEX", "LEG")


# -- a name the NER missed, in apposition with a one-person title ------------------------

DATED = "Sunday, July 28, 2019\n\n\n"


def test_an_untagged_name_beside_a_persons_title_is_that_person(nlp):
    text = DATED + "Ricardo Rosselló Nevares, Puerto Rico's governor, resigned on Wednesday. Rosselló said he would leave."
    c = run(nlp, text)
    assert codes(actor(c, "Ricardo Rosselló Nevares")) == ("PRI", "GOV")
    assert [codes(a) for a in c.actors if a.text == "Rosselló"] == [("PRI", "GOV")]


def test_a_name_beside_a_bodys_word_is_no_person(nlp):
    text = DATED + "Acme Widget Holdings, the company, announced its results on Wednesday."
    assert all(a.sector != "GOV" and "Acme" not in a.text for a in run(nlp, text).actors)
