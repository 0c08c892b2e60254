"""Where an event happened, from the dependency parse of its sentence: `locate`.

The place phrase of a trigger is searched along the parse (its locative phrases, a motion
word's destination, its object's and supporting verb's phrases, see `locate`), and each
candidate token is resolved with a `Gazetteer`; `place_of` (the place named at a token)
serves the actors stage too.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from newsgraph.model import Location

from .gazetteer import Gazetteer
from .placenames import _PLACE_ENTS, _SKIP_ENTS, _ent_of, _propn_chain, place_of
from .towns import doc_countries
from .words import (
    APPOSITIVE_PLACES,
    EVENT_NOUNS,
    FORCE_NOUNS,
    GROUND_ONLY_VERBS,
    GROUND_VERBS,
    IN_IS_TARGET,
    LIGHT_VERBS,
    LOCATIVE,
    MOTION,
    MOTION_TO,
    NOT_PLACES,
    OBJECT_PLACE_VERBS,
    ORIGIN_VERBS,
    PARTNER_PREPS,
    PLACE_NOUN_LINKS,
    PLACE_NOUNS,
    POSITION_HEADS,
    POSITION_VERBS,
    REPORT_VERBS,
    THROUGH_PREPS,
    VISIT_OBJECT,
    WRAPPERS,
)

if TYPE_CHECKING:  # spaCy is only needed here; the gazetteer works without it
    from spacy.tokens import Span, Token


# how a candidate token may give the place: "take" (it may name the place itself), "pass"
# (only a phrase under it may: the X of "invest in X" is a target), "modifier" (a name
# before a noun trigger, "the Beijing summit": a city or region, never a country)
# "hit" (the object of a verb of force: a place named as one, never a country)
# "ground" (the object of a verb of taking ground: also a bare town's name, "captured X")
Mode = Literal["take", "pass", "modifier", "hit", "ground"]

# prepositions after which a capitalised name the NER left untagged is taken as a place ("in
# Konduga", "near Miranshah")
_BARE_NAME_PREPS = {"in", "at", "near", "outside", "inside"}
# prepositions after which a name the NER took for a person is a town the gazetteer knows ("in Yala")
_PERSON_PLACE_PREPS = {"in", "near", "outside", "inside"}
# nouns of a settlement: their "of" object is the settlement itself ("the West Bank city of X")
_SETTLEMENT_NOUNS = {"city", "town", "village", "capital", "settlement", "port", "hamlet", "suburb", "camp"}


@dataclass(slots=True)
class _Candidate:
    """A token where the event's place may be named, and how it may be taken."""

    tok: Token
    mode: Mode


def locate(sent: Span, trigger: Token, gazetteer: Gazetteer) -> Location | None:
    """Where the event of `trigger` happened, as the sentence `sent` says, or None.

    The place is taken, in this order, from
    - a locative prepositional phrase on the trigger ("arrived in Beijing", "met in
      Geneva", "clashes near Donetsk", "a summit at Sochi", "cooperation ... including
      in places like the Arctic"); "the city of Lviv", "the Chinese capital" (with
      countries*.tsv demonyms), "at the Kremlin" (a government metonym -> capital);
    - for motion words, the object of "to"/"into" and of "visit" ("visit to China",
      "trip to Paris", "travelled to Kiev", "visit North Korea");
    - a locative phrase the parser hung on the trigger's object when that object is
      not an event of its own ("declared a friendship in Beijing", "met with Chinese
      leaders in Beijing"; not "condemned the attack in Kyiv");
    - for a trigger noun, a locative phrase on its "of" object ("the kidnapping of
      children in Ukraine") or a city/region name modifying it ("the Beijing summit");
    - the verb the trigger depends on, when the trigger is its open complement
      ("is expected to meet ... in Beijing") or a noun it supports ("talks were held
      in Istanbul", "there were clashes in Gaza");
    - for a verb, the locative phrase of its doer ("killed by gunmen in Aden"), of a
      participle or relative clause on its object or doer ("shot a police officer walking
      near his home in X"; never a clause of origin, "a rifle made in X"), of a verb
      sharing its subject ("stormed a hotel in X and killed four"), of its subject
      ("gunmen in X killed ..."; not an aside set off by commas), of the main verb of a
      subjectless participle clause ("exploded in X, killing six") and of a clause
      of the same time ("shot while covering clashes in X").
    Under a candidate, the most specific place is taken: "the West Bank city of Nablus"
    -> Nablus, "Kabul's Shar-e Naw district" -> Shar-e Naw where the gazetteer knows it,
    else Kabul; "on a street in X", "the car park of his home in X" -> X ("on"/"into"
    lead to a place inside their phrase, never to their object: "sanctions on Russia").
    Other complement and adverbial clauses are never entered, so a place of another
    clause is not taken; nor is the target of a non-motion "to" ("talk to Chinese
    leaders") or of "in" with words like "invest", "interfere".
    Places are looked up in the gazetteer whatever the NER label; entities labelled
    ORG/PERSON must resolve to a country, region or large city. Towns and first-level
    divisions count here (`Gazetteer.with_towns`, namesakes in the countries of the
    sentence and article first), not in the actors stage's `place_of`.
    """
    lo, hi = sent.start, sent.end
    gazetteer = gazetteer.with_towns(doc_countries(trigger))  # towns too, the text's countries first
    # (a token met again in another mode is tried again: "an assault on the X Airport" is first
    # passed through as the object of "on", then taken as what the assault hit)
    seen: set[tuple[int, str]] = set()
    for cand in _place_heads(trigger, lo, hi):
        head = cand.tok
        if (head.i, cand.mode) in seen or not (lo <= head.i < hi):
            continue
        seen.add((head.i, cand.mode))
        loc = _place_at(head, gazetteer, lo, hi, cand.mode, depth=0)
        if loc is not None:
            return loc
    return None


def _ent_len(tok: Token) -> int:
    ent = _ent_of(tok)
    return len(ent) if ent is not None else 1


def _preps(tok: Token) -> Iterator[Token]:
    for c in tok.children:
        if c.dep_ in ("prep", "agent") or (c.dep_ == "advmod" and c.lower_ in LOCATIVE):
            yield c
        elif c.dep_ in ("advmod", "amod") and c.lower_ in POSITION_HEADS:  # "villages close to X"
            yield c


def _objects(prep: Token) -> Iterator[Token]:
    for c in prep.children:
        if c.dep_ in ("pobj", "pcomp"):
            yield c
            for cc in c.conjuncts:
                if cc.i > c.i:
                    yield cc
                    break


def _locative_heads(tok: Token, depth: int = 0, skip: frozenset[int] = frozenset()) -> Iterator[_Candidate]:
    """Objects of locative prepositions on `tok` (through "including in X" wrappers).

    Each is taken ("take") unless it can only lead to the place ("pass": "invest in X",
    whose X is the target).
    """
    for p in _preps(tok):
        if p.i in skip:
            continue
        lem = p.lower_
        if lem in LOCATIVE or lem in POSITION_HEADS:
            ok: Mode = "pass" if lem == "in" and tok.lemma_.lower() in IN_IS_TARGET else "take"
            objs = list(_objects(p))
            if not objs and p.pos_ in ("ADV", "ADJ"):  # "close to X", "inside of X"
                objs = [o for q in p.children if q.dep_ == "prep" and q.lower_ in ("to", "of") for o in _objects(q)]
            for o in objs:
                yield _Candidate(o, ok)
        elif lem in THROUGH_PREPS:
            for o in _objects(p):
                yield _Candidate(o, "pass")
        elif (lem in WRAPPERS or p.lemma_.lower() in WRAPPERS) and depth < 2:
            yield from _locative_heads(p, depth + 1)


def _clause_heads(tok: Token, restrictive: bool = False) -> Iterator[_Candidate]:
    """Locative phrases of the participle or relative clauses on `tok` ("a police officer
    walking near his home in X", "gunmen who were hiding in bushes in X"), none of a clause
    of origin ("a rifle made in X"); with `restrictive`, none of a clause set off by a comma
    (an aside: "the president, who was in Paris, condemned ...")."""
    doc = tok.doc
    for c in tok.children:
        if c.dep_ not in ("acl", "relcl") or c.pos_ not in ("VERB", "AUX") or c.lemma_.lower() in ORIGIN_VERBS:
            continue
        if restrictive and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ",":
            continue
        yield from _locative_heads(c)
        # what a clause of force on it hit: "a car bomb that targeted a checkpoint in X"
        if c.lemma_.lower() in OBJECT_PLACE_VERBS:
            for o in c.children:
                if o.dep_ == "dobj":
                    yield from _locative_heads(o)


def _target_heads(tok: Token, restrictive: bool = False) -> Iterator[_Candidate]:
    """Where a participant of the event is said to be: its own locative phrase ("attacked
    a police station in Mardan"), then one of a clause on it."""
    yield from _locative_heads(tok)
    yield from _clause_heads(tok, restrictive)


def _purpose_heads(tok: Token) -> Iterator[_Candidate]:
    """The object of a clause of force that spells out the act of `tok`: a participle with no
    subject of its own ("launched an assault, targeting the village of X") or a purpose
    infinitive ("an offensive to capture the town of X"); taken only when named as a place."""
    for c in tok.children:
        if c.dep_ not in ("advcl", "acl", "xcomp") or c.lemma_.lower() not in OBJECT_PLACE_VERBS or _has_subject(c):
            continue
        if not (c.tag_ == "VBG" or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
            continue
        for o in c.children:
            if o.dep_ == "dobj":
                yield _Candidate(o, "hit")


def _has_subject(tok: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in tok.children)


def _shared_verbs(verb: Token) -> list[Token]:
    """The verbs conjoined with `verb` that share its subject ("shot and killed a man in X",
    "stormed a hotel in X and killed six"): a later conjunct with no subject of its own."""
    out: list[Token] = []
    for c in verb.conjuncts:
        if c.pos_ not in ("VERB", "AUX"):
            continue
        later = c if c.i > verb.i else verb
        if not _has_subject(later):
            out.append(c)
    return out


def _fronted(verb: Token) -> frozenset[int]:
    """The locative prepositions set before the subject of `verb` and closed by a comma ("In X
    province, militants clashed ... in Y"): a frame for the clause, which its own more specific
    place outranks."""
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or verb.pos_ not in ("VERB", "AUX"):
        return frozenset()
    doc = verb.doc
    out = set()
    for p in _preps(verb):
        if p.lower_ in LOCATIVE and p.i < min(subjects) and p.right_edge.i + 1 < len(doc):
            if any(t.text == "," for t in doc[p.right_edge.i + 1 : min(subjects)]):
                out.add(p.i)
    return frozenset(out)


def _place_heads(trigger: Token, lo: int, hi: int, depth: int = 0) -> Iterator[_Candidate]:
    """Candidate tokens for the place, best first; a fronted frame ("In X, ...") last."""
    fronted = _fronted(trigger)
    yield from _own_heads(trigger, lo, hi, depth, fronted)
    for p in _preps(trigger):
        if p.i in fronted:
            for o in _objects(p):
                yield _Candidate(o, "take")
    # the frame of the report the event is told in: "In X, officials said soldiers shot ..."
    h = trigger.head
    if depth == 0 and trigger.dep_ == "ccomp" and h.lemma_.lower() in REPORT_VERBS and lo <= h.i < hi:
        for p in _preps(h):
            if p.i in _fronted(h):
                for o in _objects(p):
                    yield _Candidate(o, "take")


def _hit_heads(verb: Token) -> Iterator[_Candidate]:
    """What a verb of force hit or a verb of taking ground took, when named as a place: its
    object ("stormed the village of X", "captured X"), the subject of its passive ("the towns
    of X and Y were shelled", "X's streets are patrolled")."""
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or lemma not in OBJECT_PLACE_VERBS:
        return
    mode: Mode = "ground" if lemma in GROUND_VERBS else "hit"
    for c in verb.children:
        if c.dep_ == "dobj" or (c.dep_ == "nsubjpass" and verb.tag_ == "VBN"):
            yield _Candidate(c, mode)
            for cc in c.conjuncts:
                if cc.i > c.i:
                    yield _Candidate(cc, mode)


def _own_heads(trigger: Token, lo: int, hi: int, depth: int, fronted: frozenset[int]) -> Iterator[_Candidate]:
    lemma = trigger.lemma_.lower()
    is_noun = trigger.pos_ in ("NOUN", "PROPN")
    is_verb = trigger.pos_ in ("VERB", "AUX")
    motion = lemma in MOTION

    # 0. what a verb of force hit, named as a place, before where its clause is set ("launched
    #    an offensive in X province, targeting the village of Y" -> Y, "seized the Y district")
    yield from _hit_heads(trigger)
    # 1. the trigger's own locative phrases
    yield from _locative_heads(trigger, skip=fronted)
    # 2. motion: "to X", "visit X"
    if motion:
        for p in _preps(trigger):
            if p.lower_ in MOTION_TO:
                for o in _objects(p):
                    yield _Candidate(o, "take")
    if lemma in VISIT_OBJECT and not is_noun:
        for c in trigger.children:
            if c.dep_ == "dobj":
                yield _Candidate(c, "take")
    # 3. locative phrases on the trigger's object ("declared a friendship in Beijing"), on
    #    a clause on it ("shot a police officer walking near his home in X")
    objs = [c for c in trigger.children if c.dep_ in ("dobj", "dative")]
    objs.extend([cc for o in list(objs) for cc in o.conjuncts if cc.i > o.i])
    partners: list[Token] = []
    for p in _preps(trigger):
        if p.lower_ in PARTNER_PREPS:  # "talks between X and Y in Z"
            for o in p.children:
                if o.dep_ == "pobj":
                    partners.extend([o, *(c for c in o.conjuncts if c.i > o.i)])
    objs.extend(partners)
    for o in objs:
        if o.lemma_.lower() in EVENT_NOUNS:
            # "staged an attack in X": the object is the trigger's own act; "condemned the
            # attack in X" is another event
            if is_verb and lemma in LIGHT_VERBS and o.dep_ == "dobj":
                yield from _locative_heads(o)
                if o.lemma_.lower() in FORCE_NOUNS:  # "launched an assault on the X airport"
                    for p in _preps(o):
                        if p.lower_ in ("on", "upon", "against"):
                            for oo in _objects(p):
                                yield _Candidate(oo, "hit")
                yield from _purpose_heads(o)  # "launched an offensive to capture the town of X"
            continue
        if o.lemma_.lower() in MOTION:  # "made a trip to Paris"
            yield from _locative_heads(o)
            for p in _preps(o):
                if p.lower_ in MOTION_TO:
                    for oo in _objects(p):
                        yield _Candidate(oo, "take")
            continue
        # a clause on a partner ("shot him with a rifle that ...") says nothing of the place
        yield from (_locative_heads(o) if o in partners else _target_heads(o))
        # what the participant belongs to, where it is: "killed the driver of a van in X",
        # "shot the owner of a shop near X"
        if o not in partners and is_verb:
            for p in _preps(o):
                if p.lower_ == "of":
                    for oo in _objects(p):
                        yield from _locative_heads(oo)
        # what a verb of force hit, when named as a place ("stormed the village of X")
        if is_verb and lemma in OBJECT_PLACE_VERBS and o.dep_ == "dobj":
            yield _Candidate(o, "hit")
    # 3e. the act the event happened during: its own place ("shot dead during a raid on a
    #     building in X", "killed during air raids over X"); only an act noun's, never a time's
    for p in _preps(trigger):
        if p.lower_ == "during" and p.i not in fronted:
            for o in _objects(p):
                if o.lemma_.lower() in EVENT_NOUNS or o.lemma_.lower() in FORCE_NOUNS:
                    yield from _locative_heads(o)
                    for pp in _preps(o):
                        if pp.lower_ in ("over", "across"):
                            for oo in _objects(pp):
                                yield _Candidate(oo, "take")
    if is_verb:
        # 3a. what a clause of the same act hit: "launched an attack ..., targeting the village of
        #     X", "launched an offensive to capture X"
        yield from _purpose_heads(trigger)
        # 3b. the doer's place ("killed by snipers in Aden", "by gunmen who were hiding ... in X")
        for p in trigger.children:
            if p.dep_ == "agent":
                for o in _objects(p):
                    yield from _target_heads(o)
        # 3c. a verb sharing the trigger's subject ("was shot and killed outside his home in X",
        #     "raided a village in X and shot six men")
        for v in _shared_verbs(trigger):
            yield from _locative_heads(v)
            for o in v.children:
                if o.dep_ in ("dobj", "dative") and o.lemma_.lower() not in EVENT_NOUNS:
                    yield from _target_heads(o)
        # 3d. a gapped passive conjunct sharing the trigger's auxiliary: its phrase is both
        #     clauses' ("six were killed and 20 others wounded in X")
        if trigger.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in trigger.children):
            for v in trigger.conjuncts:
                if v.i > trigger.i and v.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in v.children):
                    yield from _locative_heads(v)
    # 4. nouns: their "of" object's locative phrase; a city/region name modifying them
    if is_noun:
        frontier = [trigger]
        for _ in range(2):
            nxt = []
            for t in frontier:
                for p in _preps(t):
                    if p.lower_ == "of":
                        for o in _objects(p):
                            nxt.append(o)
                            yield from _locative_heads(o)
            frontier = nxt
        for c in trigger.children:
            if c.dep_ == "compound" and c.i < trigger.i:
                yield _Candidate(c, "modifier")
    # 5. up to the governing verb: open complements and light verbs
    t, steps = trigger, 0
    while steps < 3 and t.head.i != t.i and lo <= t.head.i < hi:
        h = t.head
        if t.dep_ == "xcomp" or (
            is_noun
            and t is trigger
            and t.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")
            and h.lemma_.lower() in LIGHT_VERBS
        ):
            yield from _locative_heads(h)
            t, steps = h, steps + 1
            continue
        break
    if not is_verb:
        return
    # 6. the subject's place ("gunmen in X killed ...", "a bomb that ripped through a
    #    disco in X killed ...")
    for c in trigger.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            yield from _target_heads(c, restrictive=True)
    # 7. a participle clause without a subject of its own is where its main verb is ("a bomb
    #    exploded in X, killing eight"; "... and wounding 20")
    t = trigger
    if t.dep_ == "conj" and not _has_subject(t) and t.head.pos_ in ("VERB", "AUX"):
        t = t.head
    if (
        depth == 0
        and t.dep_ == "advcl"
        and t.tag_ == "VBG"
        and not _has_subject(t)
        and not any(c.dep_ == "mark" for c in t.children)
        and lo <= t.head.i < hi
    ):
        yield from _place_heads(t.head, lo, hi, depth + 1)
    # 8. what the trigger's subject was doing at the time ("was shot while covering the
    #    clashes in X"), or what a clause of that time hit ("were killed when gunmen attacked X
    #    town", "... when gunmen launched attacks on X town"; "when" is often parsed advmod)
    for c in trigger.children:
        if c.dep_ == "advcl" and any(
            (m.dep_ == "mark" or (m.dep_ == "advmod" and m.lower_ == "when")) and m.lower_ in ("while", "as", "when")
            for m in c.children
        ):
            yield from _locative_heads(c)
            yield from _hit_heads(c)
            for o in c.children:
                if o.dep_ == "dobj":
                    yield from _locative_heads(o)
                    if c.lemma_.lower() in LIGHT_VERBS and o.lemma_.lower() in FORCE_NOUNS:
                        for p in _preps(o):
                            if p.lower_ in ("on", "upon", "against"):
                                for oo in _objects(p):
                                    yield _Candidate(oo, "hit")


def _place_at(
    tok: Token, gaz: Gazetteer, lo: int, hi: int, mode: Mode, depth: int, unknown: bool = True
) -> Location | None:
    """The place at or under `tok`: its own name, or one its phrase leads to.

    With `unknown`, a clearly named place that no gazetteer knows counts too (`_named_place`)."""
    if not (lo <= tok.i < hi):
        return None
    if mode == "modifier":
        return place_of(tok, gaz, modifier=True)
    if mode in ("hit", "ground"):
        # the object of a verb of force, when named as a place ("stormed the village of X",
        # "attacked X district", "shelled Gagrian"); a bare name the gazetteer knows is the
        # target, often a government's metonym ("troops attacked Kyiv"), never a country; a
        # verb of taking ground takes the town itself ("captured X", "entered X")
        # (but a name titled with a place noun, "attacked X Town", "shelled X District", is a place)
        titled_name = tok.lower_ in PLACE_NOUNS and any(c.dep_ == "compound" and c.i < tok.i for c in tok.children)
        if mode == "hit" and tok.pos_ == "PROPN" and not titled_name and place_of(tok, gaz) is not None:
            return None
        # (a name the NER took for a person is ground only after "stormed", "entered" ...)
        ground_only = tok.head.lemma_.lower() in GROUND_ONLY_VERBS and tok.ent_type_ in ("PERSON", "ORG")
        if mode == "ground" and tok.pos_ == "PROPN" and (not tok.ent_type_ or ground_only) and unknown:
            loc = _named_place(tok, gaz, lo, hi, depth, bare=True)
            if loc is not None and place_of(tok, gaz) is None:
                return loc
        # "captured X" with X taken for an organisation: a one-word name a town of the gazetteer
        # bears is that town (organisations are seldom captured under one bare word)
        if mode == "ground" and tok.pos_ == "PROPN" and tok.ent_type_ == "ORG" and _ent_len(tok) == 1:
            loc = place_of(tok, gaz, named=True)
            if loc is not None and loc.kind not in ("country", "region"):
                return loc
        loc = _place_at(tok, gaz, lo, hi, "take", depth, unknown)
        return loc if loc is not None and loc.kind != "country" else None
    if mode == "take":
        # "in Yala" with Yala taken for a person: people are not "in" one another, so a town the
        # gazetteer knows counts after a locative preposition (not "at", "at Smith's")
        named = tok.ent_type_ == "PERSON" and tok.dep_ == "pobj" and tok.head.lower_ in _PERSON_PLACE_PREPS
        loc = place_of(tok, gaz, named=named)
        if loc is not None:
            return loc
        # "in Mainok"; "in Jobar District", "attacked Bama Town" (a name ending in a place noun)
        # (not "the Federal Center for Neurosurgery": an institution's name goes on with a phrase)
        titled = (
            tok.pos_ == "PROPN"
            and tok.lower_ in PLACE_NOUNS
            and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)
            and not any(c.dep_ == "prep" and c.lower_ not in LOCATIVE for c in tok.children)
        )
        # "in Konduga", "near Miranshah": a name the NER left untagged right after a locative
        # preposition (not "in January": `NOT_PLACES`; not an institution, "at University of X")
        bare = (
            not titled
            and not tok.ent_type_
            and tok.dep_ == "pobj"
            and tok.head.lower_ in _BARE_NAME_PREPS
            and not any(c.dep_ == "prep" and c.lower_ not in LOCATIVE for c in tok.children)
        )
        # "in X, a village in Y": a name a settlement noun is set beside is that settlement
        beside = next(
            (
                c
                for c in tok.children
                if c.dep_ == "appos"
                and c.i > tok.i
                and c.pos_ == "NOUN"
                and c.lemma_.lower() in APPOSITIVE_PLACES
                and c.left_edge.i > 0
                and tok.doc[c.left_edge.i - 1].text == ","  # set off by a comma
            ),
            None,
        )
        if unknown and tok.pos_ == "PROPN" and beside is not None:
            loc = _named_place(tok, gaz, lo, hi, depth, container=beside)
            if loc is not None:
                return loc
        if unknown and (tok.ent_type_ in _PLACE_ENTS or titled or bare):
            loc = _named_place(tok, gaz, lo, hi, depth, container=tok if titled else None, bare=bare)
            if loc is not None:
                return loc
    if depth >= 3 or tok.pos_ not in ("NOUN", "PROPN", "PRON", "NUM", "X"):
        return None
    lemma = tok.lemma_.lower()
    place_noun = lemma in PLACE_NOUNS or tok.lower_ in PLACE_NOUNS
    if place_noun:
        # the name after it, the most specific place: "the West Bank city of Nablus" (but
        # "the Donetsk region of Ukraine" is Donetsk)
        linked = None
        for p in _preps(tok):
            if p.lower_ in PLACE_NOUN_LINKS and linked is None:
                for o in _objects(p):
                    linked = _place_at(o, gaz, lo, hi, "take", depth + 1, unknown=False)
                    if linked is None and unknown:  # "the village of Mainok"
                        linked = _named_place(o, gaz, lo, hi, depth + 1, container=tok)
                    if linked is not None and linked.kind == "country" and tok.lower_ == "capital":
                        # "the capital of X, Y": the city set beside the country
                        for a in o.children:
                            if a.dep_ in ("appos", "conj") and a.i > o.i and a.doc[a.i - 1].text == ",":
                                city = place_of(a, gaz)
                                if city is not None and city.kind == "city":
                                    linked = city
                    if linked is not None:
                        break
        # "the Y district of X", "Y area of X town": a name before a noun of a part of a town
        # names that part, the "of" town being its container (but "the West Bank city of
        # Nablus", "the Homs village of X": a settlement noun's "of" object is the settlement)
        if linked is not None and linked.kind == "city" and lemma not in _SETTLEMENT_NOUNS and tok.pos_ == "NOUN":
            for c in tok.children:
                if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i:
                    part = place_of(c, gaz, named=True)
                    if part is None and unknown:
                        part = _named_place(c, gaz, lo, hi, depth + 1, container=tok)
                    if part is not None and part.kind != "country" and part.name != linked.name:
                        return part
        if linked is not None and linked.kind != "country":
            return linked
        # "the Chinese capital" -> the capital of the demonym's country
        if lemma == "capital":
            for c in tok.children:
                if c.dep_ in ("amod", "compound", "poss"):
                    iso3 = gaz.country_of_demonym(c.text)
                    if iso3 is None:
                        e = gaz.entry(c.text)
                        iso3 = e.iso3 if e and e.kind == "country" else None
                    cap = gaz.capital(iso3) if iso3 else None
                    if cap is not None:
                        text = tok.doc[min(c.i, tok.i) : tok.i + 1].text
                        return Location(
                            text=text, name=cap.name, country=cap.country, lat=cap.lat, lon=cap.lon, kind="city"
                        )
        # "the Donetsk region", "the Hama countryside": the name in the compound (not "the
        # Federal Center")
        for c in tok.children if tok.pos_ == "NOUN" else ():
            if c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" and c.i < tok.i:
                loc = place_of(c, gaz, named=True)
                if loc is None and unknown and linked is None:  # "Yaqshid district", "Rangae district"
                    loc = _named_place(c, gaz, lo, hi, depth + 1, container=tok)
                if loc is not None:
                    return loc
        if linked is not None:
            return linked
    # appositions: "in the Chinese capital, Beijing"
    for c in tok.children:
        if c.dep_ == "appos":
            loc = _place_at(c, gaz, lo, hi, "take", depth + 1)
            if loc is not None:
                return loc
    # a participle of position: "the villages surrounding X", "the hills overlooking X"
    for c in tok.children:
        if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in POSITION_VERBS and not _has_subject(c):
            for o in c.children:
                if o.dep_ == "dobj":
                    # (a name there is a place whatever the NER took it for: what else do
                    # villages surround)
                    loc = place_of(o, gaz, named=True) if o.pos_ == "PROPN" else None
                    if loc is None and o.pos_ == "PROPN":
                        loc = _named_place(o, gaz, lo, hi, depth + 1, bare=True)
                    loc = loc or _place_at(o, gaz, lo, hi, "take", depth + 1)
                    if loc is not None:
                        return loc
    # a place on a named place: "their camp on the X Peninsula", "a village on X Island" (a place
    # stands on ground; "sanctions on X" is not a place noun's)
    if place_noun:
        for p in _preps(tok):
            if p.lower_ in ("on", "upon"):
                for o in _objects(p):
                    if o.pos_ == "PROPN" and (o.ent_type_ in _PLACE_ENTS or o.lower_ in PLACE_NOUNS):
                        loc = _place_at(o, gaz, lo, hi, "take", depth + 1)
                        if loc is not None:
                            return loc
    # nested locative phrases: "at a hotel in Geneva", "a village near Kharkiv"
    for cand in _locative_heads(tok):
        loc = _place_at(cand.tok, gaz, lo, hi, cand.mode, depth + 1)
        if loc is not None:
            return loc
    if not place_noun and tok.pos_ == "NOUN":
        # what it is part of: "in the car park of his home in X", "an ambush of a convoy in X"
        for p in _preps(tok):
            if p.lower_ == "of":
                for o in _objects(p):
                    loc = _place_at(o, gaz, lo, hi, "pass", depth + 1)
                    if loc is not None:
                        return loc
        # a clause on it: "at a shop they ran in X"
        for cand in _clause_heads(tok):
            loc = _place_at(cand.tok, gaz, lo, hi, cand.mode, depth + 1)
            if loc is not None:
                return loc
        # a city or region naming it: "outside his Freetown home", "the Moscow headquarters",
        # "patrol Athens and Olympic venues" (a coordinated name the parser hangs as "nmod")
        for c in tok.children:
            if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < tok.i:
                loc = place_of(c, gaz, modifier=True)
                if loc is not None and loc.kind == "city":
                    return loc
    if place_noun:  # "Ukraine's east"
        for c in tok.children:
            if c.dep_ == "poss":
                loc = place_of(c, gaz)
                if loc is not None:
                    return loc
    return None


# the kind of a named place that no gazetteer knows (a village, a district, a camp, a street)
UNKNOWN_KIND = "place"


def _named_place(
    tok: Token, gaz: Gazetteer, lo: int, hi: int, depth: int, container: Token | None = None, bare: bool = False
) -> Location | None:
    """A clearly named place that no gazetteer knows, or None.

    Clearly named: a proper noun the NER tagged GPE/LOC/FAC where a locative phrase puts the
    event ("in Mainok"), or any proper noun a place noun names ("the village of Mainok", "the
    Yaqshid district", `container` being that noun). Such a place is kept as the event's place,
    with its text as its name, kind "place" and no coordinates; its country is the one of a
    known place the same phrase nests it in ("the Yaqshid district of Mogadishu", "Mogadishu's
    Yaqshid district", "the village of Huwaysis in the Homs countryside"), else None.
    Why no coordinates: the text is what the reader needs (the village, not the province it
    lies in), and the containing place's point would put a village on the map at the centre of
    its province as if that were where the event happened; a map a user can trust shows only
    places it can put where they are (a gazetteer of small places, when it knows the name,
    gives them before this is reached). Why the country: it is true of the village too, and
    the event's country (counts by country, the map's filters) needs no point.
    """
    if tok.pos_ != "PROPN" or tok.lower_ in NOT_PLACES or not (lo <= tok.i < hi):
        return None
    label = tok.ent_type_
    if label in _SKIP_ENTS or label == "NORP" or (container is None and label not in _PLACE_ENTS and not bare):
        return None
    if bare and not tok.text[:1].isupper():
        return None
    ent = _ent_of(tok)
    words = ent if ent is not None and (label in _PLACE_ENTS or bare) else _propn_chain(tok)
    first = words.start + (1 if words[0].lower_ == "the" else 0)
    span = tok.doc[first : words.end]
    if not span.text or not span.text[:1].isupper():
        return None
    if (label == "FAC" and container is None) or container is tok:  # also "the Federal Center ... in X"
        # a building, a road: the known town it stands in ("the Great Hall of the People in
        # Beijing", which the NER takes as one name)
        inside = _container([tok], tok.doc[tok.i : tok.i + 1], gaz, lo, hi, depth)
        if inside is not None:
            return inside
    inside = _container([t for t in (tok, container) if t is not None], span, gaz, lo, hi, depth)
    return Location(
        text=span.text,
        name=span.text,
        country=inside.country if inside is not None else None,
        lat=None,
        lon=None,
        kind=UNKNOWN_KIND,
    )


def _container(toks: list[Token], name: Span, gaz: Gazetteer, lo: int, hi: int, depth: int) -> Location | None:
    """A known place the phrase of `toks` nests `name` in ("of Mogadishu", "Mogadishu's", "in
    the Homs countryside", "the Homs village of X"), or None."""
    for t in toks:
        for c in t.children:
            if name.start <= c.i < name.end:
                continue
            loc = None
            if c.dep_ in ("poss", "compound", "amod") and c.pos_ == "PROPN" and c.i < t.i:
                loc = place_of(c, gaz, named=True)
            elif c.dep_ in ("prep", "appos") and (c.lower_ in LOCATIVE or c.lower_ == "of" or c.dep_ == "appos"):
                for o in (c,) if c.dep_ == "appos" else _objects(c):
                    if not name.start <= o.i < name.end:
                        loc = loc or _place_at(o, gaz, lo, hi, "take", depth + 1, unknown=False)
            if loc is not None and loc.country:
                return loc
    return None
