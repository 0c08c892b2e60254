"""Dependency-tree helpers the events stage reads the parse with: dependents by relation, objects
of prepositions, coordination, the climb to a clause's head and the verbs governing a trigger,
and the noun phrase a word heads. Plain functions of spaCy tokens (and a word list where one
steers them); no rules are loaded here."""

from __future__ import annotations

from collections.abc import Collection, Container
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.strings import StringStore
from spacy.tokens import Token

# the dependents that modify a noun: "[air] strikes", "[joint] [military] exercises"
MODIFIER_DEPS = ("compound", "amod", "nmod")
# the relations that link a clause to the clause whose subject and mood it shares
# ("agreed to [meet]", "met and [signed]")
CLAUSE_LINKS = ("xcomp", "conj")
# the relations inside a noun phrase, and of a prepositional phrase inside one, up to its head
TITLE_LINKS = ("pobj", "prep", "compound", "amod", "nmod", "conj")
NP_INTERNAL = ("compound", "amod", "poss", "nmod", "appos", "conj", "det", "nummod", "flat", "cc")
# the tags of wh-words: who, whom, whose, which, what, how, where, when, why
WH_TAGS = frozenset({"WP", "WP$", "WRB", "WDT"})
# the relations by which a clause hangs inside another clause
CLAUSE_DEPS = frozenset({"advcl", "relcl", "acl", "ccomp", "csubj", "xcomp"})


def children(tok: Token, *deps: str) -> list[Token]:
    if not (tok.n_lefts or tok.n_rights):
        return []  # a leaf, as half the words are: no generator over its children to start
    keys = _dep_keys(deps)  # compared as string-store keys: reading `dep_` looks each one up
    return [c for c in tok.children if c.dep in keys]


@lru_cache(maxsize=256)
def _dep_keys(deps: tuple[str, ...]) -> frozenset[int]:
    """The string-store keys of relation labels (a hash of the text, the same in every vocab)."""
    strings = StringStore()
    return frozenset(strings[d] for d in deps)


def prep_objects(tok: Token, prep: str) -> list[Token]:
    """Objects of `prep` under `tok` ("arrived in Beijing"); multiword preps like "ahead of". Two
    prepositions coordinated before one object share it ("flights [to] and [from] Entebbe")."""
    out = []
    for p in tok.children:
        if p.dep_ not in ("prep", "agent", "dative"):
            continue
        paired = [q for q in p.children if q.dep_ == "conj" and q.pos_ == "ADP"]
        if p.lower_ == prep:
            out += children(p, "pobj") or [o for q in paired for o in children(q, "pobj")]
        out += [o for q in paired if q.lower_ == prep for o in children(q, "pobj")]
    return out


def prep_gerunds(tok: Token, prep: str) -> list[Token]:
    """Gerunds `prep` under `tok` governs ("accused X of [spying]": the parse's pcomp, not a pobj),
    each with its own object, which names the act's kind as well ("of taking [bribes]")."""
    gerunds = [c for p in tok.children if p.dep_ == "prep" and p.lower_ == prep for c in children(p, "pcomp")]
    return [w for g in gerunds for w in (g, *children(g, "dobj"))]


def agent_objects(tok: Token) -> list[Token]:
    """The objects of a passive's "by" phrase (the parse's `agent`): "was detonated by [men]".
    by_agents.passive_agents is the doer-finding reading (participles, active verbs)."""
    return [o for a in children(tok, "agent") for o in children(a, "pobj")]


def conjuncts(tok: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("Putin and Xi").

    Coordinated actors are of one kind; a person coordinated with a country is a
    misparse ("the invasion of Ukraine, Putin and Xi declared") and is left out.
    """
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and (not c.ent_type_ or not tok.ent_type_ or c.ent_type_ == tok.ent_type_):
            out += conjuncts(c)
        elif c.dep_ == "appos" and c.ent_id_.startswith("country:") and tok.ent_id_.startswith("country:"):
            out += conjuncts(c)  # "Russia, the awful Belarus, and Ukraine": a list parsed as apposition
    if tok.ent_type_ == "PERSON":
        out += [p for p in titled_partners(tok) if p not in out]
    return out


def titled_partners(tok: Token) -> list[Token]:
    """Persons coordinated with a titled name but hung inside its title ("US President [Trump] and
    Turkish President Erdogan": the parser makes the first name an apposition of the title that
    is a compound of the second); a coordination of place names in a title ("Trinidad and Tobago
    President X") is no second person."""
    out: list[Token] = []
    stack = [c for c in tok.lefts if c.dep_ == "compound"]
    while stack:
        t = stack.pop()
        if (
            t.ent_type_ == "PERSON"
            and any(c.dep_ == "conj" for c in t.children)
            and any(c.dep_ == "cc" and c.lower_ in ("and", "&") for c in t.children)
        ):
            out.append(t)
        stack += [c for c in t.children if c.dep_ in ("compound", "appos") and c.i < tok.i]
    return out


def is_infinitive(t: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)


def is_purpose(t: Token) -> bool:
    """ "will meet Putin to discuss ...": an infinitive adverbial clause of purpose."""
    return t.dep_ == "advcl" and is_infinitive(t)


def climb(t: Token, deps: Container[str]) -> Token:
    """Up from `t` through its heads while it hangs on them by one of `deps`: the first token
    attached otherwise, or the root."""
    while t.dep_ in deps and t.head.i != t.i:
        t = t.head
    return t


def clause_head(t: Token) -> Token:
    """The verb heading the clause `t` is controlled by or coordinated into ("the EU said Russia
    must [stop] and [withdraw]" -> "stop"): where its auxiliaries and complementiser sit."""
    return climb(t, CLAUSE_LINKS)


def governors(tok: Token, speech: frozenset[str]) -> list[Token]:
    """Verbs whose mood the trigger shares: through control (xcomp), coordination, and
    clausal complements of non-speech verbs ("I don't expect them to form ...")."""
    out = []
    t = tok
    while (t.dep_ in ("xcomp", "conj", "acomp", "ccomp") or is_purpose(t)) and t.head.i != t.i:
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in speech:
            break  # "Putin said he will talk": the report's tense is not the event's
        if t.dep_ in ("ccomp", "conj") and _semicolon_between(t, t.head):
            break  # "X faces a life sentence; the prosecution can seek ...": two sentences in one
        if t.dep_ == "ccomp" and t.i < t.head.i and children(t.head, "xcomp"):
            # "Norway [expels] diplomats, Moscow vows to respond": a headline's two clauses; a verb
            # whose content is its own infinitive ("vows to respond") does not also govern the
            # clause before it, which the parser took for its fronted complement
            break
        if t.dep_ == "conj" and _finite(t) and children(t, "nsubj", "nsubjpass") and not children(t.head, "mark"):
            break  # "X should be opened, and his critics [blame] him", "X is not illegal, but Y [was sentenced]"
        if t.dep_ == "conj" and t.tag_ == "VBD" and is_infinitive(t.head) and t.head.head.i != t.head.i:
            # "said they planned to hold a funeral and [asked] for donations": a past tense is joined
            # to the finite verb above the infinitive, not to the infinitive; that verb's
            # governors are its own, and the verb itself is no governor but a coordinate
            t = t.head.head
            continue
        if t.dep_ == "conj" and t.tag_ == "VBD" and _against_counterfactual(t.head):
            break  # "would have faced impeachment but [resigned]": what did happen
        t = t.head
        out.append(t)
    return out


def _semicolon_between(a: Token, b: Token) -> bool:
    """Is there a semicolon between the two clauses (the words after the first one's phrase and
    before the second one's head, or the reverse)? It joins clauses that each stand alone."""
    lo, hi = (a.right_edge.i, b.i) if a.i < b.i else (b.i, a.left_edge.i)
    return any(w.text == ";" for w in a.doc[lo + 1 : hi])


def _finite(verb: Token) -> bool:
    """A verb with a tense of its own: a finite form ("blame", "attacked") or a participle with a
    finite auxiliary ("[was] sentenced", "[has] attacked"), not an infinitive or a bare participle."""
    if verb.tag_ in ("VBD", "VBZ", "VBP"):
        return True
    return any(a.tag_ in ("VBD", "VBZ", "VBP", "MD") for a in children(verb, "aux", "auxpass"))


def _against_counterfactual(verb: Token) -> bool:
    """ "would have faced X but ...": a modal perfect (what did not happen) joined by "but" to a
    past of its own, which tells what happened instead."""
    aux = children(verb, "aux")
    return (
        any(c.tag_ == "MD" for c in aux)
        and any(c.lemma_ == "have" for c in aux)
        and any(c.lower_ == "but" for c in children(verb, "cc"))
    )


def opens_with_wh(clause: Token) -> bool:
    """Does the clause open with a wh-word of its own ("[whom] they would support", "[how] much aid
    is received", "[who] ordered the strike"): an indirect question? Not a wh-word of a clause
    inside it ("[when] they arrived, police fired": the "when" is the adverbial clause's)."""
    first = clause.left_edge
    while first.is_punct and first.i < clause.i:
        first = first.doc[first.i + 1]
    if first.tag_ not in WH_TAGS or first.i >= clause.i:
        return False
    t = first
    while t.i != clause.i:
        if t.dep_ in CLAUSE_DEPS or t.head.i == t.i:
            return False
        t = t.head
    return True


def antecedents(t: Token) -> list[Token]:
    """The nouns a relative word may stand for, nearest first: the noun its clause hangs on, then
    the noun that noun's own modifier describes, since a relative clause may follow a noun's
    infinitive or prepositional modifier ("a coalition to patrol the Gulf [which] was joined by X":
    the Gulf, then the coalition). Any other word: itself."""
    if t.tag_ not in WH_TAGS or t.head.dep_ != "relcl" or t.head.head.i == t.head.i:
        return [t]
    n = t.head.head
    out = [n]
    while n.dep_ in ("dobj", "pobj") and n.head.head.i != n.head.i:
        h = n.head
        up = h.head if (h.dep_ in ("acl", "relcl") and is_infinitive(h)) or h.dep_ == "prep" else None
        if up is None or up.pos_ not in ("NOUN", "PROPN"):
            break
        n = up
        out.append(n)
    return out


def kept_from(t: Token, verbs: frozenset[str]) -> bool:
    """A gerund under "from" of a verb that keeps someone from it ("barred X from releasing")."""
    return (
        t.dep_ == "pcomp"
        and t.head.lower_ == "from"
        and t.head.head.i != t.head.i
        and t.head.head.lemma_.lower() in verbs
    )


def of_light_noun(noun: Token, light: frozenset[str]) -> bool:
    """ "statements [of] condemnation", "a state of emergency": the noun is the "of" phrase of a
    light noun, which only carries the act the noun names."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.i != noun.head.i
        and noun.head.head.lemma_.lower() in light
    )


def modified(noun: Token, words: tuple[str, ...]) -> bool:
    """Does one of `words` modify the noun ("[hunger] strike", "[joint] military exercises")?"""
    return any(c.lemma_.lower() in words or c.lower_ in words for c in children(noun, *MODIFIER_DEPS))


def in_a_title(noun: Token) -> bool:
    """ "Kurt Volker, the special envoy for Ukraine negotiations": an event noun in the modifiers
    of a title set beside a name names the person's office, not an event."""
    t = climb(noun, TITLE_LINKS)
    return t.i != noun.i and t.dep_ == "appos" and t.head.pos_ == "PROPN"


def noun_phrase_head(t: Token, stop: Token) -> Token:
    """The head of the largest noun phrase around `t` below `stop` (the trigger): up through
    modifiers, coordination and "of"/"from"-phrases of nouns."""
    while t.head.i != t.i and t.head.i != stop.i:
        h = t.head
        if t.dep_ in NP_INTERNAL and h.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            t = h
        elif t.dep_ == "pobj" and h.dep_ == "prep" and h.head.pos_ in ("NOUN", "PROPN") and h.head.i != stop.i:
            t = h.head
        else:
            break
    return t


@dataclass(slots=True)
class Phrase:
    """A noun phrase an event's source or target comes from, as written."""

    text: str
    span: list[int]

    def ref(self) -> dict[str, Any]:
        """The phrase as the output contract gives it (`Event.source_phrase`): {text, span}."""
        return {"text": self.text, "span": self.span}


def phrase(head: Token) -> Phrase:
    """The noun phrase `head` heads: its subtree up to a clause after it ("the decision [to
    recognise ...]", "a man [who crossed ...]")."""
    doc = head.doc
    a, b = head.left_edge.i, head.i
    for c in head.rights:
        if c.dep_ in ("relcl", "advcl", "ccomp") or (c.dep_ == "acl" and (is_infinitive(c) or children(c, "mark"))):
            break  # "the decision [to recognise ...]", "a suggestion [that ...]"
        if c.dep_ == "prep" and children(c, "pcomp"):
            break  # "accused the government [of attacking ...]": the verb's, not the phrase's
        if c.dep_ == "appos" and "PERSON" not in (c.ent_type_, head.ent_type_):
            break  # "148 students, [an attack that ...]"; a person's apposition stays ("its president, X")
        if c.dep_ == "conj" and c.ent_type_ and head.ent_type_ and c.ent_type_ != head.ent_type_:
            break  # "the invasion of [Ukraine], Putin and Xi declared": a misparse, as in `conjuncts`
        if c.dep_ != "punct":
            b = c.right_edge.i
    while a < b and doc[a].is_punct:
        a += 1
    while b > a and doc[b].is_punct:
        b -= 1
    span = doc[a : b + 1]
    return Phrase(span.text, [span.start_char, span.end_char])


def heeded_verb(tok: Token, preps: frozenset[str]) -> Token | None:
    """The verb a request or order noun gives the reason for: "returned [at the request] of X",
    "acted [on X's orders]" (events.yaml heeded_request_preps)."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in preps:
        return None
    verb = tok.head.head
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i != tok.head.i else None


def message_recipient(tok: Token, nouns: frozenset[str], verbs: frozenset[str]) -> Token | None:
    """Whom a message carrying the act goes to: "sent [a letter requesting X] to [Y]", "handed [Y]
    a note urging ..." (events.yaml message_nouns, message_verbs)."""
    if tok.dep_ not in ("acl", "relcl") or tok.head.lemma_.lower() not in nouns:
        return None
    carrier, verb = tok.head, tok.head.head
    if carrier.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in verbs:
        return None
    # the parser may hang "to Y" on the verb, the message or the act itself
    to = prep_objects(verb, "to") + prep_objects(carrier, "to") + prep_objects(tok, "to")
    return next(iter(children(verb, "dative") + to), None)


def stray_agents(verb: Token, obj: Token) -> list[Token]:
    """Objects of "by" phrases after an active verb's object, hung on the verb or inside its
    objects' phrases ("attacked the recognition of A as [the capital] by X"): an active verb has
    no agent of its own, so such a phrase names whose the object act was."""
    out = []
    for p in verb.subtree:
        if p.i <= obj.i or p.dep_ != "prep" or p.lower_ != "by":
            continue
        h = p.head
        while h.i != verb.i and h.dep_ in ("pobj", "prep", "dobj", "appos", "conj"):
            h = h.head
        if h.i == verb.i:
            out += children(p, "pobj")
    return out


def patient_possessor(noun: Token, nouns: frozenset[str]) -> bool:
    """Is the noun's possessor the one acted on ("X's arrest"), not the doer ("Russia's arrest of
    X", "Russia's invasion", "the EU's charges against Google")? (events.yaml patient_nouns)"""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in nouns or not children(noun, "poss"):
        return False
    return not prep_objects(noun, "of") and not prep_objects(noun, "against")


def role_subject(tok: Token, role_nouns: frozenset[str]) -> Token | None:
    """The subject an act noun is done to when it names the act in a role noun predicated of that
    subject: "[X] was the target of an attack", "[X] has been the subject of sanctions", "[X] became
    the victim of a kidnapping" (not "X was the author of an attack": no role noun)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return None
    role = tok.head.head
    if role.dep_ != "attr" or role.lemma_.lower() not in role_nouns:
        return None
    subj = children(role.head, "nsubj")
    return subj[0] if subj else None


def common_noun_forms(t: Token) -> tuple[str, ...]:
    """The lemma of a common noun; a capitalised plural the parser took for a name at the start
    of a sentence ("Rockets struck ...", "Gunmen shot ...") gives its singular forms too. Names,
    pronouns and other words give none."""
    if t.pos_ == "NOUN":
        return (t.lemma_.lower(),)
    if t.pos_ != "PROPN" or t.ent_type_ or t.i != t.sent.start or not t.lower_.endswith(("s", "men")):
        return ()
    w = t.lower_
    return (w[:-3] + "man",) if w.endswith("men") else (w[:-1], w[:-2])


def reduced_relative_subject(t: Token) -> Token | None:
    """The subject of a finite verb the parser hung, subjectless, under a participle that is
    really a reduced relative on that subject: "Gunmen [suspected] to be members of X on Monday
    attacked Y", "Gunmen [numbering] three killed Y" (the participle made the root, with the
    subject its own). The participle has no auxiliary (so it is not "were suspected")."""
    head = t.head
    if head.i == t.i or t.tag_ not in ("VBD", "VBZ", "VBP") or t.dep_ not in ("ccomp", "dep", "parataxis"):
        return None
    if children(t, "nsubj", "nsubjpass", "csubj", "expl") or head.tag_ not in ("VBN", "VBG"):
        return None
    if children(head, "aux", "auxpass") or not (head.dep_ == "ROOT" or _reported(head)):
        return None
    subj = children(head, "nsubj")
    return subj[0] if subj and subj[0].i < head.i and subj[0].pos_ in ("NOUN", "PROPN") else None


# verbs of saying whose clause is the report itself ("..., police [said]")
_SAYING = frozenset({"say", "tell", "report", "add", "state", "confirm"})


def _reported(clause: Token) -> bool:
    """Is the clause the report of a verb of saying after it ("Gunmen suspected to be X attacked
    Y, [police said]"), so that it stands as the sentence's own main clause?"""
    say = clause.head
    return clause.dep_ == "ccomp" and say.dep_ == "ROOT" and say.i > clause.i and say.lemma_.lower() in _SAYING


def carried(noun: Token, light: Collection[str]) -> Token:
    """What a light or quantity noun carries: its "of" phrase ("a [series] of car bombs" -> bombs,
    "a wave of attacks" -> attacks); else the noun itself ("a series" with no "of")."""
    if noun.lemma_.lower() in light:
        return next(iter(prep_objects(noun, "of")), noun)
    return noun


def coordinated_object(t: Token) -> Token | None:
    """The preposition's object a word is coordinated with ("in fighting and [shelling]", "during
    clashes and [bombing]"): the first conjunct, which the parser hangs the preposition on; None
    for a word that is no later conjunct of a preposition's object."""
    first = t
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.i == t.i or first.dep_ not in ("pobj", "pcomp") or first.head.dep_ != "prep":
        return None
    return first


def sequel_verb(t: Token) -> bool:
    """A finite verb joined to the clause before it by "then" alone, which the parser leaves as a
    loose "dep" ("attackers forced villagers out, then [set] fire to their homes"): the next act
    of the same subject, as a conjunct is. Not a verb with a subject of its own."""
    return (
        t.dep_ == "dep"
        and t.tag_ == "VBD"
        and t.head.pos_ in ("VERB", "AUX")
        and t.head.i < t.i
        and not children(t, "nsubj", "nsubjpass", "expl")
        and any(c.lower_ == "then" and t.head.i < c.i < t.i for c in children(t, "advmod") + children(t.head, "advmod"))
    )


def condition_subjects(tok: Token, marks: frozenset[str]) -> list[Token]:
    """The subjects of the conditions (adverbial clauses opened by one of `marks`, "if",
    "unless") on an act or on the act it governs ("threatened to widen tariffs [if Beijing did
    not stop]", "warned that it would respond [if Washington broke its word]"), nearest first."""
    out: list[Token] = []
    for clause in [tok, *children(tok, "xcomp", "ccomp")]:
        for adv in children(clause, "advcl"):
            if any(m.dep_ == "mark" and m.lower_ in marks for m in adv.children):
                out += children(adv, "nsubj", "nsubjpass")
    return out
