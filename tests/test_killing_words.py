"""Agentless passives of killing words no one uses of an accident ("was slain", "were
slaughtered", "was gunned down") and of hacking or beating a person to death: someone's
deliberate act, coded with no source and the victims as target (events.yaml intentional_force).
A hacked computer, a beaten team or slaughtered cattle have no trigger entry and stay no event.
All sentences are invented."""

from __future__ import annotations

from .event_rows import acts


def test_slain_in_a_city_is_an_unnamed_killers_act(code):
    assert ("190", None, "KEN") in acts(code, "Two Kenyan traders were slain in Mombasa on Monday.")


def test_gunned_down_victims_take_the_place_country(code):
    assert ("193", None, "SOM") in acts(code, "Two traders were gunned down in Mogadishu on Tuesday.")


def test_hacked_to_death_is_a_killing(code):
    assert ("1823", None, "COD") in acts(code, "Five villagers were hacked to death near Beni in eastern Congo.")


def test_beaten_to_death_is_a_killing(code):
    assert ("1823", None, "PAK") in acts(code, "A shopkeeper was beaten to death in Lahore on Sunday.")


def test_hacked_servers_are_no_event(code):
    assert acts(code, "The company's servers were hacked last week in Berlin.") == []


def test_beaten_team_is_no_event(code):
    assert acts(code, "The Kenyan team was beaten in the final in Nairobi.") == []


def test_slaughtered_cattle_are_no_event(code):
    assert acts(code, "Thousands of cattle were slaughtered in Kenya for the festival.") == []


def test_slain_by_a_named_doer_keeps_the_doer(code):
    assert ("190", "SOMREB", "SOM") in [
        (c, s, t) for c, s, t in acts(code, "Two traders were slain by al-Shabaab militants in Mogadishu.")
    ]
