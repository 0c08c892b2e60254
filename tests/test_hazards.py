"""A natural hazard, a disaster, an accident or an animal as the doer of harm is no actor
(GUIDELINE Scope; events/hazards.py): invented sentences, each beside an act of force that looks
alike and is still coded."""

from __future__ import annotations

from tests.event_rows import acts


def _force(code, text):
    return [(c, s, t) for c, s, t in acts(code, text) if c[:2] in ("17", "18", "19", "20")]


def test_a_named_storm_that_killed_is_no_attack(code):
    assert _force(code, "The storm flooded the same valleys as Cyclone Mora, which killed 300 people in 2017.") == []
    assert _force(code, "The typhoon hit the coast of Luzon on Monday, killing 20 people.") == []


def test_rebels_who_killed_are_still_an_attack(code):
    assert _force(code, "Rebels attacked the town of Goma on Monday, killing 20 people.") != []


def test_killed_by_animals_is_no_attack(code):
    assert _force(code, "A farmer near Nairobi, Kenya, was killed by his elephants on Sunday.") == []
    assert _force(code, "A shark killed a surfer off Perth, Australia on Sunday.") == []


def test_killed_by_soldiers_is_still_an_attack(code):
    assert _force(code, "A farmer near Nairobi, Kenya, was killed by soldiers on Sunday.") != []


def test_it_standing_for_a_fire_is_no_actor(code):
    text = "A blaze on Sunday destroyed 300 shacks in a slum in Lagos. Officials said it killed six people."
    assert _force(code, text) == []


def test_it_standing_for_a_bomb_is_still_an_attack(code):
    text = "A car bomb on Sunday destroyed 30 shops in a market in Kabul. Officials said it killed six people."
    assert _force(code, text) != []


def test_died_in_the_fire_is_no_attack_but_came_under_fire_is(code):
    assert _force(code, "Two workers died in the fire at a factory in Dhaka, Bangladesh on Sunday.") == []
    assert _force(code, "The soldiers came under fire in Kandahar, Afghanistan on Sunday.") != []


def test_a_fire_set_by_police_is_still_their_act(code):
    got = _force(code, "Two protesters died in the fire that police set to the camp in Cairo on Sunday.")
    assert ("1712", "EGYCOP", "EGY") in got


def test_a_bomb_that_killed_is_still_an_attack(code):
    assert _force(code, "A bomb killed nine people in a market in Kabul on Sunday.") != []


def test_the_dead_of_an_accident_the_article_tells_are_no_attack(code):
    text = "A bus overturned on a mountain road near Cusco, Peru on Sunday. Twelve passengers were killed."
    assert _force(code, text) == []
    text = "A small plane crashed near Quito, Ecuador on Sunday. A bystander was also injured."
    assert _force(code, text) == []


def test_a_bare_casualty_count_with_no_disaster_is_still_coded(code):
    assert _force(code, "Twelve passengers were killed near Cusco, Peru on Sunday.") != []


def test_an_attack_in_a_storm_is_still_coded(code):
    text = "A storm hit the coast of Peru on Sunday. Gunmen attacked a bus near Cusco, killing twelve passengers."
    assert _force(code, text) != []


def test_a_driver_who_struck_vehicles_is_a_collision(code):
    text = (
        "The man was driving a pickup truck across the center line in Ohio on Friday and struck a group"
        " of motorcycles, killing seven riders and injuring three more."
    )
    assert _force(code, text) == []


def test_a_missile_that_struck_a_bus_and_a_car_driven_into_a_crowd_are_attacks(code):
    assert _force(code, "A missile struck a bus in Yemen on Friday, killing seven passengers.") != []
    assert _force(code, "A man drove a car into a crowd in Nice, France on Friday, killing seven people.") != []
