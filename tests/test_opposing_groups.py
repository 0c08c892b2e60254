"""Opponents and critics are a group of their own (agents.tsv: opponent, critic OPP, as
dissidents and the opposition are), and a relative clause saying whom the group includes names
it (actors/linker.py `_named_members`: "his critics, which include Greenpeace" are Greenpeace).
Negatives: an adjective is no group, a clause naming no actor leaves the group as it is. Sentences are invented."""

from __future__ import annotations

DAY = "2023-10-16"


def events(code, text: str, trigger: str):
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return [e for e in c.events if e.trigger.lower() == trigger]


def test_her_opponents_plans_are_aimed_at_her_opponents(code):
    (e,) = events(code, "OTTAWA - The senator agreed to back some of her opponents' plans.", "agreed")
    assert e.target["code"] == "CANOPP"


def test_critics_of_the_plan_accuse_the_government(code):
    text = "Kenya's parliament passed the bill on Friday. On Monday, critics of the bill accused the government of lying."
    (e,) = events(code, text, "accused")
    assert (e.source["code"], e.target["code"]) == ("KENOPP", "KENGOV")


def test_opponents_of_the_bill_are_a_group(code):
    text = "Kenya's parliament passed the bill on Friday. Opponents of the bill criticised the minister on Monday."
    (e,) = events(code, text, "criticised")
    assert e.source["code"] == "KENOPP"


def test_the_member_a_clause_names_stands_for_the_critics(code):
    text = "BRASILIA - The president praised farming, and his critics, which include Greenpeace, blame him."
    (e,) = events(code, text, "blame")
    assert e.source["code"].startswith("NGO")


def test_a_critical_report_is_no_group(code):
    text = "Kenya's parliament passed the bill on Friday. A critical report accused the government of lying."
    found = events(code, text, "accused")
    assert all((e.source or {}).get("sector") != "OPP" for e in found)


def test_a_clause_naming_no_actor_leaves_the_critics_a_group(code):
    text = "Brazil's president spoke on Friday. On Monday, his critics, which include many ideas, blamed the president."
    (e,) = events(code, text, "blamed")
    assert e.source["code"] == "BRAOPP"
