"""A support verb with an act noun ("launched a rocket attack on X", "carried out a kidnapping",
"resumed its airstrikes") is the act the noun names, coded on the verb with the noun's own code
(triggers-verbs.yaml "@act" objects); an operation is an attack only when armed forces run it or a
modifier names it military; an air campaign is aerial attacks. Invented sentences, with
negatives."""

from __future__ import annotations

from tests.event_rows import coded


def _on(code, text: str, trigger: str) -> list[tuple[str, str | None, str | None]]:
    """(cameo, source code, target code) of the events on one trigger word."""
    return [(c, s, t) for w, c, s, t, _ in coded(code, text) if w.lower() == trigger]


def test_launched_a_rocket_attack_is_the_nouns_code_on_the_verb(code):
    got = _on(code, "Rebels launched a rocket attack on a government base near Hama on Friday.", "launched")
    assert [c for c, _, _ in got] == ["194"]
    assert got[0][1] is not None and got[0][1].endswith("REB")


def test_carried_out_a_suicide_attack_is_a_suicide_bombing(code):
    got = _on(code, "Militants carried out a suicide attack on an army checkpoint in Kandahar.", "carried")
    assert [c for c, _, _ in got] == ["1831"]


def test_carried_out_a_kidnapping_is_an_abduction(code):
    assert [c for c, _, _ in _on(code, "Gunmen carried out a kidnapping in Kaduna on Monday.", "carried")] == ["181"]


def test_unleashed_and_mounted_acts_of_force(code):
    got = _on(code, "Syrian troops unleashed a bombardment on Douma on Sunday.", "unleashed")
    assert [c for c, _, _ in got] == ["190"]
    got = _on(code, "Kurdish fighters mounted an ambush on a Turkish convoy near Afrin.", "mounted")
    assert [c for c, _, _ in got] == ["190"]


def test_support_verbs_with_no_act_noun_are_no_event(code):
    for text, verb in [
        ("The charity launched a campaign to raise funds for flood victims in Kerala.", "launched"),
        ("Samsung launched a new phone in Seoul on Wednesday.", "launched"),
        ("The ministry carried out a survey of households in Nairobi.", "carried"),
        ("The party launched its election campaign in Delhi on Monday.", "launched"),
    ]:
        assert _on(code, text, verb) == [], text


def test_an_operation_is_an_attack_by_armed_forces_only(code):
    got = _on(code, "The Syrian army launched an operation to retake the eastern part of Aleppo.", "launched")
    assert [c for c, _, _ in got] == ["190"]
    got = _on(code, "Turkish troops conducted military operations against Kurdish fighters in Afrin.", "conducted")
    assert [c for c, _, _ in got] == ["190"]
    assert _on(code, "The company conducted an operation to recover the wreck off Sicily.", "conducted") == []
    assert _on(code, "Surgeons carried out an operation on the patient in Milan.", "carried") == []


def test_an_air_campaign_that_targeted_a_place_is_aerial_attack(code):
    got = _on(code, "The Russian air campaign targeted rebel-held towns in Idlib.", "targeted")
    assert [c for c, _, _ in got] == ["195"]
    assert _on(code, "The advertising campaign targeted young voters in Ohio.", "targeted") == []
    assert _on(code, "The new law targeted tax evaders in Athens.", "targeted") == []


def test_acts_resumed_or_begun_are_coded_on_the_verb(code):
    got = _on(code, "Israel resumed its airstrikes on Gaza on Saturday.", "resumed")
    assert [(c, s) for c, s, _ in got] == [("195", "ISR")]
    assert _on(code, "The ministry resumed its vaccination campaign in Lagos.", "resumed") == []
    assert _on(code, "The company began a marketing campaign in Brazil.", "began") == []


def test_a_campaign_waged_is_force_only_when_armed(code):
    # a plain campaign is a political one ("against corruption", "for reform"): no event
    assert _on(code, "The opposition waged a campaign against corruption last year.", "waged") == []
    assert _on(code, "The party waged a campaign for electoral reform.", "waged") == []
    # one its modifier names armed is a course of attacks; a bombing one aerial attack
    got = _on(code, "The rebels waged a guerrilla campaign against government forces.", "waged")
    assert [c for c, _, _ in got] == ["190"] and got[0][1] is not None and got[0][1].endswith("REB")
    assert [c for c, _, _ in _on(code, "Russia waged a bombing campaign against rebel-held towns.", "waged")] == ["195"]
    assert [c for c, _, _ in _on(code, "Israel waged war on Hamas in Gaza.", "waged")] == ["190"]
