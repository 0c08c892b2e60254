"""A body the KB lacks that a company noun and a country word describe ("Iranian airline X Air",
"the Chinese company X Technologies") is a body of that country with the noun's sector, and
named again by its first word alone ("X") the same body (actors/described.py, actors.yaml
`company_nouns`). Negatives: a company noun with no country word gives nothing (the setting's
country would be a guess), nor does a word that only shares its first letters, nor a name two
described bodies open. Sentences and names are invented."""

from __future__ import annotations

DAY = "2023-10-16"


def actors(code, text: str) -> dict[str, tuple[str | None, str | None]]:
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return {a.text: (a.country, a.sector) for a in c.actors}


def events(code, text: str, trigger: str):
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return [e for e in c.events if e.trigger.lower() == trigger]


def test_an_airline_the_text_calls_iranian_is_an_iranian_business(code):
    found = actors(code, "France on Monday banned Iranian airline Zarvan Air from its airports.")
    assert found["Zarvan Air"] == ("IRN", "BUS")


def test_its_first_word_alone_is_the_same_body(code):
    text = (
        "France on Monday banned Iranian airline Zarvan Air from its airports. "
        "The French minister accused Zarvan of carrying weapons to Syria."
    )
    (e,) = events(code, text, "accused")
    assert (e.source["country"], e.target["country"], e.target["sector"]) == ("FRA", "IRN", "BUS")


def test_a_newspaper_of_a_country_is_its_medium(code):
    text = "Russian newspaper Mirovest reported the deal. The Kenyan minister criticised Mirovest."
    (e,) = events(code, text, "criticised")
    assert (e.source["country"], e.target["country"], e.target["sector"]) == ("KEN", "RUS", "MED")


def test_a_company_noun_without_a_country_word_gives_none(code):
    found = actors(code, "BERLIN - Germany banned the airline Zarvan Air on Monday.")
    assert found.get("Zarvan Air", (None, None))[0] != "IRN"


def test_a_longer_name_opening_with_that_word_is_someone_else(code):
    text = (
        "France on Monday banned Iranian airline Zarvan Air from its airports. "
        "The French minister Zarvan Dupont accused Iran of carrying weapons to Syria."
    )
    (e,) = events(code, text, "accused")
    assert e.source["country"] == "FRA"


def test_a_word_two_described_bodies_open_is_neither(code):
    text = (
        "Italy fined Iranian airline Zarvan Air on Monday. Germany fined Turkish airline Zarvan Jet on Tuesday. "
        "The Italian minister accused Zarvan of fraud."
    )
    (e,) = events(code, text, "accused")
    assert e.target is None or e.target["country"] not in ("IRN", "TUR")


def test_a_person_named_after_a_title_is_still_a_person(code):
    found = actors(code, "Kenyan businessman Zarvan Mwangi denied the charges.")
    assert found["Zarvan Mwangi"] == ("KEN", "BUS")
