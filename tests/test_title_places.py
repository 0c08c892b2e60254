"""Offices that carry their place or their owner in their name (actors/title_places.py,
actors/owned_offices.py, kb/agents.tsv "sheriff"): the place before a title gives the office
its country, also when the parser hangs it on the title's first word ("New York Attorney
General") or it carries its kind ("Kano State governor"); a body's name before a title names
no place; an office owned by a named actor is that actor. Sentences are invented; each
positive has a negative beside it."""

from __future__ import annotations

from tests.event_rows import coded

OFFICIAL = ("GOV", "JUD", "COP", "MIL", "LEG")


def sources(code, text: str) -> list[str | None]:
    return [e[2] for e in coded(code, text)]


def test_a_place_hung_on_the_first_word_of_a_title_is_the_offices(code):
    assert sources(code, "New York Attorney General Mary Stone sued the firm.") == ["USAJUD"]
    assert sources(code, "Lyon Mayor Pierre Garnier condemned the attack.") == ["FRAGOV"]
    # the title alone names no country
    assert sources(code, "Attorney General Mary Stone sued the firm.") == ["JUD"]


def test_a_place_with_its_kind_before_a_title_is_looked_up_without_it(code):
    assert sources(code, "Kano State governor Musa Bello condemned the attack.") == ["NGAGOV"]
    assert sources(code, "Los Angeles County Sheriff John Ruiz condemned the attack.") == ["USACOP"]
    # a kind word with no place before it is no place
    assert sources(code, "State governor Musa Bello condemned the attack.") == ["GOV"]


def test_a_bodys_name_before_a_title_names_no_place(code):
    # "Texas" and "Washington" are places, but here only words of a company's or a paper's name
    assert sources(code, "Texas Instruments chief executive John Ruiz criticized the tariffs.") == ["BUS"]
    # the paper's reporter takes the paper's code (actors.yaml body_titles), not Washington's
    assert sources(code, "Washington Post reporter Anna Field criticized the mayor.") == ["USAMED"]


def test_a_city_before_a_private_persons_noun_makes_no_official(code):
    assert not any((s or "")[3:] in OFFICIAL for s in sources(code, "A Manhattan restaurant owner criticised the mayor."))
    assert sources(code, "The Paris prosecutor charged the man with fraud.") == ["FRAJUD"]


def test_a_sheriff_is_police(code):
    assert coded(code, "The sheriff arrested two men.") == [("arrested", "173", "COP", "CVL", "actual")]


def test_an_office_owned_by_a_named_actor_is_that_actor(code):
    assert sources(code, "The Kenyan president's office criticized the decision.") == ["KENGOV"]
    assert coded(code, "The Paris prosecutor's office is investigating the mayor.")[0][:3] == (
        "investigating",
        "090",
        "FRAJUD",
    )
    # a pronoun owner is left to the pronoun rules; an office that is a name is no one's
    assert sources(code, "His office criticized the decision.") == []
    assert sources(code, "The Oval Office criticized the decision.") == []
