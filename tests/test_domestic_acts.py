"""A legislature or court with no country acting on an office holder by an act a state takes
only on its own (actors.yaml domestic_acts, actors/domestic_acts.py): the body is the holder's
country's. Acts any state may take on a foreign leader, bodies of another country or of none
(IGO), and police or prosecutors say nothing. Sentences are invented; each positive has a negative."""

from __future__ import annotations

from tests.event_rows import DAY, acts


def body(code, text: str, words: str) -> str | None:
    """The code of the actor whose text is `words`."""
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    found = [a.code for a in c.actors if a.text == words]
    assert len(found) == 1, [a.text for a in c.actors]
    return found[0]


def test_an_impeachment_is_by_the_holders_own_legislature(code):
    assert acts(code, "Parliament impeached the Peruvian president on Friday.") == [("115", "PERLEG", "PER")]
    assert acts(code, "The Peruvian president was impeached by parliament.") == [("115", "PERLEG", "PER")]
    # a parliament may condemn or criticise a foreign leader: no country guessed
    assert acts(code, "Parliament condemned the Peruvian president on Friday.") == [("111", "LEG", "PER")]
    assert acts(code, "Parliament criticised the Peruvian president on Friday.") == [("111", "LEG", "PER")]


def test_an_impeachment_with_no_doer_named_is_the_holders_states(code):
    # the implied body (events.yaml implied_agents) takes the impeached holder's country
    assert acts(code, "The Peruvian president was impeached on Friday.") == [("115", "PERGOV", "PER")]
    # an arrest is no domestic act: a foreign leader may be arrested abroad, no country guessed
    assert acts(code, "The Peruvian president was arrested on Friday.") == [("173", "COP", "PER")]


def test_a_censure_is_by_the_holders_own_legislature(code):
    assert acts(code, "The legislature censured the Argentine foreign minister.") == [("111", "ARGLEG", "ARG")]
    # the act is on the minister's claims, not on the minister: no country
    assert [a[1] for a in acts(code, "Parliament dismissed the Argentine foreign minister's claims.")] == ["LEG"]


def test_a_court_removing_a_prime_minister_is_that_countrys(code):
    assert body(code, "The constitutional court removed the Thai prime minister.", "The constitutional court") == "THAJUD"
    assert body(code, "Lawmakers voted to oust the Peruvian president.", "Lawmakers") == "PERLEG"
    # a court acquitting or trying a foreign leader may be a foreign court: no country guessed
    assert body(code, "The court acquitted the Thai prime minister.", "The court") == "JUD"


def test_bodies_with_their_own_country_or_none_keep_it(code):
    assert acts(code, "The US Senate impeached the Peruvian president.") == [("115", "USALEG", "PER")]
    assert acts(code, "The European Parliament censured the Argentine foreign minister.") == [
        ("111", "IGOEUR", "ARG")
    ]
    # prosecutors charge foreign leaders too: no country from the one charged
    assert [a[1] for a in acts(code, "Prosecutors charged the former Peruvian president.")] == ["JUD"]
