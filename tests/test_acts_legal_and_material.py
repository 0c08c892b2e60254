"""Material and legal acts in the shapes news gives them (issue 13, recall): court and legislature
acts in the passive imply the body that did them (events.yaml implied_agents), an act noun undergone
by a verb's subject ("received prison terms"; undergoing_verbs / undergone_acts), agentless passives
of deliberate violence (intentional_force), a trigger entry's `subject` condition (troops leaving),
withdrawing from treaties and talks, restrictions, suspended parliaments, increased cooperation
(military with armed forces: sector_partner_codes) and joining agreements. Sentences are invented;
each positive has a near-identical negative."""

from __future__ import annotations

import pytest

from tests.trigger_checks import entry

DAY = "2023-10-16"


def coded(code, text: str):
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return [(e.trigger, e.cameo, (e.source or {}).get("code"), (e.target or {}).get("code")) for e in c.events]


# -- courts and legislatures ----------------------------------------------------------------------
def test_found_guilty_is_a_courts_finding_of_the_place(code):
    assert ("found", "116", "FRAJUD", "FRACOP") in coded(code, "Two French police officers were found guilty of fraud in Paris.")
    assert coded(code, "Two French police officers were found dead in Paris.") == []


def test_agentless_court_passives_imply_the_court(code):
    assert coded(code, "The former minister was convicted of corruption in Nairobi.") == [
        ("convicted", "116", "KENJUD", "KENELI")
    ]
    assert coded(code, "The Kenyan opposition leader was jailed for five years.") == [
        ("jailed", "173", "KENJUD", "KENOPP")
    ]
    # a named agent is the doer, not the implied court
    evs = coded(code, "The former minister was convicted of corruption by a Kenyan court.")
    assert [e[2] for e in evs if e[0] == "convicted"] == ["KENJUD"]


def test_criminal_charges_and_impeachment_are_115(code):
    assert coded(code, "The former Kenyan governor was charged with fraud.") == [("charged", "115", "KENJUD", "KENELI")]
    assert coded(code, "Prosecutors charged the former Kenyan governor with fraud.") == [
        ("charged", "115", "KENJUD", "KENELI")
    ]
    assert [e[:2] for e in coded(code, "The Kenyan parliament impeached the president on Monday.")] == [
        ("impeached", "115")
    ]
    # a charge of a battery or a fee is no legal act
    assert coded(code, "The Kenyan company charged a fee for the service.") == []


def test_an_act_noun_undergone_by_the_subject(code):
    assert coded(code, "Both Kenyan officers received seven-year prison terms.") == [
        ("terms", "173", "KENJUD", "KENCOP")
    ]
    # a term of office is no sentence
    assert coded(code, "Both Kenyan officers received seven-year terms as senators.") == []
    assert coded(code, "The former Kenyan governor faced trial in Nairobi.") == [("trial", "115", "KENJUD", "KENELI")]
    assert coded(code, "The Kenyan governor faced criticism over the plan.") == []


# -- deliberate violence in the passive -----------------------------------------------------------
def test_deliberate_violence_in_the_passive_is_an_unnamed_attackers(code):
    assert coded(code, "A Kenyan journalist was shot dead in Nairobi on Monday.") == [("shot", "193", None, "KENMED")]
    assert coded(code, "The mayor of Gdansk was stabbed on stage on Sunday.") == [("stabbed", "182", None, "POLGOV")]
    # harm that may be an accident or a battle stays no event; a film shot is no shooting
    assert coded(code, "Five civilians were killed in Aleppo on Monday.") == []
    assert coded(code, "The documentary was shot in Kenya.") == []


# -- retreat, withdrawal, coercion -----------------------------------------------------------------
def test_troops_leaving_is_a_retreat_tourists_leaving_is_not(code):
    assert coded(code, "Kenyan troops left Somalia in 2011.") == [("left", "0874", "KENMIL", "SOM")]
    assert coded(code, "Kenyan tourists left Somalia in 2011.") == []
    assert coded(code, "Kenyan troops withdrew from Somalia.") == [("withdrew", "0874", "KENMIL", "SOM")]
    assert coded(code, "Kenyan tourists withdrew from Somalia.") == []
    assert [e[:3] for e in coded(code, "The Kenyan army pulled out of Somalia.")] == [("pulled", "0874", "KENMIL")]


def test_withdrawing_a_bill_is_yielding_withdrawing_money_is_not(code):
    assert coded(code, "The Kenyan government withdrew the bill.") == [("withdrew", "080", "KENGOV", None)]
    assert coded(code, "The Kenyan minister withdrew money from the bank.") == []


def test_withdrawing_from_a_treaty_or_talks(code):
    assert [e[:3] for e in coded(code, "Kenya withdrew from the nuclear treaty.")] == [("withdrew", "160", "KEN")]
    assert coded(code, "The Kenyan government withdrew from the talks with the rebels.") == [
        ("withdrew", "164", "KENGOV", "REB")
    ]
    assert coded(code, "The Kenyan opposition party withdrew from the race.") == []


def test_suspending_parliament_is_an_administrative_sanction(code):
    assert [e[:2] for e in coded(code, "The Kenyan president suspended parliament for five weeks.")] == [
        ("suspended", "172")
    ]
    assert coded(code, "The Kenyan government suspended the salaries of teachers.") == []


def test_restrictions_on_another_countrys_flights_are_a_sanction(code):
    assert coded(code, "Kenya restricted flights to Uganda.") == [("restricted", "163", "KEN", "UGA")]
    assert coded(code, "Kenya restricted emissions from factories.") == []
    assert coded(code, "The Kenyan transport ministry announced new restrictions on flights to Uganda.") == [
        ("announced", "163", "KENGOV", "UGA")
    ]


# -- cooperation -----------------------------------------------------------------------------------
def test_increased_cooperation_and_its_field(code):
    assert coded(code, "Kenya has increased cooperation with Uganda.") == [("increased", "050", "KEN", "UGA")]
    assert coded(code, "Kenya has increased military cooperation with Uganda.") == [
        ("increased", "062", "KEN", "UGA")
    ]
    assert coded(code, "Kenya has increased oil production.") == []


def test_cooperation_with_armed_forces_is_military(code):
    evs = coded(code, "Iran has increased cooperation with the navies of China and Russia.")
    assert sorted(evs) == [("increased", "062", "IRN", "CHNMIL"), ("increased", "062", "IRN", "RUSMIL")]


def test_joining_an_agreement_is_signing_it(code, nlp):
    assert coded(code, "Kenya signed on to the agreement with Uganda.") == [("signed", "057", "KEN", "UGA")]
    # acceding is signing (057); to a treaty with no partner named it is no dyad and no event
    # (events/partnerless.py)
    assert entry(nlp, "Kenya acceded to the treaty.", "acceded") == "057"
    assert coded(code, "Kenya acceded to the treaty.") == []
    # acceding to demands stays a yield (the rebels' demands are an act of their own: noun_doers.py)
    got = coded(code, "Kenya acceded to the demands of the rebels.")
    assert [e[1] for e in got if e[0] == "acceded"] == ["080"]


# "with Ethiopia" on the treaty acceded to names its other party (events/owner_targets.py: a
# joint thing's partner phrase is the act's target); a treaty "with" no actor names no partner
def test_acceding_to_a_treaty_with_a_partner_is_signing_with_it(code):
    assert coded(code, "Kenya acceded to the treaty with Ethiopia.") == [("acceded", "057", "KEN", "ETH")]
    assert coded(code, "Kenya acceded to the treaty with great reluctance.") == []
