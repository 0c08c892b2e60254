"""Reactions to a bombing and its aftermath: an envoy summoned "to protest" is the official
complaint (114; events.yaml purpose_roots), not a demonstration; "closed its embassy in X" cuts
ties with X (161); a telephone call's errand ("telephoned X to offer condolences") is made in the
call (modality.yaml purpose_acts 041); a traveller arriving in its own capital goes home, no visit
(visit_hosts.py); "condemned the air strikes" points back to the strikes told before
(reaction_acts.py: a common-word modifier names only the kind). Sentences are invented; each
positive has negatives beside it."""

from __future__ import annotations

from tests.event_rows import acts, coded


def test_summoning_an_envoy_to_protest_is_one_complaint(code):
    got = acts(code, "Iran summoned the British ambassador to protest against the seizure of a tanker.")
    assert ("114", "IRN", "GBR") in got
    assert not any(c.startswith("14") for c, _, _ in got)
    # a charge d'affaires is an envoy too
    got = acts(code, "The Afghan foreign ministry summoned Pakistan's charge d'affaires in Kabul to protest.")
    assert [c for c, _, _ in got] == ["114"]
    assert got[0][2] == "PAK"
    # a crowd that gathers to protest still protests
    assert any(c == "141" for c, _, _ in acts(code, "Thousands of students gathered outside parliament in Dhaka to protest."))


def test_closing_an_embassy_in_a_country_cuts_ties_with_it(code):
    assert acts(code, "In December 2023 France closed its embassy in Niger.") == [("161", "FRA", "NER")]
    assert acts(code, "Canada closed its embassy in Tehran in 2012.") == [("161", "CAN", "IRN")]
    # no host named: no target
    assert acts(code, "Britain closed its embassy.") == [("161", "GBR", None)]


def test_a_call_to_offer_condolences_offers_them(code):
    text = (
        "Pakistani Prime Minister Shehbaz Sharif visited Quetta.\n\n"
        "China's foreign ministry said Beijing firmly supports Pakistan in its fight against terrorism.\n\n"
        "Iranian President Ebrahim Raisi telephoned Sharif on Thursday to offer his condolences."
    )
    got = coded(code, text)
    assert ("offer", "018", "IRNGOV", "PAKGOV", "actual") in got
    assert ("telephoned", "041", "IRNGOV", "PAKGOV", "actual") in got
    # "his" is the caller's own: not rebound to the sentence before's subject
    assert not [e for e in got if e[1] == "018" and e[3] == "CHNGOV"]
    # written to someone: aimed at them
    assert ("express", "018", "TURGOV", "PAKGOV", "actual") in coded(
        code, "The Turkish foreign minister wrote to his Pakistani counterpart to express sympathy."
    )
    # only urged, not done
    urged = coded(code, "German Chancellor Olaf Scholz urged Sharif to hold talks with Kabul.")
    assert all(m != "actual" for t, *_, m in urged if t == "hold")


def test_arriving_home_is_no_visit(code):
    text = "Two Italian aid workers were freed in Niger.\n\nThe two Italians arrived in Rome on Thursday evening."
    assert not [e for e in coded(code, text) if e[1] == "042"]
    # arriving in another country's capital is a visit
    assert ("arrived", "042", "ITAGOV", "FRAGOV", "actual") in coded(
        code, "The Italian foreign minister arrived in Paris on Thursday."
    )
    # a leader's visit to a town of its own country is left as it was
    assert any(e[1] == "042" for e in coded(code, "Pakistani Prime Minister Shehbaz Sharif visited Quetta on Friday."))


def test_condemning_the_air_strikes_told_before(code):
    text = (
        "Early on Thursday, Pakistani jets bombed suspected militant hideouts in Afghanistan's Khost province, "
        "killing eight militants.\n\n"
        "The Taliban government condemned the air strikes as a violation of Afghan sovereignty."
    )
    got = acts(code, text)
    assert ("111", "AFGGOV", "PAK") in got
    # a named strike is not pointed back to: "the Quetta bombing" says which one
    text2 = (
        "Early on Thursday, Pakistani jets bombed suspected militant hideouts in Afghanistan's Khost province.\n\n"
        "The Taliban government condemned the Quetta bombing."
    )
    assert ("111", "AFGGOV", "PAK") not in acts(code, text2)
