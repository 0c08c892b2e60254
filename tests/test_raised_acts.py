"""An act noun raised out of its verb's clause, and press roles as titles (issue 14).

"A car bombing was reported to have killed five soldiers": the act noun is the subject of the
raising verb ("reported", "said", "believed"), and the verb of its infinitive is the act it
names; invented sentences, each beside a negative. Press roles ("photojournalist",
"cameraman") title a person as media (kb/agents.tsv).
"""

from __future__ import annotations

import pytest

from newsgraph.coding.explain import explain
from newsgraph.coding.nlp import get_pipeline


@pytest.fixture(scope="module")
def nlp():
    return get_pipeline()


def _events(nlp, text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (ev.trigger, ev.cameo, (ev.source or {}).get("code"), (ev.target or {}).get("code"))
        for ev in explain(text, nlp).coded.events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A car bombing was reported to have killed five soldiers in Kano, Nigeria.",
        "A car bombing is believed to have killed five Nigerian soldiers in Kano.",
    ],
)
def test_a_raised_act_noun_is_coded_on_its_verb(nlp, text):
    assert ("killed", "1832", None, "NGAMIL") in _events(nlp, text), _events(nlp, text)  # a car bombing: 1832


def test_a_raised_act_noun_of_a_plan_is_no_act(nlp):
    # "was reported to have been planned": nothing done to anyone
    assert _events(nlp, "A car bombing was reported to have been planned in Kano, Nigeria.") == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Gunmen shot dead Russian cameraman Ivan Petrov in Aden on Monday.", "RUSMED"),
        ("Gunmen shot dead Russian photojournalist Ivan Petrov in Aden on Monday.", "RUSMED"),
    ],
)
def test_press_roles_title_a_person_as_media(nlp, text, target):
    assert any(t == target for _, _, _, t in _events(nlp, text)), _events(nlp, text)


def test_a_role_outside_the_press_is_no_media(nlp):
    evs = _events(nlp, "Gunmen shot dead Russian businessman Ivan Petrov in Aden on Monday.")
    assert evs and all(t != "RUSMED" for _, _, _, t in evs), evs
