"""Parties that act on each other. A coordinated subject whose act is mutual ("Putin and Xi met",
"Armenia and Azerbaijan accused each other", "police and protesters clashed in X") is coded as
each party's act on the others, as CAMEO codes a dyad: the place a mutual act happened in is
where, not whom, and "each other" names the subjects themselves (events.yaml symmetric_codes,
reciprocal_verbs, reciprocal_pronouns). A joint act told in the passive ("talks between X and Y
were held") is its parties' act in the same way (joint_act_reports)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ...model import Actor
from .elsewhere import Subject, Targets
from .harm_causes import cause_objects
from .lexicon import ModalityWords, TriggerTable
from .syntax import children, prep_objects

# CAMEO's de-escalation of military engagement (087: truce 0871, retreat 0874)
_DEESCALATE = "087"


def each_other(tok: Token, code: str, sources: list[Actor | None], targets: Targets, words: ModalityWords) -> Targets:
    """The subjects as the act's targets when two or more of them act on each other (the dyads
    then pair each with the others, never with itself); else `targets` unchanged. Mutual is a
    joint act (symmetric_codes) with no target, an act on "each other", or a reciprocal verb
    whose only target is a place after a place preposition ("clashed [in Hong Kong]")."""
    parties = [s for s in sources if s is not None]
    if len(parties) < 2:
        return targets
    if not targets.actors and code.startswith(words.symmetric_codes) and not code.startswith(words.one_sided_codes):
        return Targets(parties, None)  # "Putin and Xi met"
    if _names_each_other(tok, targets.head, words.reciprocal_pronouns):
        return Targets(parties, None)  # "accused each other", "fired at one another"
    if _fight_between(tok, words):
        return Targets(parties, None)  # "fighting between A and B killed 20": each side's on the other
    if _reciprocal(tok, words):
        if not targets.actors or _placed(targets.head, words.place_target_preps):
            return Targets(parties, None)  # "exchanged prisoners", "clashed in X"
    if not targets.actors and _agreed_together(tok, words):
        return Targets(parties, None)  # "A and B agreed to a ceasefire", "reached a deal"
    if not targets.actors and code.startswith("03") and _shared_aim(tok, words):
        return Targets(parties, None)  # "A and B agreed to cooperate", "pledged to deepen ties"
    if not targets.actors and code.startswith(_DEESCALATE) and _ended_fight(tok, words):
        return Targets(parties, None)  # "A and B agreed to [end] the war": their war on each other
    if not targets.actors and code.startswith("03") and any(_ended_fight(x, words) for x in children(tok, "xcomp")):
        return Targets(parties, None)  # "A and B [agreed] to end the war": a truce, each with the other
    return targets


def _ended_fight(verb: Token, words: ModalityWords) -> bool:
    """Does the verb end, stop or halt a fight (its object one of events.yaml two_sided_acts: "end
    the war", "stop the fighting") that names no sides of its own ("the war between X and Y",
    "the war in Yemen" leave it to their own words)? Two subjects that end one ended their
    fight with each other."""
    return verb.pos_ == "VERB" and any(
        o.lemma_.lower() in words.two_sided_acts and not between_sides(o) and not children(o, "prep")
        for o in children(verb, "dobj")
    )


def _shared_aim(tok: Token, words: ModalityWords) -> bool:
    """Is the intent one to act together (events.yaml joint_aims): its infinitive ("agreed [to
    cooperate]") or that infinitive's object ("pledged to deepen [ties]") a joint aim, with no
    partner of its own after "with" ("agreed to cooperate with Chile" has its own)?"""
    for x in children(tok, "xcomp"):
        if prep_objects(x, "with"):
            continue
        things = [x, *children(x, "dobj")]
        if any(t.lemma_.lower() in words.joint_aims for t in things):
            return True
    return False


def _agreed_together(tok: Token, words: ModalityWords) -> bool:
    """Did the subjects make an agreement with each other: a verb of a joint act the parties do
    themselves (events.yaml joint_act_reports: agree, reach, strike, seal ...) whose object, "to"
    or "on" phrase, or infinitive's object is an agreement (joint_documents: "agreed to a
    ceasefire", "struck a deal", "agreed to sign a treaty"; the noun itself when its own entry
    codes it: "reached [a ceasefire]"), or whose passive subject is one ("a
    truce between A and B was agreed": its parties are the subjects, joint_parties)? Not what
    they agree with or to that is no agreement ("agreed with the proposal", "agreed to the
    plan"), nor an agreement that names other parties ("a deal with X", "the deal between X and Y")."""
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj":
        tok = tok.head  # "reached a ceasefire": the agreement noun coded by its own entry, on the verb
    if tok.lemma_.lower() not in words.joint_act_reports:
        return False
    if any(n.lemma_.lower() in words.joint_documents for n in children(tok, "nsubjpass")):
        return True
    verbs = [tok, *(x for x in children(tok, "xcomp") if x.lemma_.lower() in words.joint_act_reports)]
    things = [o for v in verbs for o in [*children(v, "dobj"), *prep_objects(v, "to"), *prep_objects(v, "on")]]
    return any(t.lemma_.lower() in words.joint_documents and not _own_parties(t) for t in things)


def _own_parties(noun: Token) -> bool:
    """Does the agreement noun name parties of its own, after "with" or "between"?"""
    return bool(prep_objects(noun, "with") or prep_objects(noun, "between"))


def _reciprocal(tok: Token, words: ModalityWords) -> bool:
    """Is the act one sides do to each other: a reciprocal verb ("clashed"), or a fight between
    sides (events.yaml two_sided_acts) named by the trigger noun or the subject of the trigger
    verb ("[clashes] between police and protesters erupted")?"""
    if tok.pos_ == "VERB" and tok.lemma_.lower() in words.reciprocal_verbs:
        return True
    return any(n.lemma_.lower() in words.two_sided_acts for n in [tok, *children(tok, "nsubj")] if n.pos_ == "NOUN")


def _fight_between(tok: Token, words: ModalityWords) -> bool:
    """Does the trigger report the toll of a fight between sides it names (events.yaml
    two_sided_acts): the trigger itself ("died in [fighting between A and B]"), its subject
    ("[clashes between A and B] killed 20") or the act its victims were harmed in ("were killed
    in [fighting between A and B]": harm_causes.py)? The fight is each side's act on the other,
    whoever fell in it: those the toll counts are no side's chosen target."""
    acts = [tok, *children(tok, "nsubj"), *cause_objects(tok)]
    return any(a.lemma_.lower() in words.two_sided_acts and between_sides(a) for a in acts)


def between_sides(noun: Token) -> list[Token]:
    """Those an act noun is "between": on the noun ("[clashes between A and B] erupted") and, for
    the subject of a verb, on that verb, which tells the act happened ("clashes erupted [between A
    and B]", "talks were held [between X and Y]"), or on such a verb the parser hung on the noun
    ("Clashes [flared] between A and B" parsed as a verbless phrase); the noun's own first."""
    tellers = [noun.head] if noun.dep_ in ("nsubj", "nsubjpass") else children(noun, "acl")
    return prep_objects(noun, "between") + [o for v in tellers for o in prep_objects(v, "between")]


def _names_each_other(tok: Token, head: Token | None, pronouns: frozenset[frozenset[str]]) -> bool:
    """Is the target phrase, or an object of the trigger (direct, or of a preposition) or its
    owner, "each other" or "one another" (the parse heads either word)?"""
    objs = [*children(tok, "dobj"), *(o for p in children(tok, "prep") for o in children(p, "pobj"))]
    objs += [p for o in objs for p in children(o, "poss")]  # "criticised each other's budgets"
    for o in [head, *objs] if head is not None else objs:
        words = {o.lower_, *(c.lower_ for c in o.children)}
        if any(o.lower_ in p and p <= words for p in pronouns):
            return True
    return False


def _placed(head: Token | None, preps: tuple[str, ...]) -> bool:
    """Is the target phrase a place after a place preposition ("in", "at", "over"; events.yaml
    place_target_preps), not a party ("with protesters")?"""
    return head is not None and head.dep_ == "pobj" and head.head.lower_ in preps


def mutual_noun(noun: Token, triggers: TriggerTable, words: ModalityWords) -> bool:
    """Is the noun an act its parties do together or to each other, so that those it is "between"
    are its doers: a joint act ("talks", "a meeting": symmetric_codes) or a fight between sides
    ("clashes", "fighting": two_sided_acts)?"""
    if (lemma := noun.lemma_.lower()) in words.two_sided_acts:
        return True
    return any(e.cameo.startswith(words.symmetric_codes) for e in triggers.get((lemma, "noun"), []))


def joint_parties(
    verb: Token, triggers: TriggerTable, words: ModalityWords, actors_of: Callable[[Token], list[Actor]]
) -> Subject | None:
    """The doers of a joint act told in the passive ("talks between Russia and Ukraine were
    held", "a pact between X and Y was signed"): the verb entry that codes it has no agent, but
    the act noun names its parties, those it (or the verb) is "between", who did it together as
    in "X and Y held talks" (`each_other` then pairs them). Only a verb the parties themselves do
    (events.yaml joint_act_reports: not "brokered", "cancelled"), a joint act (`mutual_noun`) or
    an agreement (joint_documents), and two or more named actors ("between the two sides",
    "between Chad and its neighbours": not coded so); else None."""
    if verb.lemma_.lower() not in words.joint_act_reports:
        return None
    for noun in children(verb, "nsubjpass"):
        if noun.lemma_.lower() not in words.joint_documents and not mutual_noun(noun, triggers, words):
            continue
        for between in between_sides(noun):
            if len(parties := actors_of(between)) > 1:
                return Subject(parties, False, between)
    return None
