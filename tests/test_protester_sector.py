"""People who protest, march or riot are civilians (CVL), as the GUIDELINE's sectors put
"protesters" beside victims and private persons (kb/agents.tsv, over Phoenix's OPP); activists
and the opposition stay OPP, strikers (workers) LAB. What protesters do and suffer is coded as
before: a street protest is aimed at their own government, a crowd's demand too, and they are
the target of police acts. Sentences are invented."""

from __future__ import annotations

import pytest

from tests.event_rows import coded


def _on(code, text: str, trigger: str) -> list[tuple[str, str | None, str | None]]:
    """(cameo, source code, target code) of the events on one trigger word."""
    return [(c, s, t) for w, c, s, t, _ in coded(code, text) if w.lower() == trigger]


@pytest.mark.parametrize("text, trigger, source", [
    ("Ecuadorian protesters marched through Quito on Saturday.", "marched", "ECUCVL"),
    ("Thousands of Ecuadorian demonstrators rallied in Quito on Saturday.", "rallied", "ECUCVL"),
    ("Ecuadorian marchers rallied outside the congress in Quito.", "rallied", "ECUCVL"),
    ("Ecuadorian rioters clashed with police in Quito on Saturday.", "clashed", "ECUCVL"),
])
def test_people_who_protest_are_civilians(code, text, trigger, source):
    assert source in [s for _, s, _ in _on(code, text, trigger)]


@pytest.mark.parametrize("text, trigger, source", [
    # an activist campaigns for a cause: the GUIDELINE's OPP, as the opposition is
    ("Ecuadorian activists criticised the government in Quito on Saturday.", "criticised", "ECUOPP"),
    ("The Ecuadorian opposition criticised the government on Saturday.", "criticised", "ECUOPP"),
    # one who leads a protest is an activist, not one of the crowd
    ("Ecuadorian protest leaders criticised the government in Quito.", "criticised", "ECUOPP"),
    # a striker is a worker on strike: labour, as workers are
    ("Ecuadorian strikers criticised the government in Quito on Saturday.", "criticised", "ECULAB"),
])
def test_activists_the_opposition_and_strikers_keep_their_sectors(code, text, trigger, source):
    assert [s for _, s, _ in _on(code, text, trigger)] == [source]


def test_a_street_protest_stays_aimed_at_the_protesters_own_government(code):
    found = _on(code, "Ecuadorian demonstrators marched through Quito on Saturday.", "marched")
    assert [(c[:2], s, t) for c, s, t in found] == [("14", "ECUCVL", "ECUGOV")]
    # a named target stays the target
    found = _on(code, "Ecuadorian protesters rallied against the Peruvian government.", "rallied")
    assert [(s, t) for _, s, t in found] == [("ECUCVL", "PERGOV")]


def test_protesters_are_the_civilian_target_of_police_acts(code):
    found = _on(code, "Police detained dozens of protesters in Quito on Saturday.", "detained")
    assert [(c, s, t) for c, s, t in found] == [("173", "ECUCOP", "ECUCVL")]
