"""What a written instrument lays down: "the EU directive [provides] liability protections",
"NATO guidelines [call] for 2%", "the treaty [bans] such tests". A law, rule or treaty is no
actor, and a verb in the simple present with one for its subject tells what the text says, a
lasting state, not an act the article reports (GUIDELINE: "Do not code: lasting states"). The act
is its actor's: "Parliament [passed] the law", "the EU [adopted] the directive" (other triggers).
A statement, letter or report carries its author's act ("a statement [calling for] calm"): such
message nouns are not listed (events.yaml message_nouns). Word list: modality.yaml
`document_nouns`."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ...rulefile import load_rules, lowered
from ...ruleschemas import ModalityRules
from .mood import simple_present
from .syntax import CLAUSE_LINKS, children, climb

# the links from a word inside a content clause up to the clause's verb: joined verbs, and the
# participles and gerunds of its phrases ("are removed after being [impeached]")
_IN_CONTENT = frozenset({"conj", "xcomp", "pcomp", "prep", "advcl"})


@cache
def _documents() -> frozenset[str]:
    return lowered(load_rules(ModalityRules).document_nouns)


def document_content(tok: Token) -> bool:
    """What a written instrument says or lays down (`_says`, `_laid_down`): no act reported."""
    return _says(tok) or _laid_down(tok)


def _says(tok: Token) -> bool:
    """Is the verb (or the verb its clause completes or is joined to, which gives the subject) in
    the simple present with a written instrument (`document_nouns`) for its subject? A past ("the
    law [banned] the party in 1990"), a future or modal and any other subject are left alone."""
    words = _documents()
    t = tok
    while not (subjects := children(t, "nsubj", "nsubjpass")) and t.dep_ in CLAUSE_LINKS and t.head.i != t.i:
        t = t.head
    if not subjects or not simple_present(t) or (t.i != tok.i and tok.tag_ in ("VBD", "VBN")):
        return False
    return any(s.lemma_.lower() in words or s.lower_ in words for s in subjects)


def _laid_down(tok: Token) -> bool:
    """ "The Constitution specifies that officials [are removed] from office after being [impeached]",
    "the law requires that protesters who block roads [are fined]": the clause a written instrument's
    verb in the simple present has for its complement, itself in the simple present, states the
    rule (and so do the verbs joined to it and the participles in its phrases), not an act done.
    A future or past content clause ("the treaty says Russia will withdraw", "the ruling says he
    was arrested in 2019") is left alone: a planned or reported act."""
    clause = climb(tok, _IN_CONTENT)
    if clause.dep_ != "ccomp" or clause.head.i == clause.i or not simple_present(clause):
        return False
    return _says(clause.head)
