"""A person named again by first name only (actors/entities.py, at the mention): "John Kerry ...
thanked John" is John Kerry when exactly one person of that first name was named in full
before; two of them leave it unresolved. Sentences are invented for these tests."""

from __future__ import annotations

DAY = "2023-10-16"


def thanked(code, text: str):
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return [e for e in c.events if e.trigger.lower() == "thanked"]


def test_first_name_after_a_full_mention(code):
    (e,) = thanked(code, "US President Joe Biden met John Kerry on Monday. Biden later thanked John for his work.")
    assert e.target["country"] == "USA"
    assert e.target["name"] and "Kerry" in e.target["name"]


def test_first_name_of_two_people_stays_unresolved(code):
    text = "US President Joe Biden met John Kerry and John Smith on Monday. Biden later thanked John for his work."
    (e,) = thanked(code, text)
    assert e.target is None or e.target["country"] is None


def test_first_name_before_the_full_mention_stays_unresolved(code):
    (e,) = thanked(code, "US President Joe Biden thanked John on Monday. He later met John Kerry.")
    assert e.target is None or e.target["country"] is None
