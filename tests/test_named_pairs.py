"""A definite plural naming a pair ("the two leaders", "both sides", "the two neighbours") stands
for the two actors of two countries an earlier sentence of the article named together
(coding/actors/pairs.py, actors.yaml pair_nouns): invented articles, each with negatives."""

from __future__ import annotations

from tests.event_rows import acts


def _on(code, text: str, cameo: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for c, s, t in acts(code, text) if c == cameo}


MET = "Colombian President Ramon Ortega arrived in Madrid on Tuesday. He met Spanish Prime Minister Luis Herrero. "


def test_the_two_leaders_are_the_two_who_met(code):
    got = _on(code, MET + "The two leaders signed an agreement on migration.", "057")
    assert got == {("COLGOV", "ESP"), ("ESPGOV", "COL")}


def test_a_pair_named_further_back_still_counts(code):
    text = (
        "Colombian President Ramon Ortega met Spanish Prime Minister Luis Herrero on Tuesday. "
        "Ortega later toured a museum. Both leaders signed an agreement on migration."
    )
    assert _on(code, text, "057") == {("COLGOV", "ESP"), ("ESPGOV", "COL")}


def test_two_leaders_without_the_are_new_people(code):
    got = acts(code, MET + "Two leaders of the opposition criticised the visit.")
    assert not [x for x in got if x[0] == "111" and x[1] in ("COLGOV", "ESPGOV")]


def test_one_earlier_leader_is_no_pair(code):
    text = "German Chancellor Anna Weber visited Paris on Monday. The two leaders signed an agreement."
    assert _on(code, text, "057") == set()


def test_two_leaders_of_one_country_are_no_pair_of_countries(code):
    text = (
        "French President Paul Martin met French Prime Minister Marc Dubois on Monday. "
        "The two leaders signed an agreement."
    )
    assert {s for s, _ in _on(code, text, "057")} <= {"FRAGOV"}


def test_three_leaders_leave_the_two_unclear(code):
    text = (
        "French President Paul Martin met German Chancellor Anna Weber and Italian Prime Minister Carlo "
        "Rossi in Rome. The two leaders signed an agreement."
    )
    assert _on(code, text, "057") == set()


def test_no_pair_in_an_article_that_names_none(code):
    assert _on(code, "The two leaders signed an agreement on migration.", "057") == set()


def test_both_sides_accused_each_other(code):
    text = "Armenia and Azerbaijan held talks in Vienna on Friday. Both sides accused each other of violating the truce."
    # violating the truce alleged: an accusation of aggression (1123)
    assert _on(code, text, "1123") == {("ARM", "AZE"), ("AZE", "ARM")}


def test_the_two_neighbours_are_the_countries(code):
    text = "Ethiopia and Eritrea reopened their border on Tuesday. The two neighbours signed a peace agreement in July."
    assert _on(code, text, "057") == {("ETH", "ERI"), ("ERI", "ETH")}


def test_the_two_countries_of_two_leaders(code):
    got = _on(code, MET + "The two countries signed an agreement on migration.", "057")
    assert got == {("COL", "ESP"), ("ESP", "COL")}


def test_the_two_governments_are_each_countrys_government(code):
    text = "Ethiopia accused Eritrea of shelling border towns on Tuesday. The two governments signed a truce on Friday."
    assert _on(code, text, "0871") == {("ETHGOV", "ERI"), ("ERIGOV", "ETH")}


def test_the_two_armies_are_the_armed_forces_named(code):
    text = "Indian troops clashed with Pakistani soldiers in Kashmir on Sunday. The two armies exchanged fire again on Monday."
    assert _on(code, text, "193") == {("INDMIL", "PAK"), ("PAKMIL", "IND")}


def test_the_two_men_of_one_country_stay_as_they_are(code):
    # an attacker and his victim of one country are no pair of two countries: nothing new is coded
    base = acts(code, "A gunman shot a police officer in Lagos on Monday.")
    got = acts(code, "A gunman shot a police officer in Lagos on Monday. The two men had argued earlier.")
    assert got == base


def test_a_venue_is_no_third_side(code):
    # "in Vienna" is where the talks were held, not a third party beside Armenia and Azerbaijan
    text = "Armenia and Azerbaijan held talks in Vienna on Friday. The two sides signed a truce."
    assert _on(code, text, "0871") == {("ARM", "AZE"), ("AZE", "ARM")}


PAIR = "Colombian President Ramon Ortega met Spanish Prime Minister Luis Herrero on Tuesday. "


def test_the_leaders_of_the_two_countries_are_each_countrys(code):
    for text in (
        "The foreign ministers of both countries signed an agreement on migration.",
        "The two countries' foreign ministers signed an agreement on migration.",
    ):
        assert _on(code, PAIR + text, "057") == {("COLGOV", "ESP"), ("ESPGOV", "COL")}


def test_the_leaders_of_two_countries_named_by_one_are_no_pair(code):
    # the earlier sentence names two people of one country: "the two countries" points at no pair
    text = (
        "French President Paul Martin met French Prime Minister Marc Dubois on Monday. "
        "The foreign ministers of the two countries signed an agreement on migration."
    )
    assert {s for s, _ in _on(code, text, "057")} <= {"FRAGOV"}
