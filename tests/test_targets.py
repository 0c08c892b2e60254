"""Targets named outside the trigger entry's own phrases: the one who heeds a request ("at X's
request, Y did ..."), the recipient of a message carrying the act ("sent a letter requesting ...
to Y"), and the doer of a criticised act in a "by" phrase the parser hung elsewhere. Each with a
near-identical negative. Sentences are invented for these tests."""

from __future__ import annotations

DAY = "2023-10-16"


def events(code, text: str, trigger: str):
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return [e for e in c.events if e.trigger.lower() == trigger]


def target_code(e) -> str | None:
    return e.target.get("code") if e.target else None


def test_request_heeded_by_the_clause_subject(code):
    for text in (
        "At the Iraqi government's request, French troops returned to Iraq.",
        "French troops returned at the request of the Iraqi government.",
    ):
        (e,) = events(code, text, "request")
        assert e.source["code"] == "IRQGOV"
        assert target_code(e) == "FRAMIL"


def test_request_not_heeded_has_no_target(code):
    # the request is the subject's own, made of no one named: no target
    (e,) = events(code, "The Iraqi government made a request on Monday.", "made")
    assert e.source["code"] == "IRQGOV"
    assert e.target is None


def test_invitation_is_not_read_as_a_request(code):
    # "at the invitation of" names no asker of a request (events.yaml heeded_request_codes)
    assert not events(code, "French troops are in Iraq at the invitation of the Iraqi government.", "invitation")


def test_message_recipient_is_the_target(code):
    (e,) = events(code, "The German minister sent a letter requesting new rules to the French president.", "requesting")
    assert e.source["code"] == "DEUGOV"
    assert target_code(e) == "FRAGOV"


def test_message_without_recipient_has_no_target(code):
    (e,) = events(code, "The German minister sent a letter requesting new rules.", "requesting")
    assert e.target is None


def test_stray_by_phrase_names_the_criticised_doer(code):
    text = "Turkey condemned the recognition of Jerusalem as the capital of Israel by the United States."
    (e,) = events(code, text, "condemned")
    assert target_code(e) == "USA"


def test_without_by_phrase_the_of_owner_stays(code):
    (e,) = events(code, "Turkey condemned the recognition of Jerusalem as the capital of Israel.", "condemned")
    assert target_code(e) != "USA"


def test_passive_by_is_still_the_source(code):
    (e,) = events(code, "Turkey was condemned by the United States.", "condemned")
    assert e.source["code"] == "USA"
    assert target_code(e) == "TUR"


def test_possessor_of_an_arrest_is_the_one_arrested(code):
    (e,) = events(code, "The EU condemned the opposition leader's arrest by Russian police.", "arrest")
    assert e.source["code"] == "RUSCOP"
    assert target_code(e) == "RUSOPP"


def test_possessor_of_an_arrest_is_no_doer(code):
    # no arrester named: the arrested is not taken for the doer
    assert not events(code, "Police confirmed the Peruvian president's arrest.", "arrest")


def test_possessor_with_an_of_phrase_is_the_doer(code):
    (e,) = events(code, "Russia's arrest of the Ukrainian sailors angered Kyiv.", "arrest")
    assert e.source["code"] == "RUS"
    assert target_code(e) == "UKR"


def test_demanded_act_is_asked_of_its_possessor(code):
    (e,) = events(code, "Protesters in Peru demanded the Peruvian president's resignation.", "demanded")
    assert target_code(e) == "PERGOV"


def test_demanded_release_is_not_asked_of_the_released(code):
    (e,) = events(code, "Protesters demanded the Peruvian president's release.", "demanded")
    assert e.target is None


def test_act_against_someone_whatever_the_entry(code):
    (e,) = events(code, "China warned against interference by the United States.", "warned")
    assert target_code(e) == "USA"


def test_act_against_no_one_named(code):
    (e,) = events(code, "China warned against foreign interference.", "warned")
    assert e.target is None


# "French President Macron and Russian President Putin spoke": the parser may hang the first
# name, with its "and", inside the second's title; both still spoke, each to the other
TITLED_PAIR = """
French french ADJ amod 1 B-NORP
President President PROPN compound 8
Emmanuel Emmanuel PROPN compound 3 B-PERSON
Macron Macron PROPN appos 1 I-PERSON
and and CCONJ cc 3
Russian russian ADJ amod 6 B-NORP
President President PROPN conj 3
Vladimir Vladimir PROPN compound 8 B-PERSON
Putin Putin PROPN nsubj 9 I-PERSON
spoke speak VERB:VBD ROOT 9
on on ADP prep 9
the the DET det 12
phone phone NOUN pobj 10
. . PUNCT punct 9
"""


def test_a_person_coordinated_inside_a_title_is_a_party(nlp):
    from tests.handdoc import events as hand_events
    from tests.handdoc import parse

    got = sorted(hand_events(parse(nlp, TITLED_PAIR)))
    assert got == [("041", "FRAGOV", "RUSGOV", "actual"), ("041", "RUSGOV", "FRAGOV", "actual")]


def test_places_coordinated_in_a_title_are_no_party(nlp):
    from tests.handdoc import events as hand_events
    from tests.handdoc import parse

    table = """
Trinidad Trinidad PROPN compound 3 B-GPE
and and CCONJ cc 0 I-GPE
Tobago Tobago PROPN conj 0 I-GPE
President President PROPN compound 5
Keith Keith PROPN compound 5 B-PERSON
Rowley Rowley PROPN nsubj 6 I-PERSON
spoke speak VERB:VBD ROOT 6
on on ADP prep 6
the the DET det 9
phone phone NOUN pobj 7
with with ADP prep 6
Putin Putin PROPN pobj 10 B-PERSON
. . PUNCT punct 6
"""
    # the call is with Putin (each way), not with Tobago (a call with no one named is no dyad:
    # events/partnerless.py)
    got = hand_events(parse(nlp, table))
    assert [e[1:3] for e in got] == [("TTOGOV", "RUSGOV"), ("RUSGOV", "TTOGOV")]


def test_subject_of_a_role_noun_is_the_target_of_its_act(code):
    # "X was the target of [an attack]": the subject is the one the act was done to
    for text, trigger in (
        ("Iran was the target of a Russian cyberattack.", "cyberattack"),
        ("Iran has been the subject of French sanctions since 2015.", "sanctions"),
    ):
        (e,) = events(code, text, trigger)
        assert target_code(e) == "IRN"


def test_subject_of_another_noun_is_no_target(code):
    # "the author of an attack" is no role of the one attacked: no target read from the subject
    (e,) = events(code, "Iran was the author of a Russian cyberattack.", "cyberattack")
    assert target_code(e) != "IRN"


# -- a finite verb the parser took for an adjective: "X [murdered] gay men" (clauses.misparsed_object)
MISPARSED_OBJECT = """
Over over ADP prep 4
nine nine NUM nummod 2
years year NOUN:NNS pobj 0
, , PUNCT punct 4
Hollis Hollis PROPN nsubj 5 B-PERSON
murdered murder VERB:VBD amod 7
gay gay ADJ amod 7
men man NOUN:NNS ROOT 7
in in ADP prep 7
Canada Canada PROPN pobj 8 B-GPE
. . PUNCT punct 7
"""


def test_a_finite_verb_parsed_as_an_adjective_acts_on_its_noun(nlp):
    from newsgraph.coding.events.clauses import misparsed_object
    from tests.handdoc import events as hand_events
    from tests.handdoc import parse

    doc = parse(nlp, MISPARSED_OBJECT)
    assert misparsed_object(doc[5]) == doc[7]
    # an unnamed private person's murder of men in Canada: the men are its victims
    assert [(e[0][:2], e[2]) for e in hand_events(doc)] == [("18", "CANCVL")]


def test_a_participle_before_a_noun_describes_it(nlp):
    from newsgraph.coding.events.clauses import misparsed_object
    from tests.handdoc import parse

    # "the murdered men" (a participle, no subject of its own): no object
    table = MISPARSED_OBJECT.replace("Hollis Hollis PROPN nsubj 5 B-PERSON", "the the DET det 7").replace(
        "murder VERB:VBD", "murder VERB:VBN"
    )
    doc = parse(nlp, table)
    assert misparsed_object(doc[5]) is None
