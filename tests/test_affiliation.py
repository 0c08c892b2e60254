"""A person named with the body they belong to by "of"/"from" (actors/affiliation.py, actors.yaml
`affiliation`): CAMEO codes a member, officer or spokesperson of a body as the body; a national
NGO keeps its country (GUIDELINE.md). A place there gives a private person's country only.
Invented names and sentences; each positive beside a negative."""

from __future__ import annotations

from newsgraph.model import ArticleInput
from newsgraph.pipeline import code_article

from tests.event_rows import DAY, acts


def _actor(nlp, text: str, name: str):
    c = code_article(ArticleInput(text=text, date=DAY), nlp=nlp)
    found = [a for a in c.actors if a.text == name]
    assert found, [a.text for a in c.actors]
    return found[0]


def _codes(nlp, text: str, name: str) -> tuple[str | None, str | None]:
    a = _actor(nlp, text, name)
    return a.country, a.sector


def test_a_body_named_with_a_country_word_is_that_countrys(nlp):
    # the country word is inside the body's name: the body's country, the NGO its kind noun says
    text = "Lina Okoro of Free Press Coalition Ghana said the arrests were unjust."
    assert _codes(nlp, text, "Lina Okoro") == ("GHA", "NGO")
    assert _codes(nlp, text, "Free Press Coalition Ghana") == ("GHA", "NGO")


def test_a_body_named_after_a_capital_is_not_its_government(nlp):
    text = "Tomas Berg of the Oslo Peace Research Institute criticized the decision."
    assert _codes(nlp, text, "Tomas Berg") == ("NOR", "NGO")
    # a ministry named after the same capital stays the government's body
    assert _codes(nlp, "Tomas Berg of the Norwegian Ministry of Justice criticized the decision.", "Tomas Berg") == (
        "NOR",
        "GOV",
    )


def test_a_quoted_name_with_an_apposition_saying_what_it_is(nlp):
    text = "Lithuania's parliament passed the law on Monday. Maria Novak of 'Safe Home', a domestic violence charity, criticized the ministers."
    assert _codes(nlp, text, "Maria Novak") == ("LTU", "NGO")
    # a quoted title of a book is no body: nothing says what it is
    other = "Lithuania's parliament passed the law on Monday. Maria Novak of 'Safe Home', a novel about her childhood, criticized the ministers."
    assert _actor(nlp, other, "Maria Novak").sector != "NGO"


def test_the_president_of_a_national_league_is_the_leagues(nlp):
    text = "The president of the Chilean League for Civil Liberties accused the police of torture."
    # torture alleged: an accusation of human rights abuses (1122, triggers-verbs.yaml accuse entries)
    assert ("1122", "CHL", "CHL") in acts(lambda t, d: code_article(ArticleInput(text=t, date=d), nlp=nlp), text)
    a = _actor(nlp, text, "The president")
    assert (a.country, a.sector) == ("CHL", "NGO")


def test_a_person_from_a_party_is_the_partys(nlp):
    text = "Maria Quispe from the Socialist Party accused the Peruvian government of corruption."
    assert _codes(nlp, text, "Maria Quispe") == ("PER", "PTY")


def test_a_body_with_no_country_word_takes_the_setting(nlp):
    text = "Kenya's parliament passed the budget on Monday. Grace Wanjiru of the Teachers League said the minister had lied."
    assert _codes(nlp, text, "Grace Wanjiru") == ("KEN", "NGO")
    # with no setting it stays uncoded: not an international NGO
    a = _actor(nlp, "Grace Wanjiru of the Teachers League said the minister had lied.", "Grace Wanjiru")
    assert a.code is None


def test_a_person_from_a_city_is_a_private_person_of_its_country(nlp):
    a = _actor(nlp, "Daniel Okafor from Toronto criticized the police.", "Daniel Okafor")
    assert (a.country, a.sector) == ("CAN", None)
    # a group phrase from a city: private persons of that country
    assert _codes(nlp, "A man from Chicago criticized the mayor.", "man from Chicago") == ("USA", "CVL")


def test_a_party_word_wins_over_a_place_of_the_same_name(nlp):
    # "of Georgia" beside a Republican is the US state: the party's country
    a = _actor(nlp, "Republican lawmaker Doug Farrow of Georgia said the inquiry was a sham.", "Doug Farrow")
    assert a.country == "USA"


def test_media_and_unnamed_places_are_left_as_they_were(nlp):
    assert _codes(nlp, "Tom Hale of the New York Times criticized the senator.", "Tom Hale") == ("USA", "MED")
    a = _actor(nlp, "A woman from the village accused the soldiers of theft.", "woman")
    assert a.country is None and a.sector == "CVL"


def test_fighting_for_a_right_is_no_force(code):
    assert acts(code, "The activists said they would fight for equal rights.") == []
    assert [e[0] for e in acts(code, "Kenyan soldiers fought Somali militants near the border.")] == ["190"]
