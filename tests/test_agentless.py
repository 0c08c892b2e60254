"""Violence with no named perpetrator, and protests by unnamed crowds (issue 14, item 4). All
sentences are invented.

- an act of force (roots 17-20) whose doer the text does not name keeps `source` null; its
  target is the victims, with the country of the event's place, else of the setting (events.yaml
  victim_*), or the body hit ("a synagogue" -> REL, body_sectors);
- an agentless passive of harm ("were killed") is an attack only when the sentence names an
  unnamed attacker or a weapon and no accident (harm_verbs, accident_words), or when it counts its
  victims and says where (a bare casualty report, test_casualties.py);
- a crowd the text gives no country ("thousands marched") protests as CVL of the place's
  country; a demonym in the plural ("hundreds of Kurds protested") as CVL of its own.
"""

from __future__ import annotations

from .violence_checks import events, of, scode, tcode


# -- victims of unnamed attackers -------------------------------------------------------------
def test_ambush_victims_are_soldiers_with_no_source(code):
    evs = of(events(code, "Two soldiers were killed in an ambush near Kandahar on Monday."), "19")
    assert evs and all(e.source is None for e in evs)
    assert any(e.target and e.target.get("sector") == "MIL" for e in evs)


def test_roadside_bomb_victims_take_the_place_country(code):
    evs = events(code, "A roadside bomb wounded three policemen in Quetta on Sunday.")
    hit = [e for e in evs if e.cameo_root == "18"]
    assert hit and hit[0].source is None and tcode(hit[0]) == "PAKCOP"


def test_victim_noun_is_civilian_of_the_place(code):
    evs = events(code, "A suicide bomber killed twelve shoppers at a market in Kano on Friday.")
    assert any(e.source is None or scode(e) == "UAF" for e in evs)
    assert any(tcode(e) == "NGACVL" for e in evs)


def test_body_hit_is_its_sector(code):
    evs = events(code, "Vandals attacked a synagogue in Krakow on Saturday.")
    assert any(e.source is None and tcode(e) == "POLREL" for e in evs)


def test_named_person_killed_abroad_does_not_take_the_place(code):
    # where a named man is killed says nothing of where he is from
    evs = events(code, "Gunmen shot Omar Haddad dead in Istanbul on Friday.")
    assert not any(tcode(e) == "TURCVL" for e in evs)


def test_praised_minister_is_no_null_source_event(code):
    evs = events(code, "The minister was praised in Lagos on Monday.")
    assert not any(e.source is None for e in evs)


def test_lone_killing_with_no_country_is_not_coded(code):
    assert not [e for e in events(code, "He was killed.") if e.source is None]


# -- agentless passives of harm ---------------------------------------------------------------
def test_killed_when_a_bomb_exploded_is_an_attack(code):
    evs = events(code, "Four students were killed in Mosul on Monday when a bomb exploded near their bus.")
    # the bombing (183), the act the clause of time names, not the killing it caused (events/blasts.py)
    assert any(e.source is None and e.cameo == "183" and tcode(e) == "IRQEDU" or tcode(e) == "IRQCVL" for e in evs)


def test_killed_alone_is_a_casualty_report(code):
    # no attacker, weapon or act of force, but counted victims and a place: a bare casualty
    # report, an unnamed attacker's act (test_casualties.py has the cases that stay no event)
    evs = of(events(code, "Nineteen people were killed in Peshawar on Monday."), "19")
    assert [(e.source, tcode(e)) for e in evs] == [(None, "PAKCVL")]


def test_killed_in_an_accident_with_a_bomb_word_is_no_attack(code):
    evs = events(code, "Six workers were killed in Peshawar when an old bomb went off in a road accident.")
    assert not [e for e in evs if e.trigger.lower() == "killed"]


# -- protests by unnamed crowds ---------------------------------------------------------------
def test_crowd_marching_protests_as_civilians_of_the_place(code):
    evs = of(events(code, "Several thousand people marched through central Lima on Sunday."), "14")
    assert evs and scode(evs[0]) == "PERCVL"


def test_demonym_crowd_is_its_people(code):
    evs = of(events(code, "Hundreds of Kurds protested in Diyarbakir on Friday."), "14")
    assert evs and scode(evs[0]).endswith("CVL")


def test_country_protest_stays_the_state(code):
    evs = of(events(code, "Russia protested the decision on Monday."), "14")
    assert all(scode(e) != "RUSCVL" for e in evs)


def test_marching_family_with_no_place_is_no_protest(code):
    assert not of(events(code, "Three generations of the family marched together."), "14")


def test_victims_with_their_own_country_keep_it(code):
    evs = events(code, "A car bomb killed six Afghan civilians in Peshawar on Monday.")
    assert any(tcode(e) == "AFGCVL" for e in evs)
    assert not any(tcode(e) == "PAKCVL" for e in evs)
