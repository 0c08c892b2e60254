"""Power handed over or taken by force, as background events an article states (issue 14,
GUIDELINE "including background events it states explicitly"): control handed over or ceded to
another state (080), a coup that removes a country's own leader (170, its doers that country's
forces: coups.py), a foreign or armed force that ousts a leader (190). Each beside a negative;
sentences are invented."""

from __future__ import annotations

import pytest

from tests.trigger_checks import code_of, events


def found(nlp, text: str, trigger: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [
        (e.cameo, code_of(e.source), code_of(e.target), e.date)
        for e in events(nlp, text)
        if e.trigger.lower() == trigger.lower()
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # yield: the one giving up control is the source, the one receiving it the target
        ("Portugal handed over control of Macau to China in 1999.", "handed", ("080", "PRT", "CHN", "1999")),
        (
            "Britain relinquished control of the islands to Mauritius in 2025.",
            "relinquished",
            ("080", "GBR", "MUS", "2025"),
        ),
        # a coup removes a country's own leader: that country's forces coerce its government
        ("A military coup ousted the prime minister of Fiji in 2006.", "ousted", ("170", "FJIMIL", "FJIGOV", "2006")),
        ("An army coup toppled Mali's president in 2012.", "toppled", ("170", "MLIMIL", "MLIGOV", "2012")),
        # a foreign-led force that ousts a leader fights his country
        ("A French-led coalition overthrew Muammar Gaddafi.", "overthrew", ("190", "FRA", "LBYGOV", None)),
    ],
)
def test_power_taken_or_handed_over(nlp, text, trigger, expected):
    got = found(nlp, text, trigger)
    assert got, text
    cameo, source, target, year = expected
    e = got[0]
    assert e[0] == cameo
    assert e[1] == source
    assert e[2] == target
    if year is not None:
        assert (e[3] or "").startswith(year)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # not political: a firm's unit, a sports team, a tournament, a board's vote
        # a firm's act with no one political acted on is private (events/non_actors.py)
        ("The company handed over control of its unit to a buyer in 2019.", "handed"),
        ("The coach was ousted from the tournament in 2010.", "ousted"),
        ("Shareholders ousted the chief executive in 2015.", "ousted"),
        ("The storm toppled trees across the region.", "toppled"),
        ("The court removed the judge from the case.", "removed"),
    ],
)
def test_not_a_transfer_of_power(nlp, text, trigger):
    assert not found(nlp, text, trigger), text


def test_coup_clause_followed_by_a_relative_clause(nlp):
    # the parser hangs "removed" under "coup"; the relative clause's verb is no other main verb
    got = found(
        nlp, "A military coup removed the president of Niger in 2010, which brought a general to power.", "removed"
    )
    assert got and got[0][:3] == ("170", "NERMIL", "NERGOV")


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # a junta the text places in its country acts for that country, whoever its act is aimed at
        ("Guinea's junta expelled the Belgian ambassador on Monday.", "expelled", "GIN"),
        ("The junta in Chad expelled the German ambassador.", "expelled", "TCD"),
        # one the text gives no country is still the forces of the country whose leader it ousted
        ("The junta ousted the prime minister of Sudan.", "ousted", "SDNMIL"),
    ],
)
def test_a_junta_named_with_its_country(nlp, text, trigger, source):
    got = found(nlp, text, trigger)
    assert got and (got[0][1] or "").startswith(source), (text, got)


def test_after_clause_shares_the_year(nlp):
    got = found(nlp, "A new government was formed in 2011 after NATO forces toppled Muammar Gaddafi.", "toppled")
    assert got and (got[0][3] or "").startswith("2011")


@pytest.mark.parametrize(
    "text",
    [
        # a day is too fine a date for what came before it; a "before" clause is later
        "A new government was formed on 5 May 2011 after NATO forces toppled Muammar Gaddafi.",
        "A new government was formed in 2011 before NATO forces toppled Muammar Gaddafi.",
    ],
)
def test_after_clause_year_only(nlp, text):
    got = found(nlp, text, "toppled")
    assert got and not (got[0][3] or "").startswith("2011")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one a place fell to, or under whose control it fell, took it: the doer, as a passive's
        ("The capital, Kabul, fell under Taliban control in 1996.", ("192", "AFG", "AFG", "1996")),
        ("The town fell to the rebels in 2013.", ("192", None, None, "2013")),
    ],
)
def test_a_place_fell_to_its_taker(nlp, text, expected):
    got = found(nlp, text, "fell")
    assert got, text
    cameo, source, target, year = expected
    assert got[0][0] == cameo
    if source:
        assert (got[0][1] or "").startswith(source) and (got[0][2] or "").startswith(target)
    assert (got[0][3] or "").startswith(year)


@pytest.mark.parametrize(
    "text",
    [
        "Prices fell to a record low in 2014.",
        "The team fell under new management in 2012.",
        "Responsibility for the budget fell to the minister.",
        "The soldier fell to his death from the bridge.",
    ],
)
def test_falling_is_no_taking(nlp, text):
    assert not found(nlp, text, "fell"), text


def test_allied_in_war_and_the_fighting(nlp):
    # "had been allied with": the passive states a tie its subject is party to (ties.py); in a war
    # it is military cooperation (062), and the gerund's fighting is the allied side's (190)
    text = "Russia had been allied with Iran in fighting the rebels."
    assert found(nlp, text, "allied")[0][1:3] == ("RUS", "IRN")
    war = "France had been allied with Britain in the war against Germany."
    assert found(nlp, war, "allied")[0][:3] == ("062", "FRA", "GBR")
    fight = found(nlp, text, "fighting")
    assert fight and fight[0][:2] == ("190", "RUS")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a lasting tie in the present is no act (GUIDELINE: lasting states)
        ("Russia is allied with Iran.", "allied"),
        # a gerund after "for ... in" on a passive verb: not the praised one's own clause doer
        ("Police were praised for their role in arresting the gang.", "arresting"),
    ],
)
def test_no_tie_act(nlp, text, trigger):
    assert not found(nlp, text, trigger), text
