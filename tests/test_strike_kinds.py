"""A strike is an act of force or a protest by the word that names its kind (rules/triggers-
nouns.yaml `strike` entries; events/matching.py force_act_noun): an air, drone or missile strike
is aerial force (CAMEO 195), an artillery strike 194, a general or labour strike a strike (143),
a hunger strike 142. A plain "strike" stays uncoded. The act nouns of force that verbs report
("a drone strike [killed]") are those whose matching entry is force, so a general strike never
makes its verb an attack. Sentences are invented; each positive has a negative beside it."""

from __future__ import annotations

from tests.event_rows import acts


def test_an_air_or_drone_strike_is_aerial_force(code):
    assert [a[0] for a in acts(code, "A Kenyan drone strike killed three militants in Somalia.")] == ["195"]
    assert [a[0] for a in acts(code, "Three Somali civilians were killed in a Kenyan air strike.")] == ["195"]
    assert [a[0] for a in acts(code, "Russian missile strikes hit Kyiv overnight.")] == ["195"]


def test_a_general_strike_is_a_protest_not_force(code):
    codes = [a[0] for a in acts(code, "The Kenyan general strike paralysed Nairobi.")]
    assert codes == ["143"]
    assert not [c for c in codes if c.startswith(("18", "19", "20"))]
    assert [a[0] for a in acts(code, "Kenyan prisoners began a hunger strike against their detention.")] == ["142"]


def test_a_plain_strike_is_no_act_of_its_own(code):
    assert acts(code, "The strike was the longest in Kenyan history.") == []


def test_one_act_named_twice_is_coded_once(code):
    # "hit by airstrikes in a raid": the raid is the strikes' act, not a second one
    text = "Yesterday, Kenyan oil facilities were hit by airstrikes in a pre-dawn raid."
    assert [a[0] for a in acts(code, text)] == ["195"]
    # an act noun with no other act noun beside it is still the verb's one act
    assert [a[0] for a in acts(code, "Ten Kenyan soldiers were killed in an attack.")] == ["190"]


def test_a_labour_strike_launched_is_a_strike_not_an_attack(code):
    assert [a[0] for a in acts(code, "Kenyan unions launched a general strike on Monday.")] == ["143"]
    assert [a[0] for a in acts(code, "Kenyan forces launched a strike on militants in Somalia.")] == ["190"]
