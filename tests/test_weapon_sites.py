"""A military site with no name ("the base", "the air base", events.yaml context_places) as the
place a weapon struck: with no doer named, a weapon as the verb's subject (instrument_codes)
takes the country the story is set in as its target; never in a trial (trial_words), never a
verb whose subject is no weapon, never with no country in the text. Each with a negative
beside it. Sentences are invented for these tests."""

from __future__ import annotations

DAY = "2023-10-16"

STORY = "KABUL (Reuters) - Afghanistan's president opened a school on Monday.\n\n"


def events(code, text: str, trigger: str):
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return [e for e in c.events if e.trigger.lower() == trigger]


def test_rockets_near_the_base_hit_the_story_country(code):
    (e,) = events(code, STORY + "Four rockets struck near the base late on Tuesday.", "struck")
    assert e.source is None
    assert e.cameo.startswith("19")
    assert e.target["country"] == "AFG"


def test_rockets_at_the_air_base_hit_the_story_country(code):
    (e,) = events(code, STORY + "Two rockets struck near the air base on Tuesday.", "struck")
    assert e.source is None
    assert e.target["country"] == "AFG"


def test_rockets_in_a_test_are_no_attack(code):
    text = STORY + "Two rockets struck near the coast during a test on Tuesday."
    assert events(code, text, "struck") == []
    text = STORY + "Two rockets struck near the base during a military exercise on Tuesday."
    assert events(code, text, "struck") == []


def test_prices_near_a_record_are_no_attack(code):
    assert events(code, STORY + "Prices struck near a record on Tuesday.", "struck") == []


def test_a_base_with_no_country_in_the_text_has_no_target(code):
    for e in events(code, "Four rockets struck near the base late on Tuesday.", "struck"):
        assert e.target is None or not e.target.get("country")
