"""A quotation inside the infinitive or clause of a verb of urging, ordering or pledging is the
words of its subject (rules/modality.yaml quote_urging_verbs): "the minister urged farmers to
'stay calm'", "police ordered residents to 'leave their homes'"."""

from __future__ import annotations

from tests.event_rows import quote


def test_urged_to_gives_the_urger(code):
    text = 'Kenyan Agriculture Minister Mithika Linturi urged farmers in the north to "stay calm and wait for the rains" on Monday.'
    q = quote(code, text, "stay calm")
    assert q.cue == "urged"
    assert q.speaker and q.speaker["country"] == "KEN"


def test_ordered_to_gives_the_one_who_ordered(code):
    text = 'Peruvian police ordered residents of the valley to "leave their homes immediately" as the river rose.'
    q = quote(code, text, "leave their homes")
    assert q.cue == "ordered"
    assert q.speaker and q.speaker["country"] == "PER"


def test_a_quoted_object_of_an_order_is_not_the_orders_words(code):
    text = 'Peruvian police ordered a review of "the so-called river tax" after the floods.'
    q = quote(code, text, "the so-called river tax")
    assert q.speaker is None


def test_asked_to_say_gives_no_speaker(code):
    # the one asked would say the words, not the one who asked
    text = 'Kenyan President William Ruto asked the envoy to say "we will respect every part of the deal".'
    q = quote(code, text, "we will respect")
    assert q.speaker is None
