"""A weapon or blast that hits a site (triggers-verbs.yaml hit; unnamed.targetless_blast). All
sentences are invented.

- "a blast hit a market", "a powerful explosion hit a bus station": as "ripped through", an unnamed
  attacker's bombing (183, instrument_codes), the site's people of the place as the target;
- "two rockets hit a school", "mortar shells struck a hospital": the weapon's code (194);
- a site of no known country still places the strike, as "near the base" does; "hit its target"
  does not;
- a blast of something that blows up by accident ("a gas explosion hit a block of flats", "a gas
  cylinder explosion killed two"; events.yaml accidental_blasts) is an accident, no event
  (hazards.accidental_blast_noun); nor do storms, prices or headlines hit anyone;
- a sentence's opening "Shelling" the parser took for an auxiliary is the subject, and a verbless
  sentence's "a car bomb detonated near X" has "detonated" for its verb (misparsed_verbs.py).
"""

from __future__ import annotations

from .event_rows import coded


def test_blast_that_hit_a_market_is_a_bombing(code):
    assert coded(code, "A blast hit a market in Peshawar on Friday.") == [("hit", "183", None, "PAKCVL", "actual")]
    rows = coded(code, "A powerful explosion hit a crowded bus station in Kano on Monday.")
    assert rows == [("hit", "183", None, "NGACVL", "actual")]


def test_rockets_and_shells_that_hit_a_site_take_the_weapons_code(code):
    assert coded(code, "Two rockets hit a school in Aleppo on Monday.") == [("hit", "194", None, "SYREDU", "actual")]
    rows = coded(code, "Mortar shells struck a hospital in Aleppo on Monday.")
    assert rows == [("struck", "194", None, "SYRHLH", "actual")]


def test_site_of_no_country_places_the_strike(code):
    assert coded(code, "Two rockets struck a school on Monday.") == [("struck", "194", None, "EDU", "actual")]
    assert coded(code, "The missile hit its target.") == []


def test_accidental_blasts_are_no_events(code):
    assert coded(code, "A gas explosion hit a block of flats in Moscow on Monday.") == []
    assert coded(code, "A gas cylinder explosion killed two cooks in Lahore on Monday.") == []
    assert coded(code, "A gas explosion killed four workers at a factory in Tianjin on Monday.") == []
    rows = coded(code, "A car bomb explosion killed four soldiers at a checkpoint in Kirkuk on Monday.")
    assert [r[1] for r in rows] == ["1832"]  # a car bomb: 1832


def test_storms_prices_and_headlines_hit_no_one(code):
    assert coded(code, "A storm hit the coast of Florida on Monday.") == []
    assert coded(code, "Rising prices hit consumers in Britain on Monday.") == []
    assert coded(code, "The blast hit the headlines on Monday.") == []


def test_opening_shelling_is_the_subject_not_an_auxiliary(code):
    # the parser makes a sentence's opening "Shelling" an auxiliary of "hit" (misparsed_verbs.py)
    # (a trolleybus is civilian property: its passengers, UKRCVL; tests/test_civilian_property.py)
    assert coded(code, "Shelling hit a trolleybus in Donetsk on Monday.") == [("hit", "194", None, "UKRCVL", "actual")]
    rows = coded(code, "Shelling hit a trolleybus in Donetsk on Thursday, killing eight people.")
    assert rows == [("killing", "194", None, "UKRCVL", "actual")]
    assert coded(code, "Being tired, the soldiers rested in Goma on Monday.") == []


def test_verbless_sentence_bomb_that_detonated_is_the_verb(code):
    # "detonated" hung on "bomb" as a reduced relative in a sentence with no finite verb
    # (misparsed_verbs.py): the sentence's verb, the bomb its subject
    rows = coded(code, "A car bomb detonated near a US convoy in Baghdad on Monday.")
    assert rows == [("detonated", "1832", None, "USA", "actual")]  # a car bomb: 1832
    assert coded(code, "A bomb detonated by police in a field near Leeds on Monday.") == []
    assert coded(code, "Two soldiers killed in an ambush near Kandahar on Monday.") == [
        ("ambush", "190", None, "AFG", "actual")
    ]
