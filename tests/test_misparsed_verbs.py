"""Verbs the small parser misread, mended before the events stage (events/misparsed_verbs.py): a
sentence's only verb hung as an adjective of its object, and a verb with a hyphenated prefix
split into three words. Invented sentences, each with a negative."""

from __future__ import annotations

from tests.event_rows import acts, coded


def test_only_verb_read_as_adjective_of_its_object_is_the_verb(code):
    # "relinquished" / "ceded" parsed as an amod of the root "control", "the French" its sibling
    assert ("080", "FRA", "TUN") in acts(code, "The French relinquished control of the port to Tunisia in 1963.")
    assert ("080", "GBR", "KEN") in acts(code, "In 1963, the British ceded control of the colony to Kenya.")


def test_participle_before_a_noun_in_a_sentence_with_a_verb_stays_an_adjective(code):
    assert [r for r in acts(code, "The relinquished territory was returned to Egypt on Monday.") if r[0] == "080"] == []
    got = acts(code, "The Israeli occupied territories remained calm on Monday.")
    assert [r for r in got if r[0].startswith("19")] == []


def test_co_prefixed_verb_split_by_the_hyphen_is_the_verb(code):
    got = coded(code, "Senator Mary Okafor co-sponsored the bill with two Democrats on Monday.")
    assert [(t, c) for t, c, *_ in got] == [("sponsored", "051")]
    got = coded(code, "The resolution was co-sponsored by Senator Mary Okafor on Monday.")
    assert [(t, c) for t, c, *_ in got] == [("sponsored", "051")]


def test_co_sponsored_bill_as_a_modifier_is_no_act(code):
    got = coded(code, "A co-sponsored bill was debated in the Senate on Monday.")
    assert [r for r in got if r[1] == "051"] == []


def test_re_and_co_prefixed_verbs_are_the_verb_with_its_subject(code):
    assert ("081", "KEN", "SOM") in acts(code, "Kenya re-opened its border with Somalia on Monday.")
    assert ("043", "FRA", "DEU") in acts(code, "France co-hosted the summit with Germany on Monday.")
