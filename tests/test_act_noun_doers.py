"""The doer and target of an act a noun names (coding/events/noun_doers.py, force_acts.py,
rules/noun_doers.yaml): the actor compounded with "-led" before the noun led it; a verb that
only reacts to the act ("condemned", "investigated") names no doer by its subject; an act of
force's "of" phrase is the one acted on, also beside a phrase of place or time. Invented
sentences, each beside a negative."""

from __future__ import annotations

from tests.event_rows import acts


def _force(code, text):
    return {(c, s, t) for c, s, t in acts(code, text) if c.startswith(("18", "19", "17"))}


# -- "-led": the leader is the doer ------------------------------------------------------------


def test_a_led_act_is_the_leaders(code):
    got = acts(code, "The UN criticised the US-led invasion of Iraq.")
    assert ("192", "USA", "IRQ") in got, got


def test_a_made_weapon_names_no_doer(code):
    # the maker of a weapon did not fire it
    got = acts(code, "A Russian-made missile struck a market in Kharkiv, killing five shoppers.")
    assert all(s is None or not s.startswith("RUS") for _, s, _ in got), got


def test_a_noun_of_a_visit_keeps_its_possessor_as_doer(code):
    got = acts(code, "The Polish bishop's visit to Rome was praised.")
    assert any(c == "042" and s == "POLREL" for c, s, _ in got), got


# -- a reacting verb's subject is not the doer ------------------------------------------------


def test_a_condemned_attack_is_coded_with_no_doer(code):
    got = _force(code, "Officials condemned an attack on a police station in Kabul.")
    assert ("190", None, "AFG") in got, got


def test_a_launched_attack_is_the_subjects(code):
    got = _force(code, "Taliban fighters launched an attack on a police station in Kabul.")
    assert got and all(s is not None for _, s, _ in got), got


def test_a_condemned_attack_with_its_agent_keeps_the_agent(code):
    # "by the rebels" hung on the verb is the attack's agent: no doerless attack
    got = _force(code, "KABUL - The government condemned the attack on the police station by the rebels.")
    assert all(s is not None for _, s, _ in got), got


def test_a_passive_condemnation_names_no_killer(code):
    got = _force(code, "The killing of two journalists in Mexico was condemned by France.")
    assert all(s is None or not s.startswith("FRA") for _, s, _ in got), got


# -- "the killing of X in Y": X is the one killed --------------------------------------------


def test_the_killing_of_soldiers_in_a_place_makes_them_the_target(code):
    got = acts(code, "France condemned the killing of three soldiers in Mali.")
    assert all(s is None or s != "MIL" for c, s, _ in got if c.startswith("19")), got


def test_the_invasion_of_a_country_in_a_year_is_aimed_at_it(code):
    got = acts(code, "Iran condemned the invasion of Iraq in 2003.")
    assert ("192", None, "IRQ") in got and not any(s == "IRQ" for c, s, _ in got if c.startswith("19")), got


def test_the_visit_of_a_leader_to_a_country_is_his(code):
    got = acts(code, "The visit of Vladimir Putin to India in 2021 was praised.")
    assert any(c == "042" and s == "RUSGOV" and t == "IND" for c, s, t in got), got


# -- the target of an act noun: its place gives the country ----------------------------------


def test_a_hospital_hit_takes_the_country_of_its_place(code):
    got = _force(code, "A missile hit a hospital in Kharkiv.")
    assert any(t == "UKR" for _, _, t in got), got


def test_refugees_hit_do_not_take_the_country_they_are_in(code):
    got = _force(code, "Gunmen killed ten refugees in Lebanon.")
    assert not any(t == "LBN" for _, _, t in got), got


def test_a_phrase_hung_on_the_verb_after_an_act_noun_is_its_target(code):
    # "against a synagogue" is the vandalism's, though the parser gives it to "condemned"
    got = _force(code, "He condemned racism after vandalism against a synagogue in Marseille.")
    assert ("1712", None, "FRA") in got, got


def test_a_date_after_an_act_noun_is_no_target(code):
    got = _force(code, "He condemned the vandalism on Monday.")
    assert got == set(), got


# -- a police or court act noun with no doer: the body of the place -----------------------------


def test_an_arrest_of_someone_named_is_the_police_of_the_place(code):
    got = acts(code, "Rights groups condemned the arrest of the journalist in Turkey.")
    assert ("173", "TURCOP", "TUR") in got, got


def test_the_detention_of_someone_in_a_place_makes_them_no_doer(code):
    # the journalist was detained, not the detainer; a detention implies no police (a state of being held)
    got = acts(code, "Rights groups condemned the detention of the journalist in Turkey.")
    assert not any(s == "TURMED" for _, s, _ in got), got


def test_a_strike_against_their_detention_codes_no_arrest(code):
    got = acts(code, "Kenyan prisoners began a hunger strike against their detention.")
    assert not any(c == "173" for c, _, _ in got), got


def test_an_arrest_by_a_named_body_keeps_it(code):
    got = acts(code, "Rights groups condemned the arrest of the journalist by the army in Turkey.")
    assert not any(s == "TURCOP" for _, s, _ in got), got


def test_a_conviction_that_is_a_belief_implies_no_court(code):
    got = acts(code, "He spoke of his conviction that peace is possible.")
    assert got == [], got


def test_a_bare_arrest_noun_with_no_one_named_implies_no_police(code):
    got = acts(code, "Officials said the arrest was legal in Turkey.")
    assert not any(c == "173" for c, _, _ in got), got


def test_a_nato_led_act_is_natos(code):
    got = acts(code, "The UN criticised the NATO-led bombing of Libya.")
    assert ("183", "IGONAT", "LBY") in got, got


def test_a_city_before_an_act_noun_is_no_doer(code):
    got = acts(code, "Last week a Kabul car bombing killed five people.")
    assert not any(s and s.startswith("AFGGOV") for _, s, _ in got), got


# -- a date or an act in the "of" phrase's place names no doer --------------------------------


def test_an_investigation_of_an_act_on_a_date_has_no_doer_of_that_act(code):
    got = acts(code, "HONG KONG - Protesters demanded an investigation of police violence on June 12.")
    assert not any(c == "090" and s and s.endswith("COP") for c, s, _ in got), got


def test_the_visit_of_a_leader_on_a_day_is_his(code):
    got = acts(code, "The visit of Vladimir Putin on Monday was praised.")
    assert any(c == "042" and s == "RUSGOV" for c, s, _ in got), got


def test_a_tour_of_a_building_is_no_visit_by_it(code):
    got = acts(code, "PARIS - The minister was given a tour of the police headquarters on Monday.")
    assert not any(s and s.endswith("COP") for c, s, _ in got if c.startswith("04")), got


def test_an_on_phrase_hung_on_the_verb_after_an_air_strike_is_its_target(code):
    got = _force(code, "Egypt condemned the Israeli airstrikes on Gaza.")
    assert ("195", "ISRMIL", "PSE") in got, got


def test_a_date_after_an_air_strike_is_no_target(code):
    got = _force(code, "Egypt condemned the Israeli airstrikes on Monday.")
    assert all(t is None for _, _, t in got), got
