"""Places as targets of acts on a place (events.yaml place_target_*, context_places): an act
noun that is a verb's object takes the place hung on the verb ("began an offensive into X");
a definite place noun with no name ("withdrew from the region") stands for the country the
story is set in, never the doer's own; with no such country, or a named region, no target.
Each with a near-identical negative. Sentences are invented for these tests."""

from __future__ import annotations

DAY = "2023-10-16"


def events(code, text: str, trigger: str):
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return [e for e in c.events if e.trigger.lower() == trigger]


def target_country(e) -> str | None:
    return e.target.get("country") if e.target else None


def test_offensive_into_a_country_on_the_verb(code):
    # coded on the verb that begins the offensive (triggers-verbs.yaml begin+offensive), one event
    (e,) = events(code, "Russia began a military offensive into Georgia on Tuesday.", "began")
    assert e.source["country"] == "RUS"
    assert target_country(e) == "GEO"


def test_offensive_with_no_place_has_no_target(code):
    (e,) = events(code, "Russia began a military offensive on Tuesday.", "began")
    assert e.target is None


STORY = (
    "BAMAKO (Reuters) - Fighting continued on Monday, where rebels hold the north.\n\n"
    "France announced the withdrawal of its troops from the region on Sunday."
)


def test_the_region_is_the_story_country(code):
    (e,) = [e for e in events(code, STORY, "withdrawal") if e.cameo.startswith("08")]
    assert e.source["country"] == "FRA"
    assert target_country(e) == "MLI"
    assert e.target["resolved_by"] in ("paragraph", "article")


def test_the_region_is_never_the_doer_own_country(code):
    text = "PARIS (Reuters) - Unions protested on Monday.\n\nFrance announced the withdrawal of its troops from the region on Sunday."
    for e in events(code, text, "withdrawal"):
        assert target_country(e) != "FRA"


def test_a_named_region_is_not_the_story_country(code):
    text = (
        "BAMAKO (Reuters) - Fighting continued on Monday, where rebels hold the north.\n\n"
        "France announced the withdrawal of its troops from the Sahel region on Sunday."
    )
    for e in events(code, text, "withdrawal"):
        assert target_country(e) != "MLI"
