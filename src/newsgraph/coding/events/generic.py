"""Words that describe rather than report: a participle that only says which people a generic
noun means ("people living in or visiting X", "anyone entering the country"), and a body's own
session ("Parliament would meet in September"), which no second party makes a consultation.
Word lists: modality.yaml `generic_people`, `session_bodies`, `session_verbs`, `session_topic_verbs`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Token

from ...rulefile import load_rules, lowered
from ...ruleschemas import ModalityRules
from .syntax import children

# prepositions that bring a meeting's partner ("met with", "talks between", "sat down alongside")
_PARTNER_PREPS = frozenset({"with", "between", "alongside", "among", "amongst"})


# entity types of a partner named as a talk's object ("discussed [Japan]", "debated [Obama]")
_PARTNER_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    rules = load_rules(ModalityRules)
    return (
        lowered(rules.generic_people),
        lowered(rules.session_bodies),
        lowered(rules.session_verbs),
        lowered(rules.session_topic_verbs),
    )


def generic_people(noun: Token, clause: Token, unrealised: Callable[[Token], bool], stay: bool = False) -> bool:
    """Does the noun phrase mean any person of a kind rather than particular people: an
    indefinite pronoun ("anyone", "those"), a noun under "any"/"every"/"all" ("all visitors"),
    or a bare plural with no determiner, possessor or number ("people", "foreign nationals") in
    a clause (headed by `clause`) that states a rule or a possibility, not an act that took
    place: a modal or conditional clause (`unrealised`: "would allow people ...", "foreigners ... must carry") or a
    simple present ("visitors ... need a visa"), or any clause when the participle only says
    where they are (`stay`: "Kenyans [visiting] Uganda were arrested"). "Police fired on people
    protesting in X" and "a group of people protesting" mean particular people."""
    words = _words()[0]
    if noun.lower_ in words:
        return True
    if noun.pos_ not in ("NOUN", "PROPN") or noun.tag_ not in ("NNS", "NNPS"):
        return False
    dets = children(noun, "det", "predet", "poss", "nummod")
    if dets:
        return all(d.lower_ in words for d in dets)
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        return False  # "a group of people", "thousands of Syrians": a particular set
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    return stay or unrealised(clause) or clause.tag_ in ("VBZ", "VBP")


def generic_participle(tok: Token, unrealised: Callable[[Token], bool], stay: bool = False) -> bool:
    """ "the bill would allow people living in or [visiting] X", "anyone [entering] the country
    must register": a present participle with no auxiliary of its own that only says which
    people a generic noun (`generic_people`) means, restrictively (no comma between them: "the
    ministers, [visiting] Paris, said" tells what they did). The parser may hang such a
    participle as a clause with the noun for its subject ("allow people [living] in X"); then
    only in a clause that is itself unrealised (`unrealised` of the governing verb: "would
    allow"), as "saw soldiers
    [beating] protesters" reports an act. `stay`: the participle is one of visiting, which
    says where the people are ("Kenyans [visiting] Uganda were arrested")."""
    t = tok
    while t.dep_ == "conj" and t.head.i != t.i and t.head.tag_ == "VBG":
        t = t.head  # "living in or [visiting] X"
    if t.tag_ != "VBG" or children(t, "aux", "auxpass", "mark"):
        return False
    if t.dep_ == "acl" and t.head.i < t.i:
        noun, clause = t.head, t.head.head
    elif t.dep_ in ("ccomp", "xcomp", "dep") and unrealised(t.head):
        subjects = children(t, "nsubj")
        if not subjects:
            return False
        noun, clause = subjects[0], t.head
    else:
        return False
    if not generic_people(noun, clause, unrealised, stay):
        return False
    return not any(w.is_punct for w in t.doc[noun.i + 1 : t.left_edge.i])


def own_session(tok: Token) -> bool:
    """ "Parliament would meet briefly in September", "the cabinet met on Tuesday", "the Senate was
    set to meet ... to discuss his confirmation": a verb of meeting (`session_verbs`), or of talking a
    topic over (`session_topic_verbs`, whose object is the topic), whose subject is one body that sits
    as one (`session_bodies`; a to-infinitive's is the verb's it completes), with no partner: no
    object (a topic's may not be an actor), no "with"/"between" phrase, no second subject ("the
    cabinet and the army chiefs met"), not a plural ("committees of both houses met"). CAMEO 04
    needs two parties; a body's own session is not a consultation."""
    bodies, verbs, topics = _words()[1:]
    lemma = tok.lemma_.lower()
    if lemma not in verbs and lemma not in topics or tok.pos_ != "VERB":
        return False
    objects = children(tok, "dobj", "dative")
    preps = children(tok, "prep")
    if lemma in topics:
        # "discuss [the budget] with X": the partner's phrase may hang on the topic
        preps += [p for o in objects for p in children(o, "prep")]
        objects = [o for o in objects if o.dep_ == "dative" or o.ent_type_ in _PARTNER_ENTS]
    if objects or any(p.lower_ in _PARTNER_PREPS for p in preps):
        return False
    subjects = _subjects(tok)
    if len(subjects) != 1:
        return False
    subject = subjects[0]
    if subject.lemma_.lower() not in bodies or subject.tag_ in ("NNS", "NNPS") or children(subject, "conj"):
        return False
    return not any(p.lower_ in _PARTNER_PREPS for p in children(subject, "prep"))


def _subjects(tok: Token) -> list[Token]:
    """The verb's subjects; a to-infinitive with none of its own ("was set [to meet]", "met Monday
    [to discuss] it") takes those of the verb it completes, and a reported clause's "it" the
    reporter ("the Senate said [it] would meet")."""
    verb = tok
    while not (subjects := children(verb, "nsubj", "nsubjpass")) and verb.dep_ in ("xcomp", "advcl"):
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or verb.head is verb:
            break
        verb = verb.head
    if len(subjects) == 1 and subjects[0].lower_ == "it" and verb.dep_ == "ccomp" and verb.head.pos_ == "VERB":
        # "the Senate announced [it] would meet": a reported clause's "it" is the reporter
        return children(verb.head, "nsubj") or subjects
    return subjects
