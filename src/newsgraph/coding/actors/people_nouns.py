"""A people without a state named as a whole by its plural noun ("The Kurds accused Ankara",
"Uyghurs protested in Istanbul"; kb/stateless-peoples.tsv): a group of that people's civilians
(CVL), as "Palestinians" is one of PSE's. Its country comes later, like "Kurdish activists",
from the text around it (peoples.py). The NER tags such a word NORP, ORG or nothing, so the
word is read here rather than from the entity; an unknown body the NER made of the word
alone is replaced. A singular ("a Tibetan") or the language ("spoke Kurdish") is no group."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from ...model import Actor
from ..component import tokens_with
from .mentions import Mentions

_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "poss", "attr"})


def people_noun_mentions(doc: Doc, mentions: Mentions, homes: Mapping[str, tuple[str, ...]]) -> None:
    """Add a CVL group for each plural noun naming a stateless people the KB lists."""
    for tok in tokens_with(doc, LOWER, frozenset(homes)):
        if not _plural_people_noun(tok):
            continue
        held = mentions.at.get(tok.i)
        if held is not None and not _bare_unknown_body(mentions.actors[held], tok):
            continue
        if held is not None:
            del mentions.at[tok.i]  # the bare unknown body gives way to the group
        actor = Actor(tok.text, [tok.idx, tok.idx + len(tok.text)], None, None, None, "CVL", None, how="context:org")
        mentions.add(actor, range(tok.i, tok.i + 1))


def _plural_people_noun(tok: Token) -> bool:
    """A capitalised noun heading its phrase, plural by its tag or its "-s", or after "the"
    ("the Rohingya")."""
    if not tok.text[:1].isupper() or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in _NOUN_DEPS:
        return False
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    return tok.tag_ in ("NNS", "NNPS") or tok.lower_.endswith("s") or the


def _bare_unknown_body(a: Actor, tok: Token) -> bool:
    """Is the mention a body the KB lacks that the NER made of this word alone ("Uyghurs" tagged ORG)?"""
    return a.kb_id is None and a.code is None and a.how == "context:org" and a.text in (tok.text, f"the {tok.text}")
