"""The doers an event's text implies when it names none: the police or court of an agentless
arrest, capture or charge (events.yaml implied_agents, undergone_acts; the state of an execution
after a sentence, implied_cues; implied.py), the government that took a
measure only a state takes ("the curfew was lifted", state_acts), and the protesters of a
demonstration noun (crowd_codes): each of the country of the event's place, else of the
setting's. A mixin of `EventCoder`, which sets `words` and codes the events with them; apart
so those rules can grow."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...kb import actor_code
from ...model import Actor, Event, Location
from ..actors.domestic_acts import holder_country
from .attitudes import without_negated_attitudes
from .implied import INTENTIONAL_CODES, implied_sector, over_places, uncued
from .inquiries import inquiring_act, inquiry_doers
from .lexicon import ModalityWords, Trigger
from .non_actors import actor_doers
from .noun_doers import implied_noun_agents
from .partnerless import with_partners
from .protests import crowd_country
from .syntax import children, prep_objects
from .victims import setting_country

_PLACE_HOWS = frozenset({"kb:country", "kb:capital", "kb:government", "place:city"})


def _implied_country(tok: Token, loc: Location | None) -> tuple[str | None, str | None]:
    """The country of an implied doer and where it came from: the event's place ("place"), else,
    as for a group noun the KB lacks ("police", "the court"), the sentence's one country, the
    paragraph's, else the article's main country (actors/setting.py); with none, the office
    holder's a domestic act is done to (actors/domestic_acts.py)."""
    country = loc.country if loc is not None and loc.kind != "region" else None
    if country is not None:
        return country, "place" if country else None
    country, by = setting_country(tok)
    if country is None and (own := holder_country(tok)):
        return own, "sentence"  # "the Peruvian president was impeached": by Peru's own body
    return country, by


class ImpliedDoers:
    """The doers a text implies (mixed into `EventCoder`, which sets `words`)."""

    words: ModalityWords

    @staticmethod
    def actor_doers(doc: Doc, events: list[Event]) -> list[Event]:
        """The other side of implied doers: coded doers that are no actor (a generic "you", a
        thing, a private person's private act: non_actors.py) and acts of cooperation with no
        partner (partnerless.py), and a negated attitude ("they are not concerned": attitudes.py),
        dropped once over the document's events."""
        return with_partners(actor_doers(doc, without_negated_attitudes(doc, events)))

    def _deliberate(self, tok: Token, trig: Trigger) -> bool:
        """Is an agentless passive of this trigger an unnamed attacker's act: a verb of deliberate
        violence (intentional_force), an execution the sentence does not tell as a state's
        (implied_cues: "the hostage was executed", not "was executed by hanging"), or an abduction
        entry whatever its verb ("was taken hostage", events.yaml intentional_codes)?"""
        if tok.lemma_.lower() in self.words.intentional_force or uncued(tok):
            return True
        return trig.cameo.startswith(INTENTIONAL_CODES)

    def _implied_agent(
        self, tok: Token, loc: Location | None, implied: dict[str, str] | None = None, trig: Trigger | None = None
    ) -> list[Actor | None]:
        """The doer a passive with no agent implies (events.yaml implied_agents: an arrest is the
        police's; undergone_acts for an act noun undergone), of the country of the event's place
        when the text gives one, else of the setting's, else of none."""
        sector = implied_sector(tok, trig, self.words.implied_agents if implied is None else implied)
        if sector is None:
            return []
        country, by = _implied_country(tok, loc)
        code = actor_code(country, sector) if country else sector
        how = f"implied:{by}" if country else "implied"
        return over_places(
            tok, [Actor("(implied)", [tok.idx, tok.idx], None, None, country, sector, code, how=how, resolved_by=by)]
        )

    def _done_to(self, noun: Token, trig: Trigger, loc: Location | None) -> list[Actor | None]:
        """ "condemned [the arrest] of the journalist in Turkey", "after [his arrest]": a noun
        trigger of a police or court act (noun_doers.yaml implied_noun_agents) done to someone the
        text names (its possessor or "of" phrase) and with no doer named is that body's act; an
        investigation such an act follows, the acting body's ("arrested [after] a probe", inquiries.py)."""
        if trig.pos == "noun" and (act := inquiring_act(noun)) is not None:
            return inquiry_doers(act, self._implied_agent(act, loc))
        if trig.pos != "noun" or not (children(noun, "poss") or prep_objects(noun, "of")):
            return []
        if children(noun, "acl", "ccomp"):
            return []  # "his conviction [that peace is possible]": a belief, no court's act
        # a body of no country is no side the text gives ("Police confirmed [the president's] arrest")
        return [a for a in self._implied_agent(noun, loc, implied_noun_agents()) if a is not None and a.country]

    def _state_measure(self, tok: Token) -> Token | None:
        """The passive subject of a verb that, done to it, only a state does ("[that ban] was
        lifted", "the state of [emergency] was declared", "[parliament] was dissolved"; events.yaml
        state_acts): the noun, else None. A relative pronoun stands for the noun it hangs on ("the
        curfew, [which] was imposed"); the second verb of a coordination takes the first's."""
        things = self.words.state_acts.get(tok.lemma_.lower())
        if things is None:
            return None
        subj = children(tok, "nsubjpass")
        if not subj and tok.dep_ == "conj":
            subj = children(tok.head, "nsubjpass")
        if not subj:
            return None
        noun = subj[0]
        if noun.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
            noun = tok.head
        if noun.lemma_.lower() in things:
            return noun
        of = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in children(p, "pobj")]
        return of[0] if of and of[0].lemma_.lower() in things else None

    def _state_doer(self, tok: Token, measure: Token, loc: Location | None, sent: Span) -> list[Actor | None]:
        """The government that took a measure an agentless passive reports (`_state_measure`):
        of the country of the event's place, else of the sentence's, paragraph's or article's
        setting; none when there is no country, or when the sentence names a state body, court or
        IGO outside the measure's phrase and its place (a doer of its own)."""
        at = sent.doc._.actor_at or {}
        inside = range(measure.left_edge.i, measure.right_edge.i + 1)
        for i in range(sent.start, sent.end):
            a = at.get(i)
            if a is None or i in inside:
                continue
            w = sent.doc[i]
            if a.how in _PLACE_HOWS and w.dep_ in ("pobj", "compound", "poss"):
                continue  # "in Tunisia", "a Tunis court": a place
            if a.how in _PLACE_HOWS or a.sector in ("GOV", "MIL", "JUD") or (a.code or "").startswith("IGO"):
                return []  # "Tunisia said", "the army said": a doer of its own
        country, by = _implied_country(tok, loc)
        if not country:
            return []
        return [
            Actor(
                "(government)",
                [tok.idx, tok.idx],
                None,
                None,
                country,
                "GOV",
                actor_code(country, "GOV"),
                how=f"implied:{by}",
                resolved_by=by,
            )
        ]

    def _crowd(self, tok: Token, loc: Location | None) -> list[Actor | None]:
        """The protesters of a demonstration noun the text gives no doer: of the country of the
        event's place (events.yaml crowd_codes), none when the text does not place it."""
        if not (country := crowd_country(tok, loc.country if loc and loc.kind != "region" else None, loc is None)):
            return []  # protests.py: the place's country, else the setting's for a noun reporting protests
        sector = self.words.crowd_sector
        code = actor_code(country, sector)
        return [Actor("(protesters)", [tok.idx, tok.idx], None, None, country, sector, code, how="implied:place")]
