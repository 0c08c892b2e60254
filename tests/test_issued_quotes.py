"""Who speaks a quotation read out of a text, given by "according to", or cued by a verb after it
(coding/issued_texts.py, quote_cues.cue_subject): a statement, letter or ruling speaks for whoever
issued it; a sign, a banner or a headline that "read" something names no one. Sentences are
invented; each rule has a negative beside it."""

from __future__ import annotations

import pytest

DAY = "2023-10-16"


def speakers(code, text: str) -> list[tuple[str | None, str | None]]:
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return [((q.speaker or {}).get("text"), (q.speaker or {}).get("country")) for q in c.quotes]


@pytest.mark.parametrize(
    "text, country",
    [
        # the text's owner
        ('Putin\'s statement read: "We will not accept any foreign interference in the elections."', "RUS"),
        # a part of the text is the text
        ('Part of Macron\'s letter reads "we will stand with our partners until the very end."', "FRA"),
        # its "of" phrase, the reading verb after the quote
        (
            '"Our borders remain closed to all traffic until further notice," read the statement of the'
            " Turkish Foreign Ministry.",
            "TUR",
        ),
        # the subject of the verb that issued it, through "which"
        (
            'The French government released a statement which read, in part, "The agreement must be'
            ' respected by all sides."',
            "FRA",
        ),
        # "the statement": the one an earlier sentence says was issued
        (
            'The Kenyan government issued a statement on Monday. "We condemn the raids in the strongest terms,"'
            " read the statement.",
            "KEN",
        ),
    ],
)
def test_a_text_read_out_speaks_for_its_issuer(code, text, country):
    assert [c for _, c in speakers(code, text)] == [country]


def test_the_issuers_we_makes_the_act(code):
    c = code(
        'The Kenyan government issued a statement on Monday. "We condemn the Somali raids in the strongest'
        ' terms," read the statement.',
        DAY,
    )
    got = [(e.cameo, e.source["code"]) for e in c.events if e.trigger == "condemn"]
    assert got == [("111", "KENGOV")]


@pytest.mark.parametrize(
    "text",
    [
        'Thousands marched through Nairobi on Sunday. One of the signs read "Go home, foreign troops".',
        'Thousands marched through Nairobi on Sunday. Protesters held signs which read "Go home, foreign troops".',
        'A banner which read "No more war in our land" hung over the gate.',
        'The headline read: "Markets tumble as talks collapse in Geneva".',
    ],
)
def test_a_sign_or_headline_that_reads_names_no_speaker(code, text):
    assert speakers(code, text) == [(None, None)]


def test_a_note_found_is_not_the_finders(code):
    got = speakers(code, 'Police in Nairobi found a note which read "I am sorry for everything I did".')
    assert len(got) == 1 and "olice" not in (got[0][0] or "")


@pytest.mark.parametrize(
    "text, country",
    [
        # "according to X" attributes the quoted words to X
        ('The convoy carried "food and medicine for the displaced families", according to a Nigerian army spokesman.', "NGA"),
        # a speech verb right after the quote: its subject follows it
        ('"We will not negotiate with these terrorists," said a senior Afghan official.', "AFG"),
    ],
)
def test_according_to_and_an_inverted_speech_verb_name_the_speaker(code, text, country):
    assert [c for _, c in speakers(code, text)] == [country]


def test_a_verb_after_the_quote_with_its_own_subject_keeps_it(code):
    # "he" stands between the quote and the verb: the subject is his, not the object's
    got = speakers(code, 'The talks failed. "We will not negotiate with these terrorists," Putin told the Afghan envoy.')
    assert [c for _, c in got] == ["RUS"]


def test_a_text_read_parsed_as_a_reduced_relative_still_speaks(code):
    # "the decision read in part:" the parser may read "read" as "the decision (that was) read"
    got = speakers(
        code,
        'The Kenyan Supreme Court ruled on Tuesday. The summary of the decision read in part: "The election'
        ' was not conducted in accordance with the constitution."',
    )
    assert [c for _, c in got] == ["KEN"]


def test_a_slogan_read_in_part_names_no_speaker(code):
    got = speakers(code, 'Thousands marched in Nairobi. The slogan on the banner read in part: "Go home, foreign troops".')
    assert got == [(None, None)]


@pytest.mark.parametrize(
    "text, country",
    [
        (
            "The Kenyan High Court found that the president's order"
            ' "was motivated by the improper purpose of silencing parliament".',
            "KEN",
        ),
        ('The Kenyan inquiry concluded that the officers had "acted recklessly and without any lawful authority".', "KEN"),
    ],
)
def test_a_finding_speaks_the_words_in_its_clause(code, text, country):
    assert [c for _, c in speakers(code, text)] == [country]


def test_a_thing_found_is_not_the_finders_words(code):
    # the quote is no clause the finder states: "found the body 'in a terrible state'"
    assert speakers(code, 'Police in Nairobi found the body "in a terrible state" near the river.') == [(None, None)]


def test_a_naming_verb_beats_according_to(code):
    # "according to the BBC" reports Putin's words; it does not speak them
    got = speakers(code, 'Putin called the sanctions "an act of economic war against our people", according to the BBC.')
    assert [c for _, c in got] == ["RUS"]


def test_a_decree_speaks_for_whoever_signed_it(code):
    text = 'The decree signed by President William Ruto read "The tax on fertiliser is suspended until the end of the year."'
    assert speakers(code, text) == [("William Ruto", "KEN")]
