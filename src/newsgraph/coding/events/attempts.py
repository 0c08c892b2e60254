"""An act told as what someone tries: "the army made an attempt to [capture] the town", "rebels
attacked the base in a bid to [free] prisoners", "the police's bid to [arrest] him". The
parser hangs the infinitive on the noun of trying (events.yaml attempt_nouns), whose clause has no
subject of its own; the one who tries is the doer, and the act is only tried (hypothetical:
mood.py asks tried_mood), negated with the trying."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ...model import Actor
from .lexicon import ModalityWords
from .syntax import is_infinitive

if TYPE_CHECKING:  # mood.py imports this module, and elsewhere.py (through clauses.py) imports mood.py
    from .elsewhere import Subject


def attempt_noun(verb: Token, nouns: frozenset[str]) -> Token | None:
    """The noun of trying whose infinitive `verb` is ("an attempt to [capture]"), if any."""
    if verb.dep_ in ("acl", "relcl") and is_infinitive(verb) and verb.head.lemma_.lower() in nouns:
        return verb.head
    return None


def attempter(noun: Token, noun_source: Callable[[Token], list[Actor]], subject: Callable[[Token], Subject]) -> Subject:
    """Who tries: the noun's own doer (its possessor, a "by" phrase, the subject of the light verb
    it is the object of: "made an attempt"), else, for a noun in a prepositional phrase of a
    clause ("attacked X [in] a bid to"), that clause's subject; none for a noun with neither ("the
    attempt to capture X failed")."""
    from .elsewhere import Subject  # here, not at the top: see the import above

    found = noun_source(noun)
    if found:
        return Subject(found, False, noun)
    verb = trying_verb(noun)
    if noun.dep_ == "pobj" and verb.pos_ in ("VERB", "AUX"):
        return subject(verb)
    return Subject([], False)


def trying_verb(noun: Token) -> Token:
    """The verb of the clause the noun of trying stands in: the light verb it is the object of
    ("made an attempt"), or the verb its preposition hangs on ("failed [in] its attempt")."""
    return noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head


def tried_mood(noun: Token, mood_of: Callable[[Token], str], negating: frozenset[str]) -> str:
    """The mood of an act only tried: negated when the trying is ("made no attempt to", "did not
    try", "failed in its attempt to": modality.yaml negated), else hypothetical (it may not have
    come about), as after the verb "try"."""
    verb = trying_verb(noun)
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) or mood_of(verb) == "negated":
        return "negated"
    return "negated" if verb.lemma_.lower() in negating else "hypothetical"


def trying_word(tok: Token, words: ModalityWords) -> Token | None:
    """The word that tells an act was only tried: the noun of trying its noun modifies ("an
    [assassination] attempt") or whose infinitive it is ("an attempt to [assassinate]"), its own
    modifier ("a [failed] assassination"), or the verb of trying it is the infinitive of ("tried
    to [assassinate]"); None for an act told as done."""
    if tok.pos_ == "NOUN":
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in words.attempt_nouns:
            return tok.head
        return next((c for c in tok.children if c.dep_ == "amod" and c.lower_ in words.attempt_modifiers), None)
    if (noun := attempt_noun(tok, words.attempt_nouns)) is not None:
        return noun
    if tok.dep_ == "xcomp" and is_infinitive(tok) and tok.head.lemma_.lower() in words.attempt_verbs:
        return tok.head
    return None


def _made_when_tried(word: Token, code: str, words: ModalityWords) -> bool:
    """Is an act of `code`, tried as `word` says, made in the trying? An act of force, coercion or
    protest (events.yaml attempts: made_roots) tried by a verb of trying (made_verbs: "attempted to
    storm") or a noun of trying ("made an attempt to storm"); not one a modifier tells failed ("a
    failed raid" is coded as it was before) nor one only sought ("seeks to overthrow")."""
    if not code.startswith(words.attempted_roots) or word.dep_ == "amod":
        return False
    return word.pos_ == "NOUN" or word.lemma_.lower() in words.trying_verbs


def attempted(tok: Token, code: str, words: ModalityWords, mood_of: Callable[[Token], str]) -> tuple[str, str] | None:
    """CAMEO's code of an act told as only tried, when it has one of its own (events.yaml
    attempt_codes: an assassination attempt is 185), and its modality: the trying's ("survived
    an assassination attempt" actual, "did not try to kill" negated). None for any other act."""
    word = trying_word(tok, words)
    tried = words.attempt_codes.get(code) if word is not None else None
    if word is not None and tried is None and _made_when_tried(word, code, words):
        # "tried to storm X": the assault was made, coded as the act, or as its root's attempt
        # ("tried to kidnap": an assault, 180; events.yaml attempts: made_roots)
        tried = words.attempt_codes.get(code[:2], code)
    if tried is None or word is None:
        return None
    mood = mood_of(word if word.dep_ != "amod" else tok)
    if word.dep_ == "amod" and mood == "hypothetical":
        mood = "actual"  # "an [attempted] assassination": the modifier tried it, the attempt was made
    noun = word if word.pos_ == "NOUN" else tok
    if mood == "negated" and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in words.failing_verbs:
        mood = "actual"  # "the assassination attempt failed": an attempt made
    return tried, mood
