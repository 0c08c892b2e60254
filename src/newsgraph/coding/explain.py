"""`newsgraph explain`: why a sentence was or was not coded.

Codes one text with the same pipeline as `code`, asking the events stage to record,
for every word that has trigger entries, which entry matched and what happened (coded,
no entry's conditions held, no source actor, left to a verb), and lists the verbs
that have no trigger entry at all, so a user sees which rule to add or fix.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language

from ..model import Actor, ArticleInput, CodedArticle
from .pipeline import DocContext, merge_docs, new_doc


@dataclass
class Explanation:
    coded: CodedArticle
    tokens: list[dict[str, Any]] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    triggers: list[dict[str, Any]] = field(default_factory=list)
    verbs_without_entries: list[str] = field(default_factory=list)


def explain(text: str, nlp: Language, date: str | None = None) -> Explanation:
    """Code `text` (one piece, as typed) and keep the parse, the actors and the trigger trace."""
    article = ArticleInput(text=text, id="explain", date=date)
    doc = new_doc(nlp, text, DocContext.of(article))
    doc._.trace = []
    doc = nlp(doc)
    coded = merge_docs(article, iter([doc]))
    at = doc._.actor_at or {}
    tokens = [
        {
            "i": t.i,
            "text": t.text,
            "lemma": t.lemma_,
            "pos": t.pos_,
            "dep": t.dep_,
            "head": t.head.i,
            "entity": t.ent_type_ or None,
            "kb": t.ent_id_ or None,
            "actor": (at[t.i].code or at[t.i].text) if t.i in at else None,
        }
        for t in doc
        if not t.is_space
    ]
    traced = {e["i"] for e in doc._.trace or []}
    verbs = [t.text for t in doc if t.pos_ == "VERB" and t.i not in traced]
    return Explanation(coded, tokens, list(doc._.actors or []), list(doc._.trace or []), verbs)
