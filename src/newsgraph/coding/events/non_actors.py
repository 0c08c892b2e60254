"""Events whose doer is no actor (rules/doers.yaml). GUIDELINE.md: "Do not code ... events whose
actor cannot be resolved from the text"; CAMEO codes what political actors do. Four kinds of
doer are none, though the actors stage gave them a country or a sector:

- a generic pronoun ("everyone", "one", a generic "you": "if you had a boss that annoys you, you
  [ask] X"), which means no one in particular (`generic_doers`);
- a thing its owner stands in for: "[Our work] is calling for a revision" (the work, not "our"
  people, calls), "social media struggled to censor X" (`non_actor_phrases`), a view ("his
  politics clashed with X": `idea_nouns`); an owner's message ("the ministry's statement said")
  or weapon ("Israel's jets struck") is the owner's act;
- a private person or firm acting in private life: an act of cooperation, appeal or intent with
  no one addressed and no actor named in its words ("the family asked for donations to a ranch",
  "the company apologized for its website": `private_sectors`, `private_roots`), weighing its
  options or a symbolic act ("relatives attended the ceremony": `private_codes`); the press it
  speaks to names no actor (`audience_sectors`);
- a people of a past age ("[ancient] Egyptians captured sacred birds": `bygone_modifiers`).

Run over the coded events once per document; an event with no source is left alone.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from ...model import Event
from ...rulefile import load_rules, lowered
from ...ruleschemas import DoerRules, EventRules
from ..component import char_tokens
from .syntax import children

# personal pronouns as the object an act is addressed to
_PERSONS = frozenset({"him", "her", "them", "us", "me", "you"})
_PEOPLE_ENTS = frozenset({"PERSON", "NORP", "ORG", "GPE"})


class _Words(NamedTuple):
    """doers.yaml's lists, and events.yaml's message_nouns, protest_doers and relation_nouns,
    lower-cased."""

    generic: frozenset[str]
    addressee: frozenset[str]
    non_actor_phrases: frozenset[str]
    private_sectors: frozenset[str]
    private_roots: frozenset[str]
    message_nouns: frozenset[str]
    protest_doers: frozenset[str]
    private_codes: frozenset[str]
    audience_sectors: frozenset[str]
    relation_nouns: frozenset[str]
    idea_nouns: frozenset[str]
    bygone: frozenset[str]


@cache
def _rules() -> _Words:
    r, ev = load_rules(DoerRules), load_rules(EventRules)
    return _Words(
        *(lowered(ws) for ws in (r.generic_doers, r.addressee_doers, r.non_actor_phrases, r.private_sectors)),
        *(lowered(ws) for ws in (r.private_roots, ev.message_nouns, ev.protest_doers, r.private_codes)),
        *(lowered(ws) for ws in (r.audience_sectors, ev.relation_nouns, r.idea_nouns, r.bygone_modifiers)),
    )


def actor_doers(doc: Doc, events: list[Event]) -> list[Event]:
    """The events whose source is an actor: those with none kept, the others dropped when the
    doer is a generic pronoun, a thing its owner stands in for, or a private person's private act."""
    return [e for e in events if e.source is None or not _no_actor(doc, e)]


def _span(doc: Doc, ref: dict | list | None) -> Span | None:
    """The tokens of a character span (an event's `span`, a phrase's {text, span})."""
    span = ref.get("span") if isinstance(ref, dict) else ref
    if not span:
        return None
    return char_tokens(doc, span)


def _no_actor(doc: Doc, e: Event) -> bool:
    trig = _span(doc, e.span)
    if trig is None or not len(trig):
        return False
    tok = trig.root
    phrase = _span(doc, e.source_phrase)
    head = phrase.root if phrase is not None and len(phrase) else _subject(tok)
    if head is None:
        return False
    # a quoted "you" is resolved to the addressee, whose phrase is then the source's: the verb's own subject
    subject = _subject(tok) if tok.pos_ in ("VERB", "AUX") else None
    generic = _generic(head) or (subject is not None and _generic(subject))
    return generic or _bygone(head) or _owned_thing(doc, e, head, tok, phrase) or _private(doc, e, head, tok)


def _people(obj: Token) -> bool:
    """Does an object name people: a personal pronoun, a name, or a plural ("the prisoners")?"""
    if obj.pos_ == "PRON":
        return obj.lower_ in _PERSONS
    return obj.ent_type_ in _PEOPLE_ENTS or obj.tag_ in ("NNS", "NNPS")


def _person(head: Token) -> bool:
    """A person, not a group: a name the NER tagged a person's, or he/she ("the group Lavi Nou" is none)."""
    return head.ent_type_ == "PERSON" or head.lower_ in ("he", "she", "i")


def _subject(tok: Token) -> Token | None:
    """The verb's subject, or that of the verb it is coordinated with or completes ("you go and [ask]")."""
    t = tok
    while not (subjects := children(t, "nsubj")) and t.dep_ in ("conj", "xcomp") and t.head.i != t.i:
        t = t.head
    return subjects[0] if subjects else None


def _generic(head: Token) -> bool:
    """A generic pronoun doer; "you" only in a clause of habit or condition, not under a modal ("you must")."""
    generic, addressee = _rules().generic, _rules().addressee
    word = head.lower_
    if word not in generic or head.pos_ not in ("PRON", "NOUN") or head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if word not in addressee:
        return not children(head, "det")  # "no one" is, "the one who" is not a pronoun
    verb = head.head
    while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i and verb.tag_ not in ("VBZ", "VBP", "MD"):
        verb = verb.head
    if any(a.tag_ == "MD" for a in children(verb, "aux")):
        return False  # "you must leave": a demand of the addressee
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return any(m.lower_ in ("if", "whenever", "unless") for m in children(verb, "mark"))


def _bygone(head: Token) -> bool:
    """A people of a past age ("[ancient] Egyptians", "[medieval] Venetians": bygone_modifiers)."""
    return any(m.lower_ in _rules().bygone for m in children(head, "amod", "compound"))


def _owned_thing(doc: Doc, e: Event, head: Token, tok: Token, phrase: Span | None) -> bool:
    """The source is a thing, or the owner of a thing, that the phrase's head names."""
    rules = _rules()
    if phrase is not None and any(phrase.text.lower().endswith(p) for p in rules.non_actor_phrases):
        return True
    if phrase is None or head.i == tok.i or head.pos_ != "NOUN" or head.lemma_.lower() in rules.message_nouns:
        return False
    if tok.pos_ not in ("VERB", "AUX") or _subject(tok) != head:
        # "these attacks are [our right], and we warn X": the verb's doer is another word; an act
        # noun's owner is its doer ("Norway's mediation efforts")
        return False
    if head.lemma_.lower() in rules.idea_nouns or head.lower_ in rules.idea_nouns:
        return True  # "his politics have clashed with the party's stances": a view does nothing
    if e.cameo_root in ("15", "16", "17", "18", "19", "20"):
        return False  # "Russia's jets bombed X": a weapon's owner
    at = doc._.actor_at or {}
    if head.i in at:
        return False  # "our government", "the company's spokesman": the head is the actor
    owners = children(head, "poss")
    text = (e.source or {}).get("text", "")
    return any(o.i in at and text.lower() == doc[o.left_edge.i : o.i + 1].text.lower() for o in owners)


def _private(doc: Doc, e: Event, head: Token, tok: Token) -> bool:
    """A private doer's act of cooperation, appeal or intent, addressed to no one, naming no actor."""
    rules = _rules()
    source = e.source or {}
    sector = source.get("sector")
    # a person the KB lacks, of no sector of public life, is a private one ("[Khan] had agreed to wear a tag")
    if (
        e.target is not None
        or _aimed(doc, e)
        or (sector.lower() not in rules.private_sectors if sector else bool(source.get("kb_id")) or not _person(head))
    ):
        return False
    if (
        not (e.cameo_root in rules.private_roots or e.cameo in rules.private_codes)
        or head.lemma_.lower() in rules.protest_doers
    ):
        return False
    if head.tag_ in ("NNS", "NNPS") and not _kin(head):
        return False  # a crowd ("scores of residents [called on] compatriots to protect the city") acts in public
    if any(_people(o) for o in children(tok, "dobj", "dative")) or any(
        o.pos_ == "PRON" and o.lower_ in _PERSONS for t in tok.ancestors for o in children(t, "dobj", "dative")
    ):
        return False  # "tell [them] I'm sorry", "releasing [the prisoners]": done to people the coder did not resolve
    at = doc._.actor_at or {}
    doer = set(range(head.left_edge.i, head.right_edge.i + 1))
    named = (at[w.i] for w in tok.subtree if w.i in at and w.i not in doer)
    # "calling for the killers of [Khashoggi] to face justice": an actor of public life in its words;
    # an outlet of the press spoken to, or its staff, is none ("answered questions for [the Times]")
    public = (a for a in named if (a.sector or "").lower() not in rules.audience_sectors or a.how == "context:person")
    return not any(a.how.startswith("kb") or (a.sector or "cvl").lower() not in rules.private_sectors for a in public)


def _aimed(doc: Doc, e: Event) -> bool:
    """Is the act aimed at someone its target phrase names: people, an actor, or a plural; not a
    lone thing ("attended [the ceremony]", "agreed to open [a factory]")?"""
    phrase = _span(doc, e.target_phrase)
    if phrase is None or not len(phrase):
        return e.target_phrase is not None
    head = phrase.root
    return head.tag_ != "NN" or bool(head.ent_type_) or head.i in (doc._.actor_at or {}) or _kin(head)


def _kin(head: Token) -> bool:
    """A kin noun (events.yaml relation_nouns), also a plural the tagger took for a name ("Relatives of X")."""
    kin, word = _rules().relation_nouns, head.lower_
    return head.lemma_.lower() in kin or word in kin or word.removesuffix("s") in kin
