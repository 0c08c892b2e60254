"""The tokens of a sentence where an event's place may be named: `place_heads` (see
`locatives.locate` for the order), each a `Candidate` with the `Mode` it may be taken in.

The search follows the parse only (no gazetteer): the trigger's locative phrases, a motion
word's destination, what a verb of force hit, its object's and supporting verb's phrases, the
doer's and subject's, clauses of the same act or time."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from ..component import entity_of
from .words import (
    COMPASS,
    EVENT_NOUNS,
    FORCE_NOUNS,
    GROUND_VERBS,
    HARM_VERBS,
    IN_IS_TARGET,
    LIGHT_VERBS,
    LOCATIVE,
    MOTION,
    MOTION_TO,
    OBJECT_PLACE_VERBS,
    ORIGIN_VERBS,
    PARTNER_PREPS,
    PLACE_NOUNS,
    POSITION_HEADS,
    REPORT_VERBS,
    STREET_NOUNS,
    THROUGH_PREPS,
    VISIT_OBJECT,
    WRAPPERS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

# how a candidate token may give the place: "take" (it may name the place itself), "pass"
# (only a phrase under it may: the X of "invest in X" is a target), "modifier" (a name
# before a noun trigger, "the Beijing summit": a city or region, never a country)
# "hit" (the object of a verb of force: a place named as one, never a country)
# "ground" (the object of a verb of taking ground: also a bare town's name, "captured X")
# "struck" (what a bombardment or blockade was of: a place named as one, never a country)
Mode = Literal["take", "pass", "modifier", "hit", "ground", "struck"]


@dataclass(slots=True)
class Candidate:
    """A token where the event's place may be named, and how it may be taken."""

    tok: Token
    mode: Mode


# prepositions of what lies over the event: a place only when their object is named as one
_UNDER_PREPS = {"under", "underneath", "below"}


def ent_len(tok: Token) -> int:
    ent = entity_of(tok)
    return len(ent) if ent is not None else 1


def preps(tok: Token) -> Iterator[Token]:
    for c in tok.children:
        if c.dep_ in ("prep", "agent") or (c.dep_ == "advmod" and c.lower_ in LOCATIVE):
            yield c
        elif c.dep_ in ("advmod", "amod", "npadvmod") and c.lower_ in POSITION_HEADS:  # "villages close to X"
            # a compass word on a noun places that noun ("a town northeast of Y"); on a name, set
            # off by a comma, with a distance or before its verb it is a point of reference ("in
            # X, 70 miles south of Y", "In X, northeast of Y, gunmen ...")
            if c.lower_ in COMPASS and tok.pos_ not in ("NOUN", "PRON") and _reference(c, tok):
                continue
            yield c


def _reference(c: Token, tok: Token) -> bool:
    """Whether the compass word `c` on `tok` (a verb or a name) is a point of reference only."""
    doc = c.doc
    return (
        tok.pos_ == "PROPN"
        or c.i < tok.i
        or (c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ",")
        or any(m.dep_ in ("npadvmod", "nummod") for m in c.children)
    )


def objects(prep: Token) -> Iterator[Token]:
    for c in prep.children:
        if c.dep_ in ("pobj", "pcomp"):
            yield c
            for cc in c.conjuncts:
                if cc.i > c.i:
                    yield cc
                    break


def locative_heads(tok: Token, depth: int = 0, skip: frozenset[int] = frozenset()) -> Iterator[Candidate]:
    """Objects of locative prepositions on `tok` (through "including in X" wrappers).

    Each is taken ("take") unless it can only lead to the place ("pass": "invest in X",
    whose X is the target).
    """
    for p in preps(tok):
        if p.i in skip:
            continue
        lem = p.lower_
        if lem in LOCATIVE or lem in POSITION_HEADS:
            ok: Mode = "pass" if lem == "in" and tok.lemma_.lower() in IN_IS_TARGET else "take"
            objs = list(objects(p))
            if not objs and p.pos_ in ("ADV", "ADJ"):  # "close to X", "inside of X"
                objs = [o for q in p.children if q.dep_ == "prep" and q.lower_ in ("to", "of") for o in objects(q)]
            for o in objs:
                yield Candidate(o, ok)
        elif lem in THROUGH_PREPS:
            for o in objects(p):
                # a named street or square is where one stands "on" ("clashed on Tahrir Square")
                street = (
                    lem in ("on", "upon")
                    and o.pos_ == "PROPN"
                    and o.lower_ in STREET_NOUNS
                    and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in o.children)
                )
                yield Candidate(o, "take" if street else "pass")
        elif lem in _UNDER_PREPS:
            # "a bomb under the stronghold of X", "under a bridge in X": a place only when its
            # object is one (not "under the Minsk agreement", "under Russian control")
            for o in objects(p):
                if o.lemma_.lower() in PLACE_NOUNS or o.lower_ in STREET_NOUNS or o.ent_type_ in ("GPE", "LOC", "FAC"):
                    yield Candidate(o, "take")
        elif (lem in WRAPPERS or p.lemma_.lower() in WRAPPERS) and depth < 2:
            yield from locative_heads(p, depth + 1)


def clause_heads(tok: Token, restrictive: bool = False) -> Iterator[Candidate]:
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
        yield from locative_heads(c)
        # what a clause of force on it hit: "a car bomb that targeted a checkpoint in X"; what a
        # participle on it holds, where it is held ("a van carrying a team in X")
        if c.lemma_.lower() in OBJECT_PLACE_VERBS or (c.dep_ == "acl" and c.tag_ == "VBG"):
            for o in c.children:
                if o.dep_ == "dobj":
                    yield from locative_heads(o)


def _target_heads(tok: Token, restrictive: bool = False) -> Iterator[Candidate]:
    """Where a participant of the event is said to be: its own locative phrase ("attacked
    a police station in Mardan"), then one of a clause on it."""
    yield from locative_heads(tok)
    yield from clause_heads(tok, restrictive)


def _purpose_heads(tok: Token) -> Iterator[Candidate]:
    """The object of a clause of force that spells out the act of `tok`: a participle with no
    subject of its own ("launched an assault, targeting the village of X") or a purpose
    infinitive ("an offensive to capture the town of X"); taken only when named as a place."""
    for c in tok.children:
        if c.dep_ not in ("advcl", "acl", "xcomp") or c.lemma_.lower() not in OBJECT_PLACE_VERBS or has_subject(c):
            continue
        if not (c.tag_ == "VBG" or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
            continue
        for o in c.children:
            if o.dep_ == "dobj":
                yield Candidate(o, "hit")


def _means_heads(g: Token) -> Iterator[Candidate]:
    """Where the gerund `g` of the means of an act puts it: what it hit when named as a place, its
    own locative phrases, its object's (an act of force it launched, what that act hit); never
    an event named as its object that it only speaks of ("by condemning the attack in X")."""
    yield from _hit_heads(g)
    yield from locative_heads(g)
    for o in g.children:
        if o.dep_ != "dobj":
            continue
        if o.lemma_.lower() in EVENT_NOUNS:
            if is_light(g):  # "by launching an attack at X"
                yield from locative_heads(o)
                if o.lemma_.lower() in FORCE_NOUNS:
                    for p in preps(o):
                        if p.lower_ in ("on", "upon", "against"):
                            for oo in objects(p):
                                yield Candidate(oo, "hit")
            continue
        yield from _target_heads(o)


def _marked(tok: Token) -> bool:
    """Whether the clause of `tok` opens with a conjunction ("after", "before", "while")."""
    return any(c.dep_ == "mark" for c in tok.children)


def _spells_out(verb: Token) -> bool:
    """Whether `verb` is a verb of harm or of force, whose participle spells out an act's result."""
    lemma = verb.lemma_.lower()
    return lemma in HARM_VERBS or lemma in OBJECT_PLACE_VERBS


def is_light(tok: Token) -> bool:
    """Whether `tok` is a light verb ("launched", "staged" an attack; the pipeline gives "staged"
    its own lemma, coding/lemmas.py)."""
    return tok.lemma_.lower() in LIGHT_VERBS


def has_subject(tok: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in tok.children)


def verbless_subject(verb: Token) -> Token | None:
    """The sentence's root noun when the parser hung the main verb on a noun after it, leaving
    the sentence with no verb of its own: "Allies of the rebels [killed] ten", "A bomber in X,
    the capital of Y [killed] 16" (the verb a finite form with an object, the root before it);
    so is the noun a verb of reporting after it took for its subject ("Allies of the rebels
    [killed] ten, said police": the attribution set after the report)."""
    root = verb.sent.root
    if root.pos_ in ("VERB", "AUX") and root.lemma_.lower() in REPORT_VERBS and root.i > verb.i:
        root = next((c for c in root.children if c.dep_ == "nsubj" and c.left_edge.i <= verb.i <= c.right_edge.i), root)
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBD"
        and any(c.dep_ == "dobj" for c in verb.children)
        and root.pos_ in ("NOUN", "PROPN")
        and root.i < verb.head.i
    ):
        return root
    return None


def final_participle_main(verb: Token) -> Token | None:
    """ "Gunmen stormed the village as residents were preparing for prayers, [killing] 39 people":
    a participle of harm (events.yaml harm_verbs) set off by a comma at the end of the sentence
    modifies the main clause, though the parser hung it on a subordinate clause before it (one
    with a subordinator and a subject of its own): that clause's main verb, whose subject is the
    participle's doer; None otherwise ("as protesters marched, [chanting] slogans" is theirs)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in HARM_VERBS:
        return None
    sub, doc = verb.head, verb.doc
    if sub.dep_ != "advcl" or sub.i > verb.i or not any(c.dep_ in ("nsubj", "nsubjpass") for c in sub.children):
        return None
    if not any(m.dep_ == "mark" and m.pos_ == "SCONJ" for m in sub.children) or has_subject(verb):
        return None
    start = verb.left_edge.i
    if start == 0 or doc[start - 1].text != ",":
        return None
    end = verb.sent.end
    if any(not doc[i].is_punct for i in range(verb.right_edge.i + 1, end)) and not _attribution_after(verb):
        return None  # not at the end of the sentence, nor before its attribution only
    main = sub.head
    return main if main.pos_ in ("VERB", "AUX") and main.i < sub.i else None


def _attribution_after(verb: Token) -> bool:
    """ "..., killing 12 people, [officials said] Thursday.": is all that follows a clause only
    the report's attribution, set off by a comma: the sentence's root, a verb of reporting
    (places.yaml report_verbs) after the clause, and its own words?"""
    root, doc = verb.sent.root, verb.doc
    after = range(verb.right_edge.i + 1, verb.sent.end)
    if root.i <= verb.right_edge.i or root.lemma_.lower() not in REPORT_VERBS or not after or doc[after[0]].text != ",":
        return False
    return all(doc[i].is_punct or doc[i].i == root.i or _under(doc[i], root, verb) for i in after)


def _under(tok: Token, root: Token, clause: Token) -> bool:
    """Is the word in the root's own phrases, not in the clause that holds `clause`?"""
    while tok.head.i != tok.i:
        if tok.head.i == root.i:
            return not any(t.i == clause.i for t in tok.subtree)
        tok = tok.head
    return False


def _shared_verbs(verb: Token) -> list[Token]:
    """The verbs conjoined with `verb` that share its subject ("shot and killed a man in X",
    "stormed a hotel in X and killed six"): a later conjunct with no subject of its own."""
    out: list[Token] = []
    for c in verb.conjuncts:
        if c.pos_ not in ("VERB", "AUX"):
            continue
        later = c if c.i > verb.i else verb
        if not has_subject(later):
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
    for p in preps(verb):
        if p.lower_ in LOCATIVE and p.i < min(subjects) and p.right_edge.i + 1 < len(doc):
            if any(t.text == "," for t in doc[p.right_edge.i + 1 : min(subjects)]):
                out.add(p.i)
    return frozenset(out)


def place_heads(trigger: Token, lo: int, hi: int, depth: int = 0) -> Iterator[Candidate]:
    """Candidate tokens for the place, best first; a fronted frame ("In X, ...") last."""
    fronted = _fronted(trigger)
    yield from _own_heads(trigger, lo, hi, depth, fronted)
    # the other half of a count of victims, where the parser hung the place on it ("six were
    # killed and four others injured when a car hit a mine in X"; "six were killed, four others
    # injured when ..." parsed as if reported): one act, one place
    if depth == 0 and trigger.lemma_.lower() in HARM_VERBS and trigger.pos_ in ("VERB", "AUX"):
        pairs = [v for v in trigger.conjuncts if v.i > trigger.i]
        if trigger.dep_ == "ccomp" and lo <= trigger.head.i < hi:
            pairs.append(trigger.head)
        for v in pairs:
            if v.lemma_.lower() in HARM_VERBS and v.pos_ in ("VERB", "AUX") and v.tag_ == "VBN":
                yield from place_heads(v, lo, hi, depth + 1)
    for p in preps(trigger):
        if p.i in fronted:
            for o in objects(p):
                yield Candidate(o, "take")
    # the frame of the report the event is told in: "In X, officials said soldiers shot ..."
    h = trigger.head
    if depth == 0 and trigger.dep_ == "ccomp" and h.lemma_.lower() in REPORT_VERBS and lo <= h.i < hi:
        for p in preps(h):
            if p.i in _fronted(h):
                for o in objects(p):
                    yield Candidate(o, "take")


def _hit_heads(verb: Token) -> Iterator[Candidate]:
    """What a verb of force hit or a verb of taking ground took, when named as a place: its
    object ("stormed the village of X", "captured X"), the subject of its passive ("the towns
    of X and Y were shelled", "X's streets are patrolled")."""
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or lemma not in OBJECT_PLACE_VERBS:
        return
    mode: Mode = "ground" if lemma in GROUND_VERBS else "hit"
    # "stormed and captured the town of X": the object the parser gives the later verb alone is
    # both verbs' when the first has none of its own
    if not any(c.dep_ == "dobj" for c in verb.children):
        for v in _shared_verbs(verb):
            if v.i > verb.i and v.lemma_.lower() in OBJECT_PLACE_VERBS:
                yield from _hit_heads(v)
                break
    for c in verb.children:
        if c.dep_ == "dobj" or (c.dep_ == "nsubjpass" and verb.tag_ == "VBN"):
            yield Candidate(c, mode)
            for cc in c.conjuncts:
                if cc.i > c.i:
                    yield Candidate(cc, mode)


def _own_heads(trigger: Token, lo: int, hi: int, depth: int, fronted: frozenset[int]) -> Iterator[Candidate]:
    lemma = trigger.lemma_.lower()
    is_noun = trigger.pos_ in ("NOUN", "PROPN")
    is_verb = trigger.pos_ in ("VERB", "AUX")
    motion = lemma in MOTION

    # 0. what a verb of force hit, named as a place, before where its clause is set ("launched
    #    an offensive in X province, targeting the village of Y" -> Y, "seized the Y district")
    yield from _hit_heads(trigger)
    if is_noun:  # (so is an act noun's: "a raid on X, a village in Y")
        yield from _acts.struck_heads(trigger)
    # 1. the trigger's own locative phrases; those of the shares its victims are told in ("killed
    #    six people, two in X and four in Y")
    yield from locative_heads(trigger, skip=fronted)
    shares = [c for c in trigger.children if c.dep_ == "npadvmod" and c.pos_ == "NUM"]
    shares += [
        a for o in trigger.children if o.dep_ == "dobj" for a in o.children if a.dep_ == "appos" and a.pos_ == "NUM"
    ]
    for c in shares:
        for n in (c, *(cc for cc in c.conjuncts if cc.i > c.i)):
            yield from locative_heads(n)
    # 2. motion: "to X", "visit X"
    if motion:
        for p in preps(trigger):
            if p.lower_ in MOTION_TO:
                for o in objects(p):
                    yield Candidate(o, "take")
    if lemma in VISIT_OBJECT and not is_noun:
        for c in trigger.children:
            if c.dep_ == "dobj":
                yield Candidate(c, "take")
    # 3. locative phrases on the trigger's object ("declared a friendship in Beijing"), on
    #    a clause on it ("shot a police officer walking near his home in X")
    objs = [c for c in trigger.children if c.dep_ in ("dobj", "dative")]
    objs.extend([cc for o in list(objs) for cc in o.conjuncts if cc.i > o.i])
    partners: list[Token] = []
    for p in preps(trigger):
        if p.lower_ in PARTNER_PREPS:  # "talks between X and Y in Z"
            for o in p.children:
                if o.dep_ == "pobj":
                    partners.extend([o, *(c for c in o.conjuncts if c.i > o.i)])
    objs.extend(partners)
    for o in objs:
        if o.lemma_.lower() in EVENT_NOUNS:
            # "staged an attack in X": the object is the trigger's own act; "condemned the
            # attack in X" is another event
            if is_verb and is_light(trigger) and o.dep_ == "dobj":
                yield from locative_heads(o)
                # "launched an assault on the X airport", "stepped up its shelling of X"
                yield from _acts.struck_heads(o)
                if o.lemma_.lower() in FORCE_NOUNS:
                    for p in preps(o):
                        # "carried out airstrikes over the town of X": ground a strike from the
                        # air is made over (not "a debate over X": no act of force)
                        if p.lower_ in ("over", "across"):
                            for oo in objects(p):
                                yield Candidate(oo, "take")
                yield from _purpose_heads(o)  # "launched an offensive to capture the town of X"
            continue
        if o.lemma_.lower() in MOTION:  # "made a trip to Paris"
            yield from locative_heads(o)
            for p in preps(o):
                if p.lower_ in MOTION_TO:
                    for oo in objects(p):
                        yield Candidate(oo, "take")
            continue
        # a clause on a partner ("shot him with a rifle that ...") says nothing of the place
        yield from (locative_heads(o) if o in partners else _target_heads(o))
        # what the participant belongs to, where it is: "killed the driver of a van in X",
        # "shot the owner of a shop near X"
        if o not in partners and is_verb:
            for p in preps(o):
                if p.lower_ == "of":
                    for oo in objects(p):
                        yield from _target_heads(oo, restrictive=True)
        # what a verb of force hit, when named as a place ("stormed the village of X")
        if is_verb and lemma in OBJECT_PLACE_VERBS and o.dep_ == "dobj":
            yield Candidate(o, "hit")
    # 3e. the act the event happened during: its own place ("shot dead during a raid on a
    #     building in X", "killed during air raids over X"), the ground it was done on ("struck a
    #     market during the shelling of X"); only an act noun's, never a time's
    for p in preps(trigger):
        if p.lower_ == "during" and p.i not in fronted:
            for o in objects(p):
                if o.lemma_.lower() in EVENT_NOUNS or o.lemma_.lower() in FORCE_NOUNS:
                    yield from locative_heads(o)
                    if _spells_out(trigger):  # (not "spoke during the siege of X": only a time)
                        yield from _acts.ground_heads(o)
                    for pp in preps(o):
                        if pp.lower_ in ("over", "across"):
                            for oo in objects(pp):
                                yield Candidate(oo, "take")
    yield from _acts.cause_heads(trigger)  # 3h. the act a harm came from ("killed in a shooting in X")
    if is_verb:
        # 3a. what a clause of the same act hit: "launched an attack ..., targeting the village of
        #     X", "launched an offensive to capture X"
        yield from _purpose_heads(trigger)
        # 3f. the means of the same act, a gerund after "by"/"with" with no subject of its own
        #     ("began the assault by storming the village of X", "... by launching an attack at X");
        #     an act it names ("by condemning the attack in X") is another event
        for p in trigger.children:
            if p.dep_ == "prep" and p.lower_ in ("by", "with"):
                for g in p.children:
                    if g.dep_ == "pcomp" and g.tag_ == "VBG" and not has_subject(g):
                        yield from _means_heads(g)
        # 3g. a participle clause with no subject or conjunction of its own that spells out the
        #     act's harm or force ("detonated bombs, killing eight and injuring 42 in a market in
        #     X", "began their attack, striking at X"): where it happened is where the act did
        #     (not a participle of another kind, "condemned the attack, saying ... in X"); the
        #     parser may hang it on the object ("detonated bombs wired to her body, killing ...")
        hosts = [trigger, *(o for o in trigger.children if o.dep_ == "dobj")]
        for c in (c for h in hosts for c in h.children):
            if c.dep_ == "advcl" and c.tag_ == "VBG" and not has_subject(c) and not _marked(c):
                for v in (c, *(cc for cc in c.conjuncts if cc.i > c.i)):
                    if v.tag_ == "VBG" and not has_subject(v) and _spells_out(v):
                        yield from locative_heads(v)
        # 3b. the doer's place ("killed by snipers in Aden", "by gunmen who were hiding ... in X")
        for p in trigger.children:
            if p.dep_ == "agent":
                for o in objects(p):
                    yield from _target_heads(o)
        # 3c. a verb sharing the trigger's subject ("was shot and killed outside his home in X",
        #     "raided a village in X and shot six men")
        for v in _shared_verbs(trigger):
            yield from locative_heads(v)
            for o in v.children:
                if o.dep_ in ("dobj", "dative") and o.lemma_.lower() not in EVENT_NOUNS:
                    yield from _target_heads(o)
                elif o.dep_ == "dobj" and o.lemma_.lower() in FORCE_NOUNS and is_light(v):
                    # "killed six and launched attacks on X town": what the shared act hit
                    for p in preps(o):
                        if p.lower_ in ("on", "upon", "against"):
                            for oo in objects(p):
                                yield Candidate(oo, "hit")
        # 3d. a gapped passive conjunct sharing the trigger's auxiliary: its phrase is both
        #     clauses' ("six were killed and 20 others wounded in X")
        #     (also parsed as a noun conjunct with a participle, "... and 20 others [acl] injured
        #     by gunmen at X"), or a passive conjunct of its own ("a soldier was killed and four
        #     others were wounded by a bomb in X": the victims of one act)
        if trigger.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in trigger.children):
            for v in trigger.conjuncts:
                if v.i < trigger.i:
                    continue
                if v.pos_ == "NOUN":
                    v = next((a for a in v.children if a.dep_ == "acl" and a.tag_ == "VBN"), v)
                if v.tag_ != "VBN":
                    continue
                yield from locative_heads(v)
                for p in v.children:
                    if p.dep_ == "agent":
                        for o in objects(p):
                            yield from locative_heads(o)
    # 4. nouns: their "of" object's locative phrase; a city/region name modifying them
    if is_noun:
        frontier = [trigger]
        for _ in range(2):
            nxt = []
            for t in frontier:
                for p in preps(t):
                    if p.lower_ == "of":
                        for o in objects(p):
                            nxt.append(o)
                            yield from locative_heads(o)
            frontier = nxt
        for c in trigger.children:
            if c.dep_ == "compound" and c.i < trigger.i:
                yield Candidate(c, "modifier")
    # 5. up to the governing verb: open complements and light verbs
    t, steps = trigger, 0
    while steps < 3 and t.head.i != t.i and lo <= t.head.i < hi:
        h = t.head
        if t.dep_ == "xcomp" or (
            is_noun and t is trigger and t.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and is_light(h)
        ):
            yield from locative_heads(h)
            t, steps = h, steps + 1
            continue
        break
    if not is_verb:
        return
    # 6. the subject's place ("gunmen in X killed ...", "a bomb that ripped through a
    #    disco in X killed ..."), also the root of a verbless sentence ("a bomber in X, the
    #    capital of Y killed ...")
    subjects = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and (root := verbless_subject(trigger)) is not None:
        subjects.append(root)
    for c in subjects:
        yield from _target_heads(c, restrictive=True)
        for cc in c.conjuncts:  # "either a bomb or a mine in X killed ..."
            if cc.i > c.i:
                yield from _target_heads(cc, restrictive=True)
        # an act of force as the subject: what it hit ("an attack on X town killed ...",
        # "bombings targeting areas of X killed ...")
        if c.dep_ != "nsubjpass" and c.lemma_.lower() in FORCE_NOUNS:
            for p in preps(c):
                if p.lower_ in ("on", "upon", "against"):
                    for o in objects(p):
                        yield Candidate(o, "hit")
            yield from _purpose_heads(c)
    # 7. a participle clause without a subject of its own is where its main verb is ("a bomb
    #    exploded in X, killing eight"; "... and wounding 20")
    t = trigger
    if t.dep_ == "conj" and not has_subject(t) and t.head.pos_ in ("VERB", "AUX"):
        t = t.head
    # (a gerund hung as the conjunct of an aside: "..., killing six people -- one of them
    # identified as a soldier -- and wounding six others")
    gerund = (t.tag_ == "VBG" and not has_subject(t)) or (t is not trigger and trigger.tag_ == "VBG")
    # (one the parser hung on a subordinate clause before it is the main clause's: "stormed X as
    # residents were preparing, killing 39")
    main = final_participle_main(t) if depth == 0 else None
    if main is not None and lo <= main.i < hi:
        yield from place_heads(main, lo, hi, depth + 1)
    if (
        depth == 0
        and t.dep_ == "advcl"
        and gerund
        and not any(c.dep_ == "mark" for c in t.children)
        and lo <= t.head.i < hi
    ):
        yield from place_heads(t.head, lo, hi, depth + 1)
    # 8. what the trigger's subject was doing at the time ("was shot while covering the
    #    clashes in X"), or what a clause of that time hit ("were killed when gunmen attacked X
    #    town", "... when gunmen launched attacks on X town"; "when" is often parsed advmod)
    for c in trigger.children:
        if c.dep_ == "advcl" and any(
            (m.dep_ == "mark" or (m.dep_ == "advmod" and m.lower_ == "when")) and m.lower_ in ("while", "as", "when")
            for m in c.children
        ):
            yield from locative_heads(c)
            yield from _hit_heads(c)
            for o in c.children:
                if o.dep_ == "dobj":
                    yield from locative_heads(o)
                    if is_light(c) and o.lemma_.lower() in FORCE_NOUNS:
                        for p in preps(o):
                            if p.lower_ in ("on", "upon", "against"):
                                for oo in objects(p):
                                    yield Candidate(oo, "hit")
    # 9. a clause of the time of its main verb happened where that verb's own phrase puts it
    #    ("six were killed in X when gunmen invaded the area", "was shot in X while he was
    #    walking home"); only the main verb's locative phrases, not its wider search
    if (
        depth == 0
        and trigger.dep_ == "advcl"
        and lo <= trigger.head.i < hi
        and trigger.head.pos_ in ("VERB", "AUX")
        and any(
            (m.dep_ == "mark" or (m.dep_ == "advmod" and m.lower_ == "when")) and m.lower_ in ("while", "when", "as")
            for m in trigger.children
        )
    ):
        yield from locative_heads(trigger.head, skip=_fronted(trigger.head))
        yield from _hit_heads(trigger.head)  # "stormed the village of X as residents gathered"


from . import acts as _acts  # noqa: E402  (at the end: acts builds on this module's helpers)
