"""Compound actors (GUIDELINE: "'Russia and China condemned' gives one event per actor; the same
for compound targets"): a subject "neither X nor Y" denies the act to each of them
(events/negated_subject.py), and a country coordinated with an organisation ("Israel and Hamas",
which `conjuncts` keeps apart as names of two kinds) is each a doer (phrase_actors.py
`_members`). Invented sentences, each beside a negative."""

from __future__ import annotations

from tests.event_rows import acts, coded


def _moods(code, text: str) -> set[tuple[str, str | None, str]]:
    return {(cameo, src, mood) for _, cameo, src, _, mood in coded(code, text)}


def test_neither_nor_negates_each_source(code):
    assert _moods(code, "Neither Russia nor China endorsed the French plan.") == {
        ("051", "RUS", "negated"),
        ("051", "CHN", "negated"),
    }
    # negative: a plain compound subject reports the act as done
    assert _moods(code, "Russia and China endorsed the French plan.") == {("051", "RUS", "actual"), ("051", "CHN", "actual")}


def test_neither_nor_with_would_is_negated_not_hypothetical(code):
    got = _moods(code, "Neither Russia nor China would endorse the French plan.")
    assert got == {("051", "RUS", "negated"), ("051", "CHN", "negated")}


def test_neither_nor_agent_phrases(code):
    got = _moods(code, "Neither the Kenyan government nor the opposition praised the Ugandan deal.")
    assert got == {("051", "KENGOV", "negated"), ("051", "KENOPP", "negated")}


def test_denying_subject_of_another_clause_leaves_the_act(code):
    # "no group" is the subject of the first clause only: the threats were made
    got = coded(code, "No group claimed the attack, but Iraqi militias had made threats against Israel.")
    assert [(c, m) for _, c, _, _, m in got if c.startswith("13")] == [("130", "actual")]


def test_country_and_organisation_are_each_a_source(code):
    got = {(c, s) for c, s, _ in acts(code, "Israel and Hamas signed a truce on Monday.")}
    assert got == {("0871", "ISR"), ("0871", "PSEREB")}
    got = {(c, s) for c, s, _ in acts(code, "The United States and the European Union condemned the coup.")}
    assert got == {("111", "USA"), ("111", "IGOEUR")}


def test_country_and_organisation_between(code):
    got = {(c, s, t) for c, s, t in acts(code, "Talks between Israel and Hamas took place in Cairo on Monday.")}
    assert ("040", "ISR", "PSE") in got and ("040", "PSEREB", "ISR") in got


def test_one_name_with_and_is_one_actor(code):
    # negatives: a country or a body whose name holds "and" is one actor
    for text, src in (
        ("Trinidad and Tobago condemned the coup.", "TTO"),
        ("Bosnia and Herzegovina condemned the coup.", "BIH"),
    ):
        assert acts(code, text) == [("111", src, None)]
    assert len(acts(code, "The Ministry of Trade and Industry condemned the coup.")) == 1


def test_actor_and_non_actor(code):
    # negative: "the weather" is no actor, and no second event comes of it
    assert len(acts(code, "The army and the weather slowed the rescue.")) <= 1
