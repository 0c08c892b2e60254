"""A state office's word a body's name modifies is that body's officer ("the Microsoft
president": BUS, not GOV of no country), and a gathering named after its host city ("the
Helsinki summit", "the Astana talks") is no actor of the city's government: invented
sentences, each with a negative beside it (actors/officers.py, actors.yaml gathering_nouns)."""

from __future__ import annotations

from tests.event_rows import acts


def _sources(code, text):
    return [s for _, s, _ in acts(code, text)]


def test_a_firms_president_is_a_business_person(code):
    assert _sources(code, "The Microsoft president criticised the new tax on Monday.") == ["BUS"]
    assert _sources(code, "Microsoft president Brad Smith criticised the new tax on Monday.") == ["BUS"]


def test_a_countrys_president_stays_its_government(code):
    assert _sources(code, "The Russian president criticised the new tax on Monday.") == ["RUSGOV"]


def test_a_society_president_is_an_ngo_officer(code):
    assert _sources(code, "The Royal Society president criticised the new tax on Monday.") == ["NGO"]


def test_a_state_body_or_acronym_keeps_the_office(code):
    # a state body's word in the name, or an acronym (often a state agency): no firm
    assert _sources(code, "The Interior Ministry spokesman criticised the new tax on Monday.") == ["GOV"]
    assert _sources(code, "An NTSB spokesman criticised the new tax on Monday.") == ["GOV"]
    # a level of government the tagger reads as a body's name opening the sentence
    assert "BUS" not in _sources(code, "State prosecutors charged the driver with fraud on Sunday.")


def test_a_known_outlets_editor_is_of_the_outlet(code):
    assert _sources(code, "The Reuters editor criticised the new tax on Monday.") == ["GBRMED"]


def test_a_city_government_and_a_city_as_actor_stay_the_government(code):
    assert _sources(code, "The Helsinki government condemned the bombing on Monday.") == ["FINGOV"]
    assert _sources(code, "Helsinki condemned the bombing on Monday.") == ["FINGOV"]


def test_a_summit_named_for_its_city_is_no_actor(code):
    assert acts(code, "Ukraine criticised the Astana talks on Monday.") == [("111", "UKR", None)]
    assert acts(code, "Ukraine criticised the Helsinki summit on Monday.") == [("111", "UKR", None)]
    assert ("111", "UKRGOV", None) in acts(code, "Kyiv criticised the Minsk agreements on Monday.")


def test_the_city_itself_beside_the_gathering_is_still_an_actor(code):
    got = acts(code, "Ukraine criticised Astana after the talks on Monday.")
    assert ("111", "UKR", "KAZ") in got
