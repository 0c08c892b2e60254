"""A visit is made to a host, another actor (GUIDELINE "Meetings"; CAMEO 042 "travel to another
location for a meeting or other event"), on invented news sentences, each with a negative: a
building of the visitor's own country hosts no one, one abroad is a visit to that country;
police travelling to a country on an inquiry make no visit, a leader travelling there does;
coordinated signers at an organisation's gathering sign with it, not with each other, while two
countries signing a bilateral treaty sign with each other."""

from __future__ import annotations

from tests.event_rows import acts


def test_a_visit_to_a_hospital_of_ones_own_country_is_no_visit(code):
    got = acts(code, "The Polish archbishop visited a hospital in Gdansk on Sunday.")
    assert not any(c == "042" for c, _, _ in got)


def test_a_visit_to_a_school_of_ones_own_country_is_no_visit(code):
    got = acts(code, "Polish President Andrzej Duda visited a school in Krakow on Monday.")
    assert not any(c == "042" for c, _, _ in got)


def test_a_state_visit_to_a_hospital_abroad_stays_a_visit(code):
    got = acts(code, "French President Emmanuel Macron visited a hospital in Beirut on Thursday.")
    assert ("042", "FRAGOV", "LBN") in got


def test_police_travelling_abroad_on_an_inquiry_make_no_visit(code):
    got = acts(code, "Mexican police officers traveled to Spain and questioned the suspect's relatives.")
    assert not any(c == "042" for c, _, _ in got)


def test_a_leader_travelling_abroad_makes_a_visit(code):
    got = acts(code, "Indian Prime Minister Narendra Modi traveled to Spain on Monday.")
    assert ("042", "INDGOV", "ESP") in got


def test_signers_at_an_organisations_summit_sign_with_it(code):
    got = acts(
        code,
        "Leaders met in Accra for an AU summit where the presidents of Ghana and Togo signed the trade agreement.",
    )
    signed = [(s, t) for c, s, t in got if c == "057"]
    assert ("GHAGOV", "IGOAFU") in signed and ("TGOGOV", "IGOAFU") in signed
    assert ("GHAGOV", "TGO") not in signed and ("TGOGOV", "GHA") not in signed


def test_signers_of_an_organisations_agreement_sign_with_it(code):
    got = acts(code, "At a summit on Monday, the presidents of Ghana and Togo signed the AU trade agreement.")
    signed = [(s, t) for c, s, t in got if c == "057"]
    assert ("GHAGOV", "IGOAFU") in signed and ("TGOGOV", "IGOAFU") in signed


def test_two_countries_signing_a_bilateral_treaty_sign_with_each_other(code):
    got = acts(code, "At the AU summit, the presidents of Ghana and Togo signed a bilateral border treaty.")
    signed = [(s, t) for c, s, t in got if c == "057"]
    assert ("GHAGOV", "TGO") in signed and ("TGOGOV", "GHA") in signed


def test_two_countries_signing_a_treaty_with_no_organisation_sign_with_each_other(code):
    got = acts(code, "The presidents of Ghana and Togo signed a border treaty in Accra on Monday.")
    signed = [(s, t) for c, s, t in got if c == "057"]
    assert ("GHAGOV", "TGO") in signed and ("TGOGOV", "GHA") in signed


def test_police_travelling_to_a_capital_on_an_inquiry_make_no_visit(code):
    got = acts(code, "Mexican police officers traveled to Madrid and questioned the suspect's relatives.")
    assert not any(c == "042" for c, _, _ in got)


def test_a_police_chief_visiting_a_foreign_minister_makes_a_visit(code):
    got = acts(code, "The Mexican police chief visited the Spanish interior minister in Madrid.")
    assert ("042", "MEXCOP", "ESP") in got
