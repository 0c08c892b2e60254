"""Fighting a result, verdict or conviction, or fighting anything "in court", is a legal
challenge, not a use of force (triggers-verbs.yaml: fight with an object of `not_foes`, or with
"in" a court: cameo none). Sentences are invented; armed foes fought, also near a court
house, stay 190."""

from __future__ import annotations

from tests.event_rows import coded


def roots(code, text: str) -> list[str]:
    return [e[1][:2] for e in coded(code, text)]


def test_fighting_in_court_is_no_force(code):
    assert "19" not in roots(
        code, '"We will fight it in the courts and in the streets," the Zambian opposition leader said.'
    )
    assert "19" not in roots(code, "Kenya's opposition vowed to fight the ban in court.")


def test_fighting_a_result_or_verdict_is_no_force(code):
    assert "19" not in roots(code, "The Malawian opposition said it would fight the election result.")
    assert "19" not in roots(code, "The former Peruvian president will fight the verdict.")


def test_armed_foes_still_fought(code):
    assert roots(code, "Kenyan troops fought al-Shabaab militants in Lamu on Monday.") == ["19"]
    assert roots(code, "Congolese troops fought rebels near the court house in Goma.") == ["19"]
