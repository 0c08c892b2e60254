"""Acts of force whose doer English leaves unnamed on purpose (issue 14): a past participle of
harm with no auxiliary and no agent is a passive on the noun it describes or completes ("the
members [killed] today", "two others [injured] in the attack", "was found [murdered]": the
noun is the victim, never the doer), and a blast whose subject is a weapon and that hit no one
the sentence names ("a car bomb [exploded] in X") is an unnamed attacker's act with no target."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import cache

from spacy.tokens import Token

from ...model import Actor
from ...rulefile import load_rules, lowered
from ...ruleschemas import EventRules
from .lexicon import Trigger
from .syntax import children, common_noun_forms


@cache
def unnamed_words() -> tuple[frozenset[str], ...]:
    """events.yaml accidental_blasts, accident_words, instrument_codes, unidentified_doers and trial_words."""
    ev = load_rules(EventRules)
    lists = (ev.accidental_blasts, ev.accident_words, list(ev.instrument_codes), ev.unidentified_doers, ev.trial_words)
    return tuple(lowered(ws) for ws in lists)


def _own_charge(obj: Token, weapons: frozenset[str]) -> bool:
    """Is a blast verb's object the doer's own charge, not what it hit: a weapon ("detonated the
    explosives"), a reflexive ("blew himself up") or a thing of the doer's ("detonated his car")?"""
    if obj.lemma_.lower() in weapons or obj.lower_.endswith(("self", "selves")):
        return True
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)


def _site(obj: Token) -> bool:
    """Is a blast verb's object a site it struck that names no actor ("a blast [hit] a market",
    "rockets [struck] a school", "shelling hit a trolleybus"): a common noun that is no actor of
    its own and no one's own ("hit its target")? Such a strike places the act, as "near the base"
    does; an object that names an actor is a target, coded as one before this is asked."""
    if obj.pos_ != "NOUN" or obj.i in obj.doc._.actor_at:
        return False
    return not any(c.dep_ == "poss" for c in obj.children)


# what a participle that is its own clause's verb, or has its own object, carries: not a passive
_OWN = ("agent", "aux", "auxpass", "nsubj", "nsubjpass", "dobj", "csubj", "expl")


def patient_of_participle(tok: Token, harm: Collection[str]) -> Token | None:
    """The victim of a bare past participle of harm (`harm`: events.yaml harm_verbs and
    intentional_force): the noun it modifies ("the soldiers [killed] in the ambush"), or the
    subject of the passive verb it completes ("the mayor was found [murdered]", "was found [shot]
    dead") or of the "be" the parser made it the complement of ("was [slain]"), or the subject of a passive its coordination left the auxiliary out of ("ten were
    killed and nine [wounded]"). None for a participle with its own auxiliary, subject, object or "by" phrase, and
    for other verbs ("members [elected] today")."""
    if tok.tag_ != "VBN" or tok.lemma_.lower() not in harm:
        return None
    if (gapped := _gapped_subject(tok)) is not None:
        return gapped
    if children(tok, *_OWN):
        return None
    if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN", "NUM") and tok.head.i < tok.i:
        return tok.head
    if tok.dep_ in ("xcomp", "oprd") and tok.head.tag_ == "VBN" and (subj := children(tok.head, "nsubjpass")):
        return subj[0]
    if tok.dep_ == "acomp" and tok.head.lemma_ == "be" and (subj := children(tok.head, "nsubj")):
        return subj[0]  # "two traders were [slain]" parsed as an adjective after "be": still a passive
    return None


def agented_participle_patient(tok: Token) -> Token | None:
    """The noun a past participle with its own "by" phrase modifies, which underwent the act:
    "[four U.S. soldiers] captured by Iranians", "[a soldier] killed by Taliban fighters" (a
    reduced relative clause; `patient_of_participle` leaves these to their "by" phrase's doer and
    names no victim). None for a participle with its own subject, object or auxiliary, and for a
    noun after it."""
    if tok.tag_ != "VBN" or tok.dep_ != "acl" or not children(tok, "agent"):
        return None
    if children(tok, "aux", "auxpass", "nsubj", "nsubjpass", "dobj", "csubj", "expl"):
        return None
    head = tok.head
    return head if head.pos_ in ("NOUN", "PROPN", "NUM") and head.i < tok.i else None


def _gapped_subject(tok: Token) -> Token | None:
    """The subject of a passive whose auxiliary a coordination leaves out: "ten were killed and
    [nine] wounded", "two were killed and [four others] injured" (the parser makes it the
    participle's active subject)."""
    head = tok.head
    if tok.dep_ != "conj" or head.tag_ != "VBN" or not children(head, "auxpass"):
        return None
    if children(tok, "aux", "auxpass", "agent", "dobj", "nsubjpass"):
        return None
    subj = children(tok, "nsubj")
    return subj[0] if len(subj) == 1 and subj[0].pos_ in ("NUM", "NOUN") else None


def patients(tok: Token, harm: Collection[str]) -> list[Token]:
    """The victim of a bare participle of harm as a list (`patient_of_participle`)."""
    p = patient_of_participle(tok, harm)
    return [p] if p is not None else []


def targetless_blast(tok: Token, code: str, blast: Token | None, harm: Collection[str]) -> bool:
    """Is a verb of a bombing (`code`: the weapon's or the verb's, 18x) whose subject is a weapon
    or blast (events.yaml instrument_codes) or an unnamed attacker ("a suicide bomber",
    unidentified_doers) an explosion that hit no one the sentence names ("a car bomb [exploded]
    in X", "an explosion [occurred] at Y", "the bomber [detonated] his vest"), coded with no
    target? So is a rocket, shell, missile or drone (a weapon of 19x) that the verb places
    ("seventeen rockets [struck] near the base") or whose object is a site that names no actor
    ("mortar shells [hit] a school", `_site`), not one with no phrase of place ("the missile
    struck", "hit its target"): an unnamed side's fire at a site that names no actor. Not when a participle of harm on it counts its victims ("..., killing eight": coded
    there), nor when it is the clause of time of a verb of harm ("ten were killed when a bomb
    [exploded]": the harm's act), nor when its object is what it hit, nor a blast of something
    that blows up by accident ("a gas explosion", events.yaml accidental_blasts, and
    accident_words in the sentence), nor a trial (events.yaml trial_words: "during a test")."""
    blasts, accidents, weapons, attackers, trials = unnamed_words()
    if blast is None or not code.startswith(("18", "19")):
        return False
    forms = set(common_noun_forms(blast))
    # a bombing by a weapon or an unnamed bomber; a rocket, shell or missile (19x, the weapon's
    # code) only as itself, when the verb says where it struck ("rockets [struck] near the base")
    if not forms & (weapons if code.startswith("19") else weapons | attackers):
        return False
    if code.startswith("19") and any(t.lemma_.lower() in trials for t in tok.sent):
        return False  # "two rockets struck near the pad during a test": no one's act of force
    sites = [o for o in children(tok, "dobj") if _site(o)]
    if (
        code.startswith("19")
        and not sites
        and not any(
            o.ent_type_ not in ("DATE", "TIME")
            for p in children(tok, "prep")
            if p.lower_ in _WHERE
            for o in children(p, "pobj")
        )
    ):
        return False
    if not all(_own_charge(o, weapons) or o in sites for o in children(tok, "dobj")):
        return False
    words = {blast.lemma_.lower(), *(c.lemma_.lower() for c in blast.subtree if c.i < blast.i)}
    if words & blasts or any(t.lemma_.lower() in accidents for t in tok.sent):
        return False
    from .casualties import harm_participle  # (casualties reads this module's patients)

    if harm_participle(tok) is not None:
        return False
    return not any(h.lemma_.lower() in harm for h in (tok.head, *children(tok, "conj")) if h.i != tok.i)


# a side named in the act's own phrase or the verb's: "clashes [between] X and Y", "fighting
# [with] the army", "an attack [by] rebels", "clashes [among] clans", "[against] the police"
_SIDES = frozenset({"between", "with", "among", "amongst", "by", "against", "from", "involving"})
_NONE = frozenset({"no", "none", "neither", "nothing"})
# a possibility, not a report (casualties.py reads these too)
MODALS = frozenset({"will", "would", "could", "might", "may", "should", "must", "can", "shall", "'ll", "'d"})
_CONDITIONS = frozenset({"if", "unless", "lest", "whether", "before"})


# a phrase of place on the act noun ("the attack [in] Kabul"): its actors are where, not who
_WHERE = frozenset(
    {
        "in",
        "at",
        "near",
        "on",
        "outside",
        "inside",
        "around",
        "across",
        "along",
        "within",
        "into",
        "throughout",
        "over",
        "off",
        "beside",
        "behind",
    }
)


def _placed(t: Token, act: Token) -> bool:
    """Is a word of the act noun's phrase inside a phrase of place, or a clause of time ("as the
    convoy was on its way"), below the noun?"""
    while t.i != act.i:
        if (t.dep_ == "prep" and t.lower_ in _WHERE) or t.dep_ in ("relcl", "advcl", "acl") and t.head.i != act.i:
            return True
        t = t.head
    return False


def _sided(tok: Token, act: Token) -> bool:
    """Does the sentence name a side of the act: an actor the actors stage found in the act noun's
    phrase ("Taliban attack", "the attack, claimed by X"), a possessor other than a date
    ("Hamas's attack"), or a phrase of parties on the noun or the verb ("between X and Y")?"""
    actors = tok.doc._.actor_at
    if any(t.i in actors and not _placed(t, act) for t in act.subtree if t.i != act.i):
        return True
    if any(c.ent_type_ not in ("DATE", "TIME") for c in children(act, "poss")):
        return True
    return any(c.lower_ in _SIDES for h in (act, tok) for c in children(h, "prep"))


def sideless_outbreak(tok: Token, act: Token | None, trig: Trigger) -> bool:
    """Is a verb of occurrence or outbreak (`trig`: an entry of force on an act noun subject that
    names no target) the report that an act of force happened with no side
    named ("the attack [occurred] in X", "heavy fighting [erupted] in Y", "clashes [broke] out in
    Z", "a shootout [took] place near W")? The act noun is the verb's subject; not negated ("no
    clashes", "did not erupt"), not a possibility or condition ("could erupt", "if fighting
    erupts"), not where the sentence names an accident (events.yaml accident_words), a side of
    the act, or its victims with a participle or a verb of harm (coded there)."""
    if trig.target != ("none",) or not trig.subjects or trig.pos != "verb" or act is None or act.pos_ != "NOUN":
        return False
    if act.dep_ != "nsubj" or act.head.i != tok.i:
        return False
    if not all(o.lemma_.lower() == "place" for o in children(tok, "dobj")):
        return False  # "took [place]" only: a verb with an object says what the act hit
    if children(tok, "neg") or any(c.dep_ == "det" and c.lower_ in _NONE for c in act.children):
        return False
    if any(c.dep_ in ("aux", "mark") and c.lower_ in MODALS | _CONDITIONS for c in tok.children):
        return False
    blasts, accidents, _, _, _ = unnamed_words()
    if {act.lemma_.lower(), *(c.lemma_.lower() for c in act.subtree if c.i < act.i)} & blasts:
        return False  # "a gas explosion": what blows up by accident (events.yaml accidental_blasts)
    # an accident named in the sentence ("after a road accident"); not a thing someone did ("set
    # [fire] to", "opened [fire]")
    if any(t.lemma_.lower() in accidents and t.dep_ != "dobj" for t in tok.sent) or _sided(tok, act):
        return False
    from .casualties import REPORTS, harm_participle, harm_verbs, mark  # (casualties reads this module's patients)

    if harm_participle(tok) is not None:
        return False
    if any(h.lemma_.lower() in harm_verbs() for h in (tok.head, *children(tok, "conj")) if h.i != tok.i):
        return False  # "ten were killed when clashes [erupted]": the harm's act
    mark(tok, REPORTS)  # dropped when it has no place or restates an act the article codes (casualties.py)
    return True


def no_side(targets: Sequence[Actor], act: Token | None, reporter: Token | None) -> bool:
    """Do the targets of an act of force with no named doer name no side, so that it makes no
    dyad? For an act noun coded on its own (no `act` a verb reports, no `reporter` verb whose
    subject underwent it: "condemned the attack on [the embassy]") a target needs a country or
    an international body: a bare sector ("the embassy": GOV of no one) is no side; for an act
    a verb reports ("a bombing killed [a photojournalist]", "[three soldiers] died in a bombing":
    events.yaml undergoing_force) any code."""
    if act is None and reporter is None:
        return not any(a.country or (a.code or "").startswith(("IGO", "NGO")) for a in targets)
    return not any(a.country or a.code for a in targets)
