"""A body the KB lacks named for the place it belongs to by an "of" ("the University of Toronto",
"the Bank of Montreal", "the University of Cape Town") is of that place's country, and so is a
person of it (entities.py, named_for_places.place_named_in, affiliation.py): not the country of
the sentence's other actors. A place word outside such an "of", a name with no place after its
"of", or a small town a one-word name may also be, gives nothing. Sentences are invented."""

from __future__ import annotations

from tests.event_rows import DAY, coded


def sources(code, text: str, trigger: str) -> list[str | None]:
    """The source codes of the events on one trigger word."""
    return [e[2] for e in coded(code, text) if e[0] == trigger]


def test_a_person_of_a_body_named_for_a_city_is_of_its_country(code):
    assert sources(code, "Ana Berg of the University of Toronto criticised the Austrian court.", "criticised") == [
        "CANEDU"
    ]
    assert sources(code, "Ana Berg of the Bank of Montreal criticised the Austrian court.", "criticised") == ["CANBUS"]
    # a city of two words, which the parser may split, by its whole name
    assert sources(
        code, "Ana Berg of the University of Cape Town criticised the Austrian court.", "criticised"
    ) == ["ZAFEDU"]


def test_no_place_after_the_of_gives_no_country_of_its_own(code):
    # the body's country still comes from the sentence, as before
    text = "Steve Peers of the Union of Concerned Scientists criticised the Austrian court."
    assert sources(code, text, "criticised") == ["AUTLAB"]
    # a one-word name is read as a country, region or large city only: no small town of that name
    text = "Steve Peers of the University of Essex criticised the Austrian court."
    assert sources(code, text, "criticised") != ["USAEDU"]
