"""Which clause a verb trigger stands in, and whether the text reports its act there: a clause
that describes a noun ("the unit tasked with ...", "a statement released by his office") tells
which thing the noun is, not news; a lasting state in the present ("is backed by") is no act;
and a main clause the parser hung under its subject noun is still the main clause."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Token

from ...rulefile import load_rules, lowered
from ...ruleschemas import ActorRules
from .causatives import caused_patients
from .documents import document_content
from .generic import generic_participle, own_session
from .imperatives import imperative
from .lexicon import Trigger
from .matching import FORCE_CODES
from .mood import habitual, in_open_question
from .set_off_acts import set_off_act
from .syntax import WH_TAGS, children, is_infinitive


def main_clause_misparsed(tok: Token, trig: Trigger | None = None) -> bool:
    """ "The Kenyan president [called] the plan a disgrace." parsed with the subject noun as the
    root and the verb as its clause: a finite past verb with an object and no "by" agent is the
    main clause, not a participle describing the noun. So is a verb of force (`trig`) with an
    object under a subject (`misparsed_subject`)."""
    head = tok.head
    if tok.dep_ != "acl" or not any(c.dep_ == "dobj" for c in tok.children):
        return False
    if tok.tag_ == "VBD" and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN"):
        return not any(c.dep_ == "agent" for c in tok.children)
    return trig is not None and trig.cameo.startswith(FORCE_CODES) and misparsed_subject(tok) is not None


def misparsed_subject(tok: Token) -> Token | None:
    """The subject of a verb with an object that the parser tagged a participle under that subject
    ("armed groups [slaughtered] ten villagers, police said", "allies of the rebels [killed] ten
    people, police said"): a participle that describes a noun takes no object of its own unless it
    is a verb of giving ("soldiers awarded medals", hence only for verbs of force). The subject is
    the sentence's root or the subject of a verb after the clause ("..., police [said]")."""
    head = tok.head
    if tok.dep_ != "acl" or tok.tag_ not in ("VBD", "VBN") or head.pos_ not in ("NOUN", "PROPN"):
        return None
    if not children(tok, "dobj") or children(tok, "agent", "dative", "nsubj", "nsubjpass", "aux", "auxpass", "mark"):
        return None
    subject = phrase_head(head)  # "[allies] of the rebels killed ...", "[a car bomb] targeting recruits killed ..."
    if subject is None or subject.i > tok.i or subject.i < tok.sent.start:
        return None
    if subject.dep_ == "ROOT" or (subject.dep_ in ("nsubj", "dep") and subject.head.i > tok.i):
        return subject
    return None


def misparsed_object(tok: Token) -> Token | None:
    """The object of a finite verb the parser took for an adjective of the noun after it ("X
    [murdered] gay men": "murdered" an amod of "men", X its subject): a finite past (VBD) with a
    subject of its own describes no noun, so that noun is what it acted on. A participle ("the
    murdered men", VBN) is a true modifier; None then and for any other word."""
    head = tok.head
    if tok.dep_ != "amod" or tok.tag_ != "VBD" or head.i < tok.i or head.pos_ not in ("NOUN", "PROPN"):
        return None
    return head if children(tok, "nsubj") else None


# links inside one noun phrase, up which a participle's noun leads to the phrase's head ("a car
# bomb targeting army recruits", "a suicide bomber in Maimana, the capital of X", "a blast
# targeting Shiites ahead of the commemorations")
_PHRASE_LINKS = frozenset({"pobj", "prep", "appos", "compound", "dobj", "acl", "npadvmod", "nmod", "advmod"})


def phrase_head(noun: Token) -> Token | None:
    """The head noun of the noun phrase `noun` stands in, up its prepositions, appositions and the
    participles in it ("army recruits" in "a car bomb targeting army recruits" -> "bomb"); None when
    the way up passes a finite verb (the noun is in a clause of its own)."""
    t = noun
    while t.dep_ in _PHRASE_LINKS and t.head.i != t.i:
        if t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBG", "VBN"):
            return None
        t = t.head
    if t.pos_ in ("VERB", "AUX") or (t.dep_ == "prep" and t.pos_ == "ADP"):
        return None
    return t


_TIME_ENTS = ("DATE", "TIME")
# words opening an adverbial clause whose subject and auxiliary are left out ("when convicted")
_SUBORDINATORS = frozenset({"when", "while", "once", "after", "before", "until", "if", "unless", "though", "although"})
_CONDITIONS = frozenset({"if", "unless"})
_PRESENT_AUX = frozenset({"has", "have", "'s", "'ve", "is", "are", "am", "'re", "been"})


def reduced_relative(verb: Token) -> bool:
    """ "the withdrawal from the area [first announced] a week earlier": a past participle with no
    subject, auxiliary or object right after a noun, which the parser hung on the main verb as an
    adverbial clause; it tells which thing the noun is ("Angered by the move, Iran ..." and "...,
    angered by the move" follow no noun; "wept in court when convicted" is opened by a
    subordinator, an adverbial clause with its subject left out)."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBN", "VBD") or verb.i < verb.head.i:
        return False
    if children(verb, "nsubj", "nsubjpass", "aux", "auxpass", "dobj", "mark"):
        return False
    if any(
        c.i < verb.i and (c.tag_ in WH_TAGS or c.lower_ in _SUBORDINATORS) for c in children(verb, "advmod", "prep")
    ):
        return False  # "wept when [convicted]", "after [released]": an adverbial clause, its subject left out
    i = verb.left_edge.i - 1
    while i >= verb.sent.start and (verb.doc[i].is_quote or verb.doc[i].pos_ == "ADV"):
        i -= 1
    return i >= verb.sent.start and verb.doc[i].pos_ in ("NOUN", "PROPN")


def describes_a_noun(tok: Token) -> bool:
    """The verb (or the verb it completes or is joined to) heads a clause that tells which thing a
    noun is, background the article does not report as news: a past participle modifying the noun
    ("a statement released by his office", "the withdrawal first announced a week earlier"), or a
    relative clause that states no act of its own (`states_an_act`: "Lam, who is supported by
    Beijing", "a coalition to patrol the Gulf", "a law that would allow people visiting X ...").
    A relative clause in a past tense states its act ("the march, which the police rejected").
    So are a habit ("G7 summits usually focus on ...") and an indirect question ("did not say
    whom they would support"): what an actor is like, or what is asked, not an act reported."""
    t = tok
    while t.dep_ in ("xcomp", "conj") and t.head.i != t.i:
        t = t.head
    if t.dep_ == "relcl" or (t.dep_ == "acl" and own_subject(t)):
        return not states_an_act(t)
    if (t.dep_ == "acl" and t.tag_ in ("VBN", "VBD")) or reduced_relative(t):
        return True
    return habitual(tok) or in_open_question(tok)


def states_an_act(verb: Token) -> bool:
    """Does the finite clause `verb` heads under a noun assert that its act took place? A past
    tense does ("the march, which they [rejected]", "protesters who [were arrested]", "a rapporteur
    who [had investigated] the case", "a summit where the presidents [signed] a pact"); a present
    perfect does when the clause gives its own subject or time ("in which eleven men [have been
    charged]", "who [have filled] the streets since June"), not on its own ("women who have been
    attacked": who they are). A present ("a measure that [bans] flights"), an infinitive ("a
    coalition [to patrol]"), a modal ("which [would] allow") and a clause describing a noun in an
    unrealised clause ("would allow the state to extradite people [who had been accused]")
    describe; they do not report."""
    aux = children(verb, "aux", "auxpass")
    if any(a.tag_ == "MD" or a.lower_ == "to" for a in aux):
        return False
    if not aux:
        past = verb.tag_ == "VBD"
    elif aux[0].tag_ == "VBD":  # was, were, had, did
        past = True
    else:  # has, have: a present perfect; is, are: a present
        past = aux[0].lemma_ == "have" and (own_subject(verb) or own_time(verb))
    return past and not _in_unrealised(verb.head)


def own_subject(verb: Token) -> bool:
    """The clause has a subject other than the relative word: "the plan [they] rejected", "in which
    [eleven men] were charged"; not "who was arrested", "which was joined"."""
    return any(s.tag_ not in WH_TAGS and s.lower_ != "that" for s in children(verb, "nsubj", "nsubjpass"))


def own_time(verb: Token) -> bool:
    """The clause dates its act: a date on the verb or in one of its phrases ("since June", "on
    Sunday", "in 2007")."""
    for c in verb.children:
        if c.ent_type_ in _TIME_ENTS or c.lower_ == "since":
            return True
        if c.dep_ in ("prep", "npadvmod") and any(g.ent_type_ in _TIME_ENTS for g in c.children):
            return True
    return False


def _in_unrealised(noun: Token) -> bool:
    """Is the noun in a clause that is only possible or conditional, itself or through the verbs it
    completes ("would allow the state to [extradite] people", "would allow police to [arrest]
    people", "if they arrest anyone")?"""
    v = noun
    while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
        v = v.head
    while True:
        if any(c.tag_ == "MD" or (c.dep_ == "mark" and c.lower_ in _CONDITIONS) for c in v.children):
            return True
        if not (v.dep_ in ("xcomp", "conj") or (v.dep_ == "ccomp" and is_infinitive(v))) or v.head.i == v.i:
            return False
        v = v.head


def in_the_present(tok: Token, simple: bool = False) -> bool:
    """The verb is in the present ("supports", "do not agree"), or with ``simple`` False also the
    present perfect or present passive ("has supported", "is backed", "has been backing")."""
    if tok.tag_ in ("VBZ", "VBP"):
        return True
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if not aux:
        return False
    if simple:
        return any(a.lemma_ == "do" and a.tag_ in ("VBZ", "VBP") for a in aux)
    return aux[0].tag_ in ("VBZ", "VBP") and all(a.lower_ in _PRESENT_AUX for a in aux)


# where a noun stands for a clause: the sentence's root, a complement clause, a loose attachment
_CLAUSE_SLOTS = frozenset({"ROOT", "ccomp", "dep"})
_ACT_PREPS = frozenset({"in", "during", "by"})
# coercion of persons and property (CAMEO 17: seizures, arrests, expulsions, repression)
_HELD_CODES = ("17",)


def background(tok: Token, trig: Trigger, act_noun: Callable[[Token], bool]) -> bool:
    """Is the verb trigger in a clause that only tells which thing a noun is (`describes_a_noun`),
    background the article does not report, rather than a main clause the parser hung under a noun
    (`main_clause_misparsed`, `verbless_main`) or a clause that reports its own act
    (`reports_on_a_noun`)? `act_noun` tells an act noun of force ("attack", "bombing"). So
    are a participle that only says which people a generic noun means ("anyone [entering] the
    country") and a body's own session with no partner ("Parliament would [meet] in September"),
    events/generic.py, an imperative, an act asked of the one addressed ("Stop [attacking]
    us", events/imperatives.py), and what a law or treaty lays down ("the directive [provides]
    protections", events/documents.py)."""
    if (
        imperative(tok)
        or document_content(tok)
        or generic_participle(tok, _in_unrealised, trig.cameo == "042")
        or (trig.cameo.startswith("04") and own_session(tok))
    ):
        return True
    if main_clause_misparsed(tok, trig) or not describes_a_noun(tok) or caused_patients(tok):  # "had X [freed]"
        return False
    if set_off_act(tok, trig.cameo) is not None:  # "X expelled envoys, a move [condemned] by Y": news
        return False
    return not (verbless_main(tok) or reports_on_a_noun(tok, trig, act_noun))


def verbless_main(tok: Token) -> bool:
    """ "A car bomb [detonated] near the convoy.", "Some 50 women today [protested] in X.", "Five
    men [arrested] in Kabul": a participle under a noun phrase that is the whole sentence, which has
    no verb but this one, is its main clause (a headline's or caption's too). So is one under a noun
    phrase the parser put where a clause goes ("told reporters that explosives [detonated] in a
    field", "a tanker [detonated] in X, he said": a noun as a complement clause or loose "dep").
    Up the phrase it may pass through other participles ("a car bomb targeting recruits [killed]")."""
    if tok.dep_ != "acl" or tok.tag_ not in ("VBN", "VBD") or children(tok, "aux", "auxpass", "mark", "nsubj"):
        return False
    t = phrase_head(tok.head)
    if t is None or t.dep_ not in _CLAUSE_SLOTS or t.pos_ not in ("NOUN", "PROPN", "NUM", "PRON") or t.i > tok.i:
        return False
    own = {x.i for x in tok.subtree}
    # a relative clause's verb is no main verb ("A coup [removed] X in 2006, [which placed] Y in office")
    return not any(
        w.tag_ in ("VBD", "VBZ", "VBP", "MD") and w.i not in own and not _relative_verb(w) for w in t.subtree
    )


def _relative_verb(w: Token) -> bool:
    """Is the word a relative clause's verb or its auxiliary ("[which] placed", "that [had] led")?"""
    return w.dep_ == "relcl" or (w.dep_ in ("aux", "auxpass") and w.head.dep_ == "relcl")


def reports_on_a_noun(tok: Token, trig: Trigger, act_noun: Callable[[Token], bool]) -> bool:
    """A clause on a noun that reports its act rather than telling which thing the noun is:
    - a participle of force on its victims that gives its own doer, time or the act it happened in
      ("the rebels [killed] by the army on Thursday were ...", "members [killed] today", "two
      others [injured] in the attack"), not one that only names them ("the militants killed
      there") nor one on an act noun ("attacks [launched] by X": the noun codes the act);
    - a participle of coercion (CAMEO 17) with its own doer ("the protesters [arrested] by police",
      "soldiers [captured] by Iranians"): an arrest or seizure the sentence states, as a force's;
    - a finite clause on an act noun of force, which tells what that act did ("attacks that have
      [struck] homes", "the assault that [killed] dozens"), not a plan ("an offensive to
      [storm] the town", "attacks that could [kill]");
    - an act under way whose doer the clause names ("the plant that the army is [storming]")."""
    t = tok
    while t.dep_ in ("xcomp", "conj") and t.head.i != t.i:
        t = t.head
    aux = children(t, "aux", "auxpass")
    if any(a.tag_ == "MD" or a.lower_ == "to" for a in aux + children(tok, "aux")) or _in_unrealised(t.head):
        return False  # "drones used by rebels [to bomb] X": a purpose
    if habitual(tok) or (tok.i != t.i and tok.tag_ != "VBN"):
        return False  # "planes, triggered by X, often [bomb] targets": a habit, not the participle's act
    if t.dep_ == "acl" and t.tag_ == "VBN" and not aux and trig.cameo.startswith(_HELD_CODES) and children(t, "agent"):
        return True  # "the protesters [arrested] by police", "journalists [deported] by X": coerced by a named doer
    if t.dep_ == "acl" and t.tag_ == "VBN" and not aux and trig.cameo.startswith(FORCE_CODES):
        if act_noun(t.head):
            return False  # "attacks [launched] by X": one act, the act noun's
        if children(t, "agent") or own_time(t):
            return True
        return any(act_noun(o) for p in children(t, "prep") if p.lower_ in _ACT_PREPS for o in children(p, "pobj"))
    if t.dep_ != "relcl" or not aux:
        return False
    if trig.cameo.startswith(FORCE_CODES) and act_noun(t.head) and aux[0].lemma_ == "have":
        return True  # a present perfect on an act noun: what the act has done
    return aux[0].lemma_ == "be" and t.tag_ == "VBG" and own_subject(t)


@cache
def _allegiance_words() -> frozenset[str]:
    return lowered(load_rules(ActorRules).context.allegiance_words)


def allegiant_subject(verb: Token) -> Token | None:
    """ "Armed youths loyal to X [killed] seven people" parsed with the noun a modifier of the
    adjective and the verb with no subject: a noun phrase headed by an adjective of allegiance
    (actors.yaml allegiance_words) that ends right before a finite verb with no subject is that
    verb's subject; the noun, whose side the actors stage gives it. None otherwise ("the village
    close to the border [was] ..." has no such adjective; a verb with a subject keeps it)."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or children(verb, "nsubj", "nsubjpass", "expl"):
        return None
    doc, i = verb.doc, verb.i - 1
    while i > 0 and doc[i].pos_ in ("ADV", "PART"):
        i -= 1
    if i <= 0:
        return None
    words = _allegiance_words()
    adj = next((a for a in doc[i].ancestors if a.pos_ == "ADJ" and a.lemma_.lower() in words), None)
    if adj is None or adj.right_edge.i != i or adj.i >= verb.i or verb in adj.ancestors:
        return None
    # the noun the adjective describes, before it: "[youths] loyal to X"
    return next((n for n in adj.lefts if n.pos_ in ("NOUN", "PROPN") and n.dep_ != "poss"), None)
