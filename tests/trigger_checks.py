"""Checks shared by the trigger-vocabulary tests: code a news-style sentence and look at
the event of one trigger word."""

from __future__ import annotations

from newsgraph.pipeline import code_article

from newsgraph.coding.events.lexicon import NO_EVENT, rules
from newsgraph.coding.events.matching import Matcher

DATE = "2024-03-01"


def events(nlp, text: str):
    c = code_article(text, date=DATE, nlp=nlp)
    assert c.article.status == "ok", c.article.error
    return c.events


def code_of(actor: dict | None) -> str | None:
    return None if actor is None else actor.get("code")


def check(nlp, text: str, trigger: str, cameo: str, source: str | None, target: str | None) -> None:
    """The trigger's event has this code and source (and target, when one is given)."""
    e = one(nlp, text, trigger)
    assert e.cameo == cameo
    assert code_of(e.source) == source
    if target:
        assert code_of(e.target) == target


def one(nlp, text: str, trigger: str):
    found = [e for e in events(nlp, text) if e.trigger.lower() == trigger.lower()]
    assert found, f"no {trigger!r} event in {text!r}"
    return found[0]


def entry(nlp, text: str, word: str) -> str | None:
    """The code of the verb entry that holds at `word` (None: no entry holds or it vetoes);
    whether a source is found is the coder's business."""
    triggers, words = rules()
    m = Matcher(triggers, words)
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    trig = m.match(tok, triggers.get((tok.lemma_.lower(), "verb"), []))
    return None if trig is None or trig.cameo == NO_EVENT else trig.cameo
