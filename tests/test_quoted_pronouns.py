"""A he/she inside a speaker's own quoted words is never that speaker, who is "I" there
(actors/pronouns.py, actors/quoted_pronouns.py): it is the nearest fitting person before it
other than the speaker, else no one, and it is not carried on outside its quotation. Invented
sentences, each rule beside a negative."""

from __future__ import annotations

from tests.event_rows import coded

BIDEN_KYIV = "Joe Biden visited Kyiv on Monday. "


def resolved(nlp, text: str, word: str, nth: int = 0) -> str | None:
    """kb_id of the actor the `nth` token `word` of `text` stands for, else None."""
    doc = nlp(text)
    toks = [t for t in doc if t.text == word]
    a = doc._.actor_at.get(toks[nth].i)
    return a.kb_id if a is not None else None


def test_a_quoted_he_is_the_person_before_not_the_speaker(nlp):
    text = BIDEN_KYIV + 'Emmanuel Macron said in a statement: "I think he made the right decision."'
    assert resolved(nlp, text, "he") == "joe_biden"
    assert resolved(nlp, text, "I") == "emmanuel_macron"  # "I" is still the speaker
    # the speaker named after the quotation
    text = BIDEN_KYIV + '"He made a wise choice for his country," Emmanuel Macron said.'
    assert resolved(nlp, text, "He") == "joe_biden"


def test_a_quoted_he_with_only_the_speaker_before_is_no_one(nlp):
    assert resolved(nlp, 'Emmanuel Macron said on Monday: "I think he made the right decision."', "he") is None


def test_a_reported_he_is_still_the_speaker(nlp):
    # negative: not quoted, "he" in what X said is X
    assert resolved(nlp, BIDEN_KYIV + "Emmanuel Macron said he would resign.", "he") == "emmanuel_macron"


def test_a_quoted_he_is_not_carried_out_of_the_quotation(nlp):
    text = BIDEN_KYIV + 'Emmanuel Macron said: "I think he made the right decision." He later flew to Berlin.'
    assert resolved(nlp, text, "he") == "joe_biden"
    assert resolved(nlp, text, "He") == "emmanuel_macron"


def test_a_quoted_approval_of_him_is_the_speakers_praise_of_that_person(code):
    rows = coded(code, BIDEN_KYIV + 'Emmanuel Macron said, "I think he made the right decision."')
    assert ("made", "051", "FRAGOV", "USAGOV", "actual") in rows
    # negative: with no one before but the speaker, no praise of himself
    rows = coded(code, 'Emmanuel Macron said, "I think he made the right decision."')
    assert not [r for r in rows if r[1] == "051"]
