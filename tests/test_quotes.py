"""The `quotes` stage: direct quotations with their cue and speaker."""

from __future__ import annotations

import pytest

DAY = "2023-10-16"


def coded(code, text: str, date: str = DAY):
    c = code(text, date)
    assert c.article.status == "ok", c.article.error
    return c


def only_quote(c):
    assert len(c.quotes) == 1, [q.text for q in c.quotes]
    return c.quotes[0]


def test_quote_then_named_speaker(code):
    text = "“We will not accept any threats against our sovereignty,” Erdogan said on Sunday."
    q = only_quote(coded(code, text))
    assert q.text == "We will not accept any threats against our sovereignty,"
    assert q.cue == "said"
    assert q.speaker and q.speaker["kb_id"] == "recep_tayyip_erdogan" and q.speaker["code"] == "TURGOV"
    assert text[q.span[0]:q.span[1]] == q.text
    assert q.sentence_index == 0


def test_speaker_before_the_quote(code):
    text = "Erdogan said on Sunday: “We will not allow anyone to threaten the security of our borders.”"
    q = only_quote(coded(code, text))
    assert q.text.startswith("We will not allow anyone")
    assert q.speaker and q.speaker["kb_id"] == "recep_tayyip_erdogan"


def test_he_said_after_a_named_speaker(code):
    text = ("Lavrov arrived in Ankara on Sunday for talks on grain exports. "
            "“Our countries must keep talking about the future of the region,” he said.")
    q = only_quote(coded(code, text))
    assert q.cue == "said"
    assert q.sentence_index == 1
    assert q.speaker and q.speaker["kb_id"] == "sergey_lavrov" and q.speaker["code"] == "RUSGOV"
    assert text[q.span[0]:q.span[1]] == q.text


def test_office_as_speaker(code):
    text = ("Putin met Xi in Beijing on Wednesday. “Our trade is growing faster than ever before,” "
            "the Russian president said after the talks.")
    q = only_quote(coded(code, text))
    assert q.speaker and q.speaker["kb_id"] == "vladimir_putin"


def test_unknown_speaker_with_apposition(code):
    text = ("“The humanitarian situation in the camps is getting worse every day,” Maria Lindqvist, "
            "director of the Sahel Relief Network, said on Sunday.")
    q = only_quote(coded(code, text))
    assert q.cue == "said"
    assert q.speaker and q.speaker["text"] == "Maria Lindqvist"
    assert q.speaker["kb_id"] is None


def test_unknown_speaker_the_ner_misses(code):
    # regression: the NER tags 'Amara Dioufé' ORG and the speaker was null
    text = ("“The humanitarian situation in the camps is getting worse every day,” Amara Dioufé, "
            "director of the Sahel Relief Network, said on Sunday.")
    q = only_quote(coded(code, text))
    assert q.speaker and "Dioufé" in q.speaker["text"]
    assert q.speaker["kb_id"] is None


def test_quote_over_several_sentences(code):
    text = ("“The sanctions have failed. They hurt ordinary people and not the elites. We need a new approach,” "
            "Macron told reporters in Paris on Monday.")
    q = only_quote(coded(code, text))
    assert q.text.startswith("The sanctions have failed.") and q.text.endswith("We need a new approach,")
    assert q.text.count(".") == 2
    assert q.sentence_index == 0
    assert q.cue == "told"
    assert q.speaker and q.speaker["kb_id"] == "emmanuel_macron"
    assert text[q.span[0]:q.span[1]] == q.text


def test_two_quotes_two_speakers(code):
    text = ("“We are ready for a ceasefire,” Zelensky said on Monday. "
            "“There will be no talks while the occupation continues,” Erdogan said later in Ankara.")
    c = coded(code, text)
    speakers = [(q.speaker or {}).get("kb_id") for q in c.quotes]
    assert speakers == ["volodymyr_zelensky", "recep_tayyip_erdogan"]
    assert [q.sentence_index for q in c.quotes] == [0, 1]


@pytest.mark.parametrize("text", [
    "Officials described the agreement as “historic” on Monday and promised more talks in the spring.",
    'Officials described the agreement as "historic" on Monday and promised more talks in the spring.',
    "Putin and Xi declared an ‘unrestricted’ friendship in Beijing before the war began.",
])
def test_scare_quote_of_one_word_is_not_a_quote(code, text):
    assert coded(code, text).quotes == []


def test_quote_without_cue_has_no_speaker(code):
    text = "The ministry called the report “a collection of lies and fabrications” in a short statement."
    c = coded(code, text)
    for q in c.quotes:
        assert q.speaker is None or q.cue is not None


def test_the_quotations_memo_is_dropped_after_the_quotes_stage():
    """The stages share one search for quotations through a memo on the Doc; it holds the Doc's
    tokens, so the quotes stage drops it, or every coded Doc would stay in memory."""
    from newsgraph.coding.nlp import get_pipeline
    from newsgraph.coding.quotes import MEMO

    doc = get_pipeline()('The minister said: "We will never accept this deal at all," on Monday.')
    assert len(doc._.quotes) == 1
    assert MEMO not in doc.user_data
