"""What a law, rule or treaty lays down, in the simple present, is a lasting state, not an act
(events/documents.py, modality.yaml document_nouns): invented sentences, each beside the act of
an actor that looks alike."""

from __future__ import annotations

from tests.event_rows import acts


def test_a_directive_that_provides_protections_is_no_aid(code):
    assert acts(code, "The EU's new directive provides legal protections for small traders.") == []


def test_an_actor_that_provides_aid_is_coded(code):
    assert ("070", "JPN", "HTI") in acts(code, "Japan provides aid to Haiti under the agreement.")


def test_guidelines_that_call_for_spending_are_no_appeal(code):
    text = "Poland spent 1.9% of its GDP on defence last year; NATO guidelines call for 2%."
    assert [a for a in acts(code, text) if a[0].startswith("02")] == []


def test_an_alliance_that_calls_for_spending_is_an_appeal(code):
    text = "NATO called on Poland to spend 2% of its GDP on defence."
    assert any(c.startswith("02") and s.startswith("IGO") for c, s, _ in acts(code, text))


def test_a_treaty_that_bans_tests_is_no_ban_but_a_parliament_that_bans_them_is(code):
    assert acts(code, "The new treaty bans nuclear tests in the region.") == []
    assert [c for c, _, _ in acts(code, "The Kenyan parliament banned nuclear tests on Monday.")] == ["172"]


def test_what_a_constitution_lays_down_in_its_content_clause_is_no_act(code):
    # the simple-present clause a document's verb has for its complement, and the participles in it
    laid_down = "The Russian constitution states that the president is elected by the people and is impeached by the Duma."
    assert [a for a in acts(code, laid_down) if a[0].startswith("11")] == []
    rule = "The United States Constitution specifies that officials are removed from office after being impeached for treason."
    assert acts(code, rule) == []
    fine = "The new law requires that protesters who block roads are arrested by the police."
    assert [a for a in acts(code, fine) if a[0].startswith("17")] == []


def test_a_planned_or_past_act_in_a_documents_content_clause_and_a_real_impeachment_stay(code):
    assert ("0874", "RUS", "MDA") in acts(code, "The treaty says that Russia will withdraw its troops from Moldova.")
    assert [c for c, _, _ in acts(code, "The court's ruling says that the governor was arrested by the police in 2019.")] == ["173"]
    assert [c for c, _, _ in acts(code, "The United States House of Representatives impeached President Trump on Wednesday.")] == ["115"]
    # the same content clause under a person's words is a report, not a rule
    assert "173" in [c for c, _, _ in acts(code, "Officials said that the mayor is arrested after being impeached by the council.")]
