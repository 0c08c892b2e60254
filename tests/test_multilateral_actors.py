"""Compound actors, multilateral meetings and joint acts (GUIDELINE "Actors: compound actors",
"Events: meetings"), on invented sentences, each beside a negative."""

from __future__ import annotations

import pytest


def pairs(result, root: str | None = None) -> set[tuple]:
    return {
        ((e.source or {}).get("country"), (e.target or {}).get("country"), e.cameo)
        for e in result.events
        if root is None or e.cameo.startswith(root)
    }


def sources(result, root: str) -> set:
    return {(e.source or {}).get("country") for e in result.events if e.cameo.startswith(root)}


# -- lists --------------------------------------------------------------------------------
def test_group_including_members_is_each_member(code):
    r = code("Several countries including Kenya and Uganda have condemned the coup.")
    assert sources(r, "11") == {"KEN", "UGA"}


def test_group_such_as_members_is_each_member(code):
    r = code("Countries such as Kenya and Uganda have condemned the coup.")
    assert sources(r, "11") == {"KEN", "UGA"}


def test_actor_with_an_including_phrase_stays_itself(code):
    # negative: a named actor with "including" keeps its own identity
    r = code("Kenya condemned the coup, including the arrests.")
    assert sources(r, "11") == {"KEN"}


def test_list_under_an_apposition_keeps_every_member(code):
    r = code(
        "Condemnation came from Arab League chief Ahmed Aboul Gheit, President Emmanuel Macron, "
        "and a spokesman for President Vladimir Putin."
    )
    assert {"EGY", "RUS"} <= sources(r, "11")


def test_titled_list_of_names_with_their_countries(code):
    r = code("Presidents William Ruto of Kenya and Samia Suluhu of Tanzania signed the agreement.")
    assert {"KEN", "TZA"} <= sources(r, "05")


def test_a_single_titled_name_is_one_actor(code):
    r = code("President William Ruto of Kenya signed the agreement with Uganda.")
    assert sources(r, "05") == {"KEN"}


# -- joint acts "between A and B" -----------------------------------------------------------
def test_meeting_between_two_parties_arranged_by_a_third(code):
    r = code("Qatar facilitated a meeting between Sudan and Chad.")
    assert ("SDN", "TCD", "040") in pairs(r) and ("TCD", "SDN", "040") in pairs(r)
    # the arranger is no party to the meeting; it mediates (045) between the two (mediators.py)
    assert not any("QAT" in p[:2] for p in pairs(r, "04") if p[2] != "045")
    assert {("QAT", "SDN", "045"), ("QAT", "TCD", "045")} <= pairs(r)


def test_meeting_with_a_party_keeps_the_subject_as_party(code):
    # negative: "with" names the other party, the subject is the first
    r = code("Qatar held talks with Sudan.")
    assert ("QAT", "SDN", "040") in pairs(r)


# -- multilateral meetings --------------------------------------------------------------------
def test_members_summit_visitors_named_in_its_clause(code):
    r = code(
        "Leaders of East African Community member states met in Kigali, Rwanda's capital, for a summit "
        "where Presidents William Ruto of Kenya and Samia Suluhu of Tanzania signed a treaty."
    )
    p = pairs(r, "04")
    assert {("KEN", "RWA", "042"), ("TZA", "RWA", "042"), ("RWA", "KEN", "043"), ("RWA", "TZA", "043")} <= p
    assert not any({a, b} == {"KEN", "TZA"} for a, b, _ in p)  # visitors are not coded with each other


def test_members_meeting_without_named_members_codes_no_visits(code):
    r = code("Leaders of East African Community member states met in Kigali, Rwanda's capital, for a summit.")
    assert not any(c in ("042", "043") for _, _, c in pairs(r))


@pytest.mark.parametrize(
    ("text", "visits"),
    [
        ("The presidents of Kenya, Uganda and Rwanda met in Nairobi on Monday.", True),
        ("The presidents of Uganda and Rwanda met in Geneva on Monday.", False),
    ],
)
def test_host_only_for_a_party_of_the_place_or_a_multilateral_meeting(code, text, visits):
    assert any(c == "042" for _, _, c in pairs(code(text))) is visits


def test_no_one_visits_their_own_country(code):
    r = code("The presidents of Kenya, Uganda and Rwanda met in Nairobi on Monday.")
    assert not any(a == b for a, b, _ in pairs(r, "04"))
