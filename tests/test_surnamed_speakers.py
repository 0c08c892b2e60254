"""A quoted person whose surname is a country's name is a person, not the country
(coding/placed_speakers.surnamed_speaker): "Nikki Holland of the agency" speaks for the agency;
a country named alone, or a company or lake named after one, keeps the country."""

from __future__ import annotations

DAY = "2023-10-16"


def speaker(code, text: str) -> dict | None:
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    assert len(c.quotes) == 1, [q.text for q in c.quotes]
    return c.quotes[0].speaker


def test_a_first_name_before_a_country_name_makes_a_person_of_the_body_named(code):
    text = (
        "Police in London arrested 30 men on Tuesday. Nikki Holland of the UK's National Crime Agency "
        'said, "These offenders cannot hide from law enforcement anywhere in the world."'
    )
    sp = speaker(code, text)
    assert sp and sp["text"] == "Nikki Holland" and sp["country"] == "GBR"


def test_a_person_after_the_quote_with_a_country_surname_is_of_the_story(code):
    text = (
        "Police in Chicago arrested 30 men on Tuesday in a raid across Illinois. \"These offenders cannot "
        'hide from law enforcement anywhere," said Kate Holland, a spokeswoman for the city.'
    )
    sp = speaker(code, text)
    assert sp and sp["text"] == "Kate Holland" and sp["country"] != "NLD"


def test_a_country_named_alone_is_the_country(code):
    text = 'The talks in Amman ended on Tuesday. Jordan said, "We will keep working for peace between our neighbours."'
    sp = speaker(code, text)
    assert sp and sp["country"] == "JOR"


def test_a_company_named_after_a_country_is_no_person(code):
    text = 'Flights were cancelled on Tuesday. Air India said, "All passengers will be rebooked on the next flight."'
    sp = speaker(code, text)
    assert sp and sp["country"] == "IND"
