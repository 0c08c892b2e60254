"""A date in the infinitive complement of a verb of offering, promising or agreeing ("offered to
host talks [in May]") is when the offered act would happen, not when the offer was made
(intents.yaml announcers, when/attach.py rank): the offer keeps the day it was made (the
publication date when the text gives none), the planned act its own date. All sentences are
invented."""

from __future__ import annotations

DAY = "2026-03-12"


def dated(code, text: str) -> list[tuple[str, str, str, str | None]]:
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return [(e.trigger, e.cameo, e.modality, e.date) for e in c.events]


def test_an_offer_is_dated_when_made(code):
    rows = dated(code, "Venezuela offered to host the next round of talks in Caracas in May.")
    assert ("offered", "036", "actual", DAY) in rows


def test_a_promise_and_a_pledge(code):
    rows = dated(code, "Macron promised to visit Algeria in May.")
    assert ("promised", "036", "actual", DAY) in rows
    assert ("visit", "042", "planned", "2026-05-01") in rows  # the planned visit: the coming May
    rows = dated(code, "Iran pledged to release the detained Iraqi sailors in May.")
    assert not any(t == "pledged" and d == "2025-05-01" for t, _, _, d in rows)


def test_an_agreement_to_meet(code):
    rows = dated(code, "The two presidents agreed to meet in May.")
    assert not any(d == "2025-05-01" for *_, d in rows)
    assert ("meet", "036", "planned", "2026-05-01") in rows


def test_an_act_done_in_may_keeps_its_date(code):
    # negative: a visit told as done, and an offer made in May, keep May
    assert ("visited", "042", "actual", "2025-05-01") in dated(code, "The minister visited Algeria in May.")
    rows = dated(code, "In May, Qatar offered to host talks between the two sides.")
    assert any(t == "offered" and d == "2025-05-01" for t, _, _, d in rows)
