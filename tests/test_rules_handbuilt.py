"""Event rules on parses built by hand (tests/handdoc.py): each test fails only when a rule does,
whatever the statistical model would have parsed. Sentences are invented; each rule has a
negative beside it."""

from __future__ import annotations

import pytest

from newsgraph.model import TimeRef
from tests.handdoc import dates, events, parse, places

VISITED = """
Putin Putin PROPN nsubj 1 B-PERSON
visited visit VERB:VBD ROOT 1
China China PROPN dobj 1 B-GPE
. . PUNCT punct 1
"""


def test_a_visit_is_the_visitor_to_the_host(nlp):
    assert events(parse(nlp, VISITED)) == [("042", "RUSGOV", "CHN", "actual")]


def test_a_verb_without_a_trigger_entry_is_no_event(nlp):
    liked = VISITED.replace("visited visit VERB:VBD", "liked like VERB:VBD")
    assert events(parse(nlp, liked)) == []


@pytest.mark.parametrize(
    "table, modality",
    [
        (
            """
Putin Putin PROPN nsubj 2 B-PERSON
will will AUX:MD aux 2
visit visit VERB:VB ROOT 2
China China PROPN dobj 2 B-GPE
. . PUNCT punct 2
""",
            "planned",
        ),
        (
            """
Putin Putin PROPN nsubj 3 B-PERSON
did do AUX:VBD aux 3
not not PART:RB neg 3
visit visit VERB:VB ROOT 3
China China PROPN dobj 3 B-GPE
. . PUNCT punct 3
""",
            "negated",
        ),
    ],
)
def test_modality_from_the_auxiliaries(nlp, table, modality):
    assert events(parse(nlp, table)) == [("042", "RUSGOV", "CHN", modality)]


def test_a_passive_keeps_its_agent_as_the_source(nlp):
    passive = """
China China PROPN nsubjpass 2 B-GPE
was be AUX:VBD auxpass 2
visited visit VERB:VBN ROOT 2
by by ADP agent 2
Putin Putin PROPN pobj 3 B-PERSON
. . PUNCT punct 2
"""
    assert events(parse(nlp, passive)) == [("042", "RUSGOV", "CHN", "actual")]


def test_a_condition_makes_the_act_hypothetical(nlp):
    conditional = """
If if SCONJ:IN mark 2
Russia Russia PROPN nsubj 2 B-GPE
attacks attack VERB:VBZ advcl 7
Poland Poland PROPN dobj 2 B-GPE
, , PUNCT punct 7
NATO NATO PROPN nsubj 7 B-ORG
will will AUX:MD aux 7
respond respond VERB:VB ROOT 7
. . PUNCT punct 7
"""
    assert events(parse(nlp, conditional)) == [("190", "RUS", "POL", "hypothetical")]
    factual = conditional.replace("If if SCONJ:IN mark 2", "Yesterday yesterday NOUN:NN npadvmod 2")
    assert [e[3] for e in events(parse(nlp, factual))] != ["hypothetical"]


@pytest.mark.parametrize("tag, day", [("VBD", "2023-10-10"), ("VBZ", "2023-10-17")])
def test_a_weekday_resolves_by_the_tense(nlp, tag, day):
    """Published on Monday 2023-10-16: "shelled ... on Tuesday" is the Tuesday before, "shells ... on
    Tuesday" the one after."""
    shelled = f"""
Russian russian ADJ:JJ amod 1 B-NORP
troops troop NOUN:NNS nsubj 2
shelled shell VERB:{tag} ROOT 2
Kharkiv Kharkiv PROPN dobj 2 B-GPE
on on ADP prep 2
Tuesday Tuesday PROPN pobj 4 B-DATE
. . PUNCT punct 2
"""
    doc = parse(nlp, shelled)
    assert events(doc) == [("194", "RUSMIL", "UKR", "actual")]
    (event,) = doc._.events
    assert (event.date, event.date_text) == (day, "Tuesday")


# -- trigger entries with conditions: object, particle, xcomp -------------------------------------
IMPOSED_SANCTIONS = """
The the DET:DT det 1
EU EU PROPN:NNP nsubj 2 B-ORG
imposed impose VERB:VBD ROOT 2
sanctions sanction NOUN:NNS dobj 2
on on ADP:IN prep 3
Iran Iran PROPN:NNP pobj 4 B-GPE
. . PUNCT:. punct 2
"""

IMPOSED_CURFEW = """
Thai thai ADJ:JJ compound 1 B-NORP
authorities authority NOUN:NNS nsubj 2
imposed impose VERB:VBD ROOT 2
a a DET:DT det 4
curfew curfew NOUN:NN dobj 2
in in ADP:IN prep 2
Bangkok Bangkok PROPN:NNP pobj 5 B-GPE
. . PUNCT:. punct 2
"""


@pytest.mark.parametrize(
    "table, expected",
    [
        (IMPOSED_SANCTIONS, [("163", "IGOEUR", "IRN", "actual")]),
        # the parser may hang "on Iran" on the verb instead of the object: the same event
        (IMPOSED_SANCTIONS.replace("on on ADP:IN prep 3", "on on ADP:IN prep 2"), [("163", "IGOEUR", "IRN", "actual")]),
        # another object, another entry; a place after "in" is the target of a coercive act
        (IMPOSED_CURFEW, [("1723", "THAGOV", "THA", "actual")]),
    ],
)
def test_an_object_entry_codes_by_its_object(nlp, table, expected):
    """impose + object sanction -> 163, + curfew -> 1723: the object picks the entry."""
    assert events(parse(nlp, table)) == expected


def test_an_object_no_entry_names_is_no_event(nlp):
    """impose has no default entry: "imposed taxes" codes nothing."""
    tax = IMPOSED_SANCTIONS.replace("sanctions sanction NOUN:NNS", "taxes tax NOUN:NNS")
    assert events(parse(nlp, tax)) == []


CALLED_OFF = """
Kenyan kenyan ADJ:JJ amod 1 B-NORP
unions union NOUN:NNS nsubj 2
called call VERB:VBD ROOT 2
off off ADP:RP prt 2
the the DET:DT det 5
strike strike NOUN:NN dobj 2
. . PUNCT:. punct 2
"""


def test_a_particle_entry_needs_its_particle(nlp):
    """call + particle off + object strike -> 082 (dissidents ease their action); without "off",
    "called the strike" is not 082 but the unions' own strike (143, PETRARCH's CALL STRIKE)."""
    assert events(parse(nlp, CALLED_OFF)) == [("082", "KENLAB", None, "actual")]
    called = """
Kenyan kenyan ADJ:JJ amod 1 B-NORP
unions union NOUN:NNS nsubj 2
called call VERB:VBD ROOT 2
the the DET:DT det 4
strike strike NOUN:NN dobj 2
. . PUNCT:. punct 2
"""
    assert events(parse(nlp, called)) == [("143", "KENLAB", "KENGOV", "actual")]


CALLED_OFF_TALKS = """
Iran Iran PROPN:NNP nsubj 1 B-GPE
called call VERB:VBD ROOT 1
off off ADP:RP prt 1
the the DET:DT det 4
talks talk NOUN:NNS dobj 1
with with ADP:IN prep 4
France France PROPN:NNP pobj 5 B-GPE
. . PUNCT:. punct 1
"""


def test_called_off_talks_halts_negotiations_called_for_talks_is_an_appeal(nlp):
    """call + off + talk -> 164 with the partner of "with" as target; "called for talks" is the
    appeal entry (020), never 164."""
    assert events(parse(nlp, CALLED_OFF_TALKS)) == [("164", "IRN", "FRA", "actual")]
    called_for = """
Iran Iran PROPN:NNP nsubj 1 B-GPE
called call VERB:VBD ROOT 1
for for ADP:IN prep 1
talks talk NOUN:NNS pobj 2
with with ADP:IN prep 3
France France PROPN:NNP pobj 4 B-GPE
. . PUNCT:. punct 1
"""
    assert [e[0] for e in events(parse(nlp, called_for))] == ["020"]


AGREED_TO_MEET = """
Iran Iran PROPN:NNP nsubj 1 B-GPE
agreed agree VERB:VBD ROOT 1
to to PART:TO aux 3
meet meet VERB:VB xcomp 1
the the DET:DT det 6
French french ADJ:JJ amod 6 B-NORP
envoy envoy NOUN:NN dobj 3
. . PUNCT:. punct 1
"""

AGREED_TO_DISAGREE = """
Iran Iran PROPN:NNP nsubj 1 B-GPE
agreed agree VERB:VBD ROOT 1
to to PART:TO aux 3
disagree disagree VERB:VB xcomp 1
with with ADP:IN prep 3
France France PROPN:NNP pobj 4 B-GPE
. . PUNCT:. punct 1
"""


def test_an_xcomp_entry_codes_by_the_complement(nlp):
    """agree + xcomp meet -> 036 (intent to meet), its target the one to be met; the meeting itself
    has not happened: it is planned (GUIDELINE: "agreed to meet"), an intent to meet each way."""
    doc = parse(nlp, AGREED_TO_MEET)
    assert events(doc) == [
        ("036", "IRN", "FRAGOV", "actual"),
        ("036", "IRN", "FRAGOV", "planned"),
        ("036", "FRAGOV", "IRN", "planned"),
    ]
    assert [e.trigger for e in doc._.events] == ["agreed", "meet", "meet"]
    assert "036" not in [e[0] for e in events(parse(nlp, AGREED_TO_DISAGREE))]


@pytest.mark.xfail(
    strict=True,
    reason="'agreed to disagree' is an idiom (the sides accept their difference): no intent to "
    "cooperate, but plain 'agree' is coded 030 and 'disagree' 110",
)
def test_agreeing_to_disagree_is_no_intent_to_cooperate(nlp):
    """The idiom states a standing disagreement: no 030."""
    assert "030" not in [e[0] for e in events(parse(nlp, AGREED_TO_DISAGREE))]


URGED_TO_NEGOTIATE = """
Guterres Guterres PROPN:NNP nsubj 1 B-PERSON
urged urge VERB:VBD ROOT 1
Israel Israel PROPN:NNP dobj 1 B-GPE
to to PART:TO aux 4
negotiate negotiate VERB:VB xcomp 1
. . PUNCT:. punct 1
"""


def test_an_appeal_is_coded_by_what_it_asks_for(nlp):
    """urge + xcomp negotiate -> 026 (appeal to negotiate) to the one urged; the negotiating asked
    for is not an event of its own (GUIDELINE: the appeal is coded, not the act asked for); urged
    to do another thing is the plain appeal, 020."""
    assert events(parse(nlp, URGED_TO_NEGOTIATE)) == [("026", "IGOUNO", "ISR", "actual")]
    act = URGED_TO_NEGOTIATE.replace("negotiate negotiate VERB:VB", "act act VERB:VB")
    assert events(parse(nlp, act)) == [("020", "IGOUNO", "ISR", "actual")]


MET_DEMANDS = """
Israel Israel PROPN:NNP nsubj 1 B-GPE
met meet VERB:VBD ROOT 1
Palestinian palestinian ADJ:JJ amod 3 B-NORP
demands demand NOUN:NNS dobj 1
. . PUNCT:. punct 1
"""


def test_meeting_demands_is_yielding_not_a_meeting(nlp):
    """meet + object demand -> 080 (yield) to the demands' owner (a demonym names it); meeting people stays 040 with them as target."""
    assert events(parse(nlp, MET_DEMANDS)) == [("080", "ISR", "PSE", "actual")]
    leaders = MET_DEMANDS.replace("demands demand NOUN:NNS", "leaders leader NOUN:NNS")
    # a meeting is each party's with the other (GUIDELINE, two parties: each way)
    assert events(parse(nlp, leaders)) == [("040", "ISR", "PSEGOV", "actual"), ("040", "PSEGOV", "ISR", "actual")]


def test_an_attack_on_a_plan_is_verbal_on_a_city_armed(nlp):
    """attack + object budget/plan -> 111 with the owner as target; attacking a city is 190 on the
    city's country."""
    budget = """
The the DET:DT det 1
opposition opposition NOUN:NN nsubj 2
attacked attack VERB:VBD ROOT 2
the the DET:DT det 4
government government NOUN:NN poss 6
's 's PART:POS case 4
budget budget NOUN:NN dobj 2
. . PUNCT:. punct 2
"""
    assert events(parse(nlp, budget)) == [("111", "OPP", "GOV", "actual")]
    city = """
Russian russian ADJ:JJ amod 1 B-NORP
forces force NOUN:NNS nsubj 2
attacked attack VERB:VBD ROOT 2
Kharkiv Kharkiv PROPN:NNP dobj 2 B-GPE
. . PUNCT:. punct 2
"""
    assert events(parse(nlp, city)) == [("190", "RUSMIL", "UKR", "actual")]


def test_a_none_entry_vetoes_the_default(nlp):
    """fight + object corruption -> cameo none: no use of force; fighting troops stays 190."""
    corruption = """
Kenya Kenya PROPN:NNP nsubj 1 B-GPE
vowed vow VERB:VBD ROOT 1
to to PART:TO aux 3
fight fight VERB:VB xcomp 1
corruption corruption NOUN:NN dobj 3
. . PUNCT:. punct 1
"""
    assert events(parse(nlp, corruption)) == []
    troops = """
Ukrainian ukrainian ADJ:JJ amod 1 B-NORP
troops troop NOUN:NNS nsubj 2
fought fight VERB:VBD ROOT 2
Russian russian ADJ:JJ amod 4 B-NORP
forces force NOUN:NNS dobj 2
. . PUNCT:. punct 2
"""
    assert events(parse(nlp, troops)) == [("190", "UKRMIL", "RUSMIL", "actual")]


INVASION_OF = """
Russia Russia PROPN:NNP nsubj 1 B-GPE
launched launch VERB:VBD ROOT 1
an an DET:DT det 3
invasion invasion NOUN:NN dobj 1
of of ADP:IN prep 3
Ukraine Ukraine PROPN:NNP pobj 4 B-GPE
. . PUNCT:. punct 1
"""


def test_a_light_verb_gives_its_subject_to_the_act(nlp):
    """launch + object invasion -> 192, the launcher invading, the "of" phrase invaded; condemning an
    invasion does not make the condemner the invader: the invasion's doer is unnamed (noun_doers.yaml
    reacting_verbs; a doerless act of force keeps its target)."""
    assert events(parse(nlp, INVASION_OF)) == [("192", "RUS", "UKR", "actual")]
    condemned = INVASION_OF.replace("launched launch VERB:VBD", "condemned condemn VERB:VBD").replace(
        "an an DET:DT", "the the DET:DT"
    )
    assert sorted(events(parse(nlp, condemned))) == [("111", "RUS", None, "actual"), ("192", None, "UKR", "actual")]


ANNOUNCED_DEPLOYMENT = """
Nigeria Nigeria PROPN:NNP nsubj 1 B-GPE
announced announce VERB:VBD ROOT 1
the the DET:DT det 3
deployment deployment NOUN:NN dobj 1
of of ADP:IN prep 3
troops troop NOUN:NNS pobj 4
to to ADP:IN prep 3
Liberia Liberia PROPN:NNP pobj 6 B-GPE
. . PUNCT:. punct 1
"""


def test_an_announced_act_is_the_event_not_the_announcement(nlp):
    """announce is a light verb: "announced the deployment" is Nigeria's deployment (154), no 010
    statement; announcing something that is no act ("new school fees") is no event at all."""
    doc = parse(nlp, ANNOUNCED_DEPLOYMENT)
    assert [(e.trigger, e.cameo, e.source["code"]) for e in doc._.events] == [("deployment", "154", "NGA")]
    fees = """
Nigeria Nigeria PROPN:NNP nsubj 1 B-GPE
announced announce VERB:VBD ROOT 1
new new ADJ:JJ amod 4
school school NOUN:NN compound 4
fees fee NOUN:NNS dobj 1
. . PUNCT:. punct 1
"""
    assert events(parse(nlp, fees)) == []


@pytest.mark.xfail(
    strict=True,
    reason="the deployed troops are the deployer's own, yet the 'of' phrase makes them the target "
    "(MIL); CAMEO would take the place deployed to (LBR) or none",
)
def test_the_troops_deployed_are_not_the_target(nlp):
    (e,) = parse(nlp, ANNOUNCED_DEPLOYMENT)._.events
    assert (e.target or {}).get("code") in (None, "LBR")


# -- noun triggers -----------------------------------------------------------------------------------
TALKS_WITH = """
Putin Putin PROPN:NNP poss 2 B-PERSON
's 's PART:POS case 0
talks talk NOUN:NNS nsubj 5
with with ADP:IN prep 2
Iran Iran PROPN:NNP pobj 3 B-GPE
ended end VERB:VBD ROOT 5
. . PUNCT:. punct 5
"""


def test_a_noun_trigger_takes_its_target_from_its_prepositions(nlp):
    """talk (noun) -> 040, source the possessor, target after "with"; "talks with Xi in Iran" name
    the place, not a partner (with no partner, "talks in Iran" are no dyad: events/partnerless.py)."""
    assert events(parse(nlp, TALKS_WITH)) == [("040", "RUSGOV", "IRN", "actual"), ("040", "IRN", "RUSGOV", "actual")]
    assert events(parse(nlp, TALKS_WITH.replace("with with ADP:IN", "in in ADP:IN"))) == []
    talks = """
Putin Putin PROPN:NNP poss 2 B-PERSON
's 's PART:POS case 0
talks talk NOUN:NNS nsubj 7
with with ADP:IN prep 2
Xi Xi PROPN:NNP pobj 3 B-PERSON
in in ADP:IN prep 2
Iran Iran PROPN:NNP pobj 5 B-GPE
ended end VERB:VBD ROOT 7
. . PUNCT:. punct 7
"""
    doc = parse(nlp, talks)
    assert events(doc) == [("040", "RUSGOV", "CHNGOV", "actual"), ("040", "CHNGOV", "RUSGOV", "actual")]
    assert places(doc) == ["Iran", "Iran"]


AID_TO = """
Egypt Egypt PROPN:NNP poss 2 B-GPE
's 's PART:POS case 0
aid aid NOUN:NN nsubj 5
to to ADP:IN prep 2
Gaza Gaza PROPN:NNP pobj 3 B-GPE
grew grow VERB:VBD ROOT 5
. . PUNCT:. punct 5
"""


def test_a_noun_that_only_modifies_another_is_no_trigger(nlp):
    """aid (noun) -> 070 from the possessor to the receiver (Gaza: PSE); in "aid workers" (compound)
    the noun names the workers, no aid was given."""
    assert events(parse(nlp, AID_TO)) == [("070", "EGY", "PSE", "actual")]
    workers = """
Egypt Egypt PROPN:NNP nsubj 1 B-GPE
thanked thank VERB:VBD ROOT 1
aid aid NOUN:NN compound 3
workers worker NOUN:NNS dobj 1
in in ADP:IN prep 1
Gaza Gaza PROPN:NNP pobj 4 B-GPE
. . PUNCT:. punct 1
"""
    assert events(parse(nlp, workers)) == [("051", "EGY", "DEV", "actual")]


def test_aid_arriving_is_no_visit(nlp):
    arrived = AID_TO.replace("grew grow VERB:VBD", "arrived arrive VERB:VBD")
    assert events(parse(nlp, arrived)) == [("070", "EGY", "PSE", "actual")]


AHEAD_OF_VISIT = """
Lavrov Lavrov PROPN:NNP nsubj 1 B-PERSON
arrived arrive VERB:VBD ROOT 1
in in ADP:IN prep 1
Beijing Beijing PROPN:NNP pobj 2 B-GPE
ahead ahead ADV:RB advmod 1
of of ADP:IN prep 4
Putin Putin PROPN:NNP poss 8 B-PERSON
's 's PART:POS case 6
visit visit NOUN:NN pobj 5
. . PUNCT:. punct 1
"""


def test_ahead_of_an_event_noun_puts_it_ahead_in_time(nlp):
    """planned_preps: "ahead of Putin's visit" -> the visit is planned, while the arrival happened;
    "after" leaves the visit actual."""
    doc = parse(nlp, AHEAD_OF_VISIT)
    assert events(doc) == [("042", "RUSGOV", "CHNGOV", "actual"), ("042", "RUSGOV", None, "planned")]
    assert places(doc) == ["Beijing", None]
    after = """
Lavrov Lavrov PROPN:NNP nsubj 1 B-PERSON
arrived arrive VERB:VBD ROOT 1
in in ADP:IN prep 1
Beijing Beijing PROPN:NNP pobj 2 B-GPE
after after ADP:IN prep 1
Putin Putin PROPN:NNP poss 7 B-PERSON
's 's PART:POS case 5
visit visit NOUN:NN pobj 4
. . PUNCT:. punct 1
"""
    assert [e[3] for e in events(parse(nlp, after))] == ["actual", "actual"]


# -- adjective triggers --------------------------------------------------------------------------------
def test_a_predicate_adjective_is_a_comment_a_modifier_is_not(nlp):
    """concerned (acomp of "is") -> 012 with the object of "about" as target; "a concerned Russia"
    (amod) states no attitude."""
    predicate = """
Russia Russia PROPN:NNP nsubj 1 B-GPE
is be AUX:VBZ ROOT 1
concerned concerned ADJ:JJ acomp 1
about about ADP:IN prep 2
NATO NATO PROPN:NNP pobj 3 B-ORG
. . PUNCT:. punct 1
"""
    assert events(parse(nlp, predicate)) == [("012", "RUS", "IGONAT", "actual")]
    modifier = """
A a DET:DT det 2
concerned concerned ADJ:JJ amod 2
Russia Russia PROPN:NNP nsubj 3 B-GPE
watched watch VERB:VBD ROOT 3
NATO NATO PROPN:NNP dobj 3 B-ORG
. . PUNCT:. punct 3
"""
    assert events(parse(nlp, modifier)) == []


READY_TO_HELP = """
Sudan Sudan PROPN:NNP nsubj 1 B-GPE
is be AUX:VBZ ROOT 1
ready ready ADJ:JJ acomp 1
to to PART:TO aux 4
help help VERB:VB xcomp 2
Chad Chad PROPN:NNP dobj 4 B-GPE
. . PUNCT:. punct 1
"""


def test_ready_to_cooperate_is_an_intent_ready_to_fight_is_not(nlp):
    """ready + xcomp help -> 030 toward the one helped; "ready to fight" names no cooperation: the
    readiness to fight announced is a threat of military force (CAMEO 138: 1384, intents.yaml, the
    conflictual counterpart of 03), and the fight, only possible, is that threat's content, no event
    beside it (threats.py)."""
    assert events(parse(nlp, READY_TO_HELP)) == [("030", "SDN", "TCD", "actual")]
    fight = READY_TO_HELP.replace("help help VERB:VB", "fight fight VERB:VB")
    assert events(parse(nlp, fight)) == [("1384", "SDN", "TCD", "actual")]


# -- coordinated actors -------------------------------------------------------------------------------
CONDEMNED_ISRAEL = """
Egypt Egypt PROPN:NNP nsubj 3 B-GPE
and and CCONJ:CC cc 0
Qatar Qatar PROPN:NNP conj 0 B-GPE
condemned condemn VERB:VBD ROOT 3
Israel Israel PROPN:NNP dobj 3 B-GPE
. . PUNCT:. punct 3
"""


def test_coordinated_subjects_each_act(nlp):
    """A coordinated subject gives one event per actor, each with the object as target; with no
    actor in the object they are not made each other's target (111 is not symmetric)."""
    assert events(parse(nlp, CONDEMNED_ISRAEL)) == [("111", "EGY", "ISR", "actual"), ("111", "QAT", "ISR", "actual")]
    strikes = CONDEMNED_ISRAEL.replace("Israel Israel PROPN:NNP dobj 3 B-GPE", "strikes strike NOUN:NNS dobj 3")
    assert events(parse(nlp, strikes)) == [("111", "EGY", None, "actual"), ("111", "QAT", None, "actual")]


MET = """
Putin Putin PROPN:NNP nsubj 3 B-PERSON
and and CCONJ:CC cc 0
Xi Xi PROPN:NNP conj 0 B-PERSON
met meet VERB:VBD ROOT 3
. . PUNCT:. punct 3
"""


APOLOGIZED_TO = """
Putin Putin PROPN:NNP nsubj 3 B-PERSON
and and CCONJ:CC cc 0
Xi Xi PROPN:NNP conj 0 B-PERSON
apologized apologize VERB:VBD ROOT 3
to to ADP:IN prep 3
Japan Japan PROPN:NNP pobj 4 B-GPE
. . PUNCT:. punct 3
"""


@pytest.mark.parametrize(
    "table, expected",
    [
        # symmetric_codes: a meeting of two is each one's with the other
        (MET, [("040", "RUSGOV", "CHNGOV", "actual"), ("040", "CHNGOV", "RUSGOV", "actual")]),
        # an apology is not: two apologies to Japan, none to each other
        (APOLOGIZED_TO, [("055", "RUSGOV", "JPN", "actual"), ("055", "CHNGOV", "JPN", "actual")]),
        # and to no one named, no dyad and no event (events/partnerless.py)
        (MET.replace("met meet VERB:VBD", "apologized apologize VERB:VBD"), []),
    ],
)
def test_symmetric_codes_pair_coordinated_subjects(nlp, table, expected):
    """symmetric_codes (04 ...): "Putin and Xi met" is coded each way; other codes are not."""
    assert events(parse(nlp, table)) == expected


# -- actors: titles, dated roles, groups, places ------------------------------------------------------
WANG_YI = """
Foreign Foreign PROPN:NNP compound 1
Minister Minister PROPN:NNP compound 3
Wang Wang PROPN:NNP compound 3 B-PERSON
Yi Yi PROPN:NNP nsubj 4 I-PERSON
met meet VERB:VBD ROOT 4
Lavrov Lavrov PROPN:NNP dobj 4 B-PERSON
. . PUNCT:. punct 4
"""


def test_a_kb_name_after_a_title_is_the_kb_person(nlp):
    """The KB ruler makes "Wang Yi" the KB's wang_yi (CHNGOV on the day); a name the KB lacks gets
    only the title's sector, no country and no kb_id."""
    e, _ = parse(nlp, WANG_YI)._.events  # the meeting, and Lavrov's with Wang back
    assert (e.cameo, e.source["kb_id"], e.source["code"], e.target["kb_id"]) == (
        "040",
        "wang_yi",
        "CHNGOV",
        "sergey_lavrov",
    )
    e, _ = parse(nlp, WANG_YI.replace("Yi Yi PROPN", "Lei Lei PROPN"))._.events
    assert (e.source["text"], e.source["kb_id"], e.source["code"]) == ("Wang Lei", None, "GOV")


NATIONAL_TITLE = """
Chinese chinese ADJ:JJ amod 2 B-NORP
Foreign Foreign PROPN:NNP compound 2
Minister Minister PROPN:NNP compound 4
Wang Wang PROPN:NNP compound 4 B-PERSON
Lei Lei PROPN:NNP nsubj 5 I-PERSON
met meet VERB:VBD ROOT 5
Lavrov Lavrov PROPN:NNP dobj 5 B-PERSON
. . PUNCT:. punct 5
"""


@pytest.mark.parametrize(
    "table",
    [
        NATIONAL_TITLE,  # the demonym on the title, as en_core_web_sm parses it
        NATIONAL_TITLE.replace("chinese ADJ:JJ amod 2", "chinese ADJ:JJ amod 4"),  # on the name's head
        # on the name's first word: not read as the title's, but a one-person office of no
        # country takes the context's (here the sentence's one country)
        NATIONAL_TITLE.replace("chinese ADJ:JJ amod 2", "chinese ADJ:JJ amod 3"),
    ],
)
def test_a_national_title_gives_a_person_the_kb_lacks_a_country(nlp, table):
    """demonym + title + unknown name -> the country's sector code (CHNGOV), whichever word of the
    name phrase the parser hangs the demonym on."""
    e = parse(nlp, table)._.events[0]  # (and the meeting back)
    assert (e.source["text"], e.source["kb_id"], e.source["code"]) == ("Wang Lei", None, "CHNGOV")


@pytest.mark.parametrize("published, code", [("2016-05-11", "DEUMIL"), ("2023-05-10", "IGOEUR")])
def test_a_kb_person_is_coded_by_the_role_held_on_the_day(nlp, published, code):
    """Dated KB roles: von der Leyen was Germany's defence minister (MIL) in 2016 and heads the
    European Commission (IGOEUR) in 2023; the same sentence codes each."""
    visited = """
Von Von PROPN:NNP compound 1 B-PERSON
der der PROPN:NNP compound 2 I-PERSON
Leyen Leyen PROPN:NNP nsubj 3 I-PERSON
visited visit VERB:VBD ROOT 3
Lithuania Lithuania PROPN:NNP dobj 3 B-GPE
. . PUNCT:. punct 3
"""
    assert events(parse(nlp, visited, published)) == [("042", code, "LTU", "actual")]


MEMBERS_OF = """
Members member NOUN:NNS nsubj 5
of of ADP:IN prep 0
the the DET:DT det 4
European European PROPN:NNP compound 4 B-ORG
Union Union PROPN:NNP pobj 1 I-ORG
condemned condemn VERB:VBD ROOT 5
Russia Russia PROPN:NNP dobj 5 B-GPE
. . PUNCT:. punct 5
"""


def test_members_of_a_body_act_for_it_its_critics_do_not(nlp):
    """group_nouns: "members of the EU" are the EU (IGOEUR); "critics of the EU" are not (a
    group of critics, agents.tsv OPP)."""
    assert events(parse(nlp, MEMBERS_OF)) == [("111", "IGOEUR", "RUS", "actual")]
    critics = MEMBERS_OF.replace("Members member NOUN:NNS", "Critics critic NOUN:NNS")
    assert all(not source.startswith("IGO") for _, source, _, _ in events(parse(nlp, critics)))


LAWMAKERS_IN = """
Lawmakers lawmaker NOUN:NNS nsubj 3
in in ADP:IN prep 0
Pakistan Pakistan PROPN:NNP pobj 1 B-GPE
condemned condemn VERB:VBD ROOT 3
India India PROPN:NNP dobj 3 B-GPE
. . PUNCT:. punct 3
"""


def test_an_agent_in_a_country_takes_its_country_unless_armed(nlp):
    """located_in: "lawmakers in Pakistan" are PAKLEG; "troops in Pakistan" may be foreign
    (not_sectors MIL): no country."""
    assert events(parse(nlp, LAWMAKERS_IN)) == [("111", "PAKLEG", "IND", "actual")]
    troops = LAWMAKERS_IN.replace("Lawmakers lawmaker NOUN:NNS", "Troops troop NOUN:NNS").replace(
        "condemned condemn VERB:VBD", "attacked attack VERB:VBD"
    )
    assert events(parse(nlp, troops)) == [("190", "MIL", "IND", "actual")]


def test_a_passive_without_agent_has_no_source(nlp):
    """The subject of a passive is acted on, never the doer: "Mugabe was arrested" is an arrest by
    the police it implies (events.yaml implied_agents; no place, so no country), not by Mugabe;
    "Police arrested Mugabe" is 173 by the police."""
    passive = """
Mugabe Mugabe PROPN:NNP nsubjpass 2 B-PERSON
was be AUX:VBD auxpass 2
arrested arrest VERB:VBN ROOT 2
. . PUNCT:. punct 2
"""
    assert events(parse(nlp, passive)) == [("173", "COP", "ZWEGOV", "actual")]
    active = """
Police police NOUN:NNS nsubj 1
arrested arrest VERB:VBD ROOT 1
Mugabe Mugabe PROPN:NNP dobj 1 B-PERSON
. . PUNCT:. punct 1
"""
    (e,) = parse(nlp, active)._.events
    assert (e.cameo, e.source["code"], e.target["kb_id"]) == ("173", "COP", "robert_mugabe")


# -- modality ----------------------------------------------------------------------------------------
EXPECTED_TO_MEET = """
Xi Xi PROPN:NNP nsubjpass 2 B-PERSON
is be AUX:VBZ auxpass 2
expected expect VERB:VBN ROOT 2
to to PART:TO aux 4
meet meet VERB:VB xcomp 2
Biden Biden PROPN:NNP dobj 4 B-PERSON
. . PUNCT:. punct 2
"""


def test_expected_to_is_planned(nlp):
    """planned: "is expected to meet" -> the meeting is planned, the passive's subject its doer;
    the plain past is actual."""
    # a planned meeting is 036 planned, each way (GUIDELINE)
    assert events(parse(nlp, EXPECTED_TO_MEET)) == [("036", "CHNGOV", "USAGOV", "planned"), ("036", "USAGOV", "CHNGOV", "planned")]
    met = """
Xi Xi PROPN:NNP nsubj 1 B-PERSON
met meet VERB:VBD ROOT 1
Biden Biden PROPN:NNP dobj 1 B-PERSON
. . PUNCT:. punct 1
"""
    assert events(parse(nlp, met)) == [("040", "CHNGOV", "USAGOV", "actual"), ("040", "USAGOV", "CHNGOV", "actual")]


REFUSED_TO_MEET = """
Erdogan Erdogan PROPN:NNP nsubj 1 B-PERSON
refused refuse VERB:VBD ROOT 1
to to PART:TO aux 3
meet meet VERB:VB xcomp 1
Putin Putin PROPN:NNP dobj 3 B-PERSON
. . PUNCT:. punct 1
"""


def test_refused_to_is_a_rejection_and_negates_the_act(nlp):
    """refuse + xcomp meet -> 125 (reject a meeting), actual, with the one not met as target; the
    meeting is negated. "wanted to meet" is only a wish: no rejection and no meeting (events.yaml
    asking_words: the wanted act is not coded, tests/test_wished_acts.py)."""
    assert events(parse(nlp, REFUSED_TO_MEET)) == [
        ("125", "TURGOV", "RUSGOV", "actual"),
        ("040", "TURGOV", "RUSGOV", "negated"),
    ]
    wanted = REFUSED_TO_MEET.replace("refused refuse VERB:VBD", "wanted want VERB:VBD")
    assert events(parse(nlp, wanted)) == []


def test_could_is_hypothetical(nlp):
    """hypothetical: the modal "could" -> the attack is possible, not asserted."""
    could = """
Russia Russia PROPN:NNP nsubj 2 B-GPE
could could AUX:MD aux 2
attack attack VERB:VB ROOT 2
Moldova Moldova PROPN:NNP dobj 2 B-GPE
. . PUNCT:. punct 2
"""
    assert events(parse(nlp, could)) == [("190", "RUS", "MDA", "hypothetical")]
    attacked = could.replace("could could AUX:MD aux 2", "did do AUX:VBD aux 2")
    assert events(parse(nlp, attacked)) == [("190", "RUS", "MDA", "actual")]


WILL_NOT_LIFT = """
The the DET:DT det 2
United United PROPN:NNP compound 2 B-GPE
States States PROPN:NNP nsubj 5 I-GPE
will will AUX:MD aux 5
not not PART:RB neg 5
lift lift VERB:VB ROOT 5
the the DET:DT det 7
ban ban NOUN:NN dobj 5
. . PUNCT:. punct 5
"""


def test_an_announced_refusal_is_a_rejection_a_plain_negation_is_not(nlp):
    """refusals: "will not lift the ban" -> 1241 (refuse to ease sanctions), which happened;
    "did not lift the ban" stays 081, negated."""
    doc = parse(nlp, WILL_NOT_LIFT)
    # a country named as a whole is its government; a ban that names no one is on its own people
    # (events/own_people.py)
    assert events(doc) == [("1241", "USA", "USACVL", "actual")]
    assert doc._.events[0].rule.endswith("!refusal")
    did_not = WILL_NOT_LIFT.replace("will will AUX:MD", "did do AUX:VBD")
    assert events(parse(nlp, did_not)) == [("081", "USA", "USACVL", "negated")]


SAID_IT_WILL_RELEASE = """
Farc Farc PROPN:NNP nsubj 1 B-ORG
said say VERB:VBD ROOT 1
it it PRON:PRP nsubj 4
will will AUX:MD aux 4
release release VERB:VB ccomp 1
the the DET:DT det 6
hostages hostage NOUN:NNS dobj 4
. . PUNCT:. punct 1
"""


def test_announcing_ones_own_act_is_an_intent(nlp):
    """intents: Farc saying it will release -> 0353 (intent to release persons), actual, before the
    planned release; when the speaker announces another's act there is no intent."""
    doc = parse(nlp, SAID_IT_WILL_RELEASE)
    assert events(doc) == [("0353", "COLREB", "CVL", "actual"), ("0841", "COLREB", "CVL", "planned")]
    assert doc._.events[0].rule.endswith("!intent")
    other = """
Farc Farc PROPN:NNP nsubj 1 B-ORG
said say VERB:VBD ROOT 1
Colombia Colombia PROPN:NNP nsubj 4 B-GPE
will will AUX:MD aux 4
release release VERB:VB ccomp 1
the the DET:DT det 6
prisoners prisoner NOUN:NNS dobj 4
. . PUNCT:. punct 1
"""
    assert events(parse(nlp, other)) == [("0841", "COL", None, "planned")]


MUST_WITHDRAW = """
The the DET:DT det 1
EU EU PROPN:NNP nsubj 2 B-ORG
said say VERB:VBD ROOT 2
Russia Russia PROPN:NNP nsubj 5 B-GPE
must must AUX:MD aux 5
withdraw withdraw VERB:VB ccomp 2
its its PRON:PRP$ poss 7
troops troop NOUN:NNS dobj 5
. . PUNCT:. punct 2
"""


def test_must_in_reported_speech_is_a_demand_of_another(nlp):
    """demands: "the EU said Russia must withdraw" -> 1056 (demand de-escalation) from the EU of
    Russia, and not the withdrawal demanded; no one demands of themselves ("Putin said Russia
    must": Russia's own withdrawal, hypothetical)."""
    doc = parse(nlp, MUST_WITHDRAW)
    assert events(doc) == [("1056", "IGOEUR", "RUS", "actual")]
    assert doc._.events[0].rule.endswith("!demand")
    putin = """
Putin Putin PROPN:NNP nsubj 1 B-PERSON
said say VERB:VBD ROOT 1
Russia Russia PROPN:NNP nsubj 4 B-GPE
must must AUX:MD aux 4
withdraw withdraw VERB:VB ccomp 1
its its PRON:PRP$ poss 6
troops troop NOUN:NNS dobj 4
. . PUNCT:. punct 1
"""
    assert events(parse(nlp, putin)) == [("0874", "RUS", None, "hypothetical")]


BARRED_FROM = """
The the DET:DT det 1
court court NOUN:NN nsubj 2
barred bar VERB:VBD ROOT 2
Iran Iran PROPN:NNP dobj 2 B-GPE
from from ADP:IN prep 2
releasing release VERB:VBG pcomp 4
the the DET:DT det 7
prisoners prisoner NOUN:NNS dobj 5
. . PUNCT:. punct 2
"""


PRAISED_FOR = """
The the DET:DT det 1
EU EU PROPN:NNP nsubj 2 B-ORG
praised praise VERB:VBD ROOT 2
Iran Iran PROPN:NNP dobj 2 B-GPE
for for ADP:IN prep 2
releasing release VERB:VBG pcomp 4
the the DET:DT det 7
prisoners prisoner NOUN:NNS dobj 5
. . PUNCT:. punct 2
"""


def test_kept_from_an_act_negates_it_for_the_one_kept(nlp):
    """kept_from: "barred Iran from releasing the prisoners" -> Iran's release (0841), negated;
    "praised Iran for releasing" keeps no one from it: the release happened."""
    assert events(parse(nlp, BARRED_FROM)) == [("0841", "IRN", None, "negated")]
    assert [(e[0], e[3]) for e in events(parse(nlp, PRAISED_FOR))] == [("051", "actual"), ("0841", "actual")]


def test_praised_for_doing_is_the_objects_act(nlp):
    """The one praised for releasing is the one who released."""
    assert events(parse(nlp, PRAISED_FOR)) == [("051", "IGOEUR", "IRN", "actual"), ("0841", "IRN", None, "actual")]


SAID_IT_SHELLED = """
The the DET:DT det 2
Russian russian ADJ:JJ amod 2 B-NORP
army army NOUN:NN nsubj 3
said say VERB:VBD ROOT 3
it it PRON:PRP nsubj 6
had have AUX:VBD aux 6
shelled shell VERB:VBN ccomp 3
Ukrainian ukrainian ADJ:JJ amod 8 B-NORP
positions position NOUN:NNS dobj 6
. . PUNCT:. punct 3
"""


def test_it_in_a_reported_clause_is_the_speaker(nlp):
    """speaker_pronouns: "the Russian army said it had shelled" -> the army shelled (RUSMIL); a
    named subject of the clause stays the doer."""
    assert events(parse(nlp, SAID_IT_SHELLED)) == [("194", "RUSMIL", "UKR", "actual")]
    ukraine = SAID_IT_SHELLED.replace("it it PRON:PRP nsubj 6", "Ukraine Ukraine PROPN:NNP nsubj 6 B-GPE").replace(
        "Ukrainian ukrainian ADJ:JJ amod 8 B-NORP", "Russian russian ADJ:JJ amod 8 B-NORP"
    )
    # the side shelled reports it: an accusation besides the act (events/accusations.py)
    assert events(parse(nlp, ukraine)) == [("194", "UKR", "RUS", "actual"), ("1123", "RUSMIL", "UKR", "actual")]


# -- dates -------------------------------------------------------------------------------------------
SHELLED_LAST_WEEK = """
Russia Russia PROPN:NNP nsubj 1 B-GPE
shelled shell VERB:VBD ROOT 1
Kharkiv Kharkiv PROPN:NNP dobj 1 B-GPE
last last ADJ:JJ amod 4 B-DATE
week week NOUN:NN npadvmod 1 I-DATE
. . PUNCT:. punct 1
"""

WILL_SHELL_NEXT_WEEK = """
Russia Russia PROPN:NNP nsubj 2 B-GPE
will will AUX:MD aux 2
shell shell VERB:VB ROOT 2
Kharkiv Kharkiv PROPN:NNP dobj 2 B-GPE
next next ADJ:JJ amod 5 B-DATE
week week NOUN:NN npadvmod 2 I-DATE
. . PUNCT:. punct 2
"""


@pytest.mark.parametrize(
    "table, when",
    [
        (SHELLED_LAST_WEEK, TimeRef("2023-10-09", "2023-10-15", "last week", "week")),
        (WILL_SHELL_NEXT_WEEK, TimeRef("2023-10-23", "2023-10-29", "next week", "week")),
    ],
)
def test_a_relative_week_is_counted_from_the_publication_day(nlp, table, when):
    """dates.yaml relative: "last week" is the Monday-Sunday week before the publication day
    (Monday 2023-10-16), "next week" the one after."""
    assert dates(parse(nlp, table)) == [when]


SHELLED_ON_3_MAY = """
Russia Russia PROPN:NNP nsubj 1 B-GPE
shelled shell VERB:VBD ROOT 1
Kharkiv Kharkiv PROPN:NNP dobj 1 B-GPE
on on ADP:IN prep 1
3 3 NUM:CD nummod 5 B-DATE
May May PROPN:NNP pobj 3 I-DATE
. . PUNCT:. punct 1
"""

WILL_SHELL_ON_3_MAY = """
Russia Russia PROPN:NNP nsubj 2 B-GPE
will will AUX:MD aux 2
shell shell VERB:VB ROOT 2
Kharkiv Kharkiv PROPN:NNP dobj 2 B-GPE
on on ADP:IN prep 2
3 3 NUM:CD nummod 6 B-DATE
May May PROPN:NNP pobj 4 I-DATE
. . PUNCT:. punct 2
"""


@pytest.mark.parametrize("table, day", [(SHELLED_ON_3_MAY, "2023-05-03"), (WILL_SHELL_ON_3_MAY, "2024-05-03")])
def test_a_day_and_month_without_a_year_resolves_by_the_tense(nlp, table, day):
    """ "on 3 May", published in October: the past tense means May of this year, "will" May of the
    next."""
    assert dates(parse(nlp, table)) == [TimeRef(day, None, "3 May", "day")]


ON_MONDAY = """
Russia Russia PROPN:NNP nsubj 1 B-GPE
shelled shell VERB:VBD ROOT 1
Kharkiv Kharkiv PROPN:NNP dobj 1 B-GPE
on on ADP:IN prep 1
Monday Monday PROPN:NNP pobj 3 B-DATE
. . PUNCT:. punct 1
"""


def test_a_weekday_in_a_name_is_no_date(nlp):
    """weekday_blockers: "on Monday" published on a Monday is that day; "on Black Monday" names
    something else and leaves the publication day with no date text."""
    assert dates(parse(nlp, ON_MONDAY)) == [TimeRef("2023-10-16", None, "Monday", "day")]
    black = """
Russia Russia PROPN:NNP nsubj 1 B-GPE
shelled shell VERB:VBD ROOT 1
Kharkiv Kharkiv PROPN:NNP dobj 1 B-GPE
on on ADP:IN prep 1
Black Black PROPN:NNP compound 5 B-EVENT
Monday Monday PROPN:NNP pobj 3 I-EVENT
. . PUNCT:. punct 1
"""
    assert dates(parse(nlp, black)) == [TimeRef("2023-10-16", None, None, None)]


# -- places ------------------------------------------------------------------------------------------
def test_in_a_city_is_the_place_of_a_meeting_not_its_target(nlp):
    """locative "in": "met Xi in Beijing" happened in Beijing (CHN): Xi hosts, so Putin's visit
    (042) to Xi and Xi's hosting (043) of Putin; without it the meeting has no place."""
    in_beijing = """
Putin Putin PROPN:NNP nsubj 1 B-PERSON
met meet VERB:VBD ROOT 1
Xi Xi PROPN:NNP dobj 1 B-PERSON
in in ADP:IN prep 1
Beijing Beijing PROPN:NNP pobj 3 B-GPE
. . PUNCT:. punct 1
"""
    doc = parse(nlp, in_beijing)
    assert events(doc) == [("042", "RUSGOV", "CHNGOV", "actual"), ("043", "CHNGOV", "RUSGOV", "actual")]
    assert places(doc) == ["Beijing", "Beijing"] and doc._.events[0].location["country"] == "CHN"
    no_place = """
Putin Putin PROPN:NNP nsubj 1 B-PERSON
met meet VERB:VBD ROOT 1
Xi Xi PROPN:NNP dobj 1 B-PERSON
. . PUNCT:. punct 1
"""
    assert places(parse(nlp, no_place)) == [None, None]


INVESTED_IN = """
Russia Russia PROPN:NNP nsubj 1 B-GPE
invested invest VERB:VBD ROOT 1
in in ADP:IN prep 1
Kenya Kenya PROPN:NNP pobj 2 B-GPE
. . PUNCT:. punct 1
"""


def test_in_after_invest_is_the_target_not_the_place(nlp):
    """in_is_target: "invested in Kenya" -> 061 toward Kenya, no place; "traded with Uganda in
    Kenya" did so there (with no partner named, "traded in Kenya" is no dyad: events/partnerless.py)."""
    doc = parse(nlp, INVESTED_IN)
    assert (events(doc), places(doc)) == ([("061", "RUS", "KEN", "actual")], [None])
    assert events(parse(nlp, INVESTED_IN.replace("invested invest VERB:VBD", "traded trade VERB:VBD"))) == []
    traded = """
Russia Russia PROPN:NNP nsubj 1 B-GPE
traded trade VERB:VBD ROOT 1
with with ADP:IN prep 1
Uganda Uganda PROPN:NNP pobj 2 B-GPE
in in ADP:IN prep 1
Kenya Kenya PROPN:NNP pobj 4 B-GPE
. . PUNCT:. punct 1
"""
    doc = parse(nlp, traded)
    assert (events(doc), places(doc)) == ([("061", "RUS", "UGA", "actual")], ["Kenya"])


def test_a_place_is_the_target_of_coercion_not_of_a_meeting(nlp):
    """place_target_codes: "declared a curfew in Bangkok" acts on Thailand (THA) and happened there;
    "met Putin in Geneva" names only where (with no one met, "met in Bangkok" is no dyad:
    events/partnerless.py)."""
    declared = IMPOSED_CURFEW.replace("imposed impose VERB:VBD", "declared declare VERB:VBD")
    doc = parse(nlp, declared)
    assert (events(doc), places(doc)) == ([("1723", "THAGOV", "THA", "actual")], ["Bangkok"])
    met = """
Thai thai ADJ:JJ compound 1 B-NORP
officials official NOUN:NNS nsubj 2
met meet VERB:VBD ROOT 2
in in ADP:IN prep 2
Bangkok Bangkok PROPN:NNP pobj 3 B-GPE
. . PUNCT:. punct 2
"""
    assert events(parse(nlp, met)) == []
    met_putin = """
Thai thai ADJ:JJ compound 1 B-NORP
officials official NOUN:NNS nsubj 2
met meet VERB:VBD ROOT 2
Putin Putin PROPN:NNP dobj 2 B-PERSON
in in ADP:IN prep 2
Geneva Geneva PROPN:NNP pobj 4 B-GPE
. . PUNCT:. punct 2
"""
    doc = parse(nlp, met_putin)
    assert (events(doc), places(doc)) == (
        [("040", "THAGOV", "RUSGOV", "actual"), ("040", "RUSGOV", "THAGOV", "actual")],
        ["Geneva", "Geneva"],
    )


# -- quotes ------------------------------------------------------------------------------------------
def test_a_quote_has_its_cue_and_speaker_a_scare_quote_is_none(nlp):
    """quotes: a quotation before "Erdogan said" is Erdogan's (TURGOV); one quoted word ("historic")
    is no quotation."""
    quote = """
“ “ PUNCT:`` punct 9
We we PRON:PRP nsubj 4
will will AUX:MD aux 4
not not PART:RB neg 4
accept accept VERB:VB ccomp 9
threats threat NOUN:NNS dobj 4
, , PUNCT:, punct 9
” ” PUNCT:'' punct 9
Erdogan Erdogan PROPN:NNP nsubj 9 B-PERSON
said say VERB:VBD ROOT 9
. . PUNCT:. punct 9
"""
    doc = parse(nlp, quote)
    (q,) = doc._.quotes
    assert (q.text, q.cue, q.speaker["kb_id"], q.speaker["code"]) == (
        "We will not accept threats,",
        "said",
        "recep_tayyip_erdogan",
        "TURGOV",
    )
    assert doc.text[q.span[0] : q.span[1]] == q.text
    scare = """
Officials official NOUN:NNS nsubj 1
called call VERB:VBD ROOT 1
the the DET:DT det 3
deal deal NOUN:NN dobj 1
“ “ PUNCT:`` punct 5
historic historic ADJ:JJ oprd 1
” ” PUNCT:'' punct 1
. . PUNCT:. punct 1
"""
    assert parse(nlp, scare)._.quotes == []


# -- a particle the model parses as an adverb ("stepped [down]": advmod) -------------------

STEPPED_DOWN = """
Putin Putin PROPN nsubj 1 B-PERSON
stepped step VERB:VBD ROOT 1
down down ADV advmod 1
. . PUNCT punct 1
"""

STEPPED_DOWN_THE_STAIRS = """
Putin Putin PROPN nsubj 1 B-PERSON
stepped step VERB:VBD ROOT 1
down down ADP prep 1
the the DET det 4
stairs stair NOUN pobj 2
. . PUNCT punct 1
"""

STEPPED_QUICKLY_DOWN = """
Putin Putin PROPN nsubj 1 B-PERSON
stepped step VERB:VBD ROOT 1
quickly quickly ADV advmod 1
down down ADV advmod 1
. . PUNCT punct 1
"""


def test_a_particle_parsed_as_an_adverb_right_after_the_verb_still_counts(nlp):
    """'step down' (resign, 0831) whether the parse says prt or advmod for 'down'."""
    assert [e[:2] for e in events(parse(nlp, STEPPED_DOWN))] == [("0831", "RUSGOV")]
    assert [e[:2] for e in events(parse(nlp, STEPPED_DOWN.replace("ADV advmod", "ADP prt")))] == [("0831", "RUSGOV")]


@pytest.mark.parametrize("table", [STEPPED_DOWN_THE_STAIRS, STEPPED_QUICKLY_DOWN], ids=["preposition", "not-adjacent"])
def test_down_as_a_preposition_or_a_later_adverb_is_no_particle(nlp, table):
    assert [e for e in events(parse(nlp, table)) if e[0] == "0831"] == []
