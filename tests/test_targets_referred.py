"""Targets of acts the text refers back to (events.yaml claim_codes, claimed_act_codes,
owner_participles): a claim of responsibility is aimed where the claimed act was, whether the
act is named in the clause ("for the attack on X") or points back to one reported before ("for
the attacks", "the bombing was claimed by X", "claimed responsibility."); an act of force that
"carries out the attack" takes that attack's target; a thing's owner named by a participle
("facilities belonging to X") is the target of an act on the thing. Each with a near-identical
negative. Sentences are invented for these tests."""

from __future__ import annotations

DAY = "2023-10-16"


def events(code, text: str, trigger: str):
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return [e for e in c.events if e.trigger.lower() == trigger]


def target_country(e) -> str | None:
    return e.target.get("country") if e.target else None


LEAD = "Gunmen attacked a police station in Kenya on Sunday, killing four officers. "


def test_claim_for_the_attacks_takes_the_earlier_attack_target(code):
    (e,) = events(code, LEAD + "The Oromo Liberation Front claimed responsibility for the attack.", "claimed")
    assert target_country(e) == "KEN"


def test_claim_for_an_unnamed_new_attack_has_no_target(code):
    # "an attack" is not the one reported before: no target from it
    (e,) = events(code, LEAD + "The Oromo Liberation Front claimed responsibility for an attack.", "claimed")
    assert e.target is None


def test_claim_without_an_act_points_back(code):
    (e,) = events(code, LEAD + "The Oromo Liberation Front later claimed responsibility.", "claimed")
    assert target_country(e) == "KEN"


def test_claim_with_no_earlier_attack_has_no_target(code):
    text = "Kenya held elections on Sunday. The Oromo Liberation Front later claimed responsibility."
    (e,) = events(code, text, "claimed")
    assert e.target is None


def test_passive_claim_of_the_attack(code):
    (e,) = events(code, LEAD + "The attack was claimed by the Oromo Liberation Front.", "claimed")
    assert target_country(e) == "KEN"


def test_claim_names_its_own_target(code):
    # the claimed act says where it was: that place, not the earlier attack's
    text = LEAD + "The Oromo Liberation Front claimed responsibility for the attack on the Ugandan embassy."
    (e,) = events(code, text, "claimed")
    assert target_country(e) == "UGA"


def test_carried_out_the_attack_takes_its_target(code):
    text = LEAD + "The Oromo Liberation Front said it had carried out the attack."
    found = [e for e in events(code, text, "carried") if e.cameo.startswith("19")]
    assert found and all(target_country(e) == "KEN" for e in found)
    # saying one's side carried it out claims it too (015, events/claims.py), aimed there
    (claim,) = events(code, text, "said")
    assert claim.cameo == "015" and target_country(claim) == "KEN"


def test_carried_out_an_attack_names_none(code):
    text = LEAD + "The Oromo Liberation Front said it had carried out an attack."
    assert all(e.target is None for e in events(code, text, "carried"))


def test_owner_named_by_a_participle_is_the_target(code):
    text = "Oil tankers belonging to Iran were seized by the Royal Navy on Monday."
    (e,) = [e for e in code(text, DAY).events if e.cameo.startswith("1")]
    assert target_country(e) == "IRN"


def test_a_participle_that_names_no_owner(code):
    text = "Oil tankers sailing to Iran were seized by the Royal Navy on Monday."
    for e in code(text, DAY).events:
        assert target_country(e) != "IRN"


SHOT = "Police in Kenya shot a protester on Monday. "


def test_call_for_an_investigation_into_the_shooting_is_aimed_at_its_doer(code):
    (e,) = events(code, SHOT + "Amnesty International has called for an investigation into the shooting.", "called")
    assert e.target["code"] == "KENCOP"


def test_call_for_an_investigation_into_a_new_shooting_names_no_one(code):
    (e,) = events(code, SHOT + "Amnesty International has called for an investigation into a shooting.", "called")
    assert e.target is None


def test_call_for_an_investigation_into_allegations_is_not_the_shooter(code):
    (e,) = events(code, SHOT + "Amnesty International has called for an investigation into the allegations.", "called")
    assert e.target is None
