"""Two whole invented articles as a regression test (wave 2, h11): a US-China trade dispute
ending in a truce (tests/data/articles/trade-visit-1.txt, published 2025-06-13) and a Brazilian
state visit to Indonesia (trade-visit-2.txt, published 2025-09-25). Both were written and coded
by hand before the coder ran; the events asserted are those it now codes right that matter
(source and target, CAMEO root, modality, date), beside things it must not code."""

from __future__ import annotations

import pytest

from tests.event_rows import article_events


@pytest.fixture(scope="module")
def trade(code):
    return article_events(code, "trade-visit-1.txt", "2025-06-13")


@pytest.fixture(scope="module")
def visit(code):
    return article_events(code, "trade-visit-2.txt", "2025-09-25")


def _has(events, opening: str, source: str, target: str | None, root: str, modality: str = "actual", date: str = ""):
    """Is there an event in the sentence opening with `opening` of this dyad (actor codes, or a
    country for a code of three letters), root, modality and a date starting with `date`?"""

    def fits(actor, want):
        if want is None:
            return actor is None
        return actor is not None and (actor.get("code") == want or (len(want) == 3 and actor.get("country") == want))

    return any(
        e.sentence.startswith(opening)
        and fits(e.source, source)
        and fits(e.target, target)
        and e.cameo_root == root
        and e.modality == modality
        and e.date.startswith(date)
        for e in events
    )


# --------------------------------------------------------------------------- the trade dispute


def test_trade_lead_is_a_truce_of_each_side_with_the_other(trade):
    lead = "The United States and China agreed on Friday"
    assert _has(trade, lead, "USA", "CHN", "08", date="2025-06-13")
    assert _has(trade, lead, "CHN", "USA", "08", date="2025-06-13")
    assert not any(e.sentence.startswith("WASHINGTON") for e in trade)  # the dateline is no sentence part


def test_trade_tariff_moves(trade):
    assert _has(trade, "Under the deal, Washington will lower", "USAGOV", "CHN", "08", "planned")
    assert _has(trade, "The dispute began in April", "USAGOV", "CHN", "16", date="2025-04")
    assert _has(trade, "In May, China filed a complaint", "CHN", "USA", "11", date="2025-05")


def test_trade_threats_are_aimed_at_the_other_side(trade):
    assert _has(trade, "China's Commerce Ministry welcomed the truce", "CHNGOV", "USAGOV", "13")
    assert _has(trade, "Washington rejected the filing", "USAGOV", "CHNGOV", "13")


def test_trade_appeals_of_allies(trade):
    for source in ("JPN", "KOR"):
        for target in ("USAGOV", "CHNGOV"):
            assert _has(trade, "Japan and South Korea urged", source, target, "02")


def test_trade_a_reported_meeting_is_planned_not_hypothetical(trade):
    opening = "The US President praised the agreement"
    assert _has(trade, opening, "USAGOV", "CHNGOV", "03", "planned")
    assert not any(e.sentence.startswith(opening) and e.modality == "hypothetical" for e in trade)


def test_trade_no_events_in_figures_forecasts_or_analysts(trade):
    for opening in ("The International Monetary Fund", "Analysts cautioned", "Chinese customs figures"):
        assert not any(e.sentence.startswith(opening) for e in trade), opening


# --------------------------------------------------------------------------- the state visit


def test_visit_lead_agreements_each_way(visit):
    lead = "Brazilian President Luiz Inacio Lula da Silva"
    assert _has(visit, lead, "BRAGOV", "IDNGOV", "05", date="2025-09-25")
    assert _has(visit, lead, "IDNGOV", "BRAGOV", "05", date="2025-09-25")


def test_visit_host_and_guest(visit):
    assert _has(visit, "Prabowo welcomed his Brazilian counterpart", "IDNGOV", "BRAGOV", "04")
    assert _has(visit, "Prabowo welcomed his Brazilian counterpart", "BRAGOV", "IDNGOV", "04")
    assert _has(visit, "Lula arrived in Jakarta on Wednesday", "BRAGOV", "IDNGOV", "04", date="2025-09-24")
    assert _has(visit, "He praised Indonesia's role", "BRAGOV", "IDN", "05")


def test_visit_they_after_the_two_presidents_is_both(visit):
    opening = "They also condemned the attacks"
    assert _has(visit, opening, "BRAGOV", None, "11")
    assert _has(visit, opening, "IDNGOV", None, "11")
    assert not any((e.source or {}).get("country") == "PSE" for e in visit)  # Gaza is no actor here


def test_visit_the_next_stop_is_planned_on_friday(visit):
    opening = "On Friday he will fly to Kuala Lumpur"
    assert _has(visit, opening, "BRAGOV", "MYSGOV", "03", "planned", "2025-09-26")
    assert not any(e.sentence.startswith(opening) and e.modality == "actual" for e in visit)


def test_visit_the_2015_rift(visit):
    opening = "Relations between the two countries were strained in 2015"
    assert _has(visit, opening, "BRA", "IDN", "16", date="2015")
    assert _has(visit, opening, "IDN", "BRA", "18", date="2015")


def test_visit_greenpeace_appeals_to_both(visit):
    assert _has(visit, "Greenpeace urged", "NGOGPC", "BRAGOV", "02")
    assert _has(visit, "Greenpeace urged", "NGOGPC", "IDNGOV", "02")


def test_visit_no_events_in_trade_figures_or_a_purchase(visit):
    for opening in ("Trade between Brazil and Indonesia", "Indonesia's Defence Minister said"):
        assert not any(e.sentence.startswith(opening) for e in visit), opening
