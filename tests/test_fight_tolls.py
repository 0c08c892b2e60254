"""The toll of a fight between sides the text names (reciprocal.py `_fight_between`, events.yaml
two_sided_acts): however a sentence reports it ("fighting between A and B killed 20", "20 were
killed in / died in fighting between A and B"), the fight is each side's 190 on the other, not
each side's act on those the toll counts; a gerund subject with no object of its own is the
fight's noun (misparsed_verbs.py `_gerund_noun`). Invented sentences, with negatives: a fight
with no second side named keeps its victims; a gerund with an object is a clause, its own act."""

from __future__ import annotations

import pytest

from tests.event_rows import acts

_BOTH = [("190", "SDNREB", "SDN"), ("190", "SDNMIL", "SDN")]


@pytest.mark.parametrize(
    "text",
    [
        "Fighting between Sudanese troops and Sudanese rebels killed 20 people in Darfur.",
        "Clashes between Sudanese troops and Sudanese rebels killed 20 people in Darfur.",
        "Twenty people were killed in fighting between Sudanese troops and Sudanese rebels in Darfur.",
        "Twenty people died in fighting between Sudanese troops and Sudanese rebels in Darfur.",
    ],
)
def test_a_fights_toll_is_each_sides_act_on_the_other(code, text):
    got = sorted(acts(code, text))
    assert got == sorted(_BOTH)


def test_a_fight_with_one_side_named_keeps_its_victims(code):
    got = acts(code, "Two Sudanese soldiers were killed in clashes with gunmen in Darfur.")
    assert all(c.startswith("19") and s is None for c, s, _ in got)


def test_a_gerund_with_an_object_is_a_clause_not_the_fights_noun(code):
    # "shelling the town" is an act with its own object, not a noun naming a fight between sides
    assert acts(code, "Fighting the rebels cost the Sudanese army 20 soldiers.") == []
