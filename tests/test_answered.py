"""Whom an answering act is aimed at when its own phrases name no one (events/answered.py): a
refusal answers the ask its sentence reports of the refuser; a court's verdict of unlawfulness is
against the owner of the act it judges, else, for an act only a state does, the government of the
court's country. Sentences are invented; each positive has a negative."""

from __future__ import annotations

from tests.event_rows import coded


def _on(code, text: str, trigger: str) -> list[tuple[str, str | None, str | None]]:
    """(cameo, source code, target code) of the events on one trigger word."""
    return [(e[1], e[2], e[3]) for e in coded(code, text) if e[0] == trigger]


def test_a_refusal_answers_the_ask_made_of_the_refuser(code):
    text = "The Kenyan government asked Judge Otieno to delay his ruling, but he declined."
    assert _on(code, text, "declined") == [("120", "KENJUD", "KENGOV")]
    assert _on(code, "Russia asked Turkey to extradite the suspect, but Turkey refused.", "refused") == [
        ("120", "TUR", "RUS")
    ]
    # the one who refuses was not the one asked: no ask answered
    text = "The Kenyan government asked Judge Otieno to delay his ruling, but the opposition refused."
    assert _on(code, text, "refused") == [("120", "KENOPP", None)]
    # an ask made of someone else, inside the refused thing, is not answered
    text = "Russia refused to attend the talks that China had asked Iran to join."
    assert _on(code, text, "refused") == [("120", "RUS", None)]


def test_a_verdict_of_unlawfulness_is_against_the_state_whose_act_it_judges(code):
    text = "The Kenyan government suspended parliament. The Kenyan High Court found the prorogation to be unlawful."
    assert _on(code, text, "found") == [("116", "KENJUD", "KENGOV")]
    text = "The Kenyan High Court ruled on Monday that the detention of the journalists was illegal."
    assert _on(code, text, "ruled") == [("116", "KENJUD", "KENGOV")]
    # a pointing "it": the matter the ruling was on
    text = "On Wednesday the Kenyan High Court issued a ruling on the suspension of parliament, finding it unlawful."
    assert _on(code, text, "finding") == [("116", "KENJUD", "KENGOV")]
    # a private act names no state
    assert _on(code, "The Kenyan High Court found the strike to be unlawful.", "found") == [("116", "KENJUD", None)]
    # the pointing "it" with no matter named points at nothing
    assert _on(code, "The Kenyan High Court found it to be unlawful.", "found") == [("116", "KENJUD", None)]


def test_a_violation_a_court_finds_is_its_finding_against_the_violator(code):
    text = (
        "Kenyan police arrested Peter Mwangi in May. "
        "A Kenyan judge later determined Mwangi had lied and violated the plea deal."
    )
    assert _on(code, text, "violated") == [("116", "KENJUD", "KEN")]
    text = "A Kenyan judge ruled the interior minister's decree violated the Kenyan Constitution."
    assert _on(code, text, "violated") == [("116", "KENJUD", "KENGOV")]
    # found by no court, or only said: the violation stays the violator's act
    text = "A Kenyan human rights group found the police had violated the law."
    assert _on(code, text, "violated") == [("128", "KENCOP", None)]
    text = "The Kenyan opposition said the president had violated the Constitution."
    assert _on(code, text, "violated") == [("128", "KENGOV", None)]
    # a violation the court finds did not happen is no finding against anyone
    text = "Kenyan police arrested Peter Mwangi in May. A Kenyan judge ruled Mwangi had not violated the deal."
    assert [e[0] for e in _on(code, text, "violated")] == ["128"]
