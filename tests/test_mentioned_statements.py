"""A statement only mentioned is no one's statement (events/mentions.py): the content of a
subjectless gerund of saying that is a clause's subject ("Saying I'm sorry ... is not a plea")
names a kind of saying, so its apology is no event; said by someone ("by saying he was sorry",
"said he was sorry", "'I am sorry'") it is an apology (055), coded when it names whom it is to
(events/partnerless.py). Sentences are invented."""

from __future__ import annotations

from tests.event_rows import acts


def test_a_mentioned_apology_is_no_event(code):
    got = acts(code, 'The Canadian judge told the minister, "Saying I\'m sorry I got caught is not a plea for leniency."')
    assert not [a for a in got if a[0] == "055"]
    # with someone apologised to, so that only the mention keeps it from being coded
    got = acts(code, 'The Canadian judge told the minister, "Saying I\'m sorry to India is not a plea for leniency."')
    assert not [a for a in got if a[0] == "055"]


def test_a_spoken_apology_is_an_apology(code):
    got = acts(code, '"I am sorry to India for the harm," the Canadian minister said.')
    assert ("055", "CANGOV", "IND") in got


def test_an_apology_made_by_saying_is_an_apology(code):
    got = acts(code, "By saying he was sorry to India, the Canadian minister ended the row.")
    assert ("055", "CANGOV", "IND") in got


def test_a_reported_apology_is_an_apology(code):
    got = acts(code, "The Canadian minister said he was sorry to India.")
    assert ("055", "CANGOV", "IND") in got
