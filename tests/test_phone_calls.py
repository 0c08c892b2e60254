"""Phone calls (rules/triggers-nouns.yaml, events/calls.py, events.yaml call_codes): "a phone call to
X" is a call with X, and a phone call a speech act was made in ("in a phone call, X urged Y to ...")
is between the verb's subject and the one it addressed (CAMEO 041 both ways), when the call noun names
no side of its own. Sentences are invented; each positive has a negative beside it."""

from __future__ import annotations

from tests.event_rows import acts


def test_a_phone_call_to_someone_is_a_call_with_them(code):
    assert acts(code, "Putin made a phone call to Erdogan on Monday.") == [
        ("041", "RUSGOV", "TUR"),
        ("041", "TURGOV", "RUS"),
    ]
    assert acts(code, "The summary of Putin's phone call to Erdogan was released.") == [
        ("041", "RUSGOV", "TUR"),
        ("041", "TURGOV", "RUS"),
    ]
    # a call to a nation is an address, not a phone call
    assert [a for a in acts(code, "Putin's call to the nation was broadcast on Monday.") if a[0] == "041"] == []


def test_a_phone_call_a_speech_act_was_made_in_is_between_speaker_and_addressee(code):
    text = "In a phone call on Monday, Putin urged Erdogan to halt the offensive."
    assert [a for a in acts(code, text) if a[0] == "041"] == [("041", "RUSGOV", "TUR"), ("041", "TURGOV", "RUS")]
    text = "Putin told Erdogan in a phone call that the strikes would continue."
    assert [a for a in acts(code, text) if a[0] == "041"] == [("041", "RUSGOV", "TUR"), ("041", "TURGOV", "RUS")]
    # no one addressed: no one the caller spoke with, so no dyad and no call (events/partnerless.py);
    # an attack the act was made in is no call
    text = "In a phone call on Monday, Putin said the strikes would continue."
    assert [a for a in acts(code, text) if a[0] == "041"] == []
    assert [
        a
        for a in acts(code, "In the attack on Monday, Russian soldiers killed five Ukrainian soldiers.")
        if a[0] == "041"
    ] == []
