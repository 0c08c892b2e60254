"""Protests, strikes, riots and how they are policed (CAMEO 14, 173, 175; session 22, h1):
crowds storming, torching or pelting riot (145), not attack (180/190) or destroy property
(1712); farmers blockading roads obstruct passage (144), a navy blockading a port does not;
workers striking or walking out strike (143) and a union threatening to strike threatens
dissent (133); security forces beating protesters repress them (175); a demonstration at a
foreign embassy is aimed at that embassy's country; "Thousands protested ..." parsed as a noun's
clause is still the verb; a crowd of a trade or sector takes the country of its place; a
counted crowd is who its "of" phrase names ("thousands of fans" are no protesters); "demanded
that X step down" is a demand for leadership change (1041); a crowd gathering to demand is
protesters of the place's country; "has been on hunger strike" is the subject's 142. Each
positive beside a negative. Sentences are invented."""

from __future__ import annotations

from tests.event_rows import acts


def _codes(code, text: str) -> set[str]:
    return {c for c, _, _ in acts(code, text)}


# -- riots: a protesting crowd's violence is 145 ----------------------------------------------
def test_protesters_storming_parliament_riot(code):
    assert ("145", "LKACVL", "LKA") in acts(code, "Protesters stormed the parliament building in Colombo.")


def test_soldiers_storming_a_stronghold_fight(code):
    assert _codes(code, "Soldiers stormed the rebel stronghold on Tuesday.") == {"190"}


def test_rioters_setting_fire_to_buildings_riot(code):
    assert [c for c, _, _ in acts(code, "Rioters set fire to government buildings in Bishkek on Tuesday.")] == ["145"]


def test_rebels_setting_fire_to_a_village_destroy_property(code):
    assert _codes(code, "Rebels set fire to the village.") == {"1712"}


def test_crowds_torching_police_stations_riot(code):
    assert ("145", "BGDCVL", "BGD") in acts(code, "Angry crowds torched police stations in Dhaka.")


def test_a_crowd_pelting_police_riots(code):
    assert ("145", "INDCVL", "IND") in acts(code, "The crowd pelted police with stones in Srinagar.")


# -- obstructing passage --------------------------------------------------------------------
def test_farmers_blockading_highways_obstruct_passage(code):
    assert _codes(code, "Indian farmers blockaded highways leading to New Delhi.") == {"144"}


def test_a_navy_blockading_a_port_is_a_military_blockade(code):
    assert _codes(code, "The Russian navy blockaded the port of Odesa.") == {"191"}


# -- labour strikes in verb form -------------------------------------------------------------
def test_workers_walking_out_strike(code):
    assert ("143", "KORLAB", "KOR") in acts(code, "Workers at the Hyundai plant in Ulsan walked out on Wednesday.")


def test_a_delegation_walking_out_of_talks_is_no_strike(code):
    assert "143" not in _codes(code, "The delegation walked out of the talks in Geneva.")


def test_teachers_striking_strike(code):
    assert ("143", "KENEDU", "KEN") in acts(code, "Teachers in Kenya struck on Monday over unpaid wages.")


def test_workers_struck_by_a_bus_is_no_strike(code):
    assert not acts(code, "Two workers were struck by a bus in Lagos.")


def test_a_union_threatening_to_strike_threatens_dissent(code):
    assert "133" in _codes(code, "The Egyptian workers threatened to strike on Monday.")


def test_a_state_threatening_to_strike_threatens_force(code):
    assert "133" not in _codes(code, "Israel threatened to strike Iranian nuclear sites.")


def test_dockworkers_are_a_crowd_of_their_place(code):
    assert ("143", "NLDCVL", "NLD") in acts(code, "Dockworkers in Rotterdam staged a 24-hour strike on Tuesday.")


def test_being_on_hunger_strike_is_the_subjects_hunger_strike(code):
    assert [c for c, _, _ in acts(code, "Palestinian prisoners have been on hunger strike since April.")] == ["142"]


# -- repression ------------------------------------------------------------------------------
def test_security_forces_beating_protesters_repress(code):
    assert "175" in _codes(code, "Security forces beat protesters with batons in Conakry.")


def test_security_forces_beating_a_team_is_no_event(code):
    assert not acts(code, "Security forces beat the army team 2-1 in the final.")


# -- whom a protest is aimed at ---------------------------------------------------------------
def test_a_protest_outside_a_foreign_embassy_targets_that_country(code):
    assert acts(code, "Thousands protested outside the Chinese embassy in London.") == [("141", "GBRCVL", "CHN")]


def test_a_rally_outside_an_embassy_in_its_own_capital(code):
    found = acts(code, "Thousands of Iranians rallied outside the British embassy in Tehran on Sunday.")
    assert found == [("141", "IRNCVL", "GBR")]


def test_a_protest_with_no_embassy_targets_the_own_government(code):
    assert acts(code, "Protesters marched in Paris on Saturday.") == [("141", "FRACVL", "FRA")]


def test_students_of_no_country_take_their_place(code):
    found = acts(code, "Students staged a protest at the US consulate in Lahore.")
    assert found == [("141", "PAKEDU", "USA")]


# -- crowds ---------------------------------------------------------------------------------
def test_thousands_of_fans_celebrating_are_no_protest(code):
    text = "Thousands of fans took to the streets of Buenos Aires to celebrate the World Cup victory."
    assert not acts(code, text)


def test_thousands_of_people_taking_to_the_streets_protest(code):
    assert acts(code, "Tens of thousands of people took to the streets of Santiago on Friday.") == [
        ("141", "CHLCVL", "CHL")
    ]


# -- demands ---------------------------------------------------------------------------------
def test_demanding_that_the_president_step_down_is_1041(code):
    assert "1041" in _codes(code, "Protesters demanded that President Dina Boluarte step down.")


def test_demanding_that_troops_withdraw_is_1056(code):
    assert acts(code, "The European Union demanded that Russia withdraw its troops from Ukraine.")[0][0] == "1056"


def test_demanding_that_someone_speak_stays_plain(code):
    assert _codes(code, "The senator demanded that the minister explain the delay.") <= {"100"}


def test_a_crowd_gathering_to_demand_a_resignation(code):
    text = "Thousands gathered in Belgrade on Sunday to demand the resignation of President Aleksandar Vucic."
    assert ("1041", "SRBCVL", "SRB") in acts(code, text)


# -- round two: crowd control, bans, calls, occupations, chants --------------------------------
def test_rubber_bullets_at_protesters_are_repression(code):
    assert ("175", "CHLCOP", "CHL") in acts(code, "Police fired rubber bullets at protesters in Santiago.")


def test_live_rounds_at_protesters_stay_shooting(code):
    assert _codes(code, "Police fired live rounds at protesters in Khartoum.") == {"193"}


def test_banning_a_march_restricts_freedoms(code):
    assert "1721" in _codes(code, "The interior ministry banned the planned march in Moscow.")


def test_a_union_calling_a_general_strike_strikes(code):
    assert "143" in _codes(code, "Argentina's main union called a general strike for Thursday.")


def test_calling_off_a_protest_is_still_082(code):
    assert _codes(code, "The opposition called off the planned protest in Caracas.") == {"082"}


def test_protesters_occupying_a_square_demonstrate(code):
    assert acts(code, "Protesters occupied the main square in Kyiv on Sunday.") == [("141", "UKRCVL", "UKR")]


def test_troops_occupying_a_town_stay_192(code):
    assert _codes(code, "Russian troops occupied the town of Izium.") == {"192"}


def test_protesters_chanting_anything_protest(code):
    assert "141" in _codes(code, 'Protesters chanted "Down with the dictator" in Tehran on Friday.')


def test_fans_chanting_are_no_protest(code):
    assert not acts(code, "Fans chanted the name of the club in Madrid.")


def test_prisoners_on_hunger_strike_are_a_crowd_of_their_place(code):
    text = "Prisoners at Evin prison in Tehran began a hunger strike to protest executions."
    assert ("142", "IRNCVL", "IRN") in acts(code, text)


# -- round three: tear gas as a verb, roadblocks -----------------------------------------------
def test_police_teargassing_protesters_repress(code):
    assert acts(code, "Police teargassed protesters in Nairobi.") == [("175", "KENCOP", "KEN")]


def test_protesters_tear_gassed_by_police_are_repressed(code):
    assert "175" in _codes(code, "Protesters were tear-gassed by police in Caracas.")


def test_an_army_gassing_civilians_stays_chemical_warfare(code):
    assert _codes(code, "The army gassed civilians in Halabja.") == {"2041"}


def test_protesters_setting_up_roadblocks_obstruct_passage(code):
    assert ("144", "BOLCVL", "BOL") in acts(code, "Protesters set up roadblocks on the main highway in La Paz.")


def test_police_erecting_barricades_is_no_protest(code):
    assert not acts(code, "Police erected barricades around the parliament.")
