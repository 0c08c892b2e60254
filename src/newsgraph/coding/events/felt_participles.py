"""A participle of feeling or stance stated of its subject is the adjective it is, not a passive
act done to that subject: "X was [disappointed] by Y's decision", "X is [opposed] to the plan",
"X was [alarmed] by the report", "X is [committed] to talks". The parser reads such a participle
as a passive verb, X its patient and the "by" phrase its doer; a reader takes X for the one who
feels and the phrase for what X feels about, as in "X is [furious] at Y", which the parser reads
as an adjective under the copula. Where an adjective entry (rules/triggers-adjectives.yaml) holds
at the participle, the tree is mended to that reading before the coder reads it: the participle
becomes that adjective (its own form its lemma), the complement of its "be", which takes the
participle's place, subject and auxiliaries; its "by" phrase an ordinary one. A participle that no
adjective entry reads keeps its passive ("crimes were [committed] by the army")."""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from ..component import tokens_with
from .lexicon import NO_EVENT, TriggerTable, modality
from .matching import Matcher
from .syntax import children

# verbs that state a subject's condition with an adjective complement ("seemed [disappointed]")
_LINKING = frozenset({"be", "feel", "seem", "remain", "become", "appear", "look", "grow", "stay"})
# what a clause's "be" takes from the participle when it heads the clause in its place
_CLAUSE_PARTS = frozenset({"nsubjpass", "aux", "neg", "mark", "advcl", "punct", "cc", "conj", "expl"})
_FORMS: dict[int, frozenset[str]] = {}


def _forms(triggers: TriggerTable) -> frozenset[str]:
    """The adjective entries shaped as a past participle ("disappointed", "opposed"), once per table."""
    key = id(triggers)
    if key not in _FORMS:
        _FORMS[key] = frozenset(lemma for lemma, pos in triggers if pos == "adj" and lemma.endswith("ed"))
    return _FORMS[key]


def read_felt_participles(doc: Doc, triggers: TriggerTable) -> None:
    """Mend, in place, each participle of feeling an adjective entry reads (module docstring).
    Only the few words spelled as such an entry are looked at (one array read)."""
    matcher: Matcher | None = None
    for tok in tokens_with(doc, LOWER, _forms(triggers)):
        if tok.pos_ != "VERB" or tok.tag_ != "VBN":
            continue  # already an adjective ("is [concerned] about"), or a finite verb
        be = _copula(tok)
        if be is None:
            continue  # a modifier ("the [committed] crimes", "[disappointed] fans")
        agents = children(tok, "agent")
        for c in agents:
            c.dep_ = "prep"  # "by Y's decision": what X feels about, as the adjective's entries read it
        matcher = matcher or Matcher(triggers, modality())
        trig = matcher.match(tok, triggers[(tok.lower_, "adj")])
        if trig is None or trig.cameo == NO_EVENT:
            for c in agents:
                c.dep_ = "agent"  # a passive after all: "crimes were committed [by] the army"
            continue
        if be.i != tok.head.i:
            _under_copula(tok, be)
        tok.pos_, tok.tag_, tok.lemma_ = "ADJ", "JJ", tok.lower_


def _copula(tok: Token) -> Token | None:
    """The linking verb the participle is the complement of ("felt [disappointed]"), or the "be" of
    its passive ("was [disappointed]"); None for a participle used otherwise."""
    if tok.dep_ == "acomp" and tok.head.lemma_.lower() in _LINKING:
        return tok.head
    return next((c for c in children(tok, "auxpass") if c.lemma_.lower() == "be" and c.i < tok.i), None)


def _under_copula(tok: Token, be: Token) -> None:
    """Hang `be` where the participle stood (its head and relation, the root included), the
    participle under it as its complement, and the clause's subject, auxiliaries, negation and
    links on `be`, as the parser hangs them on the "be" of "X is [furious] at Y"."""
    moved = [c for c in tok.children if c.dep_ in _CLAUSE_PARTS]
    if tok.head.i == tok.i:
        be.head = be
        be.dep_ = "ROOT"
    else:
        be.head = tok.head
        be.dep_ = tok.dep_
    tok.head = be
    tok.dep_ = "acomp"
    for c in moved:
        c.head = be
        c.dep_ = "nsubj" if c.dep_ == "nsubjpass" else c.dep_
