"""Where a named person the KB lacks is from, as English says it beside the name
(actors/hometowns.py, actors.yaml `origin_nouns`): "a native/resident of PLACE", "PLACE native X",
"X, from PLACE", "X, 45, of PLACE", "the PLACE-born X" give the place's country (GUIDELINE:
private persons CVL, country from the text). Invented names and sentences; each positive beside
negatives that look alike (an office, a field, a body, where the person is now, a verb's place)."""

from __future__ import annotations

from newsgraph.model import ArticleInput
from newsgraph.pipeline import code_article

from tests.event_rows import DAY, acts


def _actor(nlp, text: str, name: str):
    c = code_article(ArticleInput(text=text, date=DAY), nlp=nlp)
    found = [a for a in c.actors if a.text == name]
    assert found, [a.text for a in c.actors]
    return found[0]


def _codes(nlp, text: str, name: str) -> tuple[str | None, str | None, str | None]:
    a = _actor(nlp, text, name)
    return a.country, a.sector, a.resolved_by


def test_a_native_or_resident_of_a_place_is_a_private_person_of_its_country(nlp):
    text = "Hans Weber, a native of Bremen, accused the minister of lying."
    assert _codes(nlp, text, "Hans Weber") == ("DEU", "CVL", "appositive")
    # a town only the places stage's gazetteer knows
    text = "Maria Gonzalez, a resident of Kagoro, accused the army of killing her son."
    assert _codes(nlp, text, "Maria Gonzalez")[:2] == ("NGA", "CVL")


def test_a_place_native_before_the_name(nlp, code):
    text = "Ohio native Carl Jennings accused the governor of corruption."
    assert _codes(nlp, text, "Carl Jennings") == ("USA", "CVL", "appositive")
    # the accusation is now coded: its source has a country
    assert [c for c, s, _ in acts(code, text)] == ["1121"]  # of corruption: 1121


def test_from_a_place_beside_the_name_or_its_apposition(nlp):
    text = "Pierre Dubois, a father of three from Marseille, criticised the president."
    assert _codes(nlp, text, "Pierre Dubois")[::2] == ("FRA", "appositive")
    text = "Greta Lindqvist, 45, of Uppsala, attacked a police officer on Tuesday."
    assert _codes(nlp, text, "Greta Lindqvist")[::2] == ("SWE", "appositive")


def test_a_place_born_person_or_group(nlp):
    text = "Amos Kiprono, a Nakuru-born doctor, criticised the government."
    assert _codes(nlp, text, "Amos Kiprono")[0] == "KEN"
    text = "The Lagos-born activist criticised the government."
    assert _codes(nlp, text, "The Lagos-born activist")[:2] == ("NGA", "OPP")


def test_an_office_a_field_or_a_body_is_no_hometown(nlp):
    # "a professor of history": a field; "of the Labour Party": a body, no place
    assert _codes(nlp, "Maria Hollis, a professor of history, criticised the government.", "Maria Hollis")[0] is None
    assert _codes(nlp, "Daniel Foster, of the Labour Party, criticised the government.", "Daniel Foster")[0] is None
    text = "Daniel Foster, a spokesman from the ministry, criticised the government."
    assert _codes(nlp, text, "Daniel Foster")[0] is None
    # a company or charity after "from" is no place
    text = "Daniel Foster, an engineer from Siemens, criticised the government."
    assert _codes(nlp, text, "Daniel Foster")[0] is None
    # a name and "of" with no age before it is not read here ("X of Y" is most often a body)
    text = "Daniel Foster, a native speaker of Welsh, criticised the government."
    assert _codes(nlp, text, "Daniel Foster")[2] != "appositive"


def test_where_the_person_is_now_or_a_verbs_place_is_no_hometown(nlp):
    for text in (
        "Daniel Foster, in Bremen, criticised the Swiss government.",
        "Daniel Foster flew from Bremen and criticised the Swiss government.",
        "Daniel Foster, who came from a family of farmers in Bremen, criticised the Swiss government.",
    ):
        assert _codes(nlp, text, "Daniel Foster")[2] != "appositive", text
