"""Common CAMEO acts written from the codebook and general English (rules/triggers-*.yaml):
telephone calls (041), sympathy (018), apologies (055), agreements entered into (057),
yielding a measure or control (080), inquiries and subpoenas (090), demonstrations in the
street and blocked roads (141, 144), tear gas and water cannon (175). The sentences are
invented in news style; each positive case has a near-identical negative beside it."""

from __future__ import annotations

import pytest

from tests.trigger_checks import check, code_of, events, one


@pytest.mark.parametrize("text, trigger, cameo, source, target", [
    # 041: a telephone conversation, each way
    ("The French president spoke by telephone with the Chancellor of Germany.", "spoke", "041", "FRAGOV", "DEUGOV"),
    ("Japan's prime minister held a phone call with the President of South Korea.", "held", "041", "JPNGOV", "KORGOV"),
    ("Canada's prime minister had a phone conversation with the Mexican president.", "had", "041", "CANGOV", "MEXGOV"),
    # 018: sympathy given
    ("The Norwegian government gave its sympathies to the families of the victims.", "gave", "018", "NORGOV", None),
    # 055: an apology in words
    ("The Dutch government offered an apology to Indonesia.", "offered", "055", "NLDGOV", "IDN"),
    # 057: concluding an agreement
    ("Kenya entered into an agreement with Ethiopia on the border.", "entered", "057", "KEN", "ETH"),
    ("Kenya agreed a trade deal with Ethiopia on Monday.", "agreed", "057", "KEN", "ETH"),
    # 080: giving up control, setting aside one's own measure
    ("Portugal relinquished control of the colony to China.", "relinquished", "080", "PRT", None),
    ("The Chilean government suspended the pension reform.", "suspended", "080", "CHLGOV", None),
    ("The Serbian government withdrew the controversial bill.", "withdrew", "080", "SRBGOV", None),
    # 090: inquiries begun, subpoenas issued
    ("The Senate of Brazil began an investigation into the contracts.", "began", "090", "BRALEG", None),
    ("The Argentine Congress issued a subpoena to the economy minister.", "issued", "090", "ARGLEG", None),
    # 14: protesters in the street, roads blocked
    ("Thousands of Chilean protesters took to the streets.", "took", "141", "CHLCVL", None),
    ("Lebanese demonstrators filled the streets of the capital.", "filled", "141", "LBNCVL", None),
    ("Colombian protesters blocked the main highway to the port.", "blocked", "144", "COLCVL", None),
    # 175: riot-control weapons
    ("Kenyan police used tear gas against the demonstrators.", "used", "175", "KENCOP", None),
    ("Iranian police used water cannon on the protesters.", "used", "175", "IRNCOP", None),
])
def test_basic_acts(nlp, text, trigger, cameo, source, target):
    check(nlp, text, trigger, cameo, source, target)


@pytest.mark.parametrize("text, trigger", [
    ("The French president spoke with reporters about the budget.", "spoke"),
    ("The Norwegian government gave its answer to the merger plan.", "gave"),
    ("Kenya entered the final round of the tournament.", "entered"),
    ("The princess relinquished her royal title.", "relinquished"),
    ("The Chilean football federation suspended the striker for two matches.", "suspended"),
    ("The customer withdrew cash from the bank.", "withdrew"),
    ("The Senate of Brazil began a debate on the contracts.", "began"),
    ("Floodwater filled the streets of the capital.", "filled"),
    ("The goalkeeper blocked the shot.", "blocked"),
    ("Germany used natural gas from Norway last winter.", "used"),
    ("The ambulance took the injured to the hospital.", "took"),
])
def test_near_misses_code_nothing(nlp, text, trigger):
    assert not [e for e in events(nlp, text) if e.trigger.lower() == trigger], text


def test_agreeing_to_a_deal_is_no_signing(nlp):
    # "agreed a deal with X" concludes it (057); "agreed to the deal" accepts one (03), "agreed that the
    # deal was fair" is an opinion
    assert "057" not in [e.cameo for e in events(nlp, "Kenya agreed to the trade deal on Monday.")]
    assert not [e for e in events(nlp, "The two sides agreed that the deal was fair.") if e.cameo == "057"]


def test_phone_call_is_coded_each_way(nlp):
    evs = [e for e in events(nlp, "The French president spoke by telephone with the Chancellor of Germany.")
           if e.cameo == "041"]
    assert {(code_of(e.source), code_of(e.target)) for e in evs} == {("FRAGOV", "DEUGOV"), ("DEUGOV", "FRAGOV")}


@pytest.mark.parametrize("text, cameo", [
    ("The Japanese minister said: \"We are sorry to South Korea for the suffering we caused.\"", "055"),
    ("The Japanese minister said: \"We are sorry to hear of the earthquake.\"", "018"),
])
def test_sorry(nlp, text, cameo):
    assert one(nlp, text, "sorry").cameo == cameo


def test_sorry_to_no_one_named_is_no_apology(nlp):
    # an apology (055) is to someone: to no one named it is no dyad and no event (events/partnerless.py)
    text = "The Japanese minister said: \"We are sorry for the suffering we caused.\""
    assert [e.cameo for e in events(nlp, text) if e.trigger == "sorry"] == []


# -- demonstrations: doers from the place, the own government as target ------------------------
def _dyads(nlp, text: str, cameo_root: str = "14") -> set[tuple]:
    return {(code_of(e.source), code_of(e.target)) for e in events(nlp, text) if e.cameo_root == cameo_root}


def test_protests_with_no_doer_are_the_places_protesters(nlp):
    assert _dyads(nlp, "The minister resigned after weeks of protests in Lima.") == {("PERCVL", "PERGOV")}
    # not placed: no doer, no event
    assert _dyads(nlp, "The minister resigned after weeks of protests.") == set()


def test_demonstration_with_no_target_is_against_the_own_government(nlp):
    assert _dyads(nlp, "Kenyan protesters marched through Nairobi on Sunday.") == {("KENCVL", "KENGOV")}
    # a named target stays
    assert _dyads(nlp, "Kenyan protesters rallied against the Chinese government.") == {("KENCVL", "CHNGOV")}
    # a government protesting is no street protest against itself
    assert _dyads(nlp, "The Chinese foreign ministry protested.") == {("CHNGOV", None)}
