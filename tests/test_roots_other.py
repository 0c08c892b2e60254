"""The right CAMEO root where a sentence's words are an idiom or a legal act whose plain verb
codes otherwise (triggers-verbs.yaml): a court's stay suspends an order (080 yield, not a
statement); "our thoughts go to the victims" is a condolence (018). Sentences are invented;
each positive has a negative beside it."""

from __future__ import annotations

from tests.event_rows import coded


def test_a_courts_stay_is_a_yield(code):
    text = "The Kenyan Court of Appeal issued a stay of the deportation order on Tuesday."
    assert [e[:3] for e in coded(code, text)] == [("issued", "080", "KENJUD")]
    granted = "The Kenyan Supreme Court granted the opposition leader a stay of execution."
    assert [e[1] for e in coded(code, granted) if e[0] == "granted"] == ["080"]
    # a "stay" that is a visit is no object of the entry: the bare statement, no event either
    visit = "The Kenyan minister issued a statement during his stay in London."
    assert [e[1] for e in coded(code, visit)] == []


def test_thoughts_going_to_the_victims_is_a_condolence(code):
    text = 'The Kenyan President said: "Our thoughts go out to the families of the victims in Nairobi."'
    assert [e[1:3] for e in coded(code, text)] == [("018", "KENGOV")]
    # things that "go to" someone, and thoughts with no one whose they are, are no condolence
    money = "The Kenyan President said the prize money goes to the families of the victims."
    assert [e for e in coded(code, money) if e[1] == "018"] == []
    topic = "The Kenyan President said the first thoughts go to the economy."
    assert [e for e in coded(code, topic) if e[1] == "018"] == []


def test_leaving_a_treaty_reduces_relations_with_its_partner(code):
    text = "Kenya withdrew from a trade agreement with Uganda on Monday."
    assert [e[1:4] for e in coded(code, text) if e[0] == "withdrew"] == [("160", "KEN", "UGA")]
    # a treaty with no partner named has no target
    alone = "Kenya withdrew from the trade agreement on Monday."
    assert [e[1:4] for e in coded(code, alone) if e[0] == "withdrew"] == [("160", "KEN", None)]
