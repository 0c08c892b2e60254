"""A blank line ends a sentence (coding/paragraphs.py): an article's date line or a heading
with no final stop is not the start of the first sentence; invented articles, with the
negatives of a line break inside a paragraph and of a paragraph that is one sentence."""

from __future__ import annotations

from tests.event_rows import DAY


def _sentences(code, text: str) -> list[str]:
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return [e.sentence for e in c.events]


def test_a_date_line_is_not_part_of_the_first_sentence(code):
    text = "Monday, October 16, 2023\n\n\nThe Kenyan army attacked rebel positions in Somalia on Sunday."
    assert _sentences(code, text) == ["The Kenyan army attacked rebel positions in Somalia on Sunday."]


def test_a_heading_without_a_stop_is_its_own_sentence(code):
    text = "Fighting on the border\n\nThe Kenyan army attacked rebel positions in Somalia on Sunday."
    assert _sentences(code, text) == ["The Kenyan army attacked rebel positions in Somalia on Sunday."]


def test_a_single_line_break_inside_a_paragraph_keeps_the_sentence_whole(code):
    text = "The Kenyan army attacked rebel positions\nin Somalia on Sunday."
    (sentence,) = _sentences(code, text)
    assert sentence.startswith("The Kenyan army") and sentence.endswith("on Sunday.")


def test_a_date_line_before_an_event_leaves_its_actors_and_code(code):
    text = "Monday, October 16, 2023\n\n\nThe Kenyan army attacked rebel positions in Somalia on Sunday."
    c = code(text, DAY)
    (e,) = c.events
    assert (e.cameo[:2], (e.source or {}).get("country"), e.date) == ("19", "KEN", "2023-10-15")


def test_a_dateline_is_no_doer(code):
    # the city of a dateline was parsed as the subject of the first sentence
    c = code("NAIROBI - The Kenyan opposition leader criticised the plan on Monday.", DAY)
    (e,) = c.events
    assert e.source["code"] == "KENOPP" and e.sentence.startswith("The Kenyan opposition leader")


def test_a_title_case_phrase_before_a_dash_is_no_dateline(code):
    # negative: "The Northern Brigade - backed by ..." is the sentence's subject, not a dateline
    text = "The Northern Brigade – backed by Kenyan troops – attacked rebel positions in Somalia on Sunday."
    c = code(text, DAY)
    assert [e.sentence for e in c.events if e.cameo.startswith("19")] == [text]


def test_a_title_opening_the_sentence_after_a_dateline_is_still_a_title(code):
    c = code("OTTAWA — Senator Thomas Hadley criticised the budget plan on Monday.", DAY)
    (e,) = c.events
    assert (e.source["country"], e.source["sector"]) == ("CAN", "LEG")
