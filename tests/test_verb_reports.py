"""Acts of force a verb reports as undergone by its subject (issue 14; events/reports.py). All
sentences are invented.

- "X came under attack / fire / shelling": the act noun's code on "came", the subject as target,
  no source unless the text names the attacker; the noun is not coded again;
- "X died in an airstrike / after a bomb attack / of gunshot wounds": the act's code on "died",
  the dead as target; not an illness, a crash or any act noun that is no act of force;
- "came under criticism", "came under fire for its remarks", "came under the ministry's
  control" are no acts of force.
"""

from __future__ import annotations

from .violence_checks import events, scode, tcode


def _force(evs):
    return [e for e in evs if e.cameo_root in ("18", "19", "20")]


def _on(evs, word):
    return [e for e in evs if e.trigger == word]


def test_came_under_attack_is_coded_on_the_verb_once(code):
    evs = _force(events(code, "Two hospitals in Tikrit came under attack on Monday."))
    assert [(e.trigger, e.cameo_root, scode(e)) for e in evs] == [("came", "19", None)]
    assert tcode(evs[0]).startswith("IRQ")


def test_came_under_shelling(code):
    evs = _force(events(code, "Iraqi troops came under heavy shelling near Tikrit on Monday."))
    assert [(e.trigger, e.cameo, tcode(e)) for e in evs] == [("came", "194", "IRQMIL")]


def test_came_under_fire(code):
    evs = _force(events(code, "Iraqi troops came under fire near Tikrit on Monday."))
    assert [(e.trigger, e.cameo_root, tcode(e)) for e in evs] == [("came", "19", "IRQMIL")]


def test_came_under_criticism_is_no_force(code):
    assert not _force(events(code, "The Iraqi minister came under criticism from lawmakers on Monday."))


def test_came_under_fire_for_remarks_is_no_force(code):
    assert not _force(events(code, "The Iraqi minister came under fire for his remarks on Monday."))


def test_came_under_control_is_no_event(code):
    assert not _on(events(code, "The port came under the Iraqi ministry's control on Monday."), "came")


def test_died_in_an_airstrike(code):
    evs = _force(events(code, "Three Afghan soldiers died in an airstrike in Helmand on Monday."))
    assert [(e.trigger, e.cameo, scode(e), tcode(e)) for e in evs] == [("died", "195", None, "AFGMIL")]


def test_died_after_a_bomb_attack(code):
    evs = _force(events(code, "An Iraqi policeman died after a bomb attack in Mosul on Monday."))
    # a bomb attack is a bombing (183), root 18
    assert [(e.trigger, e.cameo_root, scode(e)) for e in evs] == [("died", "18", None)]


def test_died_of_gunshot_wounds(code):
    evs = _force(events(code, "An Iraqi policeman died of gunshot wounds in Mosul on Monday."))
    assert [(e.trigger, e.cameo, scode(e), tcode(e)) for e in evs] == [("died", "193", None, "IRQCOP")]


def test_died_of_cancer_is_no_event(code):
    assert not _force(events(code, "The former Iraqi president died of cancer in Baghdad on Monday."))


def test_died_in_a_car_crash_is_no_event(code):
    assert not _force(events(code, "Two Afghan soldiers died in a car crash in Kabul on Monday."))


def test_died_of_old_age_is_no_event(code):
    assert not _force(events(code, "The Afghan king died of old age in Kabul on Monday."))


# a verb of force and the participle that counts its victims: each codes the act, with the same
# source, target and root (one event of the article, GUIDELINE.md), whether the verb's subject is
# a weapon ("rockets hit") or a doer ("a bomber struck"); a second participle ("and wounding")
# does not code it again


def _keys(evs):
    return {(scode(e), tcode(e), e.cameo_root) for e in evs}


def test_a_doer_and_its_participle_give_one_key(code):
    evs = _force(events(code, "A suicide bomber struck a cafe in Baghdad, killing 12 people."))
    assert sorted(e.trigger for e in evs) == ["killing", "struck"]
    assert _keys(evs) == {(None, "IRQCVL", "18")}  # a suicide bomber's act: a suicide bombing (1831)


def test_a_weapon_and_its_participle_give_one_key(code):
    evs = _force(events(code, "Two rockets hit a market in Baghdad, killing 10 people."))
    assert sorted(e.trigger for e in evs) == ["hit", "killing"]
    assert _keys(evs) == {(None, "IRQCVL", "19")}


def test_a_second_participle_is_not_coded_again(code):
    evs = _force(events(code, "Two rockets hit a market in Baghdad, killing 10 people and wounding 30."))
    assert "wounding" not in [e.trigger for e in evs]


def test_two_coordinated_verbs_are_two_acts(code):
    evs = _force(events(code, "Israeli jets bombed a school in Gaza and killed 12 people."))
    assert sorted(e.trigger for e in evs) == ["bombed", "killed"]
