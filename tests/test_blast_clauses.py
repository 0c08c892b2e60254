"""The blast whose victims a verb of harm counts (events/blasts.py). All sentences are invented.

- "ten were killed when a car bomb exploded in X": one act, the bombing (183), not the killing
  (190) it caused (CAMEO: the most specific code the text justifies); no source, the victims as
  target, written on the verb that names the blast; a second verb of harm on the same clause keeps
  its own word (no two events share an id);
- a weapon's blast counted by a participle ("a suicide bomber blew himself up, killing twelve")
  takes the blast's finer code and keeps the participle as its word;
- not a named doer's act ("a bomb planted by [X] exploded"), not a killing whose clause names no
  weapon or attacker; something that blows up by accident ("when a gas cylinder exploded", "a
  firework") makes the harm an accident's: no event at all (GUIDELINE Scope).
"""

from __future__ import annotations

from .event_rows import coded


def test_bomb_in_a_clause_of_time_codes_the_bombing(code):
    rows = coded(code, "Eleven villagers were killed when a car bomb exploded outside a mosque in Kano on Monday.")
    assert rows == [("exploded", "1832", None, "NGACVL", "actual")]  # a car bomb: 1832


def test_bomb_that_went_off_after_the_harm_verb(code):
    rows = coded(code, "Six shoppers were wounded after a roadside bomb went off in a market in Peshawar on Friday.")
    assert rows == [("went", "1833", None, "PAKCVL", "actual")]  # a roadside bomb: 1833


def test_second_verb_of_harm_keeps_its_own_word(code):
    rows = coded(code, "Nine people were killed and 14 injured when a bomb exploded at a bus stop in Kandahar on Sunday.")
    assert sorted(r[0] for r in rows) == ["exploded", "killed"]
    assert {r[1:] for r in rows} == {("183", None, "AFGCVL", "actual")}


def test_unnamed_bomber_participle_takes_the_bombing_code(code):
    rows = coded(code, "A suicide bomber blew up his car outside a school in Kano on Saturday, killing twelve pupils.")
    assert ("killing", "1831", None, "NGACVL", "actual") in rows  # a suicide bomber: 1831
    assert not [r for r in rows if r[1] == "190"]


def test_named_planter_is_not_an_unnamed_blast(code):
    rows = coded(code, "Three soldiers were wounded when a bomb planted by Boko Haram fighters exploded near Maiduguri.")
    assert not [r for r in rows if r[0] == "wounded" and r[2] is None and r[1].startswith("18")]


def test_gas_cylinder_is_no_bombing(code):
    # an accident, no attack of any kind (GUIDELINE Scope): not even a bare casualty report
    rows = coded(code, "Two cooks were killed when a gas cylinder exploded in a restaurant kitchen in Lahore on Monday.")
    assert rows == []


def test_firework_is_no_attack(code):
    assert coded(code, "Four people were injured when a firework exploded in a crowd in Manila on Monday.") == []


def test_bomb_beside_the_cylinder_sentence_is_still_an_attack(code):
    rows = coded(code, "Two cooks were killed when a parcel bomb exploded in a restaurant kitchen in Lahore on Monday.")
    assert [r[1][:3] for r in rows] == ["183"]


def test_gunmen_in_the_clause_keep_the_verb_of_harm(code):
    rows = coded(code, "Nine policemen were killed when gunmen opened fire on a checkpoint in Kano on Monday.")
    assert not [r for r in rows if r[1].startswith("18")]
    assert "killed" in [r[0] for r in rows]


def test_prices_hit_a_record_is_no_event(code):
    assert coded(code, "Oil prices hit a record high in London on Monday.") == []


def test_controlled_explosion_and_a_dud_are_no_events(code):
    assert coded(code, "Police detonated a suspicious package in a controlled explosion in Leeds on Monday.") == []
    assert coded(code, "A bomb was found under a bridge in Kano on Monday but it did not explode.") == []
