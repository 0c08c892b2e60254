"""Who did the violence when the text names the doer on the act, not as the subject of the verb of
harm (force_acts.py: act_gerund, gerund_doer, shared_agents): a gerund with its own "by" phrase
("died in shelling by X"), a passive's "by" phrase beside the act noun it did ("killed in an
airstrike by X"), a missile fired by X at Y. Invented sentences, each with negatives beside it: the
victims are never the doer, and with no act noun a "by" phrase names no attacker."""

from __future__ import annotations

from tests.event_rows import acts, coded


def _force(code, text):
    return [(c, s, t) for c, s, t in acts(code, text) if c.startswith(("18", "19"))]


def test_died_in_shelling_by_x_is_xs_act_on_the_dead(code):
    got = _force(code, "Nine farmers died in shelling by Sudanese troops near El Fasher.")
    assert got == [("194", "SDNMIL", "SDN")]


def test_the_dead_are_never_the_doer_of_the_shelling(code):
    # the farmers are its victims, never its source: no doer is named, so an unnamed attacker's
    # shelling of them (events.yaml null_source_codes), in the place's country
    assert _force(code, "Nine farmers died in shelling near El Fasher.") == [("194", None, "SDN")]


def test_died_in_an_unnamed_sides_gerund_of_force_is_its_act_with_no_source(code):
    # a gerund of one-sided force used as a noun codes as its noun ("died in a bombing") would
    assert _force(code, "Six villagers died in bombing near Mosul.") == [("183", None, "IRQ")]
    assert _force(code, "Six villagers died in a bombing near Mosul.") == [("183", None, "IRQ")]
    # a fight names its sides or is no act: never a two-sided "fighting" with no sides
    assert _force(code, "Two soldiers died in fighting near Mosul.") == []


def test_a_gerund_with_its_own_object_or_a_modifier_is_no_act_of_force(code):
    # a verb of its own ("while shooting a film"), or a kind of thing ("shooting stars")
    assert _force(code, "The actor died while shooting a film near Madrid.") == []
    assert _force(code, "Shooting stars were seen over Texas on Monday.") == []
    assert _force(code, "Police opened a shooting range in Ohio.") == []


def test_an_active_clause_keeps_its_subject_as_the_doer_of_its_means(code):
    got = _force(code, "The Sudanese army killed ten militants in shelling by artillery near El Fasher.")
    assert got and all(s == "SDNMIL" for _, s, _ in got)


def test_killed_by_a_demonyms_shelling_is_that_countrys_forces(code):
    # the gerund the tagger took for a verb, its demonym a modifier: as "Russian fire" (armed_owners.py)
    assert _force(code, "Five people were killed by Syrian shelling in Idlib.") == [("194", "SYRMIL", "SYR")]
    assert _force(code, "Five people were killed by shelling in Idlib.") == []


def test_died_in_a_demonyms_shelling_is_that_countrys_act_on_the_dead(code):
    # the parser takes the demonym for the phrase's noun and "shelling" for a verb of its own
    assert _force(code, "Five people died in Israeli shelling in Gaza on Monday.") == [("194", "ISRMIL", "PSE")]
    assert _force(code, "Five people died in hospital in Gaza on Monday.") == []


def test_wounded_during_a_gerund_by_x_is_xs_act_on_the_wounded(code):
    got = _force(code, "Three fishermen were wounded during shooting by Indian police in Srinagar.")
    assert [(s, t) for _, s, t in got] == [("INDCOP", "IND")]


def test_killed_in_an_airstrike_by_x_is_one_act_of_x(code):
    got = coded(code, "Sixty civilians were killed in an airstrike by Turkish forces in Duhok.")
    assert [(c, s) for _, c, s, _, _ in got if c.startswith("19")] == [("195", "TURMIL")]


def test_died_during_a_raid_by_x_is_xs_act_on_the_dead(code):
    got = coded(code, "Four men died during a raid by Israeli troops in Nablus.")
    # the dead are private persons of the raid's place (where/acts.py: harm placed where its act was)
    assert [(c, s, t) for _, c, s, t, _ in got if c.startswith("19")] == [("190", "ISRMIL", "PSECVL")]


def test_a_missile_fired_by_x_at_y_is_xs_attack(code):
    got = _force(code, "Riyadh said it shot down a missile fired by Houthi rebels at Jizan.")
    assert ("194", "YEMREB", "SAU") in got


def test_a_missile_fired_into_the_sea_is_no_missile_attack(code):
    assert not any(c == "194" for c, _, _ in _force(code, "North Korea fired a missile into the sea on Tuesday."))


def test_a_missile_fired_at_an_hour_is_no_missile_attack(code):
    # "at 9 am" is a time, not what the missile was aimed at (matching: a date's preposition counts
    # only when the entry names the date phrase's own object, as "sentenced to ten years")
    assert not any(c == "194" for c, _, _ in _force(code, "North Korea fired a missile at 9 am on Tuesday."))
    assert ("194", "YEMREB", "SAU") in _force(code, "Houthi rebels fired a missile at Riyadh at 9 am on Tuesday.")


def test_harm_with_no_act_noun_takes_no_doer_from_a_by_phrase(code):
    assert _force(code, "Two pilgrims were killed by a truck in Karbala.") == []
    assert _force(code, "Two pilgrims died in a crash caused by a drunk driver in Karbala.") == []


def test_the_author_of_a_report_is_not_the_doer_of_the_shelling(code):
    assert _force(code, "Nine farmers died in shelling, according to a report by Human Rights Watch.") == []
    got = _force(code, "A report by Human Rights Watch on shelling near El Fasher said nine farmers died.")
    assert not any(s and ("NGO" in s or s.endswith("CVL") or s.endswith("AGR")) for _, s, _ in got)


def test_an_act_by_a_named_sides_weapon_is_that_sides_act_of_the_weapons_kind(code):
    # the weapon of the "by" phrase names the side (its demonym) and the kind: aircraft are 195
    got = _force(code, "Three soldiers were injured in bombing by Russian aircraft near Bakhmut.")
    assert [(c, s) for c, s, _ in got] == [("195", "RUSMIL")]
    assert _force(code, "Three soldiers were injured in bombing by aircraft near Bakhmut.") == []
    assert [c for c, _, _ in _force(code, "The attack by gunmen killed three soldiers near Bakhmut.")] == ["190"]


def test_a_gerund_subject_after_its_adjective_is_the_act_noun_that_killed(code):
    # the parser made "Heavy" the subject and "shelling" its clause: the gerund is the subject noun
    assert _force(code, "Heavy shelling near Kandahar killed 20 people.") == [("194", None, "AFG")]
    assert _force(code, "Intense bombing near Kandahar killed 20 people.") == [("183", None, "AFG")]
    # a fight with no sides named is no act; an adjective's clause that is no act noun stays as it was
    assert _force(code, "Fierce fighting near Kandahar killed 20 people.") == []
    assert _force(code, "New shooting stars appeared over Texas on Monday.") == []
