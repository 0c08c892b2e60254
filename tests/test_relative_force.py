"""An act of force told in a relative clause on its act noun or weapon (issue 14). All sentences
are invented.

- "the scene of a bombing [that] killed ten people in X", "the explosion, [which] wounded 30
  people in X, was heard": the clause reports the act with its victims, so the act is coded once,
  on that verb, with no source and the victims (CVL of the place's country) as target
  (events/force_acts.py `relative_doer`, `_told_in_relative`);
- not when a verb already carries the act: the act noun as the subject of a verb of force ("an
  Israeli airstrike that killed five people [hit] a house": the hit, by Israel's forces), the
  object of a verb of launching ("the army launched an offensive that targeted X": the army's),
  or the "in" phrase of a passive of harm ("were [killed] in an explosion that ripped through X");
- not a clause that says nothing the act hit ("the attack that happened in X"), nor a disaster
  ("the storm that killed ten people").
"""

from __future__ import annotations

from .violence_checks import events, scode, tcode


def _force(evs):
    return [(e.trigger, e.cameo_root, scode(e), tcode(e)) for e in evs if e.cameo_root in ("18", "19")]


def test_a_bombing_told_in_a_relative_clause_codes_its_victims(code):
    evs = events(code, "Rescuers reached the scene of a suicide bombing in Kabul that killed ten people.")
    assert _force(evs) == [("killed", "18", None, "AFGCVL")]


def test_a_blast_told_in_a_nonrestrictive_clause(code):
    evs = events(code, "The explosion, which wounded 30 people in Quetta, was heard across the city.")
    assert _force(evs) == [("wounded", "18", None, "PAKCVL")]


def test_the_main_verb_of_force_keeps_the_act(code):
    evs = events(code, "An Israeli airstrike that killed five people hit a house in Gaza.")
    assert [(t, s) for t, _, s, _ in _force(evs)] == [("hit", "ISRMIL")]


def test_a_launched_offensive_stays_its_launchers(code):
    evs = events(code, "The Syrian army launched an offensive on Tuesday that targeted rebel positions near Homs.")
    assert evs and all(scode(e) and scode(e).startswith("SYR") for e in evs)


def test_the_passive_of_harm_keeps_the_act(code):
    text = "At least 40 people were killed in an explosion that ripped through a market in Quetta."
    assert [t for t, *_ in _force(events(code, text))] == ["killed"]


def test_a_storm_is_no_attack(code):
    assert not _force(events(code, "The storm that killed ten people in Manila also destroyed homes."))
