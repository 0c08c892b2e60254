"""More events on the verb a conflict report uses (issue 14). All sentences are invented.

- a place the public gathers in (a market, a cafe, a bus station) hit by an act of force whose
  doer is unnamed is its civilians' (CVL of the place's country; events.yaml body_sectors); a
  building the list does not name (a barracks) stays no target (a blast with no target);
- an agentless passive of harm ("were killed") with a clause of time (when, after, as) whose
  verb reports an act of force by an actor with a country or side takes that actor as its source
  (events.yaml harm_clause_links); a clause with no act of force ("when troops arrived") or an
  accident gives it none;
- the doer of a passive whose "by" phrase the parser made a participle's subject ("killed by
  rebels wielding knives") is still the by-phrase's noun; a passive with no "by" has none;
- "set X ablaze" (the particle after the object) burns property (1712); "set X free" does not;
- a blast or a bomb that "targeted" X is a bombing (183) of X; a campaign that targeted voters
  is no act of force;
- an act noun of force that "hit" X ("an airstrike hit a school") is that act on X; a recession
  or a strike by workers that hit someone is none;
- the "by" phrase of a later coordinated passive of harm is the doer of both ("twelve were killed
  and dozens wounded by a car bomb"); of a passive of another kind ("three were arrested by
  police") it is not.
"""

from __future__ import annotations

from .violence_checks import events, of, scode, tcode


# -- public places hit -------------------------------------------------------------------------
def test_explosion_at_a_market_hits_the_towns_civilians(code):
    evs = of(events(code, "An explosion occurred at a market in Kano on Monday."), "18")
    assert [tcode(e) for e in evs] == ["NGACVL"]
    assert evs[0].source is None


def test_explosion_at_a_barracks_names_no_body(code):
    # a blast that hit no one named is an unnamed attacker's, with no target (test_agentless_more.py)
    evs = of(events(code, "An explosion occurred at a barracks in Kano on Monday."), "18")
    assert [(e.source, e.target) for e in evs] == [(None, None)]


def test_bomb_at_a_cafe_hits_civilians(code):
    evs = of(events(code, "A bomb exploded at a cafe in Kabul."), "18")
    assert [tcode(e) for e in evs] == ["AFGCVL"]


# -- the doer named in a clause of time ---------------------------------------------------------
def test_killed_when_soldiers_raided_is_the_soldiers_act(code):
    evs = [
        e
        for e in of(
            events(code, "Twelve farmers were killed on Friday when Ugandan soldiers raided a camp near Gulu."), "19"
        )
        if e.trigger == "killed"
    ]
    assert [(scode(e), tcode(e)) for e in evs] == [("UGAMIL", "UGAAGR")]


def test_killed_after_troops_opened_fire_is_the_troops_act(code):
    evs = of(events(code, "Five people were killed after Nigerian troops opened fire on a march in Kano."), "19")
    assert ("NGAMIL", "NGACVL") in [(scode(e), tcode(e)) for e in evs]


def test_killed_when_troops_arrived_names_no_doer(code):
    evs = events(code, "Five people were killed when Nigerian troops arrived in Kano.")
    # not the troops' act; at most a bare casualty report with no source (test_casualties.py)
    assert all(e.source is None for e in evs if e.cameo_root in ("18", "19", "20"))


def test_killed_when_a_bus_crashed_is_no_event(code):
    assert not events(code, "Five people were killed when a bus crashed near Kano.")


# -- the by-phrase hung on a participle ---------------------------------------------------------
def test_killed_by_rebels_wielding_knives(code):
    evs = of(events(code, "At least 30 villagers were killed on Sunday by Congolese rebels wielding knives."), "19")
    assert [(scode(e), tcode(e)) for e in evs] == [("CODREB", "CODCVL")]


def test_killed_with_no_by_phrase_has_no_doer(code):
    assert not events(code, "At least 30 villagers were killed on Sunday while wielding knives.")


# -- set ablaze -----------------------------------------------------------------------------------
def test_set_homes_ablaze_destroys_property(code):
    evs = of(events(code, "Ugandan rebels set 20 homes ablaze in Gulu."), "17")
    assert [(e.cameo, scode(e)) for e in evs] == [("1712", "UGAREB")]


def test_cars_set_ablaze_by_rebels(code):
    evs = of(events(code, "Ten cars were set ablaze by Ugandan rebels."), "17")
    assert [scode(e) for e in evs] == ["UGAREB"]


def test_set_hostages_free_is_no_destruction(code):
    assert not of(events(code, "Ugandan rebels set 20 hostages free in Gulu."), "17")


# -- a blast that targeted X --------------------------------------------------------------------
def test_blast_targeted_a_market(code):
    evs = of(events(code, "The blast targeted a busy market in Kabul."), "18")
    assert [(e.cameo, tcode(e)) for e in evs] == [("183", "AFGCVL")]


def test_car_bomb_targeted_a_police_station(code):
    evs = of(events(code, "A car bomb targeted a police station in Kabul."), "18")
    assert [tcode(e) for e in evs] == ["AFGCOP"]


def test_campaign_targeted_voters_is_no_force(code):
    evs = events(code, "The campaign targeted young voters in Kabul.")
    assert not [e for e in evs if e.cameo_root in ("18", "19", "20")]


# -- an act noun that hit X -----------------------------------------------------------------------
def test_airstrike_hit_a_school(code):
    evs = of(events(code, "An airstrike hit a school in Idlib on Monday."), "19")
    assert [(e.cameo, tcode(e)) for e in evs] == [("195", "SYREDU")]


def test_recession_hit_farmers_is_no_force(code):
    evs = events(code, "The recession hit farmers in Kano.")
    assert not [e for e in evs if e.cameo_root in ("18", "19", "20")]


# -- a by-phrase shared by coordinated passives of harm ------------------------------------------
def test_killed_and_wounded_by_a_car_bomb(code):
    evs = of(events(code, "Twelve people were killed and dozens were wounded by a car bomb in Baghdad."), "18")
    assert [(e.trigger, e.cameo, tcode(e)) for e in evs] == [("killed", "1832", "IRQCVL")]  # a car bomb: 1832


def test_killed_and_wounded_by_rebels(code):
    evs = events(code, "Two soldiers were killed and three were wounded by Ugandan rebels near Gulu.")
    assert ("killed", "UGAREB", "UGAMIL") in [(e.trigger, scode(e), tcode(e)) for e in evs]


def test_killed_and_arrested_by_police_is_no_killing_by_police(code):
    evs = events(code, "Two soldiers were killed and three were arrested by Ugandan police near Gulu.")
    # not the police's act; at most a bare casualty report with no source (test_casualties.py)
    assert all(e.source is None for e in evs if e.trigger == "killed")


# -- bombers that destroyed X ---------------------------------------------------------------------
def test_bombers_destroyed_a_bridge(code):
    evs = of(events(code, "Russian bombers destroyed a bridge near Kharkiv on Monday."), "19")
    assert [(e.trigger, e.cameo) for e in evs] == [("destroyed", "190")]


def test_flood_destroyed_a_bridge_is_no_force(code):
    evs = events(code, "The flood destroyed a bridge near Kharkiv on Monday.")
    assert not [e for e in evs if e.cameo_root in ("18", "19", "20")]


# -- continued military operations in X ----------------------------------------------------------
def test_continued_military_operations(code):
    evs = of(events(code, "The army continued its military operations in the north of Mali on Friday."), "19")
    assert [(e.trigger, e.cameo) for e in evs] == [("continued", "190")]


def test_continued_mine_clearance_operation_is_no_force(code):
    evs = events(code, "Sappers continued the mine clearance operation in the town.")
    assert not [e for e in evs if e.cameo_root in ("18", "19", "20")]


def test_began_a_ground_operation(code):
    evs = of(events(code, "Turkey began a ground operation in northern Iraq on Monday."), "19")
    assert [(e.trigger, e.cameo) for e in evs] == [("began", "190")]


def test_began_a_rescue_operation_is_no_force(code):
    evs = events(code, "Turkey began a rescue operation in northern Iraq on Monday.")
    assert not [e for e in evs if e.cameo_root in ("18", "19", "20")]


# -- a verb of force with an object, parsed as a participle under the sentence's subject ----------
# "Ugandan rebels killed five soldiers near Gulu, police said." with "killed" hung on "rebels"
_KILLED = """
Ugandan Ugandan ADJ:JJ amod 1 B-NORP
rebels rebel NOUN:NNS nsubj {said}
killed kill VERB:{tag} acl 1
{obj}near near ADP:IN prep 2
Gulu Gulu PROPN:NNP pobj {near} B-GPE
, , PUNCT:, punct {said}
police police NOUN:NNS nsubj {said}
said say VERB:VBD ROOT {said}
. . PUNCT:. punct {said}
"""
_FIVE_SOLDIERS = "five five NUM:CD nummod 4\nsoldiers soldier NOUN:NNS dobj 2\n"


def test_rebels_killed_soldiers_police_said_misparsed_as_a_participle(nlp):
    from tests.handdoc import events as doc_events
    from tests.handdoc import parse

    doc = parse(nlp, _KILLED.format(tag="VBN", obj=_FIVE_SOLDIERS, near=5, said=9))
    assert ("190", "UGAREB") in [(c, s) for c, s, _, _ in doc_events(doc)]


def test_rebels_killed_near_gulu_without_an_object_are_victims(nlp):
    from tests.handdoc import events as doc_events
    from tests.handdoc import parse

    doc = parse(nlp, _KILLED.format(tag="VBN", obj="", near=3, said=7))
    assert not [e for e in doc_events(doc) if e[1] == "UGAREB"]
