"""Speech acts in the shapes news writes them (issue 13): an act carried by a message ("posted a
message on Twitter blaming X", "a letter urging X"), done by means of something ("used Twitter to
thank X"), a predicate in quotes ("called the plan "lousy""), a demand as a mandative clause
("insisted that X pay") or an order to go or stop ("told X to leave"). Sentences are invented;
each rule has a negative beside it."""

from __future__ import annotations

import pytest

DAY = "2023-10-16"


def triples(code, text: str, trigger: str) -> list[tuple[str, str | None, str | None]]:
    """(cameo, source code, target country) of the events with this trigger word."""
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return [
        (e.cameo, (e.source or {}).get("code"), (e.target or {}).get("country"))
        for e in c.events
        if e.trigger.lower() == trigger.lower()
    ]


# -- the author of a message, never its medium or recipient ---------------------------------------
@pytest.mark.parametrize(
    "text, trigger, expected",
    [
        (
            "The Dutch foreign minister posted a message on Twitter blaming Russia for the crash.",
            "blaming",
            ("112", "NLDGOV", "RUS"),
        ),
        (
            "The Dutch minister sent a letter to the United Nations that urged Russia to release the prisoners.",
            "urged",
            ("0253", "NLDGOV", "RUS"),
        ),
        ("The Kenyan president used Twitter to thank Ethiopia for its help.", "thank", ("051", "KENGOV", "ETH")),
    ],
)
def test_a_message_or_means_carries_its_authors_act(code, text, trigger, expected):
    assert triples(code, text, trigger) == [expected]


@pytest.mark.parametrize(
    "text, trigger",
    [
        # a clause describing a recipient that is not a message's: background, as before
        ("The Dutch minister sent troops to the city that attacked Russia.", "attacked"),
        # a participle naming the message ("signed by") is no act of the message
        ("The Dutch minister posted a letter signed by Russian officials.", "signed"),
    ],
)
def test_no_message_no_author(code, text, trigger):
    assert all(s != "NLDGOV" for _, s, _ in triples(code, text, trigger))


def test_the_purpose_of_a_means_is_not_a_second_act(code):
    # "used tear gas to disperse": one act (175), not the act and its purpose
    c = code("Police used tear gas to disperse Kenyan protesters.", DAY)
    assert [e.cameo for e in c.events] == ["175"]


# -- a quoted predicate the parser hangs on the object ---------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ('The Kenyan president called the Somali proposal "lousy".', ("111", "KENGOV", "SOM")),
        ('The Kenyan president called Somalia\'s decision "a disgrace".', ("111", "KENGOV", "SOM")),
    ],
)
def test_a_quoted_word_of_disapproval_is_criticism(code, text, expected):
    assert expected in triples(code, text, "called")


@pytest.mark.parametrize(
    "text",
    [
        'The Kenyan president called the Somali proposal "new".',
        'The Kenyan president called Somalia\'s envoy "a veteran".',
    ],
)
def test_a_quoted_neutral_word_is_no_criticism(code, text):
    assert triples(code, text, "called") == []


# -- insisting that another actor act; telling another actor to go or stop -------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The German chancellor insisted that Poland pay its debts.", ("100", "DEUGOV", "POL")),
        ("The German chancellor insisted that Poland must pay its debts.", ("100", "DEUGOV", "POL")),
    ],
)
def test_insisting_on_another_actors_act_is_a_demand(code, text, expected):
    assert triples(code, text, "insisted") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The German chancellor insisted that Poland had paid its debts.",  # a statement of fact
        "The German chancellor insisted that Germany is innocent.",  # a denial, not a demand
        "The German chancellor insisted that we must pay our debts.",  # the speaker's own
    ],
)
def test_insisting_on_a_fact_is_no_demand(code, text):
    assert triples(code, text, "insisted") == []


def test_telling_another_actor_to_stop_is_a_demand(code):
    assert triples(code, "The Iranian president told the Americans to stop interfering.", "told") == [
        ("100", "IRNGOV", "USA")
    ]


def test_telling_another_actor_what_to_expect_is_no_demand(code):
    assert triples(code, "The Iranian president told the Americans to expect a decision.", "told") == []


# -- requests issued and declined -------------------------------------------------------------------
def test_declining_a_request_is_a_rejection_of_its_owner(code):
    assert triples(code, "The Ethiopian embassy declined the Kenyan request.", "declined") == [("120", "ETHGOV", "KEN")]


def test_declining_to_comment_is_no_rejection(code):
    assert [c for c, _, _ in triples(code, "The Ethiopian embassy declined to comment.", "declined")] == ["011"]


def test_issuing_a_request_is_an_appeal(code):
    got = triples(code, "The Kenyan parliament issued a request for documents from the Ethiopian embassy.", "issued")
    assert got == [("020", "KENLEG", "ETH")]


def test_issuing_a_report_is_no_appeal(code):
    got = triples(code, "The Kenyan parliament issued a report on the Ethiopian embassy.", "issued")
    assert all(c != "020" for c, _, _ in got)
