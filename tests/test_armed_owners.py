"""The doer named on the act or weapon of force ("killed by Israeli fire", "in US airstrikes",
"Russian shelling killed five"): the country's armed forces, a named group itself
(events.yaml armed_act_nouns, events/armed_owners.py). Invented sentences, with negatives:
a demonym on a speaker, a maker or a place, and a fire that is a blaze."""

from __future__ import annotations

from tests.event_rows import acts


def _force(code, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c, s, t) for c, s, t in acts(code, text) if c[:2] in ("18", "19")]


def test_killed_by_a_countrys_fire_is_its_army(code):
    assert ("190", "ISRMIL", "PSE") in _force(code, "Three civilians were killed by Israeli fire in Gaza on Monday.")
    assert ("190", "ISRMIL", "PSE") in _force(code, "Israeli fire killed two civilians in Gaza on Monday.")


def test_shelling_by_a_demonym_is_that_countrys_army(code):
    got = _force(code, "Russian shelling killed five people in Kharkiv on Monday.")
    assert got and all(s == "RUSMIL" for _, s, _ in got)
    # the parser takes "shelling" after "by Russian" for a verb: still Russia's shelling, coded once
    got = _force(code, "Two civilians were killed by Russian shelling in Kharkiv on Monday.")
    assert [(c, s) for c, s, _ in got] == [("190", "RUSMIL")]
    got = _force(code, "Four soldiers were killed in Russian shelling in Kharkiv on Monday.")
    assert [(c, s) for c, s, _ in got] == [("190", "RUSMIL")]


def test_killed_in_a_countrys_air_strikes_or_offensive(code):
    got = _force(code, "Ten villagers were killed in Turkish air strikes on Kurdish villages in Iraq on Monday.")
    assert got and all(s == "TURMIL" for _, s, _ in got)
    got = _force(code, "American airstrikes killed twenty fighters in Somalia on Monday.")
    assert got and all(s == "USAMIL" for _, s, _ in got)


def test_a_countrys_possessive_or_led_act_is_its_army(code):
    got = _force(code, "Syria's bombardment of Idlib killed ten people on Monday.")
    assert got and all(s == "SYRMIL" for _, s, _ in got)
    got = _force(code, "A Saudi-led airstrike hit a school in Yemen on Monday.")
    assert got and all(s == "SAUMIL" for _, s, _ in got)


def test_police_fire_is_the_police_and_a_group_is_itself(code):
    got = _force(code, "Two students were wounded by police gunfire in Lagos on Monday.")
    assert got and all(s == "NGACOP" for _, s, _ in got)
    got = _force(code, "Hamas rocket fire killed two civilians in Sderot on Monday.")
    assert got and all(s == "PSEREB" for _, s, _ in got)


def test_a_demonym_on_the_speaker_names_no_doer(code):
    got = _force(code, "Israeli officials said five people were killed in Gaza on Monday.")
    assert all(s is None for _, s, _ in got)


def test_a_maker_is_not_the_one_who_fired(code):
    got = _force(code, "A Russian-made missile hit a house in Kharkiv on Monday.")
    assert got and all(s is None for _, s, _ in got)


def test_a_place_and_a_blaze_are_no_doers(code):
    assert _force(code, "The soldier died in a Turkish hospital on Monday.") == []
    assert _force(code, "The fire killed three people in Paris on Monday.") == []
    assert _force(code, "A fire in a Nigerian market killed three people on Monday.") == []


def test_a_condemned_firing_is_not_the_condemners_act(code):
    got = acts(code, "Palestinian rocket fire was condemned by Germany on Monday.")
    assert ("111", "DEU", None) in got or any(c == "111" and s == "DEU" for c, s, _ in got)
    assert not any(c[:2] in ("18", "19") and s and s.startswith("DEU") for c, s, _ in got)


def test_a_weapons_fire_with_no_one_named_is_an_unidentified_attack(code):
    # "sniper fire", "small arms fire", "militant fire": a weapon's, its firer unnamed (no source)
    for text in (
        "Three soldiers were killed by sniper fire in Kandahar on Monday.",
        "Four children were killed by small arms fire in Kandahar on Monday.",
        "Twelve civilians have been killed by militant fire in Kandahar since Monday.",
    ):
        got = _force(code, text)
        assert got and all(c == "190" and s is None for c, s, _ in got), text


def test_a_blaze_or_a_lightning_strike_is_no_attack(code):
    assert _force(code, "Three people were killed by fire in Nairobi on Monday.") == []
    assert _force(code, "Three people were killed by heavy fire in Nairobi on Monday.") == []
    assert _force(code, "Two farmers were killed by a lightning strike in Kenya on Monday.") == []


def test_rockets_that_land_or_slam_into_a_place_are_fired_at_it(code):
    got = _force(code, "Hamas rockets landed in Sderot on Monday.")
    assert got and all(s == "PSEREB" for _, s, _ in got)
    got = _force(code, "Two rockets landed near the US embassy in Baghdad on Monday.")
    assert got and all(c == "194" and s is None for c, s, _ in got)
    assert _force(code, "The rockets slammed into the Karada district of Baghdad on Monday.")


def test_a_plane_that_lands_or_a_car_that_slams_is_no_attack(code):
    assert _force(code, "The plane landed in Kabul on Monday.") == []
    assert _force(code, "The car slammed into a wall in Kabul on Monday.") == []
    assert _force(code, "The deal landed on the president's desk on Monday.") == []
    assert ("111", "GOV", None) in acts(code, "The minister slammed the decision on Monday.")
