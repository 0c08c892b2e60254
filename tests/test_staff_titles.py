"""The staff of a media outlet or a firm the KB knows, titled by it ("BBC producer X", "X, a
Reuters photographer"), are that body's (actors.yaml context.body_titles): CAMEO codes one who
works for a body as the body, not as the story's country. A word that is no job there ("Twitter
user X") names no member. Sentences are invented; each positive has a negative."""

from __future__ import annotations

from tests.event_rows import DAY, coded


def sources(code, text: str, trigger: str) -> list[str | None]:
    """The source codes of the events on one trigger word."""
    return [e[2] for e in coded(code, text) if e[0] == trigger]


def test_an_outlets_staff_title_gives_the_outlet(code):
    text = "BBC producer Anna Berg criticised the Kenyan government on Monday."
    assert sources(code, text, "criticised") == ["GBRMED"]
    text = "Anna Berg, a Reuters photographer, criticised the Kenyan government on Monday."
    assert sources(code, text, "criticised") == ["GBRMED"]
    # a reporter titled by an outlet is the outlet's, not the country the sentence names
    text = "Al Jazeera reporter Anna Berg criticised the Kenyan government on Monday."
    assert sources(code, text, "criticised") == ["QATMED"]


def test_a_word_that_is_no_job_names_no_member(code):
    text = "BBC viewer Anna Berg criticised the Kenyan government on Monday."
    assert "GBRMED" not in sources(code, text, "criticised")
    text = "Kenyan journalist Anna Berg criticised the Kenyan government on Monday."
    assert sources(code, text, "criticised") == ["KENMED"]
