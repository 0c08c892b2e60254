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
