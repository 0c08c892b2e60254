"""Civilian property an act of force hit (events.yaml civilian_property, events/victims.py): homes,
houses, shops, a residential area, a minibus or bus, a civilian vehicle, a funeral stand for the
civilians of the place's country (CVL), as the victim nouns and a market already do. All sentences
are invented.

- "rockets struck [homes] in X", "shells rained down on [residential areas] of X", "a bomb ripped
  through [a minibus] in X", "a bomb exploded in [a residential neighbourhood] of X": the act's target
  is X's civilians, coded on the verb of force;
- not where a person was harmed ("was found murdered in [his apartment]": the person's act, no
  property), not with no place or setting ("rockets hit homes": no country, no target), not a
  storm or a collision (no actor), not state property (a police station keeps its COP);
- an unnamed blast that hit only property is the disaster's in an article that tells of a disaster
  and codes no act of force ("another explosion hit a minibus" after a gas leak): no event, as a blast
  with no target is not.
"""

from __future__ import annotations

from .event_rows import coded


def _force(code, text: str):
    return [r for r in coded(code, text) if r[1][:2] in ("18", "19")]


def test_rockets_that_struck_homes_hit_the_places_civilians(code):
    assert coded(code, "Rockets struck homes in Kharkiv on Sunday.") == [("struck", "194", None, "UKRCVL", "actual")]


def test_shells_on_residential_areas_hit_civilians(code):
    rows = coded(code, "Shells rained down on residential areas of Idlib on Monday.")
    assert [(r[0], r[2], r[3]) for r in rows] == [("rained", None, "SYRCVL")]


def test_a_blast_through_a_minibus_hits_its_passengers(code):
    rows = coded(code, "A roadside bomb ripped through a minibus in Helmand on Tuesday.")
    assert rows == [("ripped", "1833", None, "AFGCVL", "actual")]  # a roadside bomb: 1833


def test_a_civilian_vehicle_by_its_modifier(code):
    rows = coded(code, "A landmine ripped through a civilian vehicle in Helmand on Tuesday.")
    assert [(r[0], r[3]) for r in rows] == [("ripped", "AFGCVL")]


def test_a_bomb_that_exploded_in_a_residential_neighbourhood(code):
    rows = coded(code, "A bomb exploded in a residential neighbourhood of Kabul on Monday.")
    assert rows == [("exploded", "183", None, "AFGCVL", "actual")]


def test_the_verb_of_force_codes_the_act_beside_its_participle(code):
    # the verb names what it hit: it codes the act there, as "rockets hit a market, killing ten" does
    rows = _force(code, "Mortar shells hit houses in a village near Mosul on Friday, killing four people.")
    assert ("hit", "194", None, "IRQCVL", "actual") in rows
    assert {r[3] for r in rows} == {"IRQCVL"}


def test_a_named_doer_keeps_its_source(code):
    rows = coded(code, "Israeli jets bombed homes in Gaza on Monday.")
    assert [(r[2][:3], r[3]) for r in rows if r[0] == "bombed"] == [("ISR", "PSECVL")]


def test_no_place_no_target(code):
    assert coded(code, "Rockets hit homes.") == []


def test_a_storm_or_a_collision_hits_no_one(code):
    assert coded(code, "The storm hit homes in Vietnam on Monday.") == []
    assert coded(code, "A truck hit a bus in Lagos on Monday.") == []
    assert coded(code, "Troops searched homes in Kabul on Monday.") == []


def test_where_a_person_was_murdered_is_no_property_hit(code):
    c = code("A realtor was found murdered in his apartment in Hyderabad on Monday.", "2023-10-16")
    assert not [e for e in c.events if (e.target or {}).get("text") == "apartment"]


def test_state_property_keeps_its_sector(code):
    rows = coded(code, "A rocket hit a police station in Kandahar on Monday.")
    assert [r[3] for r in rows] == ["AFGCOP"]


def test_an_unnamed_blast_on_property_in_a_disaster_article_is_the_disasters(code):
    text = "An apartment building collapsed in Omsk on Monday after a gas leak. On Tuesday an explosion hit a minibus in Omsk."
    assert coded(code, text) == []
    assert coded(code, "On Tuesday an explosion hit a minibus in Omsk.") == [("hit", "183", None, "RUSCVL", "actual")]
