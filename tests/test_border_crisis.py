"""Border-crisis wording (session 22, h12): a pair noun of states or governments ("the two
governments", "both countries") names again the two states whose forces a sentence before
named together ("Tajik and Kyrgyz border guards clashed"; actors/pairs.py `_STATE_SECTORS`);
"massed" troops with an armour or artillery noun first (triggers-verbs.yaml mass); a border closed
with no other side named has no target, not the state's own people (own_people.yaml named_only), and
an act an extraposed evaluation judges accuses no one besides it (accusations.py `_judged`).
Sentences are invented; each positive has negatives beside it."""

from __future__ import annotations

from tests.event_rows import acts, coded


def test_two_governments_after_two_forces_named_together(code):
    text = (
        "Indian and Pakistani troops clashed near the Line of Control in March. "
        "In May, the two governments signed an agreement on prisoners."
    )
    signed = sorted((s, t) for c, s, t in acts(code, text) if c == "057")
    assert signed == [("INDGOV", "PAK"), ("PAKGOV", "IND")]


def test_two_countries_after_two_forces_named_together(code):
    text = "Eritrean and Ethiopian soldiers exchanged fire on Monday. The two countries signed a truce on Friday."
    signed = sorted((s, t) for c, s, t in acts(code, text) if c[:2] == "05" or c == "0871")
    assert {s[:3] for s, _ in signed} == {"ERI", "ETH"}


def test_no_pair_from_one_state_and_a_people(code):
    # the police of one state and civilians of another are no pair of states
    text = "Greek police detained Turkish fishermen on Monday. The two governments signed a deal on Friday."
    signed = [(s, t) for c, s, t in acts(code, text) if c == "057"]
    assert ("GRCGOV", "TUR") not in signed and ("TURGOV", "GRC") not in signed


def test_massed_armour_and_troops(code):
    rows = acts(code, "Azerbaijan has massed tanks and artillery along the border.")
    assert ("154", "AZE", None) in rows
    rows = acts(code, "Venezuela massed armoured vehicles and troops near the Colombian frontier.")
    assert any(c == "154" and s == "VEN" for c, s, _ in rows)


def test_massed_crowds_are_no_buildup(code):
    assert not [r for r in acts(code, "Thousands of pilgrims massed outside the shrine in Karbala.") if r[0] == "154"]
    assert not [r for r in acts(code, "Protesters massed vehicles at the port gates.") if r[0] == "154"]


def test_border_closed_with_no_other_side_has_no_target(code):
    assert coded(code, "Kyrgyzstan closed its border crossings on Monday.") == [
        ("closed", "172", "KGZ", None, "actual")
    ]
    # the other side named is the target, as before
    rows = acts(code, "Turkey closed its border with Syria on Monday.")
    assert rows and rows[0][1:] == ("TUR", "SYR")


def test_a_closed_newspaper_keeps_its_target(code):
    rows = coded(code, "The Egyptian government shut down the newspaper Al-Masry on Monday.")
    assert rows and rows[0][1].startswith("172") and rows[0][3] is not None


def test_a_judged_closure_is_no_accusation_besides_the_judgement(code):
    # the act an extraposed evaluation judges is the evaluation's (111), not also a 112
    rows = acts(code, "The Chilean president said it is unacceptable for Bolivia to close the border.")
    assert [r for r in rows if r[0].startswith("11")] == [("111", "CHLGOV", "BOL")]
