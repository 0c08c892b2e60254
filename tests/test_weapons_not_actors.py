"""A weapon with no owner named is no actor (actors.yaml owned_weapons; issue 14). All
sentences are invented.

- "a missile hit X", "a drone struck X": the weapon, the subject with no country, demonym,
  possessive or noun before it, is no actor; the events stage codes the weapon's act (194
  missiles, 195 drones) with no source;
- negatives: "Ukrainian jets bombed X" and "a US drone hit X" keep their country (the air
  force), "Hezbollah's drones" the group, "a drone operator" stays a person of the military,
  and a weapon that was hit ("the drone was shot down") stays the forces' own.
"""

from __future__ import annotations

from newsgraph.coding.explain import explain

from .violence_checks import events, scode


def _codes(nlp, text: str) -> dict[str, str | None]:
    return {a.text: a.code for a in explain(text, nlp).actors}


def test_an_ownerless_missile_is_no_actor(nlp):
    codes = _codes(nlp, "A missile hit a clinic in Homs, Syria, on Sunday.")
    assert not any("missile" in t for t in codes)


def test_an_ownerless_missile_codes_the_weapon_with_no_source(code):
    evs = events(code, "A missile hit a clinic in Homs, Syria, on Sunday.")
    assert [(e.source, e.cameo) for e in evs] == [(None, "194")]


def test_an_ownerless_drone_codes_aerial_weapons(code):
    evs = events(code, "A drone struck a police station near Marib, Yemen.")
    assert [(e.source, e.cameo) for e in evs] == [(None, "195")]


def test_a_drone_of_a_country_keeps_its_country(code):
    evs = events(code, "A US drone struck a police station near Marib, Yemen.")
    assert [scode(e) for e in evs] == ["USAMIL"]


def test_jets_with_a_demonym_are_the_air_force(nlp):
    codes = _codes(nlp, "Ukrainian jets bombed a bridge near Kherson.")
    assert codes.get("Ukrainian jets") == "UKRMIL"


def test_a_groups_drones_are_its_own(nlp):
    codes = _codes(nlp, "Hezbollah's drones hit a base in northern Israel.")
    assert any("drones" in t for t in codes) or "Hezbollah" in codes


def test_a_drone_operator_is_a_person(nlp):
    codes = _codes(nlp, "A drone operator was wounded near Bakhmut.")
    assert codes.get("drone operator") == "MIL"


def test_a_drone_shot_down_stays_the_forces(nlp):
    codes = _codes(nlp, "The drone was shot down over the border, the army said.")
    assert any("drone" in t for t in codes)
