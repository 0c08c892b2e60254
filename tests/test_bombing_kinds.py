"""CAMEO's kinds of bombing (events.yaml bombing_kinds, events/bomb_kinds.py): a bomb, blast,
bombing or bomber whose own modifiers name a suicide (1831), car (1832) or roadside (1833)
bombing gives the act that finer code, whichever verb tells it ("a suicide bomber killed",
"a car bomb exploded", "killed by a roadside bomb", "detonated a roadside bomb"); a bomb or
grenade attack is a bombing (183). A bomb of no named kind stays 183, and a bomber aircraft
is no bombing. Sentences are invented."""

from __future__ import annotations

from tests.event_rows import coded


def codes(code, text: str) -> list[str]:
    return [e[1] for e in coded(code, text)]


def test_a_suicide_bomber_is_a_suicide_bombing(code):
    assert codes(code, "A suicide bomber killed 12 soldiers at a checkpoint in Mogadishu on Monday.") == ["1831"]
    # a suicide car bomber is a suicide bombing first
    assert codes(code, "A suicide car bomber attacked a convoy of African Union troops near Mogadishu.") == ["1831"]


def test_a_car_or_truck_bomb_is_a_car_bombing(code):
    assert codes(code, "A car bomb exploded outside a police station in Kirkuk, killing five officers.") == ["1832"]
    assert codes(code, "Five people were killed when a truck bomb went off outside a hotel in Mogadishu.") == ["1832"]
    assert codes(code, "Twelve people were killed in a car bombing in Kabul on Sunday.") == ["1832"]
    assert codes(code, "A car bomb attack on a police station in Diyarbakir killed two officers.") == ["1832"]


def test_a_roadside_bomb_is_a_roadside_bombing(code):
    assert codes(code, "A roadside bomb killed three Afghan soldiers in Helmand province on Sunday.") == ["1833"]
    assert codes(code, "Three Iraqi soldiers were killed by a roadside bomb near Tikrit.") == ["1833"]
    assert codes(code, "A roadside bombing killed four Pakistani soldiers in North Waziristan.") == ["1833"]


def test_the_kind_named_by_the_object_of_the_bombing_verb(code):
    got = coded(code, "Insurgents detonated a roadside bomb near a police patrol in Diyala on Monday.")
    assert [e[1] for e in got] == ["1833"]


def test_a_bomb_of_no_named_kind_stays_a_bombing(code):
    assert codes(code, "A bomb attack killed six people at a bus stop in Quetta.") == ["183"]
    # the blast and the participle counting its victims: one act (coder.py), one code
    assert set(codes(code, "A bomb exploded in a crowded market in Peshawar, killing seven people.")) == {"183"}


def test_a_bomber_aircraft_is_no_bombing(code):
    # "bombers" with no kind named are the aircraft or an unnamed attacker: the verb's code
    assert not any(c.startswith("18") for c in codes(code, "US B-52 bombers struck Taliban positions in Helmand."))


def test_a_car_bomb_rammed_into_a_base(code):
    # the passive parted by a time phrase is still the verb (misparsed_verbs._split_passive), the
    # base hit is the armed forces' of the place (events.yaml body_sectors)
    text = "A car bomb was on Monday rammed into a military base in Maidan Shahr, Afghanistan."
    assert [(w, c, s, t) for w, c, s, t, _ in coded(code, text)] == [("rammed", "1832", None, "AFGMIL")]
    text = "A suicide bomber rammed a truck bomb into the gate of an army base in Idlib, killing nine Syrian soldiers."
    assert set(codes(code, text)) == {"1831"}
    # a car rammed into a crowd with no bomb named is no bombing
    assert not any(c.startswith("183") for c in codes(code, "A car was on Monday rammed into a wall in Kabul."))


def test_a_military_base_hit_is_the_armed_forces(code):
    got = coded(code, "Militants attacked a military base in Kandahar on Monday.")
    assert [t for _, _, _, t, _ in got] == ["AFGMIL"]
    # a building of another body keeps its own sector
    assert [t for _, _, _, t, _ in coded(code, "Gunmen attacked a historic synagogue in Djerba.")] == ["TUNREL"]
