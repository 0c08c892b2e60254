"""Accusations carried by what a speaker says (coding/events/accusations.py): invented
sentences, each beside a near-identical one where no accusation may be coded."""

from __future__ import annotations


def _events(code, text):
    return [
        (e.cameo, (e.source or {}).get("country"), (e.target or {}).get("country"), e.trigger)
        for e in code(text).events
    ]


def _accusations(code, text):
    return [e for e in _events(code, text) if e[0].startswith("112")]


def test_cited_repression_is_an_accusation_not_a_fact(code):
    evs = _events(code, "The Kenyan foreign minister cited the Ugandan government's repression of its people.")
    assert ("1122", "KEN", "UGA", "cited") in evs
    assert not [e for e in evs if e[0].startswith("17")]  # only alleged: no Ugandan repression coded


def test_cited_reform_is_no_accusation(code):
    assert not _accusations(code, "The Kenyan foreign minister cited the Ugandan government's reforms.")


def test_claimed_attack_is_an_accusation(code):
    evs = _events(code, "The Kenyan army claimed that Ugandan troops killed ten civilians in Busia.")
    assert ("1123", "KEN", "UGA", "claimed") in evs
    assert not [e for e in evs if e[0].startswith("19")]


def test_claimed_own_act_is_no_accusation(code):
    evs = _events(code, "The Kenyan army claimed it killed ten Ugandan fighters.")
    assert not _accusations(code, "The Kenyan army claimed it killed ten Ugandan fighters.")
    assert [e for e in evs if e[0].startswith("19")]


def test_a_report_by_the_side_attacked_accuses_and_keeps_the_act(code):
    evs = _events(code, "The Kenyan army said that Ugandan troops killed ten civilians in Busia.")
    assert ("1123", "KEN", "UGA", "said") in evs
    assert [e for e in evs if e[0].startswith("19") and e[1] == "UGA"]  # a report of a fact


def test_a_news_medium_reporting_accuses_no_one(code):
    evs = _events(code, "Reuters reported that Ugandan troops killed ten civilians in Busia.")
    assert not [e for e in evs if e[0].startswith("11")]
    assert [e for e in evs if e[0].startswith("19") and e[1] == "UGA"]


def test_a_report_of_ones_own_side_accuses_no_one(code):
    assert not _accusations(code, "The Kenyan army said that Kenyan troops killed ten Ugandan fighters.")


def test_according_to_a_speaker_for_the_side_attacked(code):
    text = "According to the Kenyan interior minister, Ugandan troops shelled the town of Busia."
    assert ("1123", "KEN", "UGA", "According") in _events(code, text)


def test_according_to_a_news_medium_is_a_report(code):
    text = "According to Reuters, Ugandan troops shelled the town of Busia."
    assert not _accusations(code, text)


def test_a_denial_is_no_accusation(code):
    assert not _accusations(code, "Kenya denied that Ugandan troops attacked its border posts.")


def test_a_hypothetical_act_is_no_accusation(code):
    assert not _accusations(code, "The Kenyan army said that Ugandan troops could attack Busia.")


def test_a_hypothetical_claim_is_no_accusation(code):
    assert not _accusations(code, "Kenya could claim that Ugandan troops attacked its border posts.")


def test_a_negated_claim_is_no_accusation(code):
    assert not _accusations(code, "Kenya did not claim that Ugandan troops attacked its border posts.")


def test_accuse_keeps_its_own_event_and_the_act_is_not_a_fact(code):
    evs = _events(code, "Kenya accused Uganda of attacking its border posts.")
    assert [e for e in evs if e[0].startswith("112") and e[1:3] == ("KEN", "UGA")]
    assert not [e for e in evs if e[0].startswith("19")]
    assert len([e for e in evs if e[0].startswith("11")]) == 1  # one accusation, not two


def test_what_an_accusation_alleges_is_not_a_fact_whatever_its_kind(code):
    """Under a verb that is an accusation itself, a named doer's act of any kind is only alleged:
    "alleged Kenya had fuelled the war by supporting the rebels" codes the accusation, not a
    Kenyan act of support; the same act said plainly is coded."""
    text = "The Ugandan minister alleged that Kenya had fuelled the war by supporting the Somali president."
    evs = _events(code, text)
    assert ("112", "UGA", "KEN", "alleged") in evs
    assert not [e for e in evs if e[0].startswith("05")]
    evs = _events(code, "The Ugandan minister alleged that Kenya had met with the Somali president.")
    assert [e[0] for e in evs] == ["112"]
    evs = _events(code, "The Ugandan minister said that Kenya had supported the Somali president.")
    assert ("051", "KEN", "SOM", "supported") in evs


def test_claimed_responsibility_is_no_accusation(code):
    evs = _events(code, "The Ugandan rebels claimed responsibility for the attack on Kenyan border posts.")
    assert not [e for e in evs if e[0].startswith("11")]


def test_a_pronoun_doer_in_a_report_is_the_speakers_side(code):
    assert not _accusations(code, "The Ugandan army said it had attacked the Kenyan border posts.")


def test_an_alleged_act_is_not_stated_as_fact(code):
    evs = _events(code, "Ugandan police allegedly killed ten protesters in Kampala.")
    assert not [e for e in evs if e[0].startswith("19")]


def test_the_same_act_stated_is_coded(code):
    evs = _events(code, "Ugandan police killed ten protesters in Kampala.")
    assert [e for e in evs if e[0].startswith("19") and e[1] == "UGA"]


def test_an_alleged_act_noun_is_not_coded_but_its_condemnation_is(code):
    evs = _events(code, "Kenyan activists condemned the alleged killing of protesters by Ugandan police.")
    assert ("111", "KEN", "UGA", "condemned") in evs
    assert not [e for e in evs if e[0].startswith("19")]
    stated = _events(code, "Kenyan activists condemned the killing of protesters by Ugandan police.")
    assert [e for e in stated if e[0].startswith("19")]


def test_a_court_or_prosecutor_reporting_accuses_no_one(code):
    """A judge or prosecutor stating what happened reports it; alleging it still accuses."""
    text = "A Kenyan judge said that police had beaten the protesters in Nairobi."
    evs = _events(code, text)
    assert not [e for e in evs if e[0].startswith("11")]
    assert [e for e in evs if e[0].startswith("17") and e[1] == "KEN"]  # the act, reported as fact
    text = "A Kenyan opposition leader said that police had beaten the protesters in Nairobi."
    assert [e for e in _events(code, text) if e[0].startswith("112")]  # the near-identical report accuses
    text = "The Kenyan prosecutor alleged that Ugandan troops killed ten civilians in Busia."
    assert [e for e in _events(code, text) if e[0].startswith("112") and e[1:] == ("KEN", "UGA", "alleged")]
