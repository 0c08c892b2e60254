"""What a speaker does inside a quote is the speaker's act (issue 13): a quote set off by a comma or
colon from a clause of its own ("…," Odinga continued.) is that clause's subject's whatever the
verb, so its "I" and "we" and the speech acts they make ("I applaud", "we condemn") have a
source. Sentences are invented; each rule has a negative beside it."""

from __future__ import annotations

import pytest

DAY = "2023-10-16"


def coded(code, text: str):
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return c


@pytest.mark.parametrize(
    "text, trigger, expected",
    [
        ('"I condemn the Somali raids", the Kenyan president concluded.', "condemn", ("111", "KENGOV", "SOM")),
        ('"We applaud the Ethiopian government," the Kenyan president continued.', "applaud", ("051", "KENGOV", "ETH")),
        ('The Kenyan president continued: "I condemn the Somali raids."', "condemn", ("111", "KENGOV", "SOM")),
    ],
)
def test_a_quote_set_off_from_any_verb_is_its_subjects(code, text, trigger, expected):
    c = coded(code, text)
    assert [q.speaker["code"] for q in c.quotes] == ["KENGOV"]
    got = [(e.cameo, e.source["code"], (e.target or {}).get("country")) for e in c.events if e.trigger == trigger]
    assert got == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # the next sentence's verb is no cue of a quote that ended a sentence
        '"I condemn the Somali raids." The Kenyan president left the hall.',
        # a verb after the quote with no comma setting the quote off
        '"I condemn the Somali raids" was printed on a banner the Kenyan president unveiled.',
    ],
)
def test_a_verb_not_set_off_from_the_quote_is_no_cue(code, text):
    c = coded(code, text)
    assert all(q.speaker is None for q in c.quotes)
    assert not [e for e in c.events if e.trigger == "condemn"]
