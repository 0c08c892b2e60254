"""A quoted person the text gives no country speaks from where the story is: their sentence's
country, else their paragraph's, else the article's (coding/placed_speakers.py). Titled people,
international bodies and organisations keep what the actors stage gave them."""

from __future__ import annotations

DAY = "2023-10-16"


def speaker_of(code, text: str, opening: str) -> dict:
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    quotes = [q for q in c.quotes if q.text.startswith(opening)]
    assert len(quotes) == 1, [q.text for q in c.quotes]
    assert quotes[0].speaker is not None
    return quotes[0].speaker


def test_a_named_person_with_no_title_speaks_from_the_story_country(code):
    text = (
        "Farmers in Kenya marched on Monday against a new tax on fertiliser.\n\n"
        'Jane Wanjiru told reporters, "We cannot pay these prices any longer."'
    )
    sp = speaker_of(code, text, "We cannot pay")
    assert sp["country"] == "KEN" and sp["resolved_by"] in ("paragraph", "article")


def test_a_witness_named_by_a_common_noun_speaks_from_the_sentence_country(code):
    text = 'Two men robbed a bank in Lima, Peru, on Tuesday. "I saw them run out with two bags," a witness said.'
    assert speaker_of(code, text, "I saw them run")["country"] == "PER"


def test_a_speaker_the_text_places_keeps_its_own_country(code):
    text = (
        "Farmers in Kenya marched on Monday against a new tax on fertiliser.\n\n"
        'French economist Marie Dupont said, "The tax will hurt the poorest growers first."'
    )
    assert speaker_of(code, text, "The tax will hurt")["country"] == "FRA"


def test_an_international_body_is_given_no_country(code):
    text = (
        "Farmers in Kenya marched on Monday against a new tax on fertiliser.\n\n"
        'The United Nations said, "The tax will hurt the poorest growers first."'
    )
    sp = speaker_of(code, text, "The tax will hurt")
    assert sp["country"] is None and sp["sector"] == "IGO"
