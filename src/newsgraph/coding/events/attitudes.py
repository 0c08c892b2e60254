"""A negated attitude is another attitude, not a comment left unmade (modality.yaml
negated_attitudes): "officials said they are [not concerned] about the levees" is no pessimistic
comment (012) that did not happen, "X is [not optimistic]" no optimistic one (013). An adjective
of attitude under negation codes nothing; negated verbs keep their negated acts. Run once over a
document's coded events."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from ...model import Event
from ...rulefile import load_rules, lowered
from ...ruleschemas import ModalityRules
from ..component import char_tokens


@cache
def _codes() -> frozenset[str]:
    return lowered(load_rules(ModalityRules).negated_attitudes)


@cache
def _openings() -> frozenset[str]:
    return lowered(load_rules(ModalityRules).negated_openings)


def without_negated_attitudes(doc: Doc, events: list[Event]) -> list[Event]:
    """The events, less an adjective's negated attitude ("they are not concerned") and a negated
    closing-off that leaves an option open ("has not ruled out sanctions")."""
    return [e for e in events if not _negated_attitude(doc, e) and not _negated_opening(doc, e)]


def _negated_opening(doc: Doc, e: Event) -> bool:
    """ "Japan has not [ruled] out sanctions" (modality.yaml negated_openings): a possibility left
    open, not a rejection that did not happen."""
    if e.modality != "negated" or not e.span:
        return False
    trig = char_tokens(doc, e.span)
    if trig is None or len(trig) == 0:
        return False
    root = trig.root
    particle = next((c.lower_ for c in root.children if c.dep_ == "prt"), "")
    return f"{root.lemma_.lower()} {particle}".strip() in _openings()


def _negated_attitude(doc: Doc, e: Event) -> bool:
    if e.modality != "negated" or e.cameo not in _codes() or not e.span:
        return False
    trig = char_tokens(doc, e.span)
    return trig is not None and len(trig) > 0 and trig.root.pos_ == "ADJ"
