"""A claim of responsibility names the doer of the attack it claims (events/claimed_doers.py):
the source-less acts of force before an undisputed claim, on the claim's target, are the
claimer's. A denial, no claim, a claim of another attack after it, and a claim another side's
accusation disputes leave the doer unnamed. Sentences are invented; each positive has a
negative."""

from __future__ import annotations

from tests.event_rows import coded

ATTACK = "A police station in Mogadishu, Somalia was attacked on Monday. "


def attack_doers(code, text: str) -> list[str | None]:
    """The sources of the attack on the police station (CAMEO 19x)."""
    return [e[2] for e in coded(code, text) if e[1].startswith("19")]


def test_a_claim_names_the_doer_of_the_attack_before_it(code):
    assert attack_doers(code, ATTACK + "Al-Shabaab claimed responsibility for the attack.") == ["SOMREB"]
    text = (
        "Oil facilities belonging to Saudi Aramco were hit by drone strikes on Saturday. "
        "The Houthi movement claimed responsibility for the attacks."
    )
    assert [e[:4] for e in coded(code, text)] == [
        ("hit", "195", "YEMREB", "SAUBUS"),
        ("claimed", "015", "YEMREB", "SAUBUS"),
    ]


def test_no_claim_or_a_denial_leaves_the_doer_unnamed(code):
    assert attack_doers(code, ATTACK + "Al-Shabaab denied responsibility for the attack.") == [None]
    assert attack_doers(code, ATTACK + "No group has claimed responsibility for the attack.") == [None]


def test_a_disputed_claim_leaves_the_doer_unnamed(code):
    text = ATTACK + "Al-Shabaab claimed responsibility for the attack. Somali officials blamed Eritrea for the attack."
    assert attack_doers(code, text) == [None]


def test_a_claim_names_no_doer_of_a_later_attack(code):
    text = (
        "Al-Shabaab claimed responsibility for an attack on a police station in Mogadishu. "
        "On Tuesday, a bomb hit a Mogadishu police station."
    )
    assert [e[2] for e in coded(code, text) if e[1].startswith("18")] == [None]
