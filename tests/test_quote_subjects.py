"""Who speaks when the parser loses the speech verb's subject (quote_cues.cue_subject): a name
a fronted participle's phrase swallowed ("Speaking to AFP, the head of X, Y, said"), the subject
after a fronted participle of naming ("Calling it 'X', Y told"), an infinitive's governing verb
("went on to say"), a number's apposition or its "of" phrase ("One of these groups, the SDF,
said", "One of the protesters said"). And "pro-X"/"anti-X" names a stance, not a place or whose
people are meant (actors/setting.py, actors/phrases.py). Sentences are invented; each rule has a
negative beside it."""

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
        (
            "Speaking to reporters in Nairobi, the chairman of the Kenya Human Rights Commission, John Mwangi,"
            ' said, "We will not be silenced by these threats."',
            "KEN",
        ),
        # the participle's own object's apposition is no speaker when the verb has its subject
        (
            "Speaking after his meeting with the Kenyan president, William Ruto, Museveni said,"
            ' "We will not be silenced by these threats."',
            "UGA",
        ),
        ('Putin went on to say that the West had "lost all sense of reality in this conflict".', "RUS"),
        (
            "Thousands marched in Nairobi on Sunday. One of the protesters said,"
            ' "We will march again tomorrow and every day after."',
            "KEN",
        ),
        (
            "One of these groups, the Syrian Democratic Forces, said it had been given"
            ' "assurances from the Americans that they would stay".',
            "SYR",
        ),
    ],
)
def test_a_lost_subject_is_found(code, text, country):
    assert [c for _, c in speakers(code, text)] == [country]


def test_a_fronted_participle_of_naming_shares_the_verbs_subject(code):
    got = speakers(code, 'Calling it "a shameful act of aggression", Putin told reporters "the strikes must stop at once".')
    assert [c for _, c in got] == ["RUS", "RUS"]


@pytest.mark.parametrize(
    "text",
    [
        # a participle on a noun has no speaker
        'Protesters in Moscow carried a banner calling it "a shameful act of aggression".',
        # "asked Y to say": Y would say it, not the asker
        'Putin asked the Turkish envoy to say "we will respect the agreement in full".',
    ],
)
def test_no_speaker_through_a_noun_or_an_object(code, text):
    assert speakers(code, text) == [(None, None)]


def test_pro_beijing_names_no_place(code):
    text = (
        "Lawmakers walked out of the chamber in Hong Kong on Wednesday. Lam Siu-fai from the pro-Beijing camp"
        ' said at a press conference: "The behaviour of my colleagues is anti-democratic and oppressive."'
    )
    assert [c for _, c in speakers(code, text)] == ["HKG"]


def test_an_official_in_beijing_is_placed_there(code):
    text = (
        "Lawmakers walked out of the chamber in Hong Kong on Wednesday. Lam Siu-fai, an official in Beijing,"
        ' said at a press conference: "The behaviour of these lawmakers is anti-democratic and oppressive."'
    )
    assert [c for _, c in speakers(code, text)] == ["CHN"]


def test_a_pro_russian_separatist_is_of_the_places_country(code):
    c = code("Fighting continued in Donetsk, Ukraine, on Monday. Pro-Russian separatists shelled the town of Avdiivka.", DAY)
    assert [(e.cameo, e.source["code"]) for e in c.events if e.trigger == "shelled"] == [("194", "UKRSEP")]


def test_a_russian_separatist_is_russian(code):
    c = code("Fighting continued in Donetsk, Ukraine, on Monday. Russian troops shelled the town of Avdiivka.", DAY)
    assert [e.source["country"] for e in c.events if e.trigger == "shelled"] == ["RUS"]


def test_anti_american_protesters_are_of_where_they_march(code):
    text = 'Thousands marched in Nairobi on Sunday. The anti-American protesters said, "We will march again tomorrow."'
    assert [c for _, c in speakers(code, text)] == ["KEN"]


def test_a_gerund_lays_no_obligation(code):
    # "spared them having to relive it" is no demand on them by the speaker (events/quoted.py)
    c = code(
        'The Kenyan president said the court had "spared the Somali families having to relive the raids".', DAY
    )
    assert not [e for e in c.events if e.cameo.startswith("10")]


def test_a_quote_after_a_sentence_of_criticism_is_its_subjects(code):
    text = (
        "The Turkish foreign minister criticized the decision on Twitter. "
        '"The statement tonight shows a complete lack of understanding of the situation."'
    )
    assert [c for _, c in speakers(code, text)] == ["TUR"]


@pytest.mark.parametrize(
    "text",
    [
        # a sentence that reports no speech introduces no one's words
        "The Turkish foreign minister visited Berlin on Monday. "
        '"The statement tonight shows a complete lack of understanding of the situation."',
        # nor across a paragraph break
        "The Turkish foreign minister criticized the decision on Twitter.\n\n"
        '"The statement tonight shows a complete lack of understanding of the situation."',
    ],
)
def test_no_speaker_from_narration_or_another_paragraph(code, text):
    assert speakers(code, text) == [(None, None)]
