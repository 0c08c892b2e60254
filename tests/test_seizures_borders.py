"""People seized or snatched, and borders closed (triggers-verbs.yaml, 17 and 18 sections): people
seized by armed men are abducted (181), by a state's organs arrested (173), while goods, ships and
towns seized keep their own codes; a state closing or sealing its border, a crossing or its
airspace imposes an administrative sanction (172), a restriction on exchanges (163) when another
country is on the other side. Sentences are invented; each positive has a negative."""

from __future__ import annotations

from tests.event_rows import acts


def codes(code, text: str) -> list[str]:
    return [a[0] for a in acts(code, text)]


def test_people_seized_by_gunmen_are_abducted(code):
    assert codes(code, "Masked gunmen seized two aid workers near Timbuktu on Friday.") == ["181"]
    assert codes(code, "Unknown attackers snatched three Chinese engineers from a quarry.") == ["181"]
    # goods, ships and towns seized are not people taken
    assert codes(code, "Masked gunmen seized two trucks near Timbuktu on Friday.") == ["171"]
    assert codes(code, "Customs officers seized a large shipment of heroin.") == ["1711"]
    assert codes(code, "The insurgents seized the town of Menaka.") == ["192"]
    # a purse snatched from a tourist is a theft, no event
    assert codes(code, "A thief snatched a purse from a tourist.") == []


def test_people_seized_by_a_state_are_detained(code):
    assert acts(code, "Iran seized two British sailors in the Gulf.") == [("173", "IRN", "GBR")]
    assert codes(code, "Police seized the suspect outside the stadium.") == ["173"]


def test_a_state_closing_its_border(code):
    assert acts(code, "Bulgaria closed its border with Turkey on Monday.") == [("163", "BGR", "TUR")]
    assert acts(code, "Bulgaria sealed its border with Turkey.") == [("163", "BGR", "TUR")]
    assert acts(code, "Chad shut its border with Sudan after the clashes.") == [("163", "TCD", "SDN")]
    assert codes(code, "Slovenia closed the border to migrants.") == ["172"]
    # reopening it eases the restriction
    assert codes(code, "Bulgaria reopened its border with Turkey.") == ["081"]


def test_a_border_closed_by_weather_or_a_firm_closing_its_plant_is_no_sanction(code):
    assert codes(code, "Heavy snow closed the mountain border crossing for a week.") == []
    assert codes(code, "Angry farmers closed the border crossing with tractors.") == []
    assert codes(code, "The carmaker closed its plant near the border.") == []
