"""A place whose name holds a country's name is not that country (kb/regions.tsv): "New
Mexico" is no Mexico, "New South Wales" no Wales (GBR); the country alone keeps its reading.
Invented sentences."""

from __future__ import annotations

import pytest

from tests.event_rows import DAY


def _countries(code, text: str) -> list[str | None]:
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return [(e.source or {}).get("country") for e in c.events]


@pytest.mark.parametrize(
    "place, wrong",
    [("New South Wales", "GBR"), ("New Mexico", "MEX"), ("New England", "GBR"), ("New Jersey", "JEY")],
)
def test_police_of_a_place_named_after_a_country_are_not_that_countrys(code, place, wrong):
    assert wrong not in _countries(code, f"Police in {place} arrested two protesters on Monday.")


def test_the_country_itself_keeps_its_reading(code):
    # negative: the country named alone
    assert _countries(code, "Police in Mexico arrested two protesters on Monday.") == ["MEX"]
    assert _countries(code, "Police in Wales arrested two protesters on Monday.") == ["GBR"]
