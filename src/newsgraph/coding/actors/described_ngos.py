"""An international NGO named again by a description: "Amnesty International called for an
inquiry. [The rights group] said police had beaten detainees." Wire style names such a group
once and then describes it ("the rights group", "the London-based rights group"). A definite
description of that kind (a head of actors.yaml `context.group_nouns`, an NGO-like sector) with
no country of its own words stands for the last international NGO (code NGO...) named in its
sentence or the one before; with none, or with a country of its own ("an Egyptian rights
group"), it stays a group of the country its context gives (context.py)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from spacy.tokens import Doc, Token

from ...model import Actor

# the sectors of a description an NGO is named again by ("the rights group": HRI)
_DESCRIBED_SECTORS = frozenset({"HRI", "NGO"})
# how an organisation the NGO is named by was found
_ORG_HOWS = frozenset({"kb:org", "context:org"})


class _Mention(Protocol):
    actor: Actor
    tokens: list[int]

    @property
    def first(self) -> int: ...


def described_ngos(doc: Doc, found: Sequence[_Mention], group_nouns: frozenset[str]) -> None:
    """Give each such description (in `found`, the Doc's actors in text order) the NGO it names
    again, in place."""
    for k, f in enumerate(found):
        a = f.actor
        if a.country or a.how != "context:agent" or a.sector not in _DESCRIBED_SECTORS:
            continue
        head = _head(doc, f)
        if head.lemma_.lower() not in group_nouns or head.tag_ != "NN":
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            continue
        lo = head.sent.start
        if lo > 0:
            lo = doc[lo - 1].sent.start
        ante = next(
            (
                g.actor
                for g in reversed(found[:k])
                if g.first >= lo and (g.actor.code or "").startswith("NGO") and g.actor.how in _ORG_HOWS
            ),
            None,
        )
        if ante is not None:
            a.kb_id, a.name, a.sector, a.code = ante.kb_id, ante.name, ante.sector, ante.code
            a.resolved_by = "pronoun"


def _head(doc: Doc, f: _Mention) -> Token:
    """The mention's head word: the one whose head lies outside it."""
    tokens = set(f.tokens)
    return next((doc[i] for i in f.tokens if doc[i].head.i not in tokens or doc[i].head.i == i), doc[f.first])
