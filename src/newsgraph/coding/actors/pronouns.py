"""he/she/him/her -> the person they stand for, once names and titles are linked."""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence

from spacy.tokens import Doc, Token

from ...model import Actor
from ..quotes import Quotation
from .mentions import PERSON_HOWS, Mentions
from .quoted_pronouns import quoted_speakers


def resolve_pronouns(
    pronouns: list[int],
    mentions: Mentions,
    doc: Doc,
    genders: Mapping[str, str] | None = None,
    quotes: Sequence[Quotation] = (),
    person_nouns: frozenset[str] = frozenset(),
    reporters: frozenset[str] = frozenset(),
) -> None:
    """he/she -> the most prominent person of the nearest sentence (the pronoun's own,
    before it, then earlier ones) that names a person as a subject or object; within it
    a subject beats an object, then the later mention wins. News prose keeps its topic in
    subject position ("Putin met Xi. He said" is Putin), but a person asked or met in the
    clause before is nearer than the subject of an earlier sentence ("The press asked Biden
    about it, but he declined"), and a name tucked in a modifier is not ("During his time
    as Obama's vice president, he urged ..." is not Obama). A pronoun already resolved
    counts as a mention of its person. No such sentence: the last person named. A person
    whose name or title says the other sex (`genders`: actors.yaml gendered_words, "King X"
    for a "she") is not a candidate. Inside a direct quotation (`quotes`) the speaker calls
    themself "I": a he/she there is someone else, never the speaker, and what it stands for
    is not carried on outside that quotation. A person named by a role or title alone (an
    agent phrase headed by one of `person_nouns` in the singular: "a police officer ... he drew
    his pistol") is a person here as a name is, of the sex its head word gives ("the king"), but
    not a role said of someone ("X served as special envoy"). A pronoun in an adverbial phrase or
    clause put before its sentence's main subject looks forward to that subject when it is a
    person ("After his conviction, Manafort agreed"). A he/she subject of a clause reported by a
    private person (`reporters`: "His daughter said she would attend") is that person: the
    person's actor where the phrase names one (a relative, `kin.py`), else unresolved."""
    actors, at = mentions.actors, mentions.at
    # who each candidate person stands for: a mention's actor, or the organisation a title heads
    who = {
        i: k for i, k in at.items() if actors[k].how in PERSON_HOWS or _one_person(doc[i], k, at, actors, person_nouns)
    }
    who.update(_org_titles(doc, at, actors, person_nouns))
    people = sorted(who)
    starts = [s.start for s in doc.sents]  # a token's sentence by bisection, not a dict of every token
    sex = _sexes(doc, mentions, genders) if genders else {}
    speakers = quoted_speakers(doc, quotes, pronouns)
    waiting = set(pronouns)

    def sex_of(i: int) -> str | None:
        """The sex a person's name or title gives; a role phrase's, its head word's ("the king")."""
        k = who.get(i, at.get(i, -1))
        if k in sex or actors[k].how in PERSON_HOWS or not genders:
            return sex.get(k)
        return genders.get(doc[i].lower_)

    def resolve(p: int) -> None:
        waiting.discard(p)
        if p in at:
            return  # the possessive opening an agent phrase ("her government"): the phrase's own word
        reporter = _reporting_person(doc[p], reporters)
        if reporter is not None:
            if reporter.i in at:
                at[p] = at[reporter.i]  # "His daughter said she ...": the daughter, where she is an actor
            return
        quote = speakers.get(p)
        speaker = quote.subject if quote is not None else None
        if speaker is not None and speaker.i in waiting:
            resolve(speaker.i)  # "'... he ...,' she said": who "she" is first
        # an object pronoun is not its own clause's subject ("Trump called Erdogan and urged him")
        subj = _clause_subject(doc[p]) if doc[p].dep_ in ("dobj", "dative", "pobj") else None
        if subj is not None and subj.tag_ in ("WP", "WDT") and subj.head.dep_ == "relcl":
            subj = subj.head.head  # "met X, [who] urged him": X is the relative clause's subject
        mine = genders.get(doc[p].lower_) if genders else None
        front = _fronted_subject(doc[p])
        if front is not None and front.i in waiting:
            resolve(front.i)  # "During his time as vice president, he urged": who "he" is first
        if front is not None and front.i in people and (mine is None or sex_of(front.i) in (None, mine)):
            at[p] = who[p] = who[front.i]
            bisect.insort(people, p)
            return
        others = [actors[at[t.i]] for t in (subj, speaker) if t is not None and t.i in at]
        before = [
            i
            for i in people
            if i < p
            and speakers.get(i, quote) is quote  # a quoted "he" is not carried out of its quotation
            and not any(actors[who[i]].same_as(o) for o in others)
            and (mine is None or sex_of(i) in (None, mine))
        ]
        if not before:
            return
        pick = before[-1]
        if subj is None:
            ranked = [
                (starts[bisect.bisect_right(starts, i) - 1], r, i) for i in before if (r := _prominence(doc[i])) > 0
            ]
            pick = max(ranked)[2] if ranked else pick
        at[p] = who[p] = who[pick]
        bisect.insort(people, p)  # a resolved pronoun carries its person on ("..., she testified")

    for p in pronouns:
        if p in waiting:
            resolve(p)


def _reporting_person(pron: Token, reporters: frozenset[str]) -> Token | None:
    """The person a subject pronoun stands for when its clause is reported by (the complement of)
    a verb whose own subject is a noun of `reporters` ("His daughter said [she] would"): that
    noun, whether or not it names an actor; None otherwise."""
    if pron.dep_ not in ("nsubj", "nsubjpass") or not reporters:
        return None
    verb = pron.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "ccomp":
        return None
    subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj if subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in reporters else None


def _one_person(tok: Token, k: int, at: Mapping[int, int], actors: Sequence[Actor], nouns: frozenset[str]) -> bool:
    """Is the word the head of an agent phrase naming one person by a role or title the KB does
    not link ("a police officer", "the attacker"): a he/she may stand for it as for a name. Not
    a role said of someone ("his position as special envoy", "X is the president", "X, the
    governor"): the person named is the one a he/she stands for."""
    if actors[k].how != "context:agent" or tok.tag_ not in ("NN", "NNP") or tok.lemma_.lower() not in nouns:
        return False
    if tok.head.i != tok.i and at.get(tok.head.i) == k:
        return False  # a word inside the phrase ("the three-judge court")
    return tok.dep_ not in ("attr", "appos", "oprd") and not (tok.dep_ == "pobj" and tok.head.lower_ == "as")


def _org_titles(doc: Doc, at: Mapping[int, int], actors: Sequence[Actor], nouns: frozenset[str]) -> dict[int, int]:
    """Persons named by an organisation's title alone ("The United Nations Secretary-General
    praised ... He urged", "the IAEA chief said ... He added"): the title word a named IGO or
    NGO modifies, a candidate for a later he/she as a name is, standing for that organisation
    (the events stage already takes the organisation for the phrase's acts). Only a title of
    `nouns` in the singular that no actor covers."""
    out: dict[int, int] = {}
    for i, k in at.items():
        head = doc[i].head
        if actors[k].sector not in ("IGO", "NGO") or doc[i].dep_ != "compound" or head.i in at or head.i == i:
            continue
        if head.tag_ in ("NN", "NNP") and head.lemma_.lower() in nouns:
            out[head.i] = k
    return out


def _fronted_subject(tok: Token) -> Token | None:
    """The subject of the main clause when a pronoun sits in an adverbial phrase or clause put
    before it ("After [his] conviction, Manafort agreed", "As part of [her] admonition, Judge
    Jackson stated"): in English such a pronoun looks forward to that subject."""
    root = tok.sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or tok.i >= subj.left_edge.i:
        return None
    t = tok
    while t.head.i != root.i:
        if t.head.i == t.i:
            return None
        t = t.head
    return subj if t.dep_ in ("prep", "advcl", "npadvmod") and t.i < subj.i else None


def _sexes(doc: Doc, mentions: Mentions, genders: Mapping[str, str]) -> dict[int, str | None]:
    """Each person actor's sex as its words and titles say it (its tokens, and the compounds,
    appositions and titles hung on them: "Queen X", "X, the princess"), None when they say
    both or neither."""
    found: dict[int, set[str]] = {}
    actors = mentions.actors
    for i, k in mentions.at.items():
        if actors[k].how not in PERSON_HOWS or doc[i].pos_ == "PRON":
            continue
        tok = doc[i]
        for w in (tok, *(c for c in tok.children if c.dep_ in ("compound", "appos", "nmod"))):
            g = genders.get(w.lower_)
            if g is not None:
                found.setdefault(k, set()).add(g)
        g = next((genders[w] for w in actors[k].text.lower().split() if w in genders), None)
        if g is not None:
            found.setdefault(k, set()).add(g)
    return {k: next(iter(gs)) if len(gs) == 1 else None for k, gs in found.items()}


def _clause_subject(tok: Token) -> Token | None:
    """The subject of the clause a word is in, through coordinated verbs ("X called Y and urged him")."""
    verb = tok.head
    while verb.head.i != verb.i and verb.dep_ in ("conj", "xcomp", "prep"):
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return subj[0]
        verb = verb.head
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _prominence(tok: Token) -> int:
    """2 for (part of) a clause's subject, 1 for an object of a verb or of a preposition
    on a verb ("asked Biden", "met with Xi"), 0 for a name inside another phrase."""
    while tok.dep_ in ("compound", "flat", "appos", "conj") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return 2  # "Russian President Vladimir Putin said"
    if tok.dep_ in ("dobj", "dative", "attr", "oprd"):
        return 1
    if tok.dep_ == "pobj" and tok.head.head.pos_ in ("VERB", "AUX"):
        return 1
    return 0
