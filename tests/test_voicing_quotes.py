"""Verbs of voicing and citing cue a quotation like "say" (rules/modality.yaml reported_speech):
"X gave his account, speaking on radio: '…'", "she informed police that '…'", "X cited the
government's 'ongoing repression'", "crowds chanted '…'"."""

from __future__ import annotations

from tests.event_rows import quote


def test_a_participle_of_speaking_gives_the_main_clause_subject(code):
    text = (
        "Angela Merkel gave her own account of the talks, speaking on German radio: "
        '"We agreed on the main points and the rest will follow next week."'
    )
    q = quote(code, text, "We agreed on the main points")
    assert q.cue == "speaking"
    assert q.speaker and q.speaker["country"] == "DEU"


def test_informed_police_gives_the_informer(code):
    text = (
        "Police in Lyon questioned Angela Merkel about the crash on Monday. "
        'She informed the officers that "she had no plans to leave the city this week".'
    )
    q = quote(code, text, "she had no plans")
    assert q.cue == "informed"
    assert q.speaker and q.speaker["country"] == "DEU"


def test_citing_a_phrase_gives_the_citer(code):
    text = (
        "Emmanuel Macron wrote to the committee on Monday. In the letter, Macron cited the "
        "company's \"repeated failures to protect its workers\" as the reason for the fine."
    )
    q = quote(code, text, "repeated failures")
    assert q.cue == "cited"
    assert q.speaker and q.speaker["country"] == "FRA"


def test_a_chant_is_the_chanters(code):
    text = 'Protesters in Lima chanted "down with the corrupt government" outside the congress on Monday.'
    q = quote(code, text, "down with the corrupt")
    assert q.cue == "chanted"
    assert q.speaker and q.speaker["text"] == "Protesters"


def test_a_sign_that_reads_still_has_no_speaker(code):
    text = 'Protesters in Lima carried signs which read "no more corrupt judges" on Monday.'
    q = quote(code, text, "no more corrupt")
    assert q.speaker is None


def test_speaking_after_another_does_not_make_the_other_the_speaker(code):
    text = (
        "Speaking after Angela Merkel, Emmanuel Macron told reporters: "
        '"We agreed on the main points and the rest will follow next week."'
    )
    q = quote(code, text, "We agreed on the main points")
    assert q.speaker and q.speaker["country"] == "FRA"
