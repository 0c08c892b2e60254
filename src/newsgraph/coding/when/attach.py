"""Which date expressions of a sentence belong to an event's trigger, and which way in time to resolve them.

Both are read off the dependency parse around the trigger: an expression is the trigger's when the first
clause head above it is the trigger or a verb of the trigger's own clause (`rank`); the direction is the
tense of that clause (`direction`).  See the package docstring for the ranks.
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..events.errands import going_verb
from ..events.negated_subject import negated_subject
from .expressions import Expr
from .lexicon import (
    BINDING_VERBS,
    DURING_PREPS,
    EVENT_NOUNS,
    FUTURE_AUX,
    FUTURE_LEMMAS,
    GATHERING_VERBS,
    HEEDED_NOUNS,
    HEEDED_PREPS,
    LIGHT_VERBS,
    MESSAGE_NOUNS,
    OCCASION_RELATIVES,
    OFFERING_VERBS,
    OPEN_MODALS,
    PARTAKING_OBJECTS,
    PARTAKING_PREPS,
    PARTAKING_VERBS,
    PARTS_OF_DAY,
    PASS_THROUGH_VERBS,
    PURPOSE_PREPS,
    RESULT_VERBS,
    ROLE_NOUNS,
    SIMULTANEOUS_MARKS,
    START_MARKS,
    TEMPORAL_PREPS,
    UNITS,
)
from .reattach import means_of, names_a_thing, ordered_noun, premodifies, reporting_verb, told_when

# the dependencies of an event word on the verb whose clause it is in; "acomp" for an adjective the
# events stage codes ("remained optimistic", "was opposed"): the copula's clause is its own
_CORE_ARGS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "attr", "oprd", "acomp", "dative", "csubj"})
_SUBJ = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_NONE: frozenset[int] = frozenset()


def _is_verbal(t: Token) -> bool:
    return t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB")


def _is_clause_head(t: Token) -> bool:
    """A token that heads a clause: a verb, or a copula/auxiliary used as main verb."""
    if t.pos_ == "VERB":
        return True
    if t.pos_ == "AUX" and t.dep_ not in ("aux", "auxpass"):
        return True
    return t.dep_ == "ROOT" and t.tag_.startswith("VB")


# --------------------------------------------------------------------------- the trigger's clauses


@dataclass(slots=True)
class TriggerClauses:
    """The clauses around one trigger that its expressions may hang off: read once per trigger, then
    for each expression of the sentence."""

    trigger: Token
    noun: bool  # an event noun ("visit"), not a verb
    host: Token | None  # the verb an event noun is a core argument of ("the talks were held")
    host_catena: Set[int]  # the host's own clause (event noun)
    catena: Set[int]  # the trigger's own clause (verb)
    participles: Set[int]  # subjectless participle clauses bound to the trigger (verb)
    _conjuncts: set[int] | None = None  # computed when first asked: it needs the tense of every conjunct

    @classmethod
    def of(cls, trigger: Token) -> TriggerClauses:
        if not _is_verbal(trigger):
            host = _host(trigger)
            return cls(trigger, True, host, _catena(host) if host is not None else _NONE, _NONE, _NONE)
        catena = _catena(trigger)
        return cls(trigger, False, None, _NONE, catena, _participles(trigger, catena))

    def conjuncts(self) -> set[int]:
        """Verbs conjoined with the (verb) trigger that share its subject and tense."""
        if self._conjuncts is None:
            self._conjuncts = _conjuncts(self.trigger)
        return self._conjuncts


def _catena(v: Token) -> set[int]:
    """The trigger's own clause: it plus the verbs it is chained to by xcomp
    ("is expected to meet", "plans to visit", "is going to visit")."""
    out = {v.i}
    cur = v
    while cur.dep_ == "xcomp" and cur.head.i != cur.i:
        cur = cur.head
        out.add(cur.i)
    stack = [v]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ == "xcomp" and c.i not in out:
                out.add(c.i)
                stack.append(c)
    return out


def _has_subject(v: Token) -> bool:
    return any(c.dep_ in _SUBJ for c in v.children)


def _is_participle_adjunct(c: Token) -> bool:
    return (
        c.dep_ == "advcl"
        and c.tag_ in ("VBN", "VBG")
        and not _has_subject(c)
        and not any(c2.dep_ in ("aux", "auxpass", "mark") for c2 in c.children)
    )


def _participles(v: Token, catena: set[int]) -> set[int]:
    """Subjectless participle clauses bound to the trigger ("Asked ..., Putin
    said"; "Speaking on Friday, he said"; "Putin, speaking on Friday, said"), both ways."""
    out: set[int] = set()
    doc = v.doc
    for i in catena:
        for c in doc[i].children:
            if _is_participle_adjunct(c):
                out.add(c.i)
            elif c.dep_ in ("nsubj", "nsubjpass"):
                # set off on the subject, "The minister, speaking on Monday, said": a present
                # participle is at the time of its clause ("The man, arrested on Monday, appeared in
                # court" is not: a past one tells what came before)
                out |= {a.i for a in c.children if a.dep_ == "acl" and a.tag_ == "VBG" and not _has_subject(a)}
    if _is_participle_adjunct(v):
        out |= _catena(v.head)
    return out


def _conjuncts(v: Token) -> set[int]:
    """Verbs conjoined with the trigger that share its subject and tense."""
    out: set[int] = set()
    group = {v.i}
    head = v
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
        group.add(head.i)
    stack = [head]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ == "conj" and _is_verbal(c):
                group.add(c.i)
                stack.append(c)
    group.discard(v.i)
    if not group:
        return out
    d0 = _direction_of_verb(v)
    for i in group:
        o = v.doc[i]
        if not _is_clause_head(o):
            continue
        later = o if o.i > v.i else v
        if _has_subject(later) and later.dep_ == "conj":
            continue
        if _direction_of_verb(o) == d0:
            out.add(i)
    return out


def _host(noun: Token) -> Token | None:
    """The verb an event noun is a core argument of; or the copula of a clause that names an
    actor's role in it ("X was the target of an attack", "has been the subject of sanctions")."""
    if noun.dep_ in _CORE_ARGS and _is_clause_head(noun.head) and noun.head.i != noun.i:
        return noun.head
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "agent" and _is_clause_head(prep.head):
        # the by-agent of a passive is its subject ("the depot was hit by drone strikes")
        return prep.head
    if noun.dep_ == "pobj" and prep.lower_ in PARTAKING_PREPS and (verb := _partaking(prep.head)) is not None:
        return verb  # "took part in a rally", "joined in the protests": the event the verb's doer acted in
    if (going := going_verb(noun)) is not None and _is_clause_head(going) and going.i != prep.i:
        return going  # "flew to Tokyo on Monday [for talks]": the errand is when the going is
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in ROLE_NOUNS:
        role = prep.head
        if role.dep_ in _CORE_ARGS and role.head.lemma_ == "be" and _is_clause_head(role.head):
            return role.head
    return None


def _partaking(t: Token) -> Token | None:
    """The verb of taking part a preposition hangs off: "joined [in]", "took part [in]" (on the verb
    or, as the parser may hang it, on "part"); None for any other word."""
    if t.lemma_.lower() in PARTAKING_OBJECTS and t.dep_ == "dobj":
        t = t.head
    elif not (
        t.lemma_.lower() in PARTAKING_VERBS
        or any(c.dep_ == "dobj" and c.lemma_.lower() in PARTAKING_OBJECTS for c in t.children)
    ):
        return None
    return t if _is_clause_head(t) else None


def heeded_verb(noun: Token) -> Token | None:
    """The verb whose act a request or order noun gives the reason for ("troops returned [at the
    government's request]", "acted [on the orders of] the minister"; dates.yaml heeded_nouns after
    events.yaml heeded_request_preps), or None. The parser may leave the preposition without its
    object (or take it for a subordinator) and make the noun the verb's subject ("then at the
    government's request returned"): a preposition of the verb right before the noun phrase, with
    no object, is then read as its own."""
    if noun.lemma_.lower() not in HEEDED_NOUNS:
        return None
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in HEEDED_PREPS:
        verb = prep.head
        return verb if _is_clause_head(verb) and verb.i != prep.i else None
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.left_edge.i > 0:
        before = noun.doc[noun.left_edge.i - 1]
        verb = noun.head
        if (
            before.dep_ in ("prep", "mark")
            and before.lower_ in HEEDED_PREPS
            and before.head.i == verb.i
            and _is_clause_head(verb)
            and not any(c.dep_ == "pobj" for c in before.children)
        ):
            return verb
    return None


# --------------------------------------------------------------------------- attribution


@dataclass(slots=True)
class _Walk:
    """Where walking up the tree from an expression stopped."""

    reached: str  # "trigger" before any clause head, "clause" a clause head, "blocked" an event noun, "none" the root
    token: Token | None  # what it stopped at
    nouns: int  # the (non-event) nouns passed on the way


def _expr_root(e: Expr, doc: Doc) -> Token:
    best, best_depth = None, 10**6
    for i in range(e.start, e.end):
        t = doc[i]
        if t.head.i < e.start or t.head.i >= e.end or t.head.i == t.i:
            d, cur = 0, t
            while cur.head.i != cur.i and d < 200:
                cur = cur.head
                d += 1
            if d < best_depth:
                best, best_depth = t, d
    return best if best is not None else doc[e.start]


def _walk(root: Token, trig: Token, noun_trigger: bool) -> _Walk:
    """Walk up from an expression's root to the first clause head, the trigger or an event noun."""
    cur = root
    nouns = 0
    for _ in range(200):
        if cur.head.i == cur.i:
            return _Walk("none", None, nouns)
        cur = cur.head
        if cur.i == trig.i:
            return _Walk("trigger", cur, nouns)
        if _is_clause_head(cur):
            if noun_trigger and cur.dep_ in ("acl", "relcl") and cur.lemma_ in PASS_THROUGH_VERBS:
                continue
            return _Walk("clause", cur, nouns)
        if cur.pos_ == "NOUN":
            if cur.lemma_.lower() in EVENT_NOUNS or cur.lower_ in EVENT_NOUNS:
                return _Walk("blocked", cur, nouns)
            nouns += 1
    return _Walk("none", None, nouns)


def rank(e: Expr, clauses: TriggerClauses) -> int | None:
    """How directly the expression belongs to the trigger (0 best), None when it is not the trigger's."""
    trig = clauses.trigger
    root = _expr_root(e, trig.doc)
    if root.i == trig.i:
        return None
    if clauses.noun and premodifies(e.start, e.end, trig):
        return 0  # "the August 2017 Unite the Right rally", however parsed
    if not clauses.noun and told_when(trig, e.start, e.end):
        return 0  # "in March, when the rebels attacked a convoy"
    if (before_or_after := ordered_noun(root, e.start, e.end)) is not None:
        return 0 if before_or_after.i == trig.i else None  # "After his conviction last summer, X agreed"
    walk = _walk(root, trig, clauses.noun)
    if walk.reached in ("clause", "trigger") and (said := reporting_verb(root)) is not None:
        # "said at a press conference yesterday morning the laws should change": the saying's date
        walk = _Walk("trigger" if said.i == trig.i else "clause", said, 0)
    while walk.reached == "clause" and walk.token is not None and (how := means_of(walk.token)) is not None:
        # "killed his sister by strangling her in 2016": the act the gerund of means tells of
        walk = _Walk("trigger" if how.i == trig.i else "clause", how, walk.nouns)
    if walk.reached == "clause" and walk.token is not None and (occasion := _occasion(walk.token)) is not None:
        # a clause placed inside an event noun ("a summit where on Sunday X signed"): the event's date
        if occasion.i == trig.i:
            return 1
        walk = _Walk("blocked", occasion, walk.nouns)
    if walk.reached == "trigger":
        if walk.nouns and names_a_thing(root, e.start):
            return None
        return 0 if walk.nouns == 0 else 1
    tok = walk.token
    if walk.reached == "blocked" and tok is not None and not clauses.noun:
        # an event the trigger happens inside ("in a phone call in late July, X asked"), or the one a
        # gathering is for ("met for a summit on Sunday"): its date
        prep = tok.head
        if tok.dep_ == "pobj" and prep.lower_ in DURING_PREPS and prep.head.i in clauses.catena:
            return 1
        if (
            tok.dep_ == "pobj"
            and prep.lower_ in PURPOSE_PREPS
            and prep.head.i in clauses.catena
            and prep.head.lemma_ in GATHERING_VERBS
        ):
            return 1
        if _bare_after_object(root, tok, clauses.catena):
            return 1
        if tok.dep_ == "nsubj" and tok.head.i in clauses.catena and tok.head.lemma_ in RESULT_VERBS:
            return 1  # the event's result is its own act: "The attack on Monday killed five people"
        if _occasion_of(tok, clauses.catena) is not None and tok.lemma_.lower() in MESSAGE_NOUNS:
            return 1  # "condemned the attack in a statement on Sunday", the phrase hung on "attack"
        return None
    if walk.reached != "clause" or tok is None:
        return None
    if not clauses.noun and (described := _described_occasion(tok)) is not None:
        # "In a statement released on Sunday, X condemned ...", "spoke at a rally held on Sunday"
        if _occasion_of(described, clauses.catena) is not None:
            return 1
    if clauses.noun:
        if clauses.host is None:
            return None
        hc = clauses.host_catena
        if tok.i in hc and any(trig.doc[i].lemma_ in LIGHT_VERBS for i in hc):
            return 1
        if tok.i in hc and (going := going_verb(trig)) is not None and going.i == clauses.host.i:
            return 1  # "flew to Tokyo on Monday [for talks]": the errand's day is the going's
        return None
    if tok.i in clauses.catena:
        if trig.lemma_.lower() in OFFERING_VERBS and tok.i != trig.i and trig in tok.ancestors:
            return None  # "offered to host talks [in May]": when the offered act would be, not the offer
        return None if _bound_later_act(trig, tok) else 1
    if tok.i in clauses.participles:
        return 2
    if tok.i in clauses.conjuncts():
        return 3
    return None


def _bound_later_act(trig: Token, tok: Token) -> bool:
    """Is `tok` a to-infinitive below a binding trigger ("agreed to [meet] again on Sunday",
    "vowed to [retaliate] next week"; dates.yaml binding_verbs)? Its time phrase is the later
    act's, not the trigger's."""
    if trig.lemma_.lower() not in BINDING_VERBS or tok.i == trig.i:
        return False
    cur = tok
    while cur.dep_ == "xcomp" and cur.head.i != cur.i:
        if cur.head.i == trig.i:
            return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        cur = cur.head
    return False


def _occasion(clause: Token) -> Token | None:
    """The event noun a relative clause is placed inside by "where"/"when" ("a summit where on
    Sunday X signed a pact"), or None ("a summit, which X announced on Sunday", "a city where ...")."""
    if clause.dep_ != "relcl":
        return None
    noun = clause.head
    if noun.pos_ != "NOUN" or not (noun.lemma_.lower() in EVENT_NOUNS or noun.lower_ in EVENT_NOUNS):
        return None
    return noun if clause.left_edge.lower_ in OCCASION_RELATIVES else None


def _described_occasion(clause: Token) -> Token | None:
    """The event or message noun a participle clause describes ("a statement [released] on Sunday",
    "a rally [held] on Saturday"), or None."""
    if clause.dep_ != "acl" or clause.tag_ not in ("VBN", "VBG") or _has_subject(clause):
        return None
    noun = clause.head
    lemma = noun.lemma_.lower()
    return noun if noun.pos_ == "NOUN" and (lemma in EVENT_NOUNS or lemma in MESSAGE_NOUNS) else None


def _occasion_of(noun: Token, catena: Set[int]) -> Token | None:
    """The verb of the trigger's clause that a "during"-like phrase puts inside `noun` ("In a
    statement, X condemned", "spoke at a rally"), or None. The parser may hang a message's phrase on
    the verb's object ("condemned the attack in a statement"): a message holds no event, so the
    phrase is the verb's."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in DURING_PREPS:
        return None
    host = prep.head
    if host.i in catena:
        return host
    if noun.lemma_.lower() in MESSAGE_NOUNS and host.dep_ in ("dobj", "obj") and host.head.i in catena:
        return host.head
    return None


def _bare_after_object(root: Token, noun: Token, catena: Set[int]) -> bool:
    """A bare day or time (no preposition) right after the trigger's object dates the verb, as in
    news English ("asked for his resignation Monday night", "condemned the decision Sunday"); not
    after the object of a preposition of time ("arrested him after the attack Monday")."""
    if root.dep_ != "npadvmod" or root.head.i != noun.i or root.i < noun.i:
        return False
    if noun.dep_ in ("dobj", "obj"):
        return noun.head.i in catena
    prep = noun.head
    return noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ not in TEMPORAL_PREPS and prep.head.i in catena


def during_object(clauses: TriggerClauses) -> Token | None:
    """The object of a "during"-like preposition of the (verb) trigger's clause: the event it
    happens inside ("In it, Trump asks ...", "During the call, he said ...")."""
    if clauses.noun:
        return None
    doc = clauses.trigger.doc
    for i in sorted(clauses.catena):
        for c in doc[i].children:
            if c.dep_ == "prep" and c.lower_ in DURING_PREPS:
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p
    return None


def describing_direction(e: Expr, clauses: TriggerClauses) -> int:
    """For an event noun dated through a clause describing it ("a call made on Monday", "talks,
    which began on Monday", "the summit scheduled for Friday"): that clause's tense, a scheduling
    verb ahead; 0 for any other expression."""
    if not clauses.noun:
        return 0
    trig = clauses.trigger
    cur = _expr_root(e, trig.doc)
    for _ in range(200):
        if cur.head.i == cur.i:
            return 0
        cur = cur.head
        if cur.i == trig.i:
            return 0
        if _is_clause_head(cur):
            if cur.dep_ not in ("acl", "relcl") or cur.head.i != trig.i:
                return 0
            if cur.lemma_ in FUTURE_LEMMAS:
                return 1
            return _direction_of_verb(cur)
    return 0


def expr_direction(e: Expr, doc: Doc) -> int:
    """The tense of the clause an expression itself hangs off (-1, 0, +1): "which is to take effect
    on December 10" is ahead whatever the tense of the event looking back at it."""
    cur = _expr_root(e, doc)
    for _ in range(200):
        if cur.head.i == cur.i:
            return _direction_of_verb(cur) if _is_clause_head(cur) else 0
        cur = cur.head
        if _is_clause_head(cur):
            return _direction_of_verb(cur)
    return 0


# --------------------------------------------------------------------------- tense


def direction(clauses: TriggerClauses, future: bool) -> int:
    """Which way from the publication date to resolve: -1 back, +1 forward, 0 the nearest."""
    if future:
        return 1
    if not clauses.noun:
        return _direction_of_verb(clauses.trigger)
    if clauses.host is not None:
        return _direction_of_verb(clauses.host)
    # an event noun inside a prepositional phrase ("ahead of Putin's visit on
    # Wednesday") does not share the tense of the verb above it; but one the clause
    # follows ("arrested the man after the attack on Monday", "has been in hospital
    # since the attack") happened before it, so before now when the clause is not ahead
    return -1 if _earlier_than_its_clause(clauses.trigger) else 0


# prepositions putting their object before the clause they modify: a closed class of grammar words,
# like relative.py's order prepositions
_EARLIER_OBJECT_PREPS = frozenset({"after", "following", "since"})


def _earlier_than_its_clause(noun: Token) -> bool:
    """An event noun a past or present clause follows ("arrested him after the attack", "is in
    hospital following the blast", "since the coup"); not one of a clause ahead ("will meet after
    the summit on Monday"), which may itself be ahead."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _EARLIER_OBJECT_PREPS:
        return False
    verb = prep.head
    return _is_clause_head(verb) and verb.i != prep.i and _direction_of_verb(verb) <= 0


def _direction_of_verb(v: Token) -> int:
    """-1 past, +1 future, 0 present/open, for the clause headed by verb `v`."""
    chain = [v]
    cur = v
    while cur.dep_ == "xcomp" and cur.head.i != cur.i:
        cur = cur.head
        chain.append(cur)
    top = chain[-1]
    # "is going to visit", "is to visit"
    for t in chain[1:]:
        if t.lemma_ == "go" and t.tag_ == "VBG":
            return 1
        if t.lemma_ == "be" and t.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in t.children):
            return 1
    auxes = sorted((c for c in top.children if c.dep_ in ("aux", "auxpass")), key=lambda c: c.i)
    auxes = [a for a in auxes if a.lower_ != "to"]
    if past_refusal(top):
        return -1
    for a in auxes:
        if a.lower_ in FUTURE_AUX:
            return 1
    if auxes:
        a = auxes[0]
        if a.lower_ in OPEN_MODALS or a.tag_ == "MD":
            return 0
        if a.tag_ == "VBD":
            return -1
        if a.lemma_ == "have":
            return -1
        return _present(chain)
    if top.tag_ == "VBD":
        return -1
    if top.tag_ == "VBN":
        return -1
    if top.tag_ in ("VBZ", "VBP"):
        return _present(chain)
    # non-finite (VB, VBG) without auxiliaries: take the governing clause's tense
    if (
        top.dep_ in ("advcl", "conj", "acl", "relcl", "ccomp", "xcomp", "acomp")
        and top.head.i != top.i
        and _is_clause_head(top.head)
    ):
        return _direction_of_verb(top.head)
    return 0


def _present(chain: list[Token]) -> int:
    """Present tense: forward when it schedules ("is due", "is scheduled for",
    "is expected to", "plans to"), else open (nearest)."""
    for t in chain:
        if t.lemma_ in FUTURE_LEMMAS:
            return 1
        for c in t.children:
            if c.dep_ in ("acomp", "xcomp") and c.lemma_ in FUTURE_LEMMAS:
                return 1
    return 0


# --------------------------------------------------------------------------- governing clauses

# How a clause can sit inside another and still share its time: a complement ("announced it had
# entered"), a participle or infinitive modifying a noun ("joined the calls asking ..."), a clause
# conjoined with it ("... was reported yesterday, but the manager attributed ...").  Not a relative
# clause ("arrested a man who attacked a mosque") nor a finite adverbial clause ("after Turkey began"):
# their events have a time of their own.
_SHARED_TIME_DEPS = frozenset({"ccomp", "acl", "conj", "xcomp"})


def governing(clauses: TriggerClauses, limit: int = 3) -> list[Token]:
    """The clause heads above the trigger's clause whose date the trigger's event shares when it has
    none of its own, nearest first; empty for a trigger in a relative or finite adverbial clause."""
    start = clauses.host if clauses.noun else clauses.trigger
    if start is None:
        return []
    out: list[Token] = []
    cur = start
    for _ in range(12):
        if len(out) >= limit or cur.head.i == cur.i:
            break
        if (
            _is_clause_head(cur)
            and cur.dep_ not in _SHARED_TIME_DEPS
            and not _simultaneous(cur)
            and not _participle_adjunct(cur)
        ):
            break
        if cur.dep_ == "acl" and cur.tag_ not in ("VBG", "VBN", "VB"):
            break
        cur = cur.head
        if _is_clause_head(cur):
            out.append(cur)
    return out


def _participle_adjunct(v: Token) -> bool:
    """A participle adjunct with no subordinator ("gathered outside the complex, [blocking] the
    exits"; "[Speaking] to reporters, X said"): part of its clause's act, at its time."""
    return v.dep_ == "advcl" and v.tag_ in ("VBG", "VBN") and not any(c.dep_ in ("mark", "nsubj") for c in v.children)


def _simultaneous(v: Token) -> bool:
    """An adverbial clause whose subordinator puts it at the time of the clause it modifies
    ("... when they offered a reward", "while addressing the press", "as they chanted"); not
    one in the past perfect, which is before it ("as the president had requested"), nor "as"
    of manner after a bare verb ("to do as he proposed")."""
    marks = [c.lower_ for c in v.children if c.dep_ in ("mark", "advmod") and c.i < v.i]
    return (
        v.dep_ == "advcl"
        and any(m in SIMULTANEOUS_MARKS and (m != "as" or v.head.tag_ != "VB") for m in marks)
        and not any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in v.children)
    )


def dating_subclauses(clauses: TriggerClauses) -> list[Token]:
    """Adverbial clauses of the (verb) trigger whose date is the trigger's too: at its time ("fired
    when protesters attacked on Monday") or starting its period ("have been arrested since the
    protests began in June"); not "after"/"before"/"because" clauses."""
    if clauses.noun:
        return []
    doc = clauses.trigger.doc
    out = []
    for i in sorted(clauses.catena):
        for c in doc[i].children:
            if c.dep_ == "advcl" and (
                _simultaneous(c) or any(m.dep_ == "mark" and m.lower_ in START_MARKS for m in c.children)
            ):
                out.append(c)
    return out


def tenseless(clauses: TriggerClauses) -> bool:
    """A verb trigger with no tense of its own: a participle or infinitive without auxiliaries
    ("protesters demanding ...", "calls asking ...")."""
    t = clauses.trigger
    return (
        not clauses.noun
        and t.tag_ in ("VBG", "VBN", "VB")
        and not any(c.dep_ in ("aux", "auxpass") for c in t.children)
    )


def narrative_past(clauses: TriggerClauses) -> bool:
    """A trigger in the simple past ("police fired", "the talks were held"), the tense of a story
    told in order; not a perfect ("have attacked", "had signed": before the story's time), nor a
    clause a conjunction of time orders against another event ("after Trump had a call"), nor one
    describing a time noun ("no memory of the night Kennedy was shot": that night is its time)."""
    v = clauses.host if clauses.noun else clauses.trigger
    if v is None:
        return False
    top = v
    while top.dep_ == "xcomp" and top.head.i != top.i:
        top = top.head
    if top.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TEMPORAL_PREPS for c in top.children):
        return False
    if top.dep_ in ("relcl", "acl") and (top.head.lower_ in UNITS or top.head.lower_ in PARTS_OF_DAY):
        return False
    auxes = [c for c in top.children if c.dep_ in ("aux", "auxpass") and c.lower_ != "to"]
    if past_refusal(top):
        return True
    if any(a.lemma_ == "have" or a.tag_ == "MD" for a in auxes):
        return False
    if auxes:
        return auxes[0].tag_ == "VBD"
    return top.tag_ == "VBD"


# a "would not" clause with these is a condition or a future in the past, not a refusal
_NOT_REFUSAL = frozenset({"until", "till", "if", "unless"})


def past_refusal(v: Token) -> bool:
    """A negated "would" joined to a clause in the simple past: "X won the vote, but the EU would
    not endorse the result", "Police confirmed the arrest but would not say who": the volitional
    would of a refusal then (the EU refused), told in the past like the clause it is joined to; not
    a conditional ("would have", "would not recognise it if ...", a "would" alone in a statement of
    what might happen), nor a future in the past ("... but would not take office until May")."""
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    if len(auxes) != 1 or auxes[0].lower_ not in ("would", "'d") or v.dep_ != "conj":
        return False
    if any(c.lower_ in _NOT_REFUSAL for c in v.children) or any(
        m.lower_ in _NOT_REFUSAL for c in v.children if c.dep_ == "advcl" for m in c.children if m.dep_ == "mark"
    ):
        return False
    head = v.head
    if head.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return False
    return any(c.dep_ == "neg" for c in v.children) or negated_subject(v)
