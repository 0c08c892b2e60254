"""An owner pronoun in a target phrase that the actors stage bound to the act's own doer
(issue 13, round 2): one does not question or criticise one's own thing, so "X, who questioned
[his] authority" is about the sentence's subject when that is another actor, else about no one
named; a pronoun bound to someone else keeps its actor. Sentences are invented for these tests."""

from __future__ import annotations

DAY = "2023-10-16"


def events(code, text: str, trigger: str):
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return [e for e in c.events if e.trigger.lower() == trigger]


def countries(e) -> tuple[str | None, str | None]:
    return (e.source or {}).get("country"), (e.target or {}).get("country")


def test_owner_pronoun_of_a_relative_clause_is_the_sentence_subject(code):
    text = (
        "He announced the change on Friday, despite criticism by the Greek foreign minister, "
        "who questioned his authority to make it."
    )
    lead = "Turkish President Recep Tayyip Erdogan spoke in Ankara on Thursday. "
    (e,) = events(code, lead + text, "questioned")
    assert countries(e) == ("GRC", "TUR")


def test_owner_pronoun_bound_to_someone_else_is_kept(code):
    # "his" is the Turkish president's: not the doer, so nothing is rebound
    text = "Turkish President Recep Tayyip Erdogan announced the change. The Greek foreign minister questioned his authority."
    (e,) = events(code, text, "questioned")
    assert countries(e) == ("GRC", "TUR")


def test_owner_pronoun_bound_to_the_doer_with_no_one_else_named(code):
    # no other subject in the sentence or the one before: the owner is not named
    text = "The Greek foreign minister questioned his authority."
    (e,) = events(code, text, "questioned")
    assert countries(e) == ("GRC", None)


def test_possessive_that_is_no_pronoun_keeps_the_doers_own_thing(code):
    # a named owner is no pronoun to rebind: the doer's own ministry stays the target
    text = "Turkish President Recep Tayyip Erdogan spoke on Friday. The Greek foreign minister questioned Greece's authority."
    (e,) = events(code, text, "questioned")
    assert countries(e) == ("GRC", "GRC")
