"""An announced act of one's own side: a quoted "we" / "our government" of the speaker is the
speaker announcing it (own_side.py), so a cooperative act gets its intent (03) as "I will"
does; an announced legal act (arrest, prosecute, bring to justice) or a leaving (160) is the act
planned, not a threat (intents.yaml), while a ban, sanctions or cut aid announced stay threats.
Invented sentences, each with a negative."""

from __future__ import annotations

from tests.event_rows import coded


def _roots(code, text: str, root: str) -> list[tuple[str, str, str]]:
    """(cameo, source, modality) of the events of one CAMEO root."""
    return [(c, s, m) for _, c, s, _, m in coded(code, text) if c.startswith(root)]


def test_quoted_we_announcing_a_release_is_the_speakers_intent(code):
    text = '"We will release the hostages next week," the Peruvian interior minister said on Monday.'
    assert ("0353", "PERGOV", "actual") in _roots(code, text, "03")
    assert ("0841", "PERGOV", "planned") in _roots(code, text, "08")


def test_quoted_our_government_announcing_a_withdrawal_is_the_speakers_intent(code):
    text = '"Our government will withdraw its troops from the border," the Chilean defence minister said.'
    assert ("0356", "CHLGOV", "actual") in _roots(code, text, "03")


def test_quoted_other_side_or_other_body_is_no_intent_of_the_speaker(code):
    # the rebels' act, reported by the minister: no intent of anyone's
    assert _roots(code, '"The rebels will release the hostages next week," the Peruvian interior minister said.', "03") == []
    # "our army" is a body apart from the president's government: the act planned only
    text = '"Our army will withdraw from the border," the Peruvian president said.'
    assert _roots(code, text, "03") == []
    assert ("0874", "PERMIL", "planned") in _roots(code, text, "08")


def test_announced_legal_acts_are_planned_not_threats(code):
    for text, act in [
        ('"We will bring the killers to justice," the Peruvian interior minister said.', "173"),
        ('"We will prosecute the smugglers," the Peruvian interior minister said.', "115"),
        ("The Peruvian interior minister said he would arrest the smugglers.", "173"),
    ]:
        assert _roots(code, text, "13") == [], text
        assert (act, "PERGOV", "planned") in _roots(code, text, act[:2]), text


def test_announced_leaving_is_planned_not_a_threat(code):
    text = "The Peruvian government said it will leave the trade bloc next year."
    assert _roots(code, text, "13") == []
    assert ("160", "PERGOV", "planned") in _roots(code, text, "16")


def test_announced_sanctions_cut_aid_and_emergency_stay_threats(code):
    assert ("1312", "PERGOV", "actual") in _roots(
        code, "The Peruvian government said it would impose sanctions on Chile.", "13"
    )
    assert ("1311", "PERGOV", "actual") in _roots(code, '"We will cut off aid to Chile," the Peruvian president said.', "13")
    text = '"We will declare a state of emergency," the Peruvian president said.'
    assert ("1324", "PERGOV", "actual") in _roots(code, text, "13")
    # a conditional warning is a threat however the act is phrased (quoted_warnings.py)
    assert _roots(code, '"If Chile attacks us, we will crush its army," the Peruvian president said.', "13")
