"""Diplomacy shapes: the arranger of talks between two sides mediates (045, mediators.py); a
phrasal "pulled out of" a treaty whose "of" the parser hangs on the particle (matching.py
_prep_heads); a cancelled visit aimed at its host; welcoming a visitor to a place is hosting.
Invented sentences, each with negatives."""

from __future__ import annotations

from tests.event_rows import acts, coded


def _mediation(code, text):
    return sorted((s, t) for c, s, t in acts(code, text) if c == "045")


def test_arranged_talks_between_two_sides_is_the_arrangers_mediation(code):
    got = acts(code, "Finland arranged talks between Ethiopia and Eritrea on Monday.")
    assert sorted((s, t) for c, s, t in got if c == "045") == [("FIN", "ERI"), ("FIN", "ETH")]
    assert ("040", "ETH", "ERI") in got  # the sides' own meeting stays


def test_helped_arrange_and_facilitated_negotiations_are_mediation(code):
    assert _mediation(code, "The Swiss foreign minister helped arrange a meeting between Armenia and Azerbaijan.") == [
        ("CHEGOV", "ARM"),
        ("CHEGOV", "AZE"),
    ]
    assert _mediation(code, "Ghana facilitated negotiations between Mali and Niger last week.") == [
        ("GHA", "MLI"),
        ("GHA", "NER"),
    ]


def test_no_mediation_without_two_other_sides_or_done_arranging(code):
    assert _mediation(code, "Finland arranged a meeting with Sweden on Monday.") == []  # a side itself
    assert _mediation(code, "The European Union organised a summit of African leaders.") == []  # no "between"
    assert _mediation(code, "Finland will arrange talks between Ethiopia and Eritrea.") == []  # not done
    assert _mediation(code, "Finland arranged the funeral of the former president.") == []


def test_pulled_out_of_a_treaty_reduces_relations(code):
    assert [(c, s) for c, s, _ in acts(code, "Australia pulled out of the fisheries agreement.")] == [("160", "AUS")]
    assert [c for c, _, _ in acts(code, "Canada pulled out of the climate treaty.")] == ["160"]


def test_pulled_out_of_a_race_or_a_car_is_no_event(code):
    assert acts(code, "Canada's foreign minister pulled out of the leadership race.") == []
    assert acts(code, "The Canadian driver pulled out of the parking lot.") == []


def test_a_cancelled_visit_is_aimed_at_the_country_to_be_visited(code):
    assert ("160", "JPNGOV", "DNK") in acts(code, "The Japanese foreign minister cancelled his visit to Denmark.")
    assert [t for c, _, t in acts(code, "The Japanese foreign minister cancelled the contract.") if c == "160"] == [
        None
    ]
    got = coded(code, "The Japanese foreign minister postponed his visit to Denmark.")
    assert [(c, m) for _, c, _, _, m in got] == [("042", "planned")]


def test_welcomed_a_visitor_to_a_place_is_hosting_their_visit(code):
    got = acts(code, "The Ghanaian president welcomed the Nigerian president to Accra on Monday.")
    assert ("043", "GHAGOV", "NGA") in got and ("042", "NGAGOV", "GHA") in got


def test_welcomed_a_decision_or_refugees_is_no_visit(code):
    got = acts(code, "The Ghanaian president welcomed the decision to reopen the border.")
    assert not [c for c, _, _ in got if c.startswith("04")]
    assert [c for c, _, _ in acts(code, "The Ghanaian president welcomed the refugees to Accra.")] == ["075"]


def test_a_host_hosts_each_guest_and_each_guest_visits_the_host(code):
    got = acts(code, "Kazakhstan hosted a summit with the Turkish and Iranian presidents.")
    assert {("043", "KAZ", "TUR"), ("043", "KAZ", "IRN"), ("042", "TURGOV", "KAZ"), ("042", "IRNGOV", "KAZ")} <= set(
        got
    )
    # the guests are not coded with each other (GUIDELINE "Meetings")
    assert not [(s, t) for c, s, t in got if c.startswith("04") and s in ("TURGOV", "IRNGOV") and t in ("TUR", "IRN")]


def test_talks_between_two_sides_hosted_by_a_third_stay_the_sides_own(code):
    got = acts(code, "Kazakhstan hosted talks between Armenia and Azerbaijan.")
    assert ("040", "ARM", "AZE") in got and ("040", "AZE", "ARM") in got


def test_hosting_refugees_is_no_visit(code):
    assert [c for c, _, _ in acts(code, "Kazakhstan hosts thousands of Afghan refugees.")] == ["075"]


def test_agreeing_to_resume_talks_is_an_intent_to_negotiate_with_the_other_side(code):
    got = acts(code, "Armenia and Azerbaijan agreed to resume talks.")
    assert {("036", "ARM", "AZE"), ("036", "AZE", "ARM")} <= set(got)
    assert ("036", "ARM", "AZE") in acts(code, "Armenia agreed to open negotiations with Azerbaijan.")


def test_agreeing_to_resume_fighting_or_to_cooperate_stays_a_plain_intent(code):
    assert [c for c, _, _ in acts(code, "The Armenian rebels agreed to resume fighting.") if c.startswith("03")] == [
        "030"
    ]
    assert [c for c, _, _ in acts(code, "Armenia agreed to cooperate with Azerbaijan.") if c.startswith("03")] == [
        "030"
    ]


def test_quitting_or_leaving_an_international_organisation_reduces_relations_with_it(code):
    for text in ("Qatar quit OPEC in January.", "Burundi withdrew from the International Criminal Court."):
        got = coded(code, text)
        assert [(c, (t or "")[:3]) for _, c, _, t, _ in got] == [("160", "IGO")], text


def test_quitting_a_party_or_a_team_is_no_event(code):
    assert acts(code, "The Burundian senator quit the party.") == []
    assert acts(code, "The Burundian coach quit the team.") == []
