"""Acts of force whose doer English leaves unnamed on purpose (issue 14; events/unnamed.py). All
sentences are invented.

- a bare past participle of harm is a passive on its victims, never their act: "two others
  [injured] in X", "was found [murdered]", "ten were killed and nine [wounded]" (the auxiliary
  left out); null source, the victims as target. Other participles ("members elected today")
  and deaths with no violence named ("found dead") are no attack;
- a weapon's explosion that hit no one named ("a car bomb exploded in X") is an unnamed
  attacker's act (183) with no target and the place; never an accident ("a gas cylinder
  exploded", "a gas explosion"), and never twice for one act ("..., killing seven": the
  participle; "ten were killed when a bomb exploded": the bombing, on "exploded", events/blasts.py); an unnamed attacker blowing
  up his own charge ("two bombers detonated their vests") likewise, when the sentence gives a place.
"""

from __future__ import annotations

from .violence_checks import events, of, scode, tcode


def _on(evs, word: str):
    return [e for e in evs if e.trigger.lower() == word]


# -- participles of harm with no agent ---------------------------------------------------------
def test_found_murdered_is_an_unnamed_doers_act_on_the_victim(code):
    evs = _on(events(code, "A local reporter was found brutally murdered in Quetta on Monday."), "murdered")
    assert evs and all(e.source is None for e in evs)
    assert any((tcode(e) or "").startswith("PAK") for e in evs)


def test_found_shot_dead_is_not_the_victims_act(code):
    evs = _on(events(code, "A shopkeeper was found shot dead in Multan on Sunday."), "shot")
    assert evs and all(e.source is None and scode(e) is None for e in evs)
    assert any((tcode(e) or "").startswith("PAK") for e in evs)


def test_found_dead_names_no_violence(code):
    assert not [e for e in events(code, "A shopkeeper was found dead in Multan on Sunday.") if e.source is None]


def test_counted_victims_of_a_bare_participle_are_a_casualty_report(code):
    evs = of(events(code, "At least four students killed in Kano on Friday were buried on Saturday."), "19")
    assert [(e.source, tcode(e)) for e in evs] == [(None, "NGAEDU")]


def test_other_participles_are_no_attack(code):
    evs = events(code, "Four delegates elected in Kano on Friday were sworn in on Saturday.")
    assert not [e for e in evs if e.source is None]


def test_the_victims_are_never_the_doers_of_their_harm(code):
    evs = events(code, "Two farmers killed in Kano on Friday were buried on Saturday.")
    assert not [e for e in evs if e.trigger == "killed" and e.source is not None]


# -- explosions of weapons -------------------------------------------------------------------
def test_car_bomb_exploding_is_an_attack_with_no_target(code):
    evs = of(events(code, "A car bomb exploded in Mosul on Tuesday."), "18")
    # a car bomb: CAMEO's car bombing (1832, events.yaml bombing_kinds)
    assert [(e.cameo, e.source, e.target) for e in evs] == [("1832", None, None)]
    assert evs[0].location and evs[0].location["name"] == "Mosul"


def test_explosion_occurring_is_an_attack_with_the_place(code):
    evs = of(events(code, "An explosion occurred in Mosul on Tuesday."), "18")
    assert evs and evs[0].source is None and evs[0].location and evs[0].location["name"] == "Mosul"


def test_gas_cylinder_exploding_is_no_attack(code):
    assert not of(events(code, "A gas cylinder exploded in a kitchen in Lahore on Monday."), "18")


def test_gas_explosion_is_no_attack(code):
    assert not of(events(code, "A gas explosion occurred in Lahore on Monday."), "18")


def test_blast_in_a_crash_is_no_attack(code):
    assert not of(events(code, "A bomb exploded in Lahore on Monday after a road accident."), "18")


def test_defused_bomb_is_no_attack(code):
    assert not [e for e in events(code, "The bomb was defused in Kabul on Monday.") if e.source is None]


def test_blast_that_killed_is_coded_once_on_the_participle(code):
    evs = events(code, "A car bomb exploded in Mosul on Tuesday, killing seven people.")
    assert not _on(evs, "exploded") and _on(evs, "killing")


def test_blast_in_a_clause_of_harm_is_the_harms_act(code):
    # one act, the bombing the clause names (183x, not the killing), on the verb that names it
    # (events/blasts.py), with the harm verb's victims
    evs = events(code, "Ten people were killed when a car bomb exploded in Mosul on Tuesday.")
    assert not _on(evs, "killed") and [(e.cameo[:3], tcode(e)) for e in _on(evs, "exploded")] == [("183", "IRQCVL")]


def test_blast_restating_an_attack_the_article_codes_is_dropped(code):
    text = (
        "Gunmen attacked a police station in Mosul on Tuesday, killing three officers. "
        "A second bomb went off near the station an hour later."
    )
    assert not _on(events(code, text), "went")


def test_bombers_detonating_their_own_charge_is_a_targetless_bombing(code):
    evs = of(events(code, "Two bombers detonated their vests at noon near a checkpoint in Al-Qasr."), "18")
    assert [(e.source, e.target) for e in evs] == [(None, None)]
    assert evs[0].location and evs[0].location["text"] == "Al-Qasr"


def test_targetless_bombing_with_no_place_says_neither_who_nor_where(code):
    # like a bare casualty report, a blast with no doer, no target and no place is left
    assert not of(events(code, "Two suicide bombers detonated at noon near a checkpoint on the coast."), "18")


def test_gapped_passive_of_harm_counts_its_own_victims(code):
    # "ten were killed and nine (were) wounded": the second passive's auxiliary left out
    evs = _on(events(code, "Eleven people were killed and nine wounded on Saturday in Kano."), "wounded")
    assert [(e.source, tcode(e)) for e in evs] == [(None, "NGACVL")]


def test_gapped_passive_of_another_verb_is_no_attack(code):
    evs = events(code, "Eleven people were detained and nine freed on Saturday in Kano.")
    assert not [e for e in evs if e.source is None]
