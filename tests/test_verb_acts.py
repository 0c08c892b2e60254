"""An act of force coded on the verb that reports it (issue 14). All sentences are invented.

- a verb of harm whose subject, agent or "in"/"during" phrase is an act noun of force ("the
  bombing [killed]", "were [killed] in an airstrike") codes the act once, on the verb, with the
  noun's code when it is no coarser than the verb's (shelling 194, airstrike 195); the noun is not
  coded again, and a conjoined verb of the same act ("killed and 20 wounded") adds no second event;
- the doer the noun leaves unnamed gives a null source (roots 13-20), the victims the target;
- an accident is no act; an act noun with no verb of harm stays on the noun.
"""

from __future__ import annotations

DAY = "2023-10-16"


def events(code, text: str):
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return c.events, text


def at(evs_text, word: str):
    evs, text = evs_text
    return [e for e in evs if text[e.span[0] : e.span[1]] == word]


def force(evs_text):
    return [e for e in evs_text[0] if e.cameo_root in ("18", "19")]


def test_killed_in_an_airstrike_is_coded_on_the_verb_with_the_nouns_code(code):
    got = events(code, "Two soldiers were killed in an airstrike near Idlib, Syria, on Sunday.")
    assert [e.cameo for e in at(got, "killed")] == ["195"]
    assert not at(got, "airstrike")
    ev = at(got, "killed")[0]
    assert ev.source is None and ev.target and ev.target.get("sector") == "MIL"


def test_killed_in_a_bus_crash_is_no_act(code):
    assert not force(events(code, "Two soldiers were killed in a bus crash near Idlib, Syria, on Sunday."))


def test_the_bombing_killed_is_one_event_on_the_verb(code):
    got = events(code, "The bombing killed three policemen in Quetta, Pakistan.")
    assert len(force(got)) == 1
    assert [e.cameo for e in at(got, "killed")] == ["183"]
    assert at(got, "killed")[0].source is None


def test_killed_and_wounded_in_one_bombing_is_one_event(code):
    got = events(code, "Nine people were killed and 20 wounded in a bombing in Kano, Nigeria.")
    assert len(force(got)) == 1
    assert at(got, "killed") and not at(got, "bombing")


def test_killed_when_a_bus_overturned_is_no_event(code):
    assert not force(events(code, "Nine people were killed when a bus overturned near Kano, Nigeria."))


def test_killed_by_an_airstrike_is_coded_on_the_verb(code):
    got = events(code, "Four civilians were killed by an airstrike in Aleppo, Syria.")
    assert [e.cameo for e in at(got, "killed")] == ["195"]
    assert not at(got, "airstrike")


def test_act_noun_with_no_verb_of_harm_stays_on_the_noun(code):
    got = events(code, "An airstrike on a hospital in Aleppo, Syria, was reported on Sunday.")
    assert [e.cameo for e in at(got, "airstrike")] == ["195"]
    assert not at(got, "reported")


def test_a_named_doers_act_noun_gives_the_verb_its_source(code):
    got = events(code, "Five militants were killed in an Israeli airstrike in Gaza.")
    ev = at(got, "killed")
    assert ev and ev[0].source and ev[0].source.get("country") == "ISR"
    assert not at(got, "airstrike")


def test_a_wave_of_attacks_killed_is_coded_on_the_verb(code):
    got = events(code, "A wave of attacks across Iraq on Monday killed at least 30 people and wounded dozens more.")
    assert len(force(got)) == 1
    assert at(got, "killed") and at(got, "killed")[0].source is None


def test_a_wave_of_protests_is_no_act_of_force_on_the_verb(code):
    got = events(code, "A wave of protests across Iraq on Monday left the government weakened.")
    assert not force(got)


def test_a_bomb_killing_and_wounding_is_one_event_with_the_numbers_as_civilians(code):
    got = events(code, "A car bomb exploded in Baghdad, Iraq, on Monday, killing at least 10 and wounding 34.")
    evs = force(got)
    assert len(evs) == 1 and evs[0].source is None
    assert evs[0].target and evs[0].target.get("code") == "IRQCVL"


def test_a_bus_overturning_killing_ten_is_no_event(code):
    assert not force(events(code, "A bus overturned near Baghdad, Iraq, on Monday, killing at least 10."))


def test_killed_and_others_injured_in_the_attack_is_one_event(code):
    got = events(code, "Five people were killed and two others injured in the attack in Kabul.")
    assert len(force(got)) == 1 and at(got, "killed")


def test_a_bombing_took_place_is_coded_on_the_verb_of_occurrence(code):
    got = events(code, "A bombing took place at a church in Jolo, Philippines.")
    assert [e.cameo for e in at(got, "took")] == ["183"]
    assert not at(got, "bombing")
    assert at(got, "took")[0].source is None and at(got, "took")[0].target.get("code") == "PHLREL"


def test_fighting_erupted_has_two_unnamed_sides_and_invents_neither(code):
    # an outbreak with no side named: the act and its place, no source and no target (test_no_side.py)
    got = force(events(code, "Fighting erupted in Tripoli, Libya, on Sunday."))
    assert [(e.cameo, e.source, e.target) for e in got] == [("190", None, None)]


def test_fighting_that_may_erupt_is_no_event(code):
    assert not force(events(code, "Fighting may erupt in Tripoli, Libya, on Sunday."))
