"""A firm, outlet, service or station named by "news", "wire", "television" or "radio" is a
news medium (agents.tsv MED), not a business ("the state news firm accused the rebels"); a
firm of another trade stays a business. Sentences are invented."""

from __future__ import annotations

DAY = "2023-10-16"
KENYA = "Kenya's parliament passed the bill on Friday. "  # the paragraph is set in Kenya


def source_code(code, text: str, trigger: str) -> str | None:
    c = code(KENYA + text, DAY)
    assert c.article.status == "ok", c.article.error
    (e,) = [e for e in c.events if e.trigger.lower() == trigger]
    return (e.source or {}).get("code")


def test_a_state_news_firm_is_a_medium(code):
    assert source_code(code, "On Monday, the state news firm accused the police of lying.", "accused") == "KENMED"


def test_a_news_outlet_is_a_medium(code):
    assert source_code(code, "On Monday, a Kenyan news outlet accused the police of lying.", "accused") == "KENMED"


def test_a_radio_station_is_a_medium(code):
    assert source_code(code, "On Monday, a local radio station accused the police of lying.", "accused") == "KENMED"


def test_a_shipping_firm_stays_a_business(code):
    assert source_code(code, "On Monday, a Kenyan shipping firm accused the police of lying.", "accused") == "KENBUS"
