"""A meeting's events (events.yaml meeting_codes): who hosted and who visited, each party with
each other when no one hosted, an intent to meet when it is planned, and the parties a clause
on the meeting shows at it. The coder hands it the dyads of a meeting trigger (readings.py)."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from ...kb import actor_code, cameo
from ...model import Actor
from ...rulefile import load_rules, lowered
from ...ruleschemas import MeetingRules
from .condolences import mourned_abroad, sympathy_targets
from .gathered_signers import gathered_signers
from .lexicon import ModalityWords
from .mediators import mediations
from .participants import Participants
from .readings import Dyad, Reading
from .syntax import Phrase
from .visit_hosts import hosted_visits

# how a venue's actor was found: a country, its capital, a town of it
_VENUES = frozenset({"kb:country", "kb:capital", "place:city"})


def _venue_host(tok: Token) -> Actor | None:
    """The country a gathering attended is held in, from the place its noun or the verb is "in"
    or "at" ("attended a summit [in Hanoi]", "a summit in Hanoi will be attended by X"): the host
    of each attendee from abroad (GUIDELINE "Meetings": a multilateral meeting is each visitor's
    042 to the host and the host's 043 to each); None when no country or city is named, and for
    a gathering of a name of its own ("the World Health Summit in Berlin"), whose organiser the
    text does not give."""
    at = tok.doc._.actor_at or {}
    nouns = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(n.pos_ == "PROPN" or n.ent_type_ for n in nouns):
        return None
    for holder in (*nouns, tok):
        for p in holder.children:
            if p.dep_ != "prep" or p.lower_ not in ("in", "at"):
                continue
            for o in p.children:
                a = at.get(o.i)
                if o.dep_ == "pobj" and a is not None and a.country and a.how in _VENUES:
                    return a
    return None


class Meetings:
    """Reshapes a meeting trigger's dyads into the host's and the visitors' events; reads the
    meeting words and codes (events.yaml) and asks `Participants` who a clause's doers are."""

    def __init__(self, words: ModalityWords, who: Participants) -> None:
        self.words = words
        self.who = who

    def reshape(self, tok: Token, dyads: list[Dyad], reading: Reading) -> list[Dyad]:
        """The dyads of a meeting trigger reshaped (`dyads`), and sympathy's aimed at whom it is
        with (condolences.py); a visit's kept only with a host; a consultation with no other
        side is dropped later (partnerless.py); other dyads as they are; and the mediation of
        whoever arranged a meeting between others (mediators.py)."""
        return self._reshaped(tok, dyads, reading) + self._mediations(tok, dyads, reading)

    def _reshaped(self, tok: Token, dyads: list[Dyad], reading: Reading) -> list[Dyad]:
        """`reshape` without the arranger's mediation."""
        if reading.code.code in self.words.meeting_codes:
            return self.dyads(tok, dyads, reading)
        dyads = gathered_signers(tok, dyads, reading.code.code, self.words.meeting_nouns)
        if reading.code.code == self.words.visit_code and reading.trigger.pos == "verb":
            # CAMEO 042 is a visit of one actor to another: a verb of going that reaches no one the
            # text names ("police arrived", "the group was travelling to Disney World") is no visit
            # (a noun that calls it one, "ahead of Putin's visit", keeps it)
            return hosted_visits(tok, [d for d in dyads if d.target is not None])
        if reading.code.code in _rules().sympathy_codes:
            return mourned_abroad(tok, sympathy_targets(tok, dyads, _rules().sympathy_preps, _rules().sympathy_nouns))
        return dyads

    def dyads(self, tok: Token, dyads: list[Dyad], reading: Reading) -> list[Dyad]:
        """The events of the meeting `tok` names, from its dyads and the parties a clause
        describing the meeting shows at it (`_attendees`): attending an organisation's gathering
        is a visit to it (`_attended`); a meeting someone is reported to have arranged was held
        (`_arranged`)."""
        if tok.lemma_.lower() in _rules().attending_verbs:
            attended = self._attended(tok, dyads, reading)
            if attended is not None:
                return attended
        if _hosted_gathering(tok):
            return []  # "Turkey hosted a summit with A and B": the host's and guests' (the verb's), not A with B
        if reading.modality == "planned" and self._arranged(tok):
            reading = replace(reading, modality="actual")  # "helped arrange a meeting between A and B"
        elif reading.modality == "planned" and self._arranged_by_other(tok, dyads):
            return []  # "the envoy worked to arrange a meeting between A and B": the envoy's aim
        return self._parties(dyads, reading, self._attendees(tok))

    def _attended(self, tok: Token, dyads: list[Dyad], reading: Reading) -> list[Dyad] | None:
        """ "X attended the AU summit", "to attend the UN General Assembly": each attendee's visit
        (042) to the organisation whose gathering the object names and its hosting (043) of
        them, planned: an intent to meet each way; with no organisation, the country it is held in
        hosts those from abroad ("a summit in Hanoi will be attended by X and Y", `_venue_host`);
        None when neither is named ("the party conference"): no one hosts it."""
        at = tok.doc._.actor_at or {}
        igo: Actor | None = None
        for o in tok.children:
            if o.dep_ == "dobj":
                igo = igo or next(
                    (a for t in o.subtree if (a := at.get(t.i)) is not None and (a.code or "").startswith("IGO")),
                    None,
                )
        # an organisation's named assembly is already the dyads' actor ("the World Health
        # Assembly": the WHO, org_gatherings.py), not an actor at a word of the object
        igo = igo or next(
            (d.target for d in dyads if d.target is not None and (d.target.code or "").startswith("IGO")), None
        )
        mod = reading.modality
        host = igo or _venue_host(tok)
        if host is None or mod not in ("actual", "planned"):
            return None
        w = self.words
        go = cameo.lookup(w.planned_meeting_code if mod == "planned" else w.visit_code)
        back = cameo.lookup(w.planned_meeting_code if mod == "planned" else w.host_code)
        out: list[Dyad] = []
        for d in dyads:
            for a, p in ((d.source, d.source_phrase), (d.target, d.target_phrase)):
                if a is None or (a.code or "").startswith("IGO") or any(x.source is a for x in out):
                    continue
                if igo is None and (a.country is None or a.country == host.country):
                    continue  # a gathering in one's own country: no visit
                out += [Dyad(a, host, go, mod, p, None), Dyad(host, a, back, mod, None, p)]
        return out or None

    def _arranged_by_other(self, tok: Token, dyads: list[Dyad]) -> bool:
        """A meeting to come that the doer of a verb of arranging it is not a party of ("the
        envoy is working to arrange a meeting between A and B"): CAMEO 036 is an intent to meet
        that the meeting's own sides express, and the arranger's aim is not theirs; an arranger
        among the parties ("Putin is arranging a meeting with Zelensky") or none named ("a
        meeting is being arranged") leaves the intent to meet. A named arranger the coder has no
        actor for ("Smith worked to arrange ...") is not a party either."""
        if not _arranging(tok):
            return False
        by = self.who.subject(tok.head)
        parties = [a for d in dyads for a in (d.source, d.target) if a is not None]
        if by.passive or not parties:
            return False
        if not by.actors:
            return by.doer is not None and by.doer.pos_ == "PROPN" and all(by.doer.text not in p.text for p in parties)
        return not any(a is p or (a.kb_id is not None and a.kb_id == p.kb_id) for a in by.actors for p in parties)

    def _mediations(self, tok: Token, dyads: list[Dyad], reading: Reading) -> list[Dyad]:
        """ "Norway arranged talks between A and B": Norway's mediation (045) with A and with B,
        when the arranging is reported done (meetings.yaml mediating_verbs)."""
        r = _rules()
        if not _arranging(tok, r.mediating_verbs) or not self._arranged(tok):
            return []
        return mediations(tok, dyads, reading, self.who.subject(tok.head), r.mediated_codes, r.mediation_code)

    def _arranged(self, tok: Token) -> bool:
        """ "arranged a meeting between A and B", "helped set up a meeting": the object of a verb
        of arranging reported done, in the past (meetings.yaml arranging_verbs, helping_verbs),
        the meeting itself not called planned ("an upcoming meeting"); "worked to arrange" or
        "will arrange" leave it planned."""
        rules = _rules()
        v = tok.head
        if not _arranging(tok):
            return False
        if any(c.dep_ == "amod" and c.lemma_.lower() in self.words.planned for c in tok.children):
            return False
        if v.dep_ == "xcomp" and v.head.lemma_.lower() in rules.helping_verbs:
            v = v.head  # "helped arrange"
        helper = [c for c in v.children if c.dep_ == "aux" and c.lower_.removesuffix("ed") in rules.helping_verbs]
        if helper:  # "helped arrange" parsed with "helped" as an auxiliary
            return helper[0].tag_ == "VBD" and len([c for c in v.children if c.dep_ in ("aux", "auxpass")]) == 1
        return _past(v)

    def _parties(self, dyads: list[Dyad], reading: Reading, attendees: list[Actor] | None = None) -> list[Dyad]:
        """A meeting's events (events.yaml meeting_codes), when it took place or is planned: the
        host's and the visitors' (a party of the place's country hosts; a multilateral meeting
        elsewhere, of three or more parties or of an organisation's members, "leaders of AU
        member states", is hosted by the place's government), else each party with each other,
        each way; planned: an intent to meet. `attendees`: parties the text shows at the meeting
        besides its subject and object ("a summit where X and Y signed"). No one meets
        themselves: a visitor of the host's country is no visitor."""
        w, loc, mod = self.words, reading.location, reading.modality
        parts: list[tuple[Actor, Phrase | None]] = []
        for d in dyads:
            for a, p in ((d.source, d.source_phrase), (d.target, d.target_phrase)):
                if a is not None and all(a is not b for b, _ in parts):
                    parts.append((a, p))
        for a in attendees or []:
            if all(a is not b and a.code != b.code for b, _ in parts):
                parts.append((a, None))
        # "leaders of the AU member states met": many parties, none named
        members = [(a, p) for a, p in parts if a.how == "context:members"]
        named = [(a, p) for a, p in parts if a.how != "context:members"]
        planned = mod == "planned"
        if len(parts) < 2 and planned:  # "the council is scheduled to meet": still an intent to meet
            return [replace(d, code=cameo.lookup(w.planned_meeting_code)) for d in dyads]
        if len(parts) < 2 or mod not in ("actual", "planned"):
            return dyads  # "refused to meet X", "could meet X": X did not take part in a refusal
        place = loc.country if loc is not None and loc.kind != "region" else None
        sides = {a.country or a.code for a, _ in named if a.country or (a.code or "").startswith(("IGO", "NGO"))}
        multilateral = len(sides) >= 3 or (members and bool(sides))
        host: tuple[Actor, Phrase | None] | None = None
        if place:
            host = next(((a, p) for a, p in named if a.country == place), None)
            if host is None and multilateral and loc is not None:
                gov = Actor(loc.text, [0, 0], None, loc.name, place, "GOV", actor_code(place, "GOV"), how="place:host")
                host = (gov, None)
        meet = cameo.lookup(w.planned_meeting_code) if planned else reading.code
        if host is None:  # every party with every other, each way
            if members and len(named) < 2:
                return dyads  # the members are not named: who met whom is not said
            return [
                Dyad(a, b, meet, mod, pa, pb)
                for a, pa in named
                for b, pb in named
                if a is not b and a.code != b.code and not (a.country and a.country == b.country)
            ]
        go = cameo.lookup(w.planned_meeting_code if planned else w.visit_code)
        back = cameo.lookup(w.planned_meeting_code if planned else w.host_code)
        h, hp = host
        visitors: list[tuple[Actor, Phrase | None]] = []
        for a, p in named:
            if a is h or (a.country and (a.country == h.country or any(a.country == v.country for v, _ in visitors))):
                continue  # the host's own people, a country already visiting
            visitors.append((a, p))
        return [Dyad(v, h, go, mod, vp, hp) for v, vp in visitors] + [
            Dyad(h, v, back, mod, hp, vp) for v, vp in visitors
        ]

    def _attendees(self, tok: Token) -> list[Actor]:
        """Parties a clause describing the meeting shows at it: the doers of a relative clause
        on the meeting noun a meeting verb is for or at ("met in Niamey for [a summit] where X
        and Y signed the agreement"). (A meeting noun's own relative clause may say who
        called or hosted it: its parties stay those the noun names.)"""
        if tok.pos_ != "VERB":
            return []
        nouns = [
            o
            for p in tok.children
            if p.dep_ == "prep"
            for o in p.children
            if o.dep_ == "pobj" and o.pos_ == "NOUN" and o.lemma_.lower() in self.words.meeting_nouns
        ]
        out: list[Actor] = []
        for n in nouns:
            for r in n.children:
                if r.dep_ == "relcl" and r.pos_ in ("VERB", "AUX"):
                    out += [a for a in self.who.subject(r).actors if a not in out]
        return out


@cache
def _rules() -> _MeetingWords:
    """meetings.yaml, read once."""
    r = load_rules(MeetingRules)
    words = _MeetingWords(
        lowered(r.arranging_verbs),
        lowered(r.helping_verbs),
        lowered(r.attending_verbs),
        frozenset(r.sympathy_codes),
        lowered(r.sympathy_preps),
        lowered(r.sympathy_nouns),
    )
    words.mediating_verbs, words.mediated_codes = lowered(r.mediating_verbs), frozenset(r.mediated_codes)
    words.mediation_code = r.mediation_code
    words.hosting_verbs = lowered(r.hosting_verbs)
    return words


class _MeetingWords:
    """meetings.yaml's word lists."""

    def __init__(
        self, arranging: frozenset[str], helping: frozenset[str], attending: frozenset[str], *more: frozenset[str]
    ) -> None:
        self.arranging_verbs = arranging
        self.helping_verbs = helping
        self.attending_verbs = attending
        self.mediating_verbs: frozenset[str] = frozenset()
        self.mediated_codes: frozenset[str] = frozenset()
        self.mediation_code = ""
        self.hosting_verbs: frozenset[str] = frozenset()
        (
            self.sympathy_codes,
            self.sympathy_preps,
            self.sympathy_nouns,
        ) = more


def _arranging(tok: Token, verbs: frozenset[str] | None = None) -> bool:
    """Is the meeting noun `tok` the object of a verb of arranging (meetings.yaml
    arranging_verbs: "arrange", "set up"; or of `verbs`)?"""
    v = tok.head
    words = {v.lemma_.lower(), *(f"{v.lemma_.lower()} {c.lower_}" for c in v.children if c.dep_ == "prt")}
    return tok.dep_ == "dobj" and bool(words & (_rules().arranging_verbs if verbs is None else verbs))


def _hosted_gathering(tok: Token) -> bool:
    """ "hosted [a summit with A and B]": a meeting noun that is the object of a verb of hosting
    (meetings.yaml hosting_verbs), whose guests do not meet each other (GUIDELINE "Meetings":
    visitors are not coded with each other); the verb codes the hosting and the visits. Talks
    "between" two sides are theirs with each other ("hosted talks between A and B")."""
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in _rules().hosting_verbs:
        return False
    return not any(p.lower_ == "between" for p in tok.children if p.dep_ == "prep")


def _past(v: Token) -> bool:
    """A verb reporting its act done: a simple past, or a perfect ("has arranged"), with no
    modal or future auxiliary."""
    aux = {c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")}
    if v.tag_ == "VBD":
        return not aux
    return v.tag_ == "VBN" and bool(aux) and aux <= {"has", "have", "had"}
