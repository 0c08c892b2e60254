"""A named person police or courts act on is of their country (actors/held.py, events.yaml
held_verbs, custody_nouns): the acting body's, else the setting's. Invented sentences; each
positive has a negative (a foreigner named as such, a person merely quoted, a private complaint)."""

from __future__ import annotations

from tests.event_rows import DAY


def people(code, text: str) -> dict[str, str | None]:
    """Each person actor's text -> its country."""
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return {a.text: a.country for a in c.actors if a.kb_id is None and a.text[:1].isupper()}


def test_a_person_the_police_arrest_is_of_the_polices_country(code):
    got = people(code, "John Peterson was arrested by Finnish police on Monday. Peterson denied the charges.")
    assert got.get("John Peterson") == "FIN"
    assert got.get("Peterson") == "FIN"  # the repeated name takes the first mention's


def test_a_person_merely_quoted_takes_no_country(code):
    got = people(code, "John Peterson said the weather in Finland was cold.")
    assert got.get("John Peterson") is None


def test_a_guilty_plea_and_a_sentence_with_no_body_take_the_setting(code):
    text = "In Nairobi, Kenya, Peter Otieno Wafula pleaded guilty to fraud on Monday."
    assert people(code, text).get("Peter Otieno Wafula") == "KEN"
    text = "In Nairobi, Kenya, Peter Otieno Wafula was sentenced to life in prison."
    assert people(code, text).get("Peter Otieno Wafula") == "KEN"
    # a private complaint is no state's act
    text = "In Nairobi, Kenya, Peter Otieno Wafula was praised by his neighbours."
    assert people(code, text).get("Peter Otieno Wafula") is None


def test_the_texts_own_nationality_wins(code):
    text = "A Canadian, John Peterson, was arrested by police in Lagos, Nigeria."
    assert people(code, text).get("John Peterson") != "NGA"  # a foreigner named as such is not made Nigerian


def test_custody(code):
    text = "In Lyon, France, Annette Boucheron was taken into custody on Friday."
    assert people(code, text).get("Annette Boucheron") == "FRA"
    text = "In Lyon, France, Annette Boucheron was taken into the garden on Friday."
    assert people(code, text).get("Annette Boucheron") is None


def force(code, text: str) -> list[tuple[str, str]]:
    """(trigger, cameo) of the acts of force coded."""
    c = code(text, DAY)
    return [(e.trigger, e.cameo) for e in c.events if e.cameo[:2] in ("18", "19", "20")]


def test_a_private_persons_shooting_is_unconventional_violence(code):
    text = "In Auckland, New Zealand, John Peterson shot and killed three people. Peterson was arrested on Friday."
    assert force(code, text) and all(c.startswith("18") for _, c in force(code, text))
    # an army's shooting stays conventional military force
    text = "In Auckland, New Zealand, the New Zealand army shot and killed three people. Peterson was arrested."
    assert force(code, text) and all(c.startswith("19") for _, c in force(code, text))


def test_a_sentence_with_no_court_named_is_the_settings_courts(code):
    c = code("In Auckland, New Zealand, John Peterson was sentenced to life in prison.", DAY)
    assert [(e.source["code"], e.target["country"]) for e in c.events if e.trigger == "sentenced"] == [
        ("NZLJUD", "NZL")
    ]


def test_a_repeated_surname_that_confesses_takes_the_setting(code):
    text = "Rahim Shahzad Malik lives in Lahore, Pakistan. He is a farmer. Malik confessed on Friday."
    got = people(code, text)
    assert got.get("Malik") == "PAK"
    # one who only spoke is no one held
    text = "Rahim Shahzad Malik lives in Lahore, Pakistan. He is a farmer. Malik spoke on Friday."
    assert people(code, text).get("Malik") is None
