"""A court that brings or refers a case or question to another court asks it to rule: an appeal for
judicial cooperation (CAMEO 0213, rules/triggers-verbs.yaml bring/refer with a court subject), not
a lawsuit of its own (115). Sentences are invented; each positive has a negative beside it."""

from __future__ import annotations

from tests.event_rows import coded


def test_a_court_referring_a_case_asks_the_other_court(code):
    text = "The Austrian Supreme Court brought the case before the European Court of Justice."
    assert [e[:4] for e in coded(code, text)] == [("brought", "0213", "AUTJUD", "IGOEUR")]
    text = "The Austrian Supreme Court referred the question to the European Court of Justice."
    assert [e[:4] for e in coded(code, text)] == [("referred", "0213", "AUTJUD", "IGOEUR")]


def test_a_party_bringing_a_case_sues(code):
    text = "Austrian politician Eva Glawischnig brought a case against the Austrian government."
    assert [e[:4] for e in coded(code, text)] == [("brought", "115", "AUTPTY", "AUTGOV")]  # a politician: PTY
    # a court sending a person to a doctor asks no court for anything
    assert coded(code, "The Austrian court referred the suspect to a psychiatrist.") == []
