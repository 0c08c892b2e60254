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


def test_migrants_sent_or_turned_back_are_deported(code):
    assert codes(code, "Spain sent back 60 migrants to Morocco.") == ["174"]
    assert codes(code, "Croatian police pushed back dozens of migrants into Bosnia.") == ["174"]
    assert codes(code, "Greek coastguards turned back 40 refugees at sea.") == ["174"]
    assert acts(code, "Guatemala returned 80 Salvadoran migrants.") == [("174", "GTM", "SLV")]
    # prisoners and remains returned are released; a bill or troops sent back, migrants going home, none
    assert codes(code, "Armenia returned 15 Azerbaijani prisoners to Baku.") == ["0841"]
    assert codes(code, "The governor sent back the budget to the assembly.") == []
    assert codes(code, "The colonel sent back the soldiers to their base.") == []
    assert codes(code, "The migrants returned to Guatemala after a month.") == []


def test_asylum_granted_with_no_granter_is_the_place_governments(code):
    assert acts(code, "A Belarusian journalist was granted asylum in Poland.") == [("075", "POLGOV", "BLR")]
    # other things granted in the passive imply no government
    assert codes(code, "The firm was granted a mining licence in Poland.") == []
    assert codes(code, "The journalist was granted bail in Warsaw.") == []


def test_schoolchildren_taken_or_killed_are_civilians_of_the_place(code):
    # victim_nouns (events.yaml): private persons of the place's country, else their own demonym's
    assert acts(code, "Gunmen kidnapped 30 schoolboys in Katsina on Friday.") == [("181", "UAF", "NGA")]
    assert acts(code, "Gunmen kidnapped 30 British schoolboys in Katsina on Friday.") == [("181", "UAF", "GBR")]
    assert acts(code, "Militants killed six schoolchildren in Peshawar.")[0][2] == "PAK"
    assert acts(code, "The schoolgirls sang at a ceremony in Lagos.") == []


def test_the_closure_of_a_border_is_the_verbs_act(code):
    assert acts(code, "Bulgaria ordered the closure of its border with Turkey.") == [("163", "BGR", "TUR")]
    assert codes(code, "The carmaker announced the closure of its plant in Ohio.") == []
    assert codes(code, "Officials ordered the closure of schools in Manila.") == []
