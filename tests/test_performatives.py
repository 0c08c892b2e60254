"""The polite performative: a first-person, present wish to perform a speech act performs it
("I want to express my sympathy", "we would like to thank Japan"), so the act is coded as
actual (events/performatives.py, modality.yaml performative_frames / performative_verbs).
A past or third-person wish, a negated one, or a wish to do anything else is still a wish.
Invented sentences, each beside one that must not be read so."""

from __future__ import annotations

import pytest

from tests.event_rows import coded


def _on(code, text: str, trigger: str) -> list[tuple[str, str, str | None, str | None, str]]:
    return [row for row in coded(code, text) if row[0].lower() == trigger]


@pytest.mark.parametrize(
    ("text", "trigger", "cameo", "source"),
    [
        (
            'The Polish president spoke after the fire. He tweeted, "I want to express my sympathy to the '
            'families of the victims."',
            "express",
            "018",
            "POL",
        ),
        ('The French foreign minister said: "We would like to thank Japan for its help."', "thank", "051", "FRA"),
        ('The Kenyan president said: "I wish to congratulate the people of Ghana."', "congratulate", "051", "KEN"),
    ],
)
def test_a_first_person_wish_to_perform_a_speech_act_performs_it(code, text, trigger, cameo, source):
    rows = _on(code, text, trigger)
    assert rows, f"no event on {trigger!r}"
    trig, got, src, _tgt, modality = rows[0]
    assert (got[:3], modality) == (cameo, "actual")
    assert src is not None and src.startswith(source)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # past and third person: a report of a wish, not the act
        ("The German chancellor said he wanted to express his sympathy to the families of the victims.", "express"),
        # a wish to do something other than a speech act
        ('The Italian prime minister said: "I want to visit Kyiv next month."', "visit"),
        # negated
        ('The Spanish king said: "I do not want to thank the government of Morocco."', "thank"),
    ],
)
def test_other_wishes_stay_wishes(code, text, trigger):
    assert [row for row in _on(code, text, trigger) if row[4] == "actual"] == []
