"""Targets of acts that are about something (issue 13, round 2): a comment on an extraposed
clause ("considered it wrong for X to run") is about the "for X to" subject; an act on a
thing described by a topic participle ("documents relating to X's decision", events.yaml
topic_participles) is aimed at the topic's owner; a response in a relative clause ("a plan,
which they rejected") answers whoever issued the thing; a request heeded by a coordinated verb
("left X, then at Y's request returned") is aimed at that verb's subject. Each with a
near-identical negative. Sentences are invented for these tests."""

from __future__ import annotations

DAY = "2023-10-16"


def events(code, text: str, trigger: str):
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return [e for e in c.events if e.trigger.lower() == trigger]


def target_country(e) -> str | None:
    return e.target.get("country") if e.target else None


# -- a comment on an extraposed "for X to" clause -------------------------------------------
def test_comment_on_extraposed_clause_targets_the_for_subject(code):
    text = "The Kenyan president considered it wrong for Ugandan officials to visit the border."
    (e,) = events(code, text, "considered")
    assert target_country(e) == "UGA"


def test_comment_without_for_clause_has_no_such_target(code):
    # no "for X to" clause: "it" stands for nothing the sentence names as an actor
    text = "The Kenyan president considered it wrong to visit the border."
    (e,) = events(code, text, "considered")
    assert target_country(e) != "UGA"


# -- a thing about something: topic participles ------------------------------------------
def test_subpoena_for_documents_relating_to_an_owners_decision(code):
    text = "The Kenyan parliament authorized subpoenas for documents relating to the Ugandan government's decision."
    (e,) = events(code, text, "authorized")
    assert target_country(e) == "UGA"


def test_participle_that_is_no_topic_gives_no_target(code):
    # "documents leading to" is no topic participle: the decision's owner is not acted on
    text = "The Kenyan parliament authorized subpoenas for documents leading to the Ugandan government's decision."
    (e,) = events(code, text, "authorized")
    assert target_country(e) != "UGA"


# -- a response in a relative clause answers the issuer of the thing ---------------------
def test_relative_rejection_answers_the_sender_of_the_plan(code):
    text = "The Kenyan opposition sent the Ugandan police a plan, which they rejected on Monday."
    (e,) = events(code, text, "rejected")
    assert target_country(e) == "KEN"


def test_relative_rejection_of_a_thing_nobody_issued(code):
    # "found a plan": finding issues nothing, so nobody is answered
    text = "The Kenyan opposition found a plan, which the Ugandan police rejected on Monday."
    (e,) = events(code, text, "rejected")
    assert target_country(e) != "KEN"


# -- a request heeded by a coordinated verb --------------------------------------------------
def test_request_heeded_by_a_coordinated_verb_targets_its_subject(code):
    text = "Italian troops left Libya in 2012 and at the Libyan government's request returned in 2015."
    (e,) = events(code, text, "request")
    assert target_country(e) == "ITA"


def test_request_heeded_by_an_agentless_passive_has_no_target(code):
    # "were sent back at X's request": the one asked is not named
    text = "Italian troops left Libya in 2012 and were sent back at the Libyan government's request in 2015."
    (e,) = events(code, text, "request")
    assert target_country(e) != "ITA"


def test_split_fronted_phrase_is_not_the_subject(code):
    # "at the Libyan government's request returned": the request is no doer of the return
    text = "Italian troops left Libya in 2012 and at the Libyan government's request returned in 2015."
    c = code(text, DAY)
    returned = [e for e in c.events if e.trigger.lower() == "returned"]
    assert all((e.source or {}).get("country") != "LBY" for e in returned)


def test_phrase_merged_into_a_named_subject_keeps_the_subject(code):
    # "On live television Erdogan": the name heads the merged phrase and is the subject
    text = "On live television Erdogan criticised the Greek plan."
    (e,) = events(code, text, "criticised")
    assert (e.source or {}).get("country") == "TUR"


# -- a reaction to an act reported before is aimed at its doer ----------------------------
LAUNCH = "The Kenyan parliament launched a corruption investigation in May. "


def test_support_for_the_inquiry_targets_its_earlier_doer(code):
    text = LAUNCH + "On Monday, the Ugandan president voiced support for the corruption inquiry."
    (e,) = events(code, text, "voiced")
    assert target_country(e) == "KEN"


def test_support_for_an_inquiry_of_another_kind_has_no_such_target(code):
    # "the election inquiry" is not the corruption investigation reported before
    text = LAUNCH + "On Monday, the Ugandan president voiced support for the election inquiry."
    # aimed at no one: support of no one is no dyad and no event (events/partnerless.py)
    assert [target_country(e) for e in events(code, text, "voiced")] == []


def test_support_for_a_new_inquiry_has_no_such_target(code):
    # "an inquiry" does not point back
    text = LAUNCH + "On Monday, the Ugandan president voiced support for an inquiry."
    # aimed at no one: support of no one is no dyad and no event (events/partnerless.py)
    assert [target_country(e) for e in events(code, text, "voiced")] == []


def test_unbound_owner_pronoun_of_the_earlier_act_is_its_clause_subject(code):
    text = (
        "The Kenyan parliament issued a subpoena as part of its corruption investigation. "
        "On Monday, the Ugandan president voiced support for the corruption inquiry."
    )
    (e,) = events(code, text, "voiced")
    assert target_country(e) == "KEN"
