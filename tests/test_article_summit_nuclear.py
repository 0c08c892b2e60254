"""Two whole invented articles as a regression test (session 23, h5): an African Union summit in
Addis Ababa (tests/data/articles/summit-nuclear-1.txt, published 2026-02-15) and an Iranian
nuclear dispute with an Omani foreign minister's visit to Tehran (summit-nuclear-2.txt, published
2026-03-12). Both were written and coded by hand (summit-nuclear-1/-2.hand.tsv) before the coder
ran; the events asserted are those it now codes right that matter (source and target, CAMEO root,
modality, date), beside things it must not code."""

from __future__ import annotations

import pytest

from tests.event_rows import article_events


@pytest.fixture(scope="module")
def summit(code):
    return article_events(code, "summit-nuclear-1.txt", "2026-02-15")


@pytest.fixture(scope="module")
def nuclear(code):
    return article_events(code, "summit-nuclear-2.txt", "2026-03-12")


def _fits(actor, want: str | None) -> bool:
    if want is None:
        return actor is None
    return actor is not None and (actor.get("code") == want or (len(want) == 3 and actor.get("country") == want))


def _has(events, opening: str, source: str, target: str | None, root: str, modality: str = "actual", date: str = ""):
    """Is there an event in the sentence opening with `opening` of this dyad (actor codes, or a
    country for a code of three letters), root, modality and a date starting with `date`?"""
    return any(
        e.sentence.startswith(opening)
        and _fits(e.source, source)
        and _fits(e.target, target)
        and e.cameo_root == root
        and e.modality == modality
        and e.date.startswith(date)
        for e in events
    )


def _in(events, opening: str) -> list:
    return [e for e in events if e.sentence.startswith(opening)]


# --------------------------------------------------------------------------- the summit


def test_summit_sideline_meetings_and_deals(summit):
    met = "On the sidelines of the summit, Kenyan President"
    assert _has(summit, met, "KENGOV", "ETHGOV", "04", date="2026-02-13")
    assert _has(summit, met, "ETHGOV", "KENGOV", "04", date="2026-02-13")
    signed = "The two leaders also signed a deal"
    assert _has(summit, signed, "KENGOV", "ETHGOV", "05") and _has(summit, signed, "ETHGOV", "KENGOV", "05")
    talks = "Nigerian President Bola Tinubu held separate talks"
    assert _has(summit, talks, "NGAGOV", "ZAFGOV", "04") and _has(summit, talks, "ZAFGOV", "NGAGOV", "04")
    # "..., who pressed him to reopen": him is Tinubu, not Ramaphosa
    assert _has(summit, talks, "ZAFGOV", "NGAGOV", "02")
    again = "Nigeria's foreign ministry said the two sides would meet again"
    assert _has(summit, again, "ZAFGOV", "NGAGOV", "03", "planned", "2026-03")


def test_summit_walkout_and_sudan(summit):
    assert _has(summit, "The Sudanese delegation walked out", "SDNGOV", None, "16")
    assert _has(summit, "Sudan's foreign minister accused the African Union", "SDNGOV", "IGOAFU", "11")
    rsf = "The Rapid Support Forces, which have fought"
    assert _has(summit, rsf, "SDNREB", "SDNMIL", "19", date="2023-04")
    # "denied targeting civilians": the denied act is no hypothetical attack
    assert not any(e.modality == "hypothetical" for e in _in(summit, rsf))


def test_summit_protest_police_and_amnesty(summit):
    protest = "Outside the conference centre, several hundred"
    assert _has(summit, protest, "ETHOPP", "ETHGOV", "14", date="2026-02-13")
    police = "Ethiopian police fired tear gas"
    assert _has(summit, police, "ETHCOP", "ETHCVL", "17", date="2026-02-13")
    assert any(e.cameo == "175" for e in _in(summit, police)) and any(e.cameo == "173" for e in _in(summit, police))
    amnesty = "Amnesty International condemned the arrests"
    assert _has(summit, amnesty, "NGOAMN", "ETHCOP", "11") and _has(summit, amnesty, "NGOAMN", "ETHGOV", "02")


def test_summit_background_ethiopia_somalia(summit):
    assert _has(summit, "Somalia expelled Ethiopia's ambassador", "SOM", "ETHGOV", "16", date="2024-04")
    restored = "The two countries restored full diplomatic ties"
    assert _has(summit, restored, "SOM", "ETH", "05", date="2024-12") and _has(summit, restored, "ETH", "SOM", "05")


def test_summit_the_un_chief_is_he(summit):
    # "The United Nations Secretary-General ... He urged": the UN, not Ghana's president named before
    urged = _in(summit, "He urged wealthy nations")
    assert urged and all((e.source or {}).get("code") == "IGOUNO" for e in urged)


# --------------------------------------------------------------------------- the nuclear dispute


def test_nuclear_inspectors_refused_and_the_agencys_charge(nuclear):
    assert _has(nuclear, "Iran refused on Wednesday", "IRN", "IGOIAE", "12", date="2026-03-11")
    assert _has(nuclear, '"This is a serious breach', "IGOIAE", "IRN", "11")


def test_nuclear_israel_threat_and_the_2025_war(nuclear):
    assert _has(nuclear, "Defence Minister Israel Katz threatened", "ISR", None, "13", date="2026-03-11")
    assert _has(nuclear, "Israeli warplanes bombed", "ISRMIL", "IRN", "19", date="2025-06")
    assert _has(nuclear, "Israeli warplanes bombed", "IRN", "ISR", "19")


def test_nuclear_us_offer_rejected(nuclear):
    assert _has(nuclear, "In Washington, the State Department condemned", "USAGOV", "IRN", "11")
    offer = "Secretary of State Marco Rubio said"
    assert _has(nuclear, offer, "USA", "IRNGOV", "03")
    # the warning is Rubio's (the KB person behind "Secretary of State Marco Rubio"), not Iran's
    warned = [e for e in _in(nuclear, offer) if e.cameo_root == "13"]
    assert warned and all((e.source or {}).get("country") == "USA" for e in warned)
    assert _has(
        nuclear, "Iranian Foreign Minister Abbas Araghchi rejected", "IRNGOV", "USAGOV", "12", date="2026-03-12"
    )


def test_nuclear_european_sanctions_are_each_states(nuclear):
    e3 = "Britain, France and Germany, which restored"
    for state in ("GBR", "FRA", "DEU"):
        assert _has(nuclear, e3, state, "IRN", "16", date="2025-09"), state
        assert _has(nuclear, e3, state, "IRNGOV", "02"), state
    assert not any((e.source or {}).get("code") == "IGOUNO" for e in _in(nuclear, e3))


def test_nuclear_omani_visit(nuclear):
    assert _has(
        nuclear, "Seeking to calm the crisis, Oman's Foreign Minister", "OMNGOV", "IRNGOV", "04", date="2026-03-12"
    )
    # "He was received by President Masoud Pezeshkian": the Omani minister, hosted
    assert _has(nuclear, "He was received by President Masoud Pezeshkian", "IRNGOV", "OMNGOV", "04")
    hosted = "Oman hosted five rounds of indirect talks"
    assert _has(nuclear, hosted, "OMN", "IRN", "04", date="2025") and _has(nuclear, hosted, "OMN", "USA", "04")


def test_nuclear_no_events_in_open_options_or_forecasts(nuclear):
    for opening in (
        "The three European governments said they had not ruled out",
        "Diplomats in Vienna said the board could",
        "The agency's board of governors will meet",
    ):
        assert not _in(nuclear, opening), opening
