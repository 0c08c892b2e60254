"""A bare quantifier subject ("Some", "Many", "Others") is part of the group the sentence before
names when that is one body or group of people of one country (events.yaml quantifier_subjects,
events/quantified.py); a quantifier with its own "of" phrase is the group it names (group_nouns).
Invented sentences, each beside a negative: no group before, or a person or a country, gives no one."""

from __future__ import annotations

from tests.event_rows import acts


def _of(code, text, prefix):
    return [(c, s, t) for c, s, t in acts(code, text) if c.startswith(prefix)]


def test_some_after_a_group_of_lawmakers_are_those_lawmakers(code):
    got = _of(code, "Indian lawmakers debated the bill on Monday. Many criticised the prime minister.", "11")
    assert got == [("111", "INDLEG", "IND")]
    got = _of(code, "Indian lawmakers debated the bill on Monday. Some called for new elections.", "02")
    assert [s for _, s, _ in got] == ["INDLEG"]


def test_a_partitive_names_its_own_group(code):
    got = _of(code, "Several of the Nigerian senators criticised the bill on Monday.", "11")
    assert [s for _, s, _ in got] == ["NGALEG"]


def test_no_group_before_gives_no_doer(code):
    # a country, a person, or no actor as the sentence before's subject: no one is invented
    assert _of(code, "Russia attacked Ukraine on Monday. Some condemned the attack.", "11") == []
    assert _of(code, "President Putin visited China on Monday. Many criticised the trip.", "11") == []
    assert _of(code, "The debate on the bill was long. Some criticised the prime minister.", "11") == []
