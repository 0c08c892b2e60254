"""Noun triggers for material acts named by a modifier (rules/triggers-nouns.yaml): military,
economic, judicial and intelligence cooperation (06x), peacekeeping missions (074), air, drone
and missile attacks (195), rocket and mortar attacks (194). Sentences are invented; each
positive has a near-identical negative where the noun alone must not code."""

from __future__ import annotations

import pytest

from tests.trigger_checks import events, one


@pytest.mark.parametrize("text, trigger, cameo", [
    ("Iran's military cooperation with Russia grew last year.", "cooperation", "062"),
    ("Vietnam's economic cooperation with Japan grew.", "cooperation", "061"),
    ("Spain stepped up judicial cooperation with Morocco.", "cooperation", "063"),
    ("Norway agreed to broaden intelligence cooperation with Denmark.", "cooperation", "064"),
    ("The African Union's peacekeeping mission in Somalia began in 2007.", "mission", "074"),
    ("A rocket attack on the airport wounded two soldiers.", "wounded", "194"),
])
def test_material_nouns(nlp, text, trigger, cameo):
    assert one(nlp, text, trigger).cameo == cameo


@pytest.mark.parametrize("text, trigger", [
    ("Iran's cooperation with Russia grew last year.", "cooperation"),
    ("The African Union's trade mission in Somalia began in 2007.", "mission"),
    ("A general strike hit the capital on Tuesday.", "strike"),
    ("A rocket launch delayed flights at the airport.", "launch"),
])
def test_material_nouns_negative(nlp, text, trigger):
    assert not [e for e in events(nlp, text) if e.trigger.lower() == trigger and e.cameo[:2] in ("06", "07", "19")]
