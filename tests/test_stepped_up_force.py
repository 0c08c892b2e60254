"""Stepping up an act of force: "escalated its airstrikes on X", "intensified the offensive" code
the act noun (events.yaml light verbs), "air strikes escalated", "fighting intensified" code the
verb as an act said to go on (rules/triggers-verbs.yaml `@act` entries of escalate, intensify);
strikes named by their weapon and carried out are aerial (195). Tensions, disputes and efforts
escalated are no act. Sentences are invented; each positive has a negative beside it."""

from __future__ import annotations

from tests.event_rows import acts


def test_escalating_or_intensifying_an_act_of_force_is_the_act(code):
    assert [a[0] for a in acts(code, "Russia has escalated its airstrikes on the Syrian city of Aleppo.")] == ["195"]
    assert [a[0] for a in acts(code, "Kenyan forces intensified their offensive on the Somali town.")] == ["190"]
    assert [a[0] for a in acts(code, "Kenyan forces stepped up their attacks on the militants.")] == ["190"]
    assert acts(code, "Kenya escalated the dispute with Somalia.") == []
    assert acts(code, "Kenya intensified its efforts to end the drought.") == []


def test_an_act_of_force_said_to_escalate(code):
    assert [a[0] for a in acts(code, "Fighting intensified in the Kenyan town of Mandera.")] == ["190"]
    assert acts(code, "Tensions between Kenya and Somalia escalated on Sunday.") == []


def test_carried_out_strikes_named_by_their_weapon_are_aerial(code):
    assert [a[0] for a in acts(code, "The Israeli military carried out air strikes on Gaza.")] == ["195"]
    assert [a[0] for a in acts(code, "The Israeli military carried out strikes on Gaza.")] == ["190"]
