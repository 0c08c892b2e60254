"""Roots CAMEO and GUIDELINE.md fix, and a weapon as the subject with no target named (issue 14).
All sentences are invented.

- a rocket, shell, missile or drone that the verb places ("rockets struck near the base") is an
  unnamed side's act of force (null source, the weapon's code 194) even when the site names
  no actor; not with no phrase of place, not in a test or drill, not a storm or prices that
  "struck";
- "bring X to justice" is CAMEO 173 (arrest, charge with legal action), X its target;
  "brought his children to the rally" is nothing;
- "deny X any victory / the satisfaction": keeping a gain from someone is no denial (016);
  "denied the accusations" still is;
- "offered a reward (a bounty) for information" is an appeal for information (0214), no offer
  of cooperation (030); "offered aid" stays 033;
- "vandalism against a synagogue in X" damages property (1712, as the verb vandalize), no
  source, the body hit its target; talk "about vandalism" is nothing;
- police who injure, wound, hurt, beat, attack or assault protesters (a crowd, a rally) use
  violent repression (175, as tear gas: GUIDELINE.md); "police beat the rival team" is nothing,
  gunmen injuring protesters stay 190, police shooting an attacker 193.
"""

from __future__ import annotations

from .violence_checks import events, of, scode


def _doc_events(nlp, text):
    return nlp(text)._.events


def test_rockets_placed_at_an_unnamed_site_are_coded(nlp):
    evs = [e for e in _doc_events(nlp, "Seventeen rockets struck near the base, according to the military.")]
    assert [(e.source, e.cameo) for e in evs] == [(None, "194")]


def test_mortar_shells_placed_at_an_unnamed_site_are_coded(nlp):
    evs = _doc_events(nlp, "Mortar shells struck near the checkpoint, witnesses said.")
    assert [(e.source, e.cameo) for e in evs] == [(None, "194")]


def test_rockets_with_no_place_are_not_coded(nlp):
    assert not _doc_events(nlp, "Two rockets struck on Tuesday, officials said.")


def test_a_storm_is_no_attack(nlp):
    assert not _doc_events(nlp, "A storm struck near the coast on Monday.")


def test_prices_are_no_attack(nlp):
    assert not _doc_events(nlp, "Prices struck a record high near the end of the year.")


def test_rockets_near_a_named_place_take_its_country(code):
    evs = of(events(code, "Three rockets struck near a military base in Baghdad on Tuesday."), "19")
    assert [(e.source, e.target["country"], e.cameo) for e in evs] == [(None, "IRQ", "194")]


def test_bring_to_justice_is_legal_action(code):
    evs = of(events(code, "Philippine police vowed to bring the killers to justice."), "17")
    assert [(scode(e), e.cameo, e.modality) for e in evs] == [("PHLCOP", "173", "planned")]


def test_bringing_someone_to_a_rally_is_nothing(code):
    assert not of(events(code, "The Philippine senator brought his children to the rally."), "17")


def test_denying_someone_a_gain_is_no_denial(code):
    assert not of(events(code, "The Philippine minister urged locals to deny terrorism any victory."), "01")
    assert not of(events(code, "The Iranian minister denied Israel the satisfaction of a response."), "01")


def test_denying_an_accusation_is_still_a_denial(code):
    evs = of(events(code, "The Iranian minister denied the accusations on Monday."), "01")
    assert [e.cameo for e in evs] == ["016"]


def test_a_reward_for_information_is_an_appeal_for_it(code):
    evs = of(events(code, "The Kenyan police offered a reward for information about the attackers."), "02")
    assert [(scode(e), e.cameo) for e in evs] == [("KENCOP", "0214")]


def test_offered_aid_is_still_an_offer_of_aid(code):
    evs = of(events(code, "Kenya offered aid to Somalia on Monday."), "03")
    assert [e.cameo for e in evs] == ["033"]


def test_vandalism_against_a_body_is_damage_to_property(code):
    evs = of(events(code, "Vandalism against a synagogue in Warsaw was reported on Monday."), "17")
    assert [(e.source, e.target["code"], e.cameo) for e in evs] == [(None, "POLREL", "1712")]


def test_vandalism_with_no_target_or_place_is_nothing(code):
    assert not of(events(code, "The Polish mayor spoke about vandalism on Monday."), "17")


def test_rockets_in_a_test_are_no_attack(nlp):
    assert not _doc_events(nlp, "Two rockets struck near the launch pad during the test.")


def test_a_rocket_launch_test_is_no_attack(code):
    evs = events(code, "North Korea conducted a rocket launch test near Pyongyang on Monday.")
    assert not [e for e in evs if e.cameo_root in ("18", "19")]


def test_police_injuring_protesters_is_violent_repression(code):
    evs = of(events(code, "Hong Kong police injured dozens of protesters on Sunday."), "17")
    assert [(scode(e), e.cameo) for e in evs] == [("HKGCOP", "175")]


def test_protesters_beaten_by_police_is_violent_repression(code):
    evs = of(events(code, "Dozens of protesters were beaten by police in Hong Kong on Sunday."), "17")
    assert [(scode(e), e.cameo) for e in evs] == [("HKGCOP", "175")]


def test_police_beating_a_team_is_nothing(code):
    assert not events(code, "Hong Kong police beat the rival team on Sunday.")


def test_gunmen_injuring_protesters_stay_force_and_police_shooting_an_attacker_193(code):
    assert [e.cameo for e in of(events(code, "Gunmen injured dozens of protesters in Hong Kong."), "19")] == ["190"]
    assert [e.cameo for e in of(events(code, "Hong Kong police shot the attacker."), "19")] == ["193"]
