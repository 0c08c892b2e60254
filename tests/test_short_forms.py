"""A body named again by a short form of its name (actors/short_forms.py): "the European
Commission ... the Commission" is the Commission, not a body of the sentence's or article's
country. Sentences are invented; each positive has a negative."""

from __future__ import annotations

from tests.event_rows import coded


def _sources(code, text: str, trigger: str):
    return [e[2] for e in coded(code, text) if e[0] == trigger]


def test_the_head_word_alone_is_the_organisation_named_before(code):
    text = "BERLIN - The European Commission fined a bank on Monday. The Commission also criticised Germany."
    assert _sources(code, text, "criticised") == ["IGOEUR"]
    text = "VIENNA - The European Court of Justice ruled against Facebook on Thursday. The court also criticised Austria."
    assert _sources(code, text, "criticised") == ["IGOEUR"]


def test_a_short_form_with_more_of_the_name(code):
    text = (
        "VIENNA - The European Court of Justice ruled against Facebook on Thursday. "
        "The Court of Justice also criticised Austria."
    )
    assert _sources(code, text, "criticised") == ["IGOEUR"]


def test_another_body_of_that_word_named_between_is_not_passed_over(code):
    # "the court" after a Kenyan court is named: which court is unsaid, the old reading stays
    text = (
        "NAIROBI - The European Court of Justice ruled against Facebook on Thursday. "
        "A Kenyan court convicted two officers on Monday. The court also criticised Uganda."
    )
    assert _sources(code, text, "criticised") == ["KENJUD"]


def test_words_of_its_own_make_another_body(code):
    text = "DAMASCUS - The Syrian Arab Army shelled Idlib on Monday. The Kenyan army criticised the Syrian government."
    assert _sources(code, text, "criticised") == ["KENMIL"]
