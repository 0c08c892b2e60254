"""An appeal or demand for an end to an act of force or coercion ("called for an end to the
killings", "a halt to the crackdown") is aimed at the one doing it, as a call for an inquiry into
it is: the act's doer, or, for a noun pointing back, the doer of the latest earlier act of that
kind (events.yaml ending_nouns, ending_preps, inquired_act_codes; events/elsewhere.py). Invented
articles; negatives: a war (two sides), an act not pointed back to, no act at all."""

from __future__ import annotations

from tests.event_rows import coded

SHOT = "Sudanese soldiers shot dead ten protesters on Monday. "
ARRESTS = "Sudanese police arrested forty students on Monday. "


def _asks(code, text):
    return [(cameo[:2], src, tgt) for _, cameo, src, tgt, _ in coded(code, text) if cameo[:2] in ("02", "10")]


def test_an_end_to_the_killings_is_asked_of_the_killers(code):
    assert _asks(code, SHOT + "The United Nations called for an end to the killings.") == [("02", "IGOUNO", "SDNMIL")]
    assert _asks(code, SHOT + "The United Nations demanded an end to the killings.") == [("10", "IGOUNO", "SDNMIL")]


def test_an_end_to_a_crackdown_or_arrests_is_asked_of_the_coercer(code):
    text = "Sudanese soldiers cracked down on protesters on Monday. The UN called for a halt to the crackdown."
    assert _asks(code, text) == [("02", "IGOUNO", "SDNMIL")]
    assert _asks(code, ARRESTS + "The United Nations called for an end to the arrests.") == [("02", "IGOUNO", "SDNCOP")]


def test_an_end_to_a_war_or_to_acts_not_pointed_back_to_names_no_one(code):
    assert _asks(code, SHOT + "The United Nations called for an end to the war.") == [("02", "IGOUNO", None)]
    assert _asks(code, ARRESTS + "The United Nations called for an end to arrests.") == [("02", "IGOUNO", None)]


def test_an_end_to_what_is_no_act_names_no_one(code):
    assert _asks(code, ARRESTS + "The United Nations called for an end to the dispute.") == [("02", "IGOUNO", None)]
    assert _asks(code, ARRESTS + "The United Nations called for an end to the strike.") == [("02", "IGOUNO", None)]
