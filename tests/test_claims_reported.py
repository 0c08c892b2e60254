"""Claims of responsibility told as a report of one's own act (events/claims.py): "X said it
carried out the attack", "X said it was responsible for the attack" are X's claim (015), aimed
at the party the act hit; "X said it did not carry out the attack" its denial (016), and "X
denied it carried out the bombing" codes the denial, not the bombing. A state's report of its
own new strike, a plain verb of force ("the army said it killed"), a threat of more attacks and
another side named as the doer are no claims. Sentences are invented."""

from __future__ import annotations

from tests.event_rows import coded

LEAD = "Gunmen attacked a police post in Peshawar on Monday, killing three officers. "


def on(code, text: str, trigger: str) -> list[tuple[str, str | None, str | None, str]]:
    """(cameo, source, target, modality) of the events on one trigger word."""
    return [(c, s, t, m) for w, c, s, t, m in coded(code, text) if w == trigger]


def test_said_it_carried_out_the_attack_is_a_claim(code):
    got = on(code, LEAD + "The Pakistani Taliban said it carried out the attack.", "said")
    assert got == [("015", "PAKREB", "PAKCOP", "actual")]


def test_said_its_fighters_carried_out_the_attack(code):
    got = on(code, "Al-Shabaab said its fighters carried out the attack on the hotel in Nairobi.", "said")
    assert [(c, s) for c, s, _, _ in got] == [("015", "SOMREB")]


def test_said_it_was_responsible_for_the_attack(code):
    text = "The Baloch Liberation Army said it was responsible for the attack on the Chinese consulate in Karachi."
    assert on(code, text, "said") == [("015", "PAKSEP", "CHNGOV", "actual")]


def test_said_it_did_not_carry_out_the_attack_is_a_denial(code):
    got = coded(code, "The Pakistani Taliban said they did not carry out the attack on the wedding in Peshawar.")
    assert [(w, c, s) for w, c, s, _, _ in got] == [("said", "016", "PAKREB")]


def test_a_denied_bombing_is_not_coded(code):
    got = coded(code, "Hezbollah denied it had carried out the bombing.")
    assert [(w, c) for w, c, _, _, _ in got] == [("denied", "016")]


def test_another_side_named_as_the_doer_is_no_claim(code):
    got = coded(code, LEAD + "Pakistan's interior ministry said the Baloch Liberation Army carried out the attack.")
    assert not any(c in ("015", "016") for _, c, _, _, _ in got)
    assert ("said", "1123", "PAKGOV", "PAKSEP", "actual") in got  # the ministry's accusation


def test_a_state_reporting_its_own_strike_is_no_claim(code):
    got = coded(code, "The Pakistani army said it carried out airstrikes on militant hideouts in North Waziristan.")
    assert [c for _, c, _, _, _ in got] == ["195"]
    got = coded(code, "The army said it killed 20 militants in an operation in Borno.")
    assert not any(c == "015" for _, c, _, _, _ in got)


def test_a_threat_of_more_attacks_is_no_claim(code):
    got = coded(code, "A spokesman for the Taliban said it would carry out more attacks on Afghan forces.")
    assert not any(c == "015" for _, c, _, _, _ in got)


BOMB = "A car bomb exploded at an army base in Kabul on Monday, killing nine Afghan soldiers. "
RAM = "A car bomb was on Monday rammed into a military base in Kandahar. "


def bombing_doers(code, text: str) -> set[str | None]:
    return {s for w, c, s, _, _ in coded(code, text) if c.startswith("18")}


def test_a_claim_names_the_doer_of_every_verb_of_the_bombing(code):
    # the blast and the victims it killed: one side hit (AFGMIL), the claim's (claimed_doers.py)
    assert bombing_doers(code, BOMB + "The Taliban have claimed responsibility.") == {"AFGGOV"}


def test_a_bare_claim_names_the_doer_of_the_attack_just_before(code):
    # a claim aimed at no one claims the source-less act of force told just before it
    assert bombing_doers(code, RAM + "The Taliban have claimed responsibility.") == {"AFGGOV"}


def test_a_bare_claim_claims_the_last_attack_told(code):
    # sentences of no act between them do not part the claim from the attack
    far = RAM + "Schools were closed. Roads were blocked. Shops shut early. Many people stayed home. "
    assert bombing_doers(code, far + "The Taliban have claimed responsibility.") == {"AFGGOV"}
    # an attack told after the claim, or one before an attack with a doer of its own, is not claimed
    assert bombing_doers(code, "The Taliban have claimed responsibility. " + RAM) == {None}
    text = RAM + "Afghan soldiers later shot dead two militants in Herat. The Taliban have claimed responsibility."
    assert bombing_doers(code, text) == {None}
