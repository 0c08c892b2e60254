"""Whose quotation it is (coding/quotes.py, issue 13): a speech verb joined to an earlier verb
shares its subject ("X cited the treaty and said, '…'"), and a verb in the next sentence that
opens a quotation of its own does not cue the one before it. Sentences are invented."""

from __future__ import annotations

DAY = "2023-10-16"


def speakers(code, text: str) -> list[str | None]:
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return [(q.speaker or {}).get("code") for q in c.quotes]


def test_a_conjoined_speech_verb_shares_the_first_verbs_subject(code):
    text = 'Erdogan cited the NATO treaty and said, "They need to stand by us."'
    assert speakers(code, text) == ["TURGOV"]


def test_the_next_sentences_verb_cueing_its_own_quote_is_not_the_speaker(code):
    text = (
        'Erdogan cited the NATO treaty and said, "They need to stand by us." '
        'Jens Stoltenberg wrote, "I count on Turkey to act with restraint."'
    )
    assert speakers(code, text) == ["TURGOV", "IGONAT"]


def test_the_next_sentence_may_still_close_a_quote(code):
    # "…." Stoltenberg said. : the cue after the closing mark, split off as a sentence of its own
    text = '"I count on Turkey to act with restraint." Jens Stoltenberg said.'
    assert speakers(code, text) == ["IGONAT"]
