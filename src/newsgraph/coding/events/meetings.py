"""A meeting's events (events.yaml meeting_codes): who hosted and who visited, each party with
each other when no one hosted, an intent to meet when it is planned, and the parties a clause
on the meeting shows at it. The coder hands it the dyads of a meeting trigger (readings.py)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ...kb import actor_code, cameo
from ...model import Actor
from .lexicon import ModalityWords
from .participants import Participants
from .readings import Dyad, Reading
from .syntax import Phrase


class Meetings:
    """Reshapes a meeting trigger's dyads into the host's and the visitors' events; reads the
    meeting words and codes (events.yaml) and asks `Participants` who a clause's doers are."""

    def __init__(self, words: ModalityWords, who: Participants) -> None:
        self.words = words
        self.who = who

    def dyads(self, tok: Token, dyads: list[Dyad], reading: Reading) -> list[Dyad]:
        """The events of the meeting `tok` names, from its dyads and the parties a clause
        describing the meeting shows at it (`_attendees`)."""
        return self._parties(dyads, reading, self._attendees(tok))

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
