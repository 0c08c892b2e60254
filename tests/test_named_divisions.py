"""First-level divisions English news names alone (places.yaml named_divisions; their adjectives
are demonyms in kb/countries.tsv): a body or person of one takes its country, as one of a US
state does, not that of a foreign town of its name or of the sentence's other country. A country
of the same name keeps it, and a people without a state keeps its own rule. Sentences are
invented; each positive has a negative."""

from __future__ import annotations

from newsgraph.coding.where import load_gazetteer
from tests.event_rows import acts


def test_a_division_named_alone_gives_its_bodies_its_country(code):
    assert acts(code, "Ontario police arrested two Chinese men.") == [("173", "CANCOP", "CHN")]
    assert acts(code, "Queensland police arrested two Chinese nationals.") == [("173", "AUSCOP", "CHN")]
    assert acts(code, "The premier of Bavaria criticised the Austrian government.") == [("111", "DEUGOV", "AUT")]


def test_a_divisions_adjective_is_its_countrys(code):
    assert acts(code, "Bavarian police arrested three Syrian men.") == [("173", "DEUCOP", "SYR")]
    assert acts(code, "A Texan man was arrested by Mexican police.") == [("173", "MEXCOP", "USA")]
    assert acts(code, "Flemish nationalists criticised the Belgian king.") == [("111", "BELOPP", "BEL")]


def test_a_country_of_the_same_name_and_a_language_keep_their_own_reading(code):
    # Georgia the country, not the US state; "Georgian" its demonym
    # occupying alleged: an accusation of aggression (1123, accused_act_codes of the act 192)
    assert acts(code, "Georgia accused Russia of occupying its territory.") == [("1123", "GEO", "RUS")]
    assert acts(code, "Georgian police arrested two Russian men.") == [("173", "GEOCOP", "RUS")]
    # Catalan is a people without a state (stateless-peoples.tsv), and a language: no actor of its own
    assert acts(code, "Catalan police arrested two French men.") == [("173", "ESPCOP", "FRA")]
    assert acts(code, "The Catalan language is taught in schools in Andorra.") == []


def test_a_named_division_is_a_place_with_a_map_point():
    gaz = load_gazetteer()
    ontario = gaz.lookup("Ontario")
    assert ontario is not None and (ontario.country, ontario.kind) == ("CAN", "admin1") and ontario.lat is not None
    assert gaz.lookup("Bavaria").country == "DEU"
    # a city of the division's own country keeps its name ("Quebec" City); a country keeps its name
    assert gaz.lookup("Quebec").kind == "city"
    assert gaz.lookup("Georgia").country == "GEO"
    # with the text's countries, the places stage still finds a namesake town there
    assert gaz.with_towns(("USA",)).lookup("Ontario").country == "USA"
