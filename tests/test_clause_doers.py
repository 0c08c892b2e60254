"""The doer of an agentless passive of harm named in another clause of the same act (issue 14):
the side a victim was fighting ("was killed while fighting the army"), and the doer of a clause
of time whose object is an act of force or a weapon ("after rebels launched a barrage of
rockets"). Each beside a negative. All sentences are invented."""

from __future__ import annotations

from .violence_checks import events, of, scode, tcode


def _killed(code, text: str):
    return [e for e in of(events(code, text), "19") if e.trigger == "killed"]


# -- "while fighting X" -----------------------------------------------------------------------
def test_killed_while_fighting_an_army_is_that_armys_act(code):
    evs = _killed(code, "A rebel commander was killed near Homs on Monday while fighting the Syrian army.")
    assert evs and scode(evs[0]) == "SYRMIL"


def test_killed_while_fighting_an_armed_group_is_that_groups_act(code):
    evs = _killed(code, "Two Syrian soldiers were killed near Homs on Monday while fighting Islamic State militants.")
    assert evs and scode(evs[0]) == "IMGISI" and tcode(evs[0]) == "SYRMIL"


def test_killed_while_fighting_a_fire_names_no_doer(code):
    assert not _killed(code, "A farmer was killed in Kenya on Monday while fighting a fire.")


def test_killed_while_fighting_civilians_names_no_armed_doer(code):
    assert not _killed(code, "A Kenyan farmer was killed near Nakuru on Monday while fighting protesters.")


# -- "after X launched ..." ---------------------------------------------------------------------
def test_killed_after_a_barrage_is_its_launchers_act(code):
    text = "Ten civilians were killed in Aleppo on Saturday after Syrian rebels launched a barrage of rockets."
    evs = _killed(code, text)
    assert evs and scode(evs[0]) == "SYRREB" and tcode(evs[0]) == "SYRCVL"


def test_killed_after_an_announcement_is_not_its_announcers_act(code):
    text = "Ten civilians were killed in Aleppo on Saturday after Syrian rebels announced a truce."
    assert not any(scode(e) == "SYRREB" for e in _killed(code, text))


def test_a_later_act_is_not_the_doer(code):
    text = "Ten civilians were killed in Aleppo on Saturday; after that Syrian rebels withdrew."
    assert not any(scode(e) == "SYRREB" for e in _killed(code, text))


# -- unidentified doers stay unnamed but the act is coded ------------------------------------
def test_victims_hacked_by_attackers_are_coded_with_no_source(code):
    evs = of(events(code, "The villagers were chased and hacked to death by the attackers in Kibuye, Rwanda on Monday."), "18")
    assert any(e.source is None and tcode(e) == "RWACVL" for e in evs)


def test_victims_of_unnamed_attackers_with_no_country_are_not_coded(code):
    evs = of(events(code, "The villagers were chased and hacked to death by the attackers."), "18")
    assert not any(e.target for e in evs)
