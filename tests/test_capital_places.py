"""The event's place: a capital named by its country, not its name (coding/where/capitals.py).

"the Somali capital", "Kenya's capital", "the capital of Yemen" are that country's capital; a
name set beside the capital is the place ("the capital, Kabul", "the Borno state capital
Maiduguri"); a bare "the capital" is the capital of the country the text is set in (its
sentence's, paragraph's or article's), and no place when no country is known. Invented
sentences, each beside a negative: capital as money, a capital with a word saying it is another
one ("the state capital", "the provincial capital"), a capital of no known country."""

from __future__ import annotations

import pytest

# (text, trigger, capital's name, country); None: no place of its own
CASES = [
    # a demonym, an owner, an "of" country
    ("A car bomb killed ten soldiers in the Somali capital on Monday.", "killed", "Mogadishu", "SOM"),
    ("Police arrested six protesters in Kenya's capital on Monday.", "arrested", "Nairobi", "KEN"),
    ("Police arrested six protesters in the capital of Peru on Monday.", "arrested", "Lima", "PER"),
    # the name beside it, even after another word on "capital"
    ("Afghan police arrested three men in the capital, Kabul.", "arrested", "Kabul", "AFG"),
    ("Gunmen killed two policemen in the Iraqi capital Baghdad.", "killed", "Baghdad", "IRQ"),
    ("Police arrested ten protesters in the Borno state capital Maiduguri.", "arrested", "Maiduguri", "NGA"),
    # the name right after it, which the parser hung elsewhere (a city of the setting's country)
    ("Residents of Kality district, outside the capital, Addis Ababa, captured a rebel fighter.", "captured", "Addis Ababa", "ETH"),
    # a bare "the capital": the country of its sentence
    ("Iraqi protesters marched in the capital on Friday.", "marched", "Baghdad", "IRQ"),
    ("Gunmen killed a Somali lawmaker in the capital on Thursday.", "killed", "Mogadishu", "SOM"),
    ("Kenyan police arrested ten protesters in the capital city on Friday.", "arrested", "Nairobi", "KEN"),
    # no country known (or two): no place
    ("Ethiopian troops entered the capital, Washington said on Friday.", "entered", None, None),
    ("Police arrested ten protesters in the capital on Friday.", "arrested", None, None),
    # another capital than the nation's, with no name given: no place
    ("Police arrested ten protesters in the state capital on Friday.", "arrested", None, None),
    ("Kenyan police arrested ten protesters in the provincial capital on Friday.", "arrested", None, None),
    ("Kenyan police arrested ten protesters in its capital on Friday.", "arrested", None, None),
]


def _place(code, text: str, trigger: str):
    c = code(text, "2019-05-01")
    assert c.article.status == "ok", c.article.error
    (e,) = [e for e in c.events if e.trigger == trigger]
    loc = e.location or {}
    return loc if loc.get("precision") != "article" else {}


@pytest.mark.parametrize(("text", "trigger", "name", "country"), CASES)
def test_capital_places(code, text, trigger, name, country):
    loc = _place(code, text, trigger)
    assert (loc.get("name"), loc.get("country")) == (name, country)
    if name is not None:
        assert loc["kind"] == "city" and loc["lat"] is not None  # a city's point


def test_bare_capital_takes_the_articles_country(code):
    """A sentence naming no country: the article's (here its dateline's)."""
    c = code("NAIROBI - Police arrested ten protesters in the capital on Friday.", "2019-05-01")
    (e,) = [e for e in c.events if e.trigger == "arrested"]
    assert (e.location["name"], e.location["precision"]) == ("Nairobi", "sentence")


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan lawmakers condemned capital punishment on Friday.",
        "Kenyan police arrested a banker in the capital markets scandal on Friday.",
        "The Kenyan minister criticised the capital gains tax on Friday.",
    ],
)
def test_capital_as_money_is_no_place(code, text):
    c = code(text, "2019-05-01")
    assert c.events, text
    assert all((e.location or {}).get("name") != "Nairobi" for e in c.events), text


# a part a town or a capital owns ("Nairobi's X district", "the Kenyan capital's X district") lies
# in that town's country, as "the X district of Nairobi" does; a country's owner leaves the name
# to the gazetteer ("Syria's Idlib province")
PARTS = [
    ("Kenyan police arrested ten protesters in Nairobi's Eastleigh district.", "arrested", "Eastleigh", "KEN"),
    ("Kenyan police arrested five men in the Kenyan capital's Eastleigh district.", "arrested", "Eastleigh", "KEN"),
    ("Kenyan police arrested five men in the capital's Eastleigh district.", "arrested", "Eastleigh", "KEN"),
    ("A bomb exploded in the Somali capital's Hamar Weyne district on Monday.", "exploded", "Hamar Weyne", "SOM"),
    ("Protests took place in Hama's Hamidiyeh and Bab Qubli neighborhoods.", "Protests", "Hamidiyeh", "SYR"),
    # the owner alone, and a country's name before the noun
    ("Kenyan police arrested five men on the capital's outskirts.", "arrested", "capital", "KEN"),
    ("Rebels shelled Syria's Idlib province on Monday.", "shelled", "Idlib", "SYR"),
]


@pytest.mark.parametrize(("text", "trigger", "place", "country"), PARTS)
def test_parts_of_an_owned_place(code, text, trigger, place, country):
    loc = _place(code, text, trigger)
    assert (loc.get("text"), loc.get("country")) == (place, country)


def test_the_capitals_official_is_no_place(code):
    """"the capital's mayor" is an actor: the arrest has no place of its own."""
    assert _place(code, "Kenyan police arrested the capital's mayor on Monday.", "arrested") == {}


def test_bare_capital_with_the_visitors_country_is_no_place(code):
    """Under a Kabul dateline the sentence's only country is the visitors': "the capital" is
    not theirs, and with the two at odds it is no place of its own (the article's, marked so)."""
    c = code("KABUL - American diplomats met Taliban negotiators in the capital on Monday.", "2019-05-01")
    assert c.events
    assert all((e.location or {}).get("precision") == "article" for e in c.events)
