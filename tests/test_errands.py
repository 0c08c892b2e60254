"""A meeting or visit noun in the purpose phrase of a verb of going or being is the traveller's
(errands.py, meetings.yaml errand_verbs): invented sentences, each with negatives."""

from __future__ import annotations

from tests.event_rows import acts


def _roots04(code, text):
    return sorted((s, t) for c, s, t in acts(code, text) if c.startswith("04"))


def test_flew_somewhere_for_talks_with_someone_is_a_meeting_with_them(code):
    got = _roots04(code, "The Kenyan president flew to Addis Ababa for talks with the Ethiopian prime minister.")
    assert ("KENGOV", "ETH") in got and ("ETHGOV", "KEN") in got


def test_was_in_a_capital_for_a_meeting_is_a_meeting(code):
    got = _roots04(
        code, "The Chilean foreign minister was in Lima on Monday for a meeting with his Peruvian counterpart."
    )
    assert ("CHLGOV", "PER") in got


def test_on_a_visit_to_a_country_is_a_visit(code):
    assert ("042", "POLGOV", "LTU") in acts(code, "The Polish president is on a two-day visit to Lithuania.")


def test_other_verbs_or_no_partner_are_no_errand(code):
    assert _roots04(code, "The Chilean senate voted for talks with Peru.") == []
    assert _roots04(code, "Bolivian lawmakers insisted on a meeting with the Peruvian ambassador.") == []
    # the verb's own visit, not a second one to no one
    got = acts(code, "The Polish president arrived in Vilnius on a two-day visit.")
    assert [t for c, _, t in got if c == "042"] == ["LTU"]
