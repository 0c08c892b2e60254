"""The act a harm came from, however English links them (harm_causes.py, events.yaml
harm_cause_preps, undergoing_force): "died in a bombing" as "were killed in a bombing" (the dead
its target, even of no country), and "killed after / following / amid" an act of force as
"killed in" it: one act, coded on the verb of harm with the act noun's code and the victims as
target, not on the act noun with the place as target. Invented sentences, with negatives: an
illness, surgery or a crash did the harm; a fight between unnamed sides before the killing is
not its cause; an accident named in the "in" phrase makes a later raid only a time."""

from __future__ import annotations

import pytest

from tests.event_rows import coded


def _force(code, text):
    return [(t, c, s, g) for t, c, s, g, _ in coded(code, text) if c.startswith(("18", "19"))]


def test_died_in_a_bombing_codes_as_killed_in_a_bombing(code):
    died = _force(code, "Three soldiers died in a bombing in Kandahar.")
    killed = _force(code, "Three soldiers were killed in a bombing in Kandahar.")
    assert died == [("died", "183", None, "MIL")]
    assert killed == [("killed", "183", None, "MIL")]


@pytest.mark.parametrize("prep", ["amid", "in", "during"])
def test_wounded_amid_a_gerund_of_force_codes_as_its_noun_with_its_place(code, prep):
    # "shelling" the tagger took for a verb, a bare gerund: the act its noun names, in its phrase's place
    c = code(f"Eight farmers were wounded {prep} shelling in Herat.", "2024-01-01")
    got = [(e.trigger, e.cameo, (e.source or {}).get("code"), (e.target or {}).get("code")) for e in c.events]
    assert got == [("wounded", "194", None, "AFGAGR")]
    assert [(e.location or {}).get("name") for e in c.events] == ["Herāt"]  # the gazetteer's spelling


def test_wounded_while_shelling_a_town_is_the_wounded_ones_own_act(code):
    # a gerund with an object is a verb of its own: the wounded did the shelling, no unnamed attacker's act
    got = _force(code, "Eight soldiers were wounded while shelling a town near Herat.")
    assert not any(c == "194" and s is None for _, c, s, _ in got)


@pytest.mark.parametrize("prep", ["after", "following"])
def test_killed_after_an_airstrike_is_the_airstrikes_act_on_the_dead(code, prep):
    got = _force(code, f"Six civilians were killed {prep} an airstrike in Idlib.")
    assert got == [("killed", "195", None, "SYRCVL")]


@pytest.mark.parametrize("verb", ["died", "were wounded"])
def test_harmed_following_a_bombing_is_the_bombings_act(code, verb):
    got = _force(code, f"Two children {verb} following a bombing in Kabul.")
    assert [(c, s, g) for _, c, s, g in got] == [("183", None, "AFGCVL")]
    assert got[0][0] in verb  # on the verb of harm, not on "bombing"


def test_died_during_a_raid_is_the_raids_act(code):
    assert _force(code, "Four policemen died during a raid in Mosul.") == [("died", "190", None, "IRQCOP")]


@pytest.mark.parametrize(
    "text",
    [
        "Two men died in a car crash in Texas.",
        "The actor died after a long illness in Texas.",
        "The patient died following surgery in Boston.",
        # a fight between sides the text leaves unnamed, told as before the killing: not its cause
        "Ten people were killed after a gun battle in Juarez.",
        # the accident did the harm; the raid is only when
        "Three miners were killed in an accident after a raid on the mine in Peru.",
        # another act, not a harm: its own code on its own verb, none on the bombing's victims
        "The suspect was questioned after a bombing in Kabul.",
    ],
)
def test_no_act_of_force_caused_the_harm(code, text):
    assert [e for e in _force(code, text) if e[0] in ("died", "killed", "questioned")] == []
