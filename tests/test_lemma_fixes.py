"""Verb forms the statistical lemmatizer gets wrong ("staged" -> "stag", "waged" -> "wag",
"raped" -> "rap", "retook" tagged as a base form) get their own lemma in the pipeline
(data/rules/lemmas.yaml, coding/lemmas.py), so the trigger entries of "stage", "wage", "rape",
"retake" code them with no alias entries; nouns of the same spelling keep the noun's lemma.
Invented sentences, with negatives."""

from __future__ import annotations

import pytest

from newsgraph.rulefile import load_rules
from newsgraph.ruleschemas import LemmaRules
from tests.event_rows import coded


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Farmers staged a sit-in outside the ministry.", "staged", "stage"),
        ("Students are staging a march in the capital.", "staging", "stage"),
        ("The group stages a rally every year.", "stages", "stage"),
        ("The militia waged a long war against the state.", "waged", "wage"),
        ("The army is waging a campaign in the hills.", "waging", "wage"),
        ("Two girls were raped in the camp.", "raped", "rape"),
        ("The minister said she hoped to visit soon.", "hoped", "hope"),
        ("Clashes raged for three days.", "raged", "rage"),
        ("The senator lambasted the new budget.", "lambasted", "lambaste"),
        ("Government forces retook the port.", "retook", "retake"),
        ("A court fined the newspaper for libel.", "fined", "fine"),
        ("The election is slated for March.", "slated", "slate"),
    ],
)
def test_verb_forms_get_their_own_lemma(nlp, text, word, lemma):
    tok = next(t for t in nlp(text) if t.lower_ == word)
    assert tok.lemma_ == lemma


def test_nouns_of_the_same_spelling_keep_the_noun_lemma(nlp):
    doc = nlp("Their hopes rose as wages were paid in stages.")
    assert {t.lower_: t.lemma_ for t in doc if t.pos_ == "NOUN"} == {"hopes": "hope", "wages": "wage", "stages": "stage"}


def test_every_form_is_read_from_the_rule_file():
    rules = load_rules(LemmaRules)
    assert rules.verb_lemmas["staged"] == "stage" and "VBD" in rules.verb_tags


def _codes(code, text: str, trigger: str) -> list[str]:
    return [c for w, c, _, _, _ in coded(code, text) if w.lower() == trigger]


def test_staged_a_protest_waged_war_was_raped_still_code(code):
    assert _codes(code, "Opposition supporters staged a protest against the government in Nairobi.", "staged") == ["141"]
    assert _codes(code, "The rebels waged war on the Malian government in the north.", "waged") == ["190"]
    assert _codes(code, "A woman was raped by soldiers in Goma on Monday.", "raped") == ["1821"]
    assert _codes(code, "Malian troops retook the town of Kidal from the rebels on Sunday.", "retook") == ["192"]


def test_look_alikes_are_no_event(code):
    assert _codes(code, "The national theatre in Nairobi staged a new play on Monday.", "staged") == []
    assert coded(code, "Workers' wages in Kenya rose in stages last year.") == []
    assert _codes(code, "The singer rapped about life in Nairobi at the concert.", "rapped") == []
