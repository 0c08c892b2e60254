"""Bare casualty reports (issue 14): an agentless passive of harm whose only basis is its victims
("at least five civilians were killed", "twenty people were wounded"), coded as an unnamed
attacker's act of force (null source, the victims as target), and the article-level rule that
drops such a report when the same article codes the act of force it restates (GUIDELINE: a
casualty count is not an event of its own when the attack is reported)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from spacy.tokens import Doc, Span, Token

from ...model import Event
from ...rulefile import load_rules, lowered
from ...ruleschemas import EventRules
from .syntax import children
from .unnamed import MODALS, patients

REPORTS = "casualty_reports"  # doc.user_data: the character offsets of the reports' verbs
# doc.user_data: the offsets of the verbs of unnamed blasts or strikes coded on the building or
# property they hit ("an explosion hit a minibus"), with no victim named
HITS = "property_hits"

# not a report of harm done: a count of none ("no troops were injured"), a person the text has
# already named ("he was killed": the act is reported with its doer or left), a possibility
_NONE = frozenset({"no", "none", "nobody", "neither", "nothing"})
_CONDITIONS = frozenset({"if", "unless", "lest"})
# words of quantity that count victims ("several people", "dozens of soldiers")
_QUANTITIES = frozenset({"several", "many", "dozens", "scores", "hundreds", "thousands", "numerous", "few", "some"})
# a toll summed over time, not one act's victims
_SUMMED = frozenset({"since", "so far", "far", "to date", "overall", "total"})
# the acts of force a casualty report can restate: assaults, fighting, mass violence, and the
# violent repression of a crowd (175: "police used tear gas and batons ... 66 were injured")
FORCE_ROOTS = ("18", "19", "20")
_RESTATED = (*FORCE_ROOTS, "175")


def casualty_report(tok: Token, sent: Span, nouns: Iterable[str], two_sided: Iterable[str]) -> bool:
    """Is an agentless passive of harm a report of the victims of one act: a subject that counts
    people ("at least five civilians", "a man", "dozens of villagers"; events.yaml victim_nouns or
    a word the actors stage gave a sector), none of them negated or already named ("one of
    them"), no modal or condition on the verb, no toll summed over time ("have been killed since
    2011", "so far") and no two-sided fight in the sentence (its dead are either side's)?"""
    subj = children(tok, "nsubjpass") or patients(tok, harm_verbs())
    if len(subj) != 1 or children(tok, "agent", "neg"):
        return False
    head = subj[0]
    if head.pos_ == "PRON" or head.lemma_.lower() in _NONE:
        return False
    if any(c.dep_ == "det" and c.lower_ in _NONE for c in head.children):
        return False
    if any(c.dep_ in ("aux", "auxpass", "mark") and c.lower_ in MODALS | _CONDITIONS for c in tok.children):
        return False
    if any(t.lower_ in _SUMMED for t in tok.subtree if t.head.i == tok.i or t.head.head.i == tok.i):
        return False
    fights = frozenset(two_sided)
    if any(t.lemma_.lower() in fights for t in sent if t.pos_ in ("NOUN", "VERB")):
        return False
    of = [o for p in children(head, "prep") if p.lower_ == "of" for o in children(p, "pobj")]
    if any(o.pos_ == "PRON" for o in of):
        return False  # "one of them was injured": people the text has already reported
    victims = frozenset(nouns)
    actors = head.doc._.actor_at
    people = any(
        h.lemma_.lower() in victims
        or bare_count(h)
        or (h.pos_ in ("NOUN", "PROPN") and any(t.i in actors for t in h.subtree))
        for h in (head, *of)
    )
    return people and _counted(head)


def bare_count(h: Token) -> bool:
    """Does a noun phrase count people with no noun of its own: a bare number ("at least 14 were
    wounded", "another nine", "two had been killed") or counted others ("eight others",
    "several others")? Not a number that counts a noun ("14 of the houses", "two in ten")."""
    if h.like_num or h.pos_ == "NUM":
        return all(
            c.dep_ in ("advmod", "quantmod", "punct") or (c.dep_ == "det" and c.lower_ == "another") for c in h.children
        )
    if h.lemma_.lower() == "other" and h.tag_ == "NNS":
        return any(
            c.dep_ in ("nummod", "amod", "quantmod", "det") and (c.like_num or c.lower_ in _QUANTITIES)
            for c in h.children
        )
    return False


def _counted(head: Token) -> bool:
    """Does a noun phrase count its people: a number, "a"/"an", a word of quantity, or a proper
    person's name (one person)? ("Our citizens", "civilians" count no one: a general statement.)"""
    if head.like_num or head.lower_ in _QUANTITIES or head.ent_type_ == "PERSON" or bare_count(head):
        return True
    return any(
        c.like_num or c.lower_ in _QUANTITIES or (c.dep_ == "det" and c.lower_ in ("a", "an", "another"))
        for c in head.children
        if c.dep_ in ("nummod", "det", "amod", "quantmod", "advmod", "compound")
    )


@cache
def harm_verbs() -> frozenset[str]:
    return lowered(load_rules(EventRules).harm_verbs)


def harm_participle(verb: Token) -> Token | None:
    """The participle of harm that counts the victims of a clause's act ("heavy shelling hit a
    bus, [killing] eight", "a wave of bombings struck the city, [killing] 30"): an -ing
    adverbial clause of the verb, of a verb of harm (events.yaml harm_verbs), with an object.
    The act is reported there with its victims: coded once, on the participle."""
    return next(
        (
            c
            for c in children(verb, "advcl")
            if c.tag_ == "VBG" and c.lemma_.lower() in harm_verbs() and children(c, "dobj") and c.i > verb.i
        ),
        None,
    )


def mark(tok: Token, kind: str) -> None:
    """Note on the doc that the event coded on this verb is of `kind`: a bare casualty report
    (REPORTS), or an unnamed blast or strike whose target is only the building or property it
    hit (HITS, events/victims.py)."""
    tok.doc.user_data.setdefault(kind, set()).add(tok.idx)


def is_marked(doc: Doc, event: Event, kind: str) -> bool:
    """Was this event (its span not yet made whole-text) noted as of `kind` (`mark`)?"""
    return event.span[0] in doc.user_data.get(kind, ())


def _country(ref: dict | None) -> str | None:
    return ref.get("country") if ref else None


def _apart(report: Event, act: Event) -> bool:
    """Do a casualty report and an act of force both give a time of their own (`date_text`) whose
    spans do not meet ("five civilians died in last night's attack" and "the city fell to the
    rebels in 2014")? A count restates only the act it counts, which happened when its victims
    fell: an act of another time is another act. Dates are ISO strings, which sort as dates."""
    if not (report.date_text and act.date_text and report.date and act.date):
        return False
    return (report.date_end or report.date) < act.date or (act.date_end or act.date) < report.date


def drop_restated(
    events: list[Event], reports: list[Event], disaster: bool = False, hits: Iterable[Event] = ()
) -> list[Event]:
    """The article's events without the casualty reports it does not code on their own: any not
    reported as done (negated, hypothetical), any that says neither whose victims nor where
    ("at least 30 villagers were killed", "fighting erupted on Tuesday": no country, no place),
    and any that restates an act of force (roots 18, 19, 20, and 175 violent repression) the
    article codes elsewhere on victims of the same country (a blast or an outbreak of fighting
    with no target: elsewhere in its place's country, or with no country or place of its own,
    which the article's place will fill; not an act on victims of another country, which is
    another dyad; nor an act the text dates to another time, `_apart`). A report of victims of a country with no place of its
    own ("three Turkish soldiers were killed") stays when it restates nothing, unless the article
    tells of a disaster or an accident (`disaster`, hazards.py) and codes no act of force: then
    its dead are the disaster's (GUIDELINE Scope). So is an unnamed blast that hit only a building
    or property (`hits`: "another explosion hit a minibus" in an article on a gas explosion)."""
    ids = {id(e) for e in reports}
    struck = {id(e) for e in hits}
    acts = [e for e in events if id(e) not in ids and e.cameo.startswith(_RESTATED)]
    attacks = [e for e in acts if id(e) not in struck]  # an act of force beside the disaster
    out: list[Event] = []
    for e in events:
        if id(e) in struck and disaster and not attacks:
            continue  # the disaster's blast
        if id(e) in ids:
            if e.modality != "actual" or (disaster and not attacks):
                continue  # not done, or a disaster's dead
            # a blast that hit no one named ("a bomb went off in X", unnamed.py): by its place
            country = _country(e.target) if e.target else _country(e.location)
            if country is None and e.location is None:
                continue  # neither whose victims nor where
            near = [a for a in acts if not _apart(e, a)]  # "fell to X in 2014" is no act of last night's
            # (an act on victims of another country is another dyad, though the same attack: "a
            # bombing killed an Emirati journalist in X; five local civilians also died" codes both)
            if country and any(
                _country(a.target) == country or (not _country(a.target) and _country(a.location) == country)
                for a in near
            ):
                continue
            if not e.target and any(not _country(a.target) and a.location is None for a in near):
                # an act with no country of its own, later placed at the article's place (pipeline
                # fill): a blast or outbreak with no side named may restate it
                continue
        out.append(e)
    return out
