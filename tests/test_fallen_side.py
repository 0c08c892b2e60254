"""Victims of one episode of fighting whose foe the text leaves unnamed (events/victims.py
fallen_side; events.yaml fight_episodes). All sentences are invented.

- a passive of harm "in clashes", "in a gunfight", "during a firefight" that names no other side
  (or only an unnamed attacker: "with gunmen") is coded with no source and the victims as target,
  when they have a country: their own ("Kenyan soldiers") or, for private persons, the place's;
- not when the fight names its sides ("between the army and rebels", "between rival
  supporters"), not a brawl ("a fight outside a bar"), an accident, a war's toll or a death "in
  combat", not victims of no country ("five fighters"), not a negated harm, and not a fight whose
  other act names its doer ("fighting and shelling by the rebels");
- a bare casualty report: dropped when the article codes the act of force it restates.
"""

from __future__ import annotations

from .violence_checks import events, scode, tcode


def _harm(code, text: str):
    """(source code, target code) of the events on the sentence's verbs of harm."""
    return [(scode(e), tcode(e)) for e in events(code, text) if e.trigger in ("killed", "wounded", "injured")]


def test_soldiers_killed_in_a_gunfight_with_no_foe_named(code):
    assert _harm(code, "Three Kenyan soldiers were killed in a gunfight near Garissa on Tuesday.") == [
        (None, "KENMIL")
    ]


def test_police_killed_during_a_firefight(code):
    assert _harm(code, "Two Turkish police officers were killed during a firefight in Diyarbakir on Friday.") == [
        (None, "TURCOP")
    ]


def test_villagers_wounded_in_clashes_with_gunmen_are_of_the_place(code):
    assert _harm(code, "Four villagers were wounded in clashes with gunmen near Jos on Sunday.") == [(None, "NGACVL")]


def test_victims_of_no_country_stay_uncoded(code):
    assert _harm(code, "Five fighters were killed in clashes in Kano on Monday.") == []


def test_a_fight_between_named_sides_is_no_unnamed_act(code):
    text = "Two Kenyan soldiers were killed in clashes between the army and rebels near Garissa."
    assert [s for s, _ in _harm(code, text) if s is None] == []


def test_fans_in_clashes_between_supporters_are_no_unnamed_act(code):
    assert _harm(code, "Ten fans were injured in clashes between rival supporters in Rome on Sunday.") == []


def test_a_brawl_is_no_act_of_force(code):
    assert _harm(code, "Two men were injured in a fight outside a bar in Dublin.") == []
    assert _harm(code, "Ten fans were injured in a fight outside the stadium in Rome on Sunday.") == []


def test_an_accident_is_no_act_of_force(code):
    assert _harm(code, "Three Kenyan soldiers were killed in a road accident near Garissa on Tuesday.") == []


def test_a_war_toll_and_death_in_combat_are_not_coded(code):
    assert _harm(code, "More than 2,000 Kenyan soldiers have been killed in the war since 2011.") == []
    assert _harm(code, "His grandfather was killed in combat in 1944 during the war.") == []


def test_a_negated_harm_is_not_coded(code):
    assert _harm(code, "Three Kenyan soldiers were not killed in the gunfight near Garissa.") == []


def test_a_doer_named_on_the_other_act_is_no_unnamed_foe(code):
    text = "Seven Nigerian policemen were killed during fighting and shelling by the rebels near Jos."
    assert [s for s, _ in _harm(code, text) if s is None] == []


def test_the_count_restating_an_attack_the_article_codes_is_dropped(code):
    text = (
        "Gunmen attacked a Kenyan army post near Garissa on Tuesday. "
        "Three Kenyan soldiers were killed in the gunfight that followed."
    )
    evs = events(code, text)
    assert [e for e in evs if e.trigger == "attacked"]
    assert not [e for e in evs if e.trigger == "killed"]


def _deliberate(code, text: str):
    """(source code, target code) of the events on the sentence's verbs of deliberate harm."""
    return [(scode(e), tcode(e)) for e in events(code, text) if e.trigger in ("shot", "stabbed")]


def test_shot_or_stabbed_in_clashes_with_no_foe_named(code):
    # a verb of deliberate harm (events.yaml intentional_force), as a verb of harm is
    assert _deliberate(code, "A Palestinian man was shot in a clash in Hebron on Sunday.") == [(None, "PSECVL")]
    assert _deliberate(code, "Two Afghan policemen were stabbed during clashes in Kabul on Sunday.") == [
        (None, "AFGCOP")
    ]


def test_shot_in_clashes_between_named_sides_or_of_no_country_is_no_unnamed_act(code):
    text = "A Palestinian man was shot in a clash between Hamas and Fatah in Gaza on Sunday."
    assert [s for s, _ in _deliberate(code, text) if s is None] == []
    assert _deliberate(code, "Three fighters were shot in a firefight on Sunday.") == []
