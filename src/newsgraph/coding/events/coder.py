"""The `newsgraph_events` spaCy component: finds the trigger words of each sentence, asks the
matcher, the participants and the mood for entry, actors and modality, and writes the events
(with the pair, intent, demand and refusal readings an act gives), recording why a trigger
did or did not code when `explain` asks."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ...kb import cameo, load_kb
from ...model import Actor, Event, TimeRef
from .. import when, where
from ..component import guarded, words_tagged
from .accusations import Accusations, Attributions
from .answered import answered, judged_violations
from .assassinations import assassination
from .attempts import attempted
from .bomb_kinds import object_kind
from .carriers import message_carrier
from .casualties import REPORTS, harm_participle, mark
from .clauses import background, in_the_present
from .courts import by_private_person, named_private_force, sent_to_face
from .denials import denied
from .hazards import hazard_harm
from .headline_passives import mend_headline_passives
from .holders import holder_targets
from .identified_doers import identified_doers
from .ids import event_id
from .implied import done_to_persons
from .implied_doers import ImpliedDoers
from .investigated import investigated_kind
from .lexicon import NO_EVENT, Trigger, load_act_map, rules
from .matching import POS, POS_TAGS, Matcher
from .meetings import Meetings
from .misparsed_verbs import mend_misparsed_verbs
from .mood import Mood, modal_future
from .own_people import own_people_of, own_people_state, people_of
from .own_side import speaks_for
from .participants import Participants, Subject, Targets
from .policy_targets import government, owned_targets
from .protests import greeted_with, protest_by_manner, protested_site, setting_crowd
from .quoted import QuotedActs, QuotedWords
from .readings import Dyad, Reading
from .reciprocal import each_other
from .reports import reporting_verb, reports_a_death, suffered_code
from .role_targets import held_persons
from .stated import stated_time, time_fields
from .syntax import children, in_a_title, phrase, prep_objects
from .threats import THREAT_ROOT, Threats
from .trace import note
from .unnamed import no_side, sideless_outbreak
from .victims import Victims

# two reference days far apart: a date resolving alike against both is written out in full
ABSOLUTE_PROBES = (dt.date(1990, 3, 14), dt.date(2031, 9, 2))
# how a target names a state as a whole: its name, capital or government seat (own_state_codes)
_STATE_WHOLE = frozenset({"kb:country", "kb:capital", "kb:government"})


class EventCoder(ImpliedDoers):
    """spaCy component filling `doc._.events` (a list of `Event`)."""

    def __init__(self, kb_dirs: list[str]) -> None:
        dirs = tuple(Path(d) for d in kb_dirs)
        self.triggers, self.words = rules(dirs)
        self.refusals = load_act_map("refusals")
        self.intents = load_act_map("intents")
        self.demands = load_act_map("demands")
        self.kb = load_kb(dirs)
        self.gazetteer = where.load_gazetteer(tuple(map(str, self.kb.dirs[1:])))
        self.matcher = Matcher(self.triggers, self.words)
        self.mood = Mood(self.words, self.matcher, self.refusals)
        self.who = Participants(self.kb, self.gazetteer, self.words, self.matcher, self.intents, self.demands)
        self.accusations = Accusations(self.who, self.matcher)
        self.attributions = Attributions(self.accusations)
        self.quoted = QuotedActs(self.triggers, self.words, self.mood, self.who, QuotedWords.load(self.triggers))
        self.victims = Victims(self.words, self.triggers, self.who)
        self.meetings = Meetings(self.words, self.who)
        self.threats = Threats(self.who, self.matcher, self.intents)
        self.bodies = frozenset({*self.words.implied_agents.values(), *self.words.undergone_acts.values()})

    @guarded("newsgraph_events")
    def __call__(self, doc: Doc) -> Doc:
        events: list[Event] = []
        seen: set[tuple] = set()
        # the doers of earlier acts by trigger lemma, latest last ("X expelled envoys and Y criticised the move")
        doers: list[tuple[str, Actor]] = []
        mend_misparsed_verbs(doc, self.triggers)  # "The British [relinquished] control", "co-sponsored"
        mend_headline_passives(doc)  # "Former president [sentenced] to 14 years"
        self.quoted.prepare(doc)  # quotations' speakers and addressees ("you")
        for si, sent in enumerate(doc.sents):
            acted: list[tuple[str, Actor]] = []
            coded: list[Event] = []
            claimed: dict[int, str] = {}  # act nouns a verb of force coded, by index: that verb
            deferred: list[tuple[Token, list[Trigger]]] = []
            for tok in words_tagged(sent, POS_TAGS):  # a verb, noun or adjective: no other word has an entry
                pos = POS.get(tok.pos_)
                if pos is None or (pos == "adj" and tok.dep_ not in ("acomp", "ROOT")):
                    continue
                cands = self.triggers.get((tok.lemma_.lower(), pos))
                if not cands and pos == "noun" and (code := suffered_code(tok)):
                    # "came under [fire]", "died of [gunshot] wounds" (reports.py)
                    cands = [Trigger(tok.lemma_.lower(), pos, code, (), None, (), (), (), "events.yaml:suffered_force")]
                if not cands:
                    continue
                if pos == "verb" and hazard_harm(tok, cands):
                    note(doc, tok, cands, "skipped: harm done by a hazard, an accident or an animal (hazards.py)")
                    continue
                if pos == "noun" and self.matcher.part_of_verb_trigger(tok):
                    note(doc, tok, cands, "skipped: a modifier, or the object a verb entry already codes")
                    continue
                if pos == "noun" and in_a_title(tok):
                    note(doc, tok, cands, "skipped: part of a title in apposition to a name")
                    continue
                if pos == "noun" and self.who.reported_by_verb(tok):
                    deferred.append((tok, cands))  # coded on its verb, unless that verb codes nothing
                    continue
                coded += self._code(doc, si, sent, tok, cands, doers + acted, acted, claimed)
            for tok, cands in deferred:
                if tok.i in claimed:
                    note(doc, tok, cands, f"one act: coded on the verb that reports it ('{claimed[tok.i]}')")
                    continue
                coded += self._code(doc, si, sent, tok, cands, doers + acted, acted, claimed)
            coded += self._quoted(doc, si, sent)  # what a quotation's speaker does that no trigger names
            coded += self._attributed(doc, si, sent)  # "X said Y were behind the attack" (accusations.py)
            for ev in coded:
                key = (
                    ev.span[0],
                    ev.cameo,
                    (ev.source or {}).get("kb_id"),
                    (ev.source or {}).get("code"),
                    (ev.target or {}).get("kb_id"),
                    (ev.target or {}).get("code"),
                )
                if key not in seen:
                    seen.add(key)
                    events.append(ev)
            doers += acted
        doc._.events = identified_doers(doc, self.actor_doers(doc, self.quoted.unstopped(doc, events)))
        return doc

    def _code(
        self,
        doc: Doc,
        si: int,
        sent: Span,
        tok: Token,
        cands: list[Trigger],
        doers: list[tuple[str, Actor]],
        acted: list[tuple[str, Actor]],
        claimed: dict[int, str],
    ) -> list[Event]:
        trig = self.who.kind_told_before(tok, self.matcher.match(tok, cands))  # "the attack": the bombing told
        if trig is None:
            note(doc, tok, cands, "no entry's conditions hold")
            return []
        if trig.cameo == NO_EVENT:
            note(doc, tok, cands, "no event: the matching entry says so", trig)
            return []
        if trig.clause and trig.cameo.startswith("10") and not self._mandative(tok):
            note(
                doc, tok, cands, "no demand: the clause states, it does not require ('insisted it was innocent')", trig
            )
            return []
        if trig.cameo == "010" and not trig.specificity and self.matcher.reports_an_act(tok):
            note(doc, tok, cands, "left to the act it announces", trig)
            return []
        if tok.dep_ in ("xcomp", "advcl") and (same := self._named_by_head(tok, trig)):
            note(doc, tok, cands, f"the act its governing verb codes ({same}): one act, named twice", trig)
            return []
        if trig.pos == "verb" and (threat := self.threats.threatening_verb(tok)) is not None:
            # "threatened [to strike] Guam": what was threatened, coded as the threat's kind (threats.py)
            note(doc, tok, cands, f"the act the threat '{threat.text}' names: coded as that threat (13x)", trig)
            return []
        if trig.pos == "verb":
            trig = self.threats.refined(tok, trig)  # "threatened to expel the ambassador": 1313
            trig = self.accusations.of_kind(tok, trig)  # "accused X of [attacking] Y": 1123
        trig = investigated_kind(tok, trig)  # "investigated allegations of [torture]": 092
        if (why := self.mood.unreported(tok, trig, self.who.asked_for)) is not None:
            note(doc, tok, cands, why, trig)  # only asked for, urged as due, a habit, private life
            return []
        carrier = message_carrier(tok, self.words.message_nouns) if trig.pos == "verb" else None
        manner = protest_by_manner(tok, self.words.crowd_codes, trig.cameo)  # "X protested by shouting"
        if trig.pos == "verb" and carrier is None and not manner and background(tok, trig, self.who.force_noun):
            note(doc, tok, cands, "skipped: in a clause that describes a noun (background, not reported)", trig)
            return []
        if trig.pos == "verb" and tok.lemma_.lower() in self.words.lasting_states and in_the_present(tok):
            note(doc, tok, cands, "skipped: a lasting state ('is backed by', 'has supported')", trig)
            return []
        site = self.who.site(tok) if trig.pos == "noun" else tok
        force = trig.cameo.startswith(self.words.null_source_codes)
        act: Token | None = None  # the act noun a verb of force reports ("the bombing [killed]")
        noun_code: str | None = None
        if trig.pos in ("verb", "adj"):
            subject = self.who.subject(tok) if manner is None else Subject(self.who.actors_of(manner), False, manner)
            if carrier is not None:  # "posted a message on Twitter [blaming] X": the message's author
                subject = self._author(carrier) or subject
            act = self.who.act_noun(tok, subject) if force else None
            act_trig = self.who.act_entry(act) if act is not None else None
            if act is not None and (act_trig is None or (fv := self.who.force_verb(act)) is None or fv[0].i != tok.i):
                # a noun that codes no act of force here, or the subject of another verb ("the
                # invasion began ... and [killed]"; "an explosion struck X, [killing] ..."): the noun's
                note(doc, tok, cands, "left to the act noun it reports, or to its own verb", trig)
                return []
            if act is not None and act_trig is not None:
                # "a car bombing killed X", "X were killed in the shelling": one act, coded on the
                # verb that reports it, with the code of the act noun that names its kind (when no
                # finer than the verb's), its doers the noun's ("an Israeli airstrike killed")
                subject = Subject(self.who.noun_source(act), subject.passive, act)
                if subject.passive and not subject.actors:  # "killed in clashes with the army"
                    subject = self.victims.clash_doer(tok, act) or subject
                if len(act_trig.cameo) >= len(trig.cameo):
                    noun_code = act_trig.cameo
            if force and act is None and subject.passive and subject.doer is None:
                subject = self.victims.clause_doer(tok) or subject  # "were killed when rebels raided"
            elif force and act is None and subject.passive:  # "were killed by Tutsis"
                subject = self.victims.agent_group(tok, subject) or subject
        else:
            subject = Subject(self.who.noun_source(site), False)
            if force and not subject.actors:
                subject = self._fired_from(site) or subject
        # "a missile struck X", "rockets hit X": a weapon the actors stage did not take for an actor is the act's
        # subject; its kind is the act's (events.yaml instrument_codes), its doer the weapon's owner if named
        # ("an Israeli missile"). (A weapon resolved as an actor, "Israeli jets attacked", keeps that actor as
        # the doer and gives its kind below: owned_weapon_code.)
        weapon = self.who.instrument(subject) if force and trig.pos == "verb" and not subject.actors else None
        if force and trig.pos == "verb" and act is None:
            # "[US drones] struck X": the weapon resolved as its owner's forces still names the kind of force
            noun_code = self.who.owned_weapon_code(tok, subject, trig.cameo) or noun_code
        # the act noun or weapon of one act reported by more than one verb ("a bomb exploded,
        # killing ten and wounding 34"): coded on the first; but the participle that counts the
        # victims of the verb that names the act ("rockets hit X, [killing] ten") codes it too, as
        # it does after a doer ("a bomber struck X, [killing] ten"): the same source, target and
        # root, one event of the article (GUIDELINE.md)
        claim = act if act is not None else subject.doer if weapon else None
        counts = (participle := harm_participle(tok.head)) is not None and participle.i == tok.i
        if weapon and claim is not None and claim.i in claimed and not counts:
            note(doc, tok, cands, f"one act: coded on '{claimed[claim.i]}' already", trig)
            return []
        if weapon and subject.doer is not None:
            subject.actors = self.who.actors_of(subject.doer, owner=True)
        # a named organisation the KB lacks still acted (a non-state group); a person of no country, office or sector
        # is one the text does not resolve (GUIDELINE.md: uncoded); other phrases are no actors
        found = self.who.armed(subject.actors, subject.doer or site, tok) if force else subject.actors  # "US fire"
        sources: list[Actor | None] = [s for s in found if s.country or s.code or s.how == "context:org"]
        # an attack or threat whose doer the text leaves unnamed (or names only as a person of no
        # known country or side): no source (events.yaml null_source_codes)
        # "clashes broke out in X", "the attack occurred at Y": no side named, none needed (unnamed.py)
        outbreak = force and not sources and sideless_outbreak(tok, act or subject.doer, trig)
        unnamed = outbreak or (
            force
            and not sources
            and (
                any(s.how == "context:person" for s in subject.actors)
                or (
                    self.who.unnamed_doer(subject)
                    # "the mayor was stabbed", "was shot dead": deliberate violence is someone's
                    or (subject.passive and subject.doer is None and self._deliberate(tok, trig))
                    # "nineteen people were killed when gunmen opened fire": an attacker or
                    # weapon named in the sentence (events.yaml harm_verbs)
                    or (subject.passive and subject.doer is None and self.victims.attack_cue(tok, sent))
                    if trig.pos != "noun" and act is None
                    else self.who.doerless_act(act or site) or self.victims.fallen_side(tok, act)
                )
            )
        )
        reporter = (reporting_verb(tok) if trig.pos == "noun" else self.who.undergone_gerund(tok)) if force else None
        loc = where.locate(sent, tok, self.gazetteer)
        if loc is None and reporter is not None:  # "died of gunshot wounds [in Mosul]"
            loc = where.locate(sent, reporter, self.gazetteer)
        if act is not None:  # "killed in [the attack in Kabul]": the act noun's own place when nearer
            loc = where.locate(sent, act, self.gazetteer) or loc
        measure = None
        if not sources and not unnamed and trig.pos == "verb" and subject.passive and subject.doer is None:
            # "a man was arrested in Paris": by the police of the place; "the ban was lifted": by
            # whoever the text says imposed it (earlier.py)
            sources = self._implied_agent(tok, loc, None, trig) or list(self.who.undoers(tok, trig))
            # "that ban was lifted", "a curfew was imposed in X": an act only a state does, by
            # the government of the place's or the setting's country (events.yaml state_acts)
            measure = self._state_measure(tok)
            if not sources and measure is not None:
                sources = self._state_doer(tok, measure, loc, sent)
        undergone = self._undergone(site) if not sources and not unnamed and trig.pos == "noun" else None
        if undergone is not None or (not sources and not unnamed and (done_to := self._done_to(site, trig, loc))):
            # "two officers received [prison terms]", "after [his arrest]": a court's or the police's act on them
            sources = self._implied_agent(tok, loc, self.words.undergone_acts) if undergone else done_to
        if not sources and not unnamed and trig.pos == "noun" and trig.cameo.startswith(self.words.crowd_codes):
            # "weeks of protests in the capital": by protesters of the place's country ("[in X] it
            # was met with protests": the place of the verb the noun greets it with, protests.py)
            met = greeted_with(tok, self.words.greeted_verbs)
            loc = loc or (where.locate(sent, met, self.gazetteer) if met is not None else None)
            sources = self._crowd(tok, loc)
        if not sources and not unnamed and trig.pos == "verb" and trig.cameo.startswith(self.words.crowd_codes):
            # "several thousand Sikhs marched through London": a crowd the text gives no country
            sources = self.victims.crowd_doers(subject, tok, loc)
        elif sources and trig.pos == "verb" and trig.cameo.startswith(self.words.crowd_codes):
            # "Students protested in Lahore": people of a sector the text gives no country, of the
            # country the crowd's place gives (victims.crowd_doers)
            sources = self.victims.placed_crowd(sources, subject, tok, loc)
        if not sources and not unnamed and trig.cameo.startswith(self.words.demand_codes) and subject.doer is not None:
            # "Protesters demanded"; "Thousands gathered in X to demand ...": a crowd of the place's country
            sources = [*setting_crowd(subject.doer, self.words.protest_doers, self.words.crowd_sector)]
            sources = sources or self.victims.crowd_doers(subject, tok, loc)
        if trig.pos == "verb" and trig.cameo.startswith(self.words.crowd_codes):
            # "hundreds of Palestinians protested": a people named by its demonym, in the street
            # (crowd_sector), not its state ("Russia protested" stays the country)
            sources = [self.victims.as_crowd(s, subject) for s in sources]
        if not sources and not unnamed:
            unresolved = [s.text for s in subject.actors if s.how == "context:person"]
            why = f"its doer ({unresolved[0]}) has no country or side in the text" if unresolved else ""
            note(
                doc, tok, cands, f"{trig.name} matched, but no source actor was found{': ' + why if why else ''}", trig
            )
            return []
        targets = self.who.targets(site, trig, subject.passive) if undergone is None else undergone
        targets = answered(self.who, site, trig, sources, held_persons(targets, sources, self.bodies, self.words))
        if trig.cameo[:2] in ("03", "13") and trig.pos != "noun" and (intended := self.matcher.intended_act(tok, trig)):
            # "pledged to send troops [to X]", "declared its intention to meet [X]": the act's recipient
            targets = inner if (inner := self.who.targets(*intended, False)).actors else targets
        if trig.pos == "verb":
            targets = self.threats.targets(tok, trig, targets)  # "threatened to withdraw aid [from X]"
        if not targets.actors and (founder := self.matcher.founder(tok, trig)) is not None:
            targets = Targets(self.who.actors_of(founder, owner=True), founder)  # "joined the [US]-led coalition"
        placed = bool(targets.actors) and all(a.sector is None and a.how != "kb:country" for a in targets.actors)
        if force and (not targets.actors or placed) and (fv := self.who.force_verb(site)):
            # "twin bombings struck [a cathedral]", "[two people] were killed in a bombing": what
            # the verb of force the act noun reports acted on
            verb, passive = fv
            vt = self.matcher.match(verb, self.triggers.get((verb.lemma_.lower(), "verb"), []))
            if vt is not None:
                # "two soldiers were killed in an ambush near X": the victims rather than the place
                hit = self.who.targets(verb, vt, passive)
                targets = hit if hit.actors or not targets.actors else targets
        if reporter is not None and (underwent := self.who.actors_of(undergoer := children(reporter, "nsubj")[0])):
            # "[two hospitals] came under attack", "[a politician] died after a bombing": the act the
            # verb's subject underwent, coded on that verb (reports.py)
            targets = Targets(underwent, undergoer)
        if measure is not None and not targets.actors and (state := next((s for s in sources if s), None)):
            if state.country and state.sector == "GOV":
                # "the bill was suspended": a measure that names no one it is aimed at is aimed at
                # the people of the country whose government took it
                targets = Targets([people_of(state.country, state.resolved_by)], measure)
        elif not targets.actors and (state := own_people_state(trig, sources)) and state.country:
            targets = Targets([people_of(state.country, state.resolved_by)], tok)  # own_people.py
        if trig.cameo.startswith(self.victims.lists.codes):
            # "killed one civilian", "attacked a synagogue in X": the victims or the body hit, of
            # the country of the event's place, else of the setting (events.yaml victim_*)
            targets = self.victims.victims(site, targets, loc, bool(unnamed))
        if unnamed:
            if (act is not None or trig.pos == "noun") and not outbreak and no_side(targets.actors, act, reporter):
                # "a bombing killed [a photojournalist]", "condemned the attack on [the embassy]": no dyad to code
                note(doc, tok, cands, f"{trig.name} matched, but no source actor and no target of known country", trig)
                return []
            if not targets.actors and not outbreak and not self.victims.blast(tok, weapon or trig.cameo, subject.doer):
                why = f"{trig.name} matched, but no source actor was found (none named) and no target"
                note(doc, tok, cands, why, trig)
                return []
            sources = [None]
        reaction = trig.cameo.startswith(self.words.reaction_codes)
        if reaction and not targets.actors and doers and (act := self.who.act_anaphor(site, subject.passive)):
            # "the opposition criticised [the move]": the doer of the act reported before it,
            # the latest one of that word ("the call" after "called for"), else the latest one
            named = [a for lemma, a in doers if lemma == act.lemma_.lower()]
            targets = Targets([named[-1] if named else doers[-1][1]], act)
        targets = self.who.policy_targets(site, trig, sources, targets)  # "denied [funding]": its government
        # "called for [their] release": the holder, else the story's government (holders.py)
        targets = holder_targets(site, trig.cameo, sources, targets, [*doers, *acted])
        targets = owned_targets(self.who, site, trig, sources, targets)  # "helped [X's] inquiry": X
        modality = self.mood.modality(site)
        if modality in ("actual", "hypothetical") and denied(tok):
            modality = "negated"  # "denied that its troops had [fired]": what the speaker says was not done
        if modality == "negated" and trig.pos == "verb" and in_the_present(tok, simple=True):
            note(doc, tok, cands, "skipped: a negated present, a habit or stance ('I never threaten')", trig)
            return []
        ahead = modality == "planned" or (modality == "hypothetical" and modal_future(tok))
        time = event_time(sent, site.head if undergone is not None else tok, doc._.published, ahead)
        if act is not None and (own := event_time(sent, act, doc._.published, False)) is not None and own.date_text:
            time = own  # "killed in [Monday's attack]": the act noun's own date
        if modality != "planned" and time is not None and time.date_text is None:
            time = self._said_time(doc, tok) or time
        own_code = weapon or noun_code or trig.cameo
        if trig.pos == "verb":  # "detonated a [roadside] bomb": the kind of bombing its object names
            own_code = object_kind(tok, own_code, self.words.bombing_kinds)
        blast = self.victims.blast_act(tok, own_code, unnamed)  # "a bomb exploded, killing"
        code = named_private_force(cameo.lookup(blast.code), subject if unnamed else None)
        if (killed := assassination(tok, code.code, sources, targets.head, self.words)) is not None:
            code = cameo.lookup(killed)  # "gunmen shot dead [the mayor]" (assassinations.py)
        if (tried := attempted(tok, code.code, self.words, self.mood.modality)) is not None:
            # "survived an assassination attempt", "tried to assassinate X": CAMEO's attempt (185);
            # "tried to storm X": the assault made (events.yaml attempts: made_roots)
            code, modality = cameo.lookup(tried[0]), tried[1]
        refused = (
            self.refusals.code_for(code.code) if modality == "negated" and self.mood.announced_refusal(tok) else None
        )
        if refused:  # "will not lift the ban": CAMEO's refusal (1241), which did happen
            code, modality = cameo.lookup(refused), "actual"
        acts = not reaction or code.code.startswith(self.words.reacted_to_codes)  # "charged": an act
        if acts and not trig.cameo.startswith("01") and modality in ("actual", "planned"):
            lemma = tok.lemma_.lower()
            acted += [(lemma, s) for s in sources if s and (s.country or (s.code or "").startswith(("IGO", "NGO")))]
        reading = Reading(trig, code, modality, refused, time, loc)
        if claim is not None:
            claimed[claim.i] = tok.text
        # "X claimed Iran attacked": X's accusation of Iran, the attack only alleged (accusations.py)
        dyads, accused = self.accusations.split(
            tok,
            modality,
            done_to_persons(
                self._dyads(tok, reading, sources, targets), targets.head, self.bodies, self.words.crowd_sector
            ),
        )
        out = self._events(doc, si, sent, reporter or self.victims.anchored(tok, blast), reading, dyads)
        if reporter is not None and reports_a_death(reporter) and sources == [None]:
            mark(reporter, REPORTS)  # "two soldiers died in an airstrike": a bare casualty report
        for a in accused:
            at = event_time(sent, a.cue, doc._.published, False)
            said = Reading(a.trigger, a.code, "actual", None, at, where.locate(sent, a.cue, self.gazetteer))
            out += self._events(doc, si, sent, a.cue, said, a.dyads)
        note(doc, tok, cands, f"coded {len(out)} event(s)", trig)
        return out

    def _quoted(self, doc: Doc, si: int, sent: Span) -> list[Event]:
        """The acts quotations in the sentence perform that no trigger names (quoted.py)."""
        out: list[Event] = []
        for act in self.quoted.acts(sent):
            code = cameo.lookup(act.code)
            cue = act.said.cue
            time = self._said_time(doc, act.tok) or event_time(sent, act.tok, doc._.published, False)
            reading = Reading(act.trigger, code, "actual", None, time, where.locate(cue.sent, cue, self.gazetteer))
            targets: list[Actor | None] = [*act.targets] or [None]  # "your presence", no one named
            dyads = [Dyad(act.source, t, code, "actual", None, phrase(act.target_head)) for t in targets]
            out += self._events(doc, si, sent, act.tok, reading, dyads)
        return out

    def _attributed(self, doc: Doc, si: int, sent: Span) -> list[Event]:
        """A reported clause naming an actor as a hostile act's doer: the speaker's accusation."""
        out: list[Event] = []
        for act in self.attributions.find(sent):
            code = cameo.lookup(act.code)
            time = event_time(sent, act.cue, doc._.published, False)
            reading = Reading(act.trigger, code, "actual", None, time, where.locate(sent, act.cue, self.gazetteer))
            targets: list[Actor | None] = [*act.targets] or [None]  # a claim of an act that hit no one named
            dyads = [Dyad(act.source, t, code, "actual", None, phrase(act.target_head)) for t in targets]
            out += self._events(doc, si, sent, act.cue, reading, dyads)
        return out

    def _said_time(self, doc: Doc, tok: Token) -> TimeRef | None:
        """The date of the cue of the quotation holding the word, when the cue has one."""
        said = self.quoted.said_at(tok)
        if said is None:
            return None
        t = event_time(said.cue.sent, said.cue, doc._.published, False)
        return t if t is not None and t.date_text else None

    def _mandative(self, tok: Token) -> bool:
        """Does the verb's clause require an act of another actor ("insisted that Bree [pay]", "that
        Bree must pay")? A bare subjunctive, or a demand auxiliary (demands.yaml), with a subject
        that is not the speaker ("insisted that we must leave" is the speaker's own plan)."""
        speakers = {a.code for a in self.who.subject(tok).actors}
        for c in children(tok, "ccomp"):
            aux = [a.lower_ for a in c.children if a.dep_ == "aux"]
            subj = children(c, "nsubj", "nsubjpass")
            if not subj or subj[0].lower_ in ("i", "we"):
                continue
            # "that Bree pay" (VB), or VBP when the subject is singular, so it cannot be a present
            bare = not aux and (c.tag_ == "VB" or (c.tag_ == "VBP" and subj[0].tag_ in ("NN", "NNP")))
            if not (bare or any(a in self.demands.words for a in aux)):
                continue
            if not speakers & {a.code for a in self.who.actors_of(subj[0])}:
                return True
        return False

    def _named_by_head(self, tok: Token, trig: Trigger) -> str | None:
        """ "used tear gas [to disperse] the crowd": the verb the infinitive completes codes an act
        of the same CAMEO root (or of a root events.yaml purpose_roots lists for the infinitive's:
        "summoned the envoy [to protest]"), of which the infinitive only names the purpose: that
        entry's name."""
        head = tok.head
        entry = self.matcher.match(head, self.triggers.get((head.lemma_.lower(), "verb"), []))
        if entry is None or entry.cameo == NO_EVENT:
            return None
        purpose = entry.cameo[:2] in self.words.purpose_roots.get(trig.cameo[:2], ())
        if tok.dep_ == "advcl":  # an infinitive of purpose the parser hung as an adverbial clause
            purpose = purpose and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            return entry.name if purpose else None
        if entry.cameo[:2] != trig.cameo[:2] and not purpose:
            return None
        return entry.name

    def _author(self, carrier: Token) -> Subject | None:
        """Who a message carrying a speech act comes from: its owner ("[Iran's] letter", "a statement
        by X"), else the doer of the verb it is the object or passive subject of ("X posted [a message]
        ...", "[a letter] ... was sent by X")."""
        found = self.who.actors_of(carrier, owner=True)
        if not found and carrier.dep_ in ("dobj", "nsubjpass") and carrier.head.pos_ in ("VERB", "AUX"):
            found = self.who.subject(carrier.head).actors
        return Subject(found, False, carrier) if found else None

    def _fired_from(self, noun: Token) -> Subject | None:
        """The doer of an act of force its target reports undergoing, named by a "from" phrase on
        the act noun or on the reporting verb ("troops came under fire [from ELN fighters]", "came
        under attack [from militants]"; reports.py): the one the force came from. None otherwise."""
        verb = reporting_verb(noun)
        if verb is None:
            return None
        for o in [*prep_objects(noun, "from"), *prep_objects(verb, "from")]:
            if found := self.who.actors_of(o):
                return Subject(found, False, o)
        return None

    def _undergone(self, noun: Token) -> Targets | None:
        """An act noun undergone by the subject of the verb it is the object of ("two officers
        received [prison terms]", "was handed [a sentence]", "faces [trial]"; events.yaml
        undergoing_verbs and undergone_acts): that subject, as the act's target; None otherwise."""
        if noun.lemma_.lower() not in self.words.undergone_acts or noun.dep_ != "dobj":
            return None
        verb = noun.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.words.undergoing_verbs:
            return None
        passive = children(verb, "nsubjpass")
        if children(verb, "dative", "agent") or (not passive and verb.lemma_.lower() in self.words.giving_verbs):
            return None  # "the court gave him a life sentence", "X handed down [the sentence]": the giver is named
        if passive:
            actors = self.who.actors_of(passive[0])
            return Targets(actors, passive[0]) if actors else None
        found = sent_to_face(verb, self.who.actors_of) or self.who.subject(verb)  # "extradited [X] to face trial"
        return Targets(found.actors, found.doer) if found.actors else None

    def _dyads(self, tok: Token, reading: Reading, sources: list[Actor | None], targets: Targets) -> list[Dyad]:
        """Each source with each target (coordinated sources of a symmetric act with each other),
        then the pair's event back, the announced intent and the reported demand."""
        code, modality = reading.code, reading.modality
        targets = each_other(tok, code.code, sources, targets, self.words)  # "X and Y met", "clashed"
        t_phrase = phrase(targets.head) if targets.head is not None else None
        dyads: list[Dyad] = []
        for s in sources:
            ts: list[Actor | None] = own_people_of(s, [t for t in targets.actors if t is not s], code.code)
            s_phrase = self.who.phrase_of(s, tok) if s is not None and not s.how.startswith("implied") else None
            dyads += [Dyad(s, t, code, modality, s_phrase, t_phrase) for t in ts or [None]]
        if code.code.startswith(self.words.crowd_codes):
            # a demonstration with no target: against the government of the foreign post it is held
            # at ("outside the Chinese embassy", protests.py), else the doers' own (events.yaml)
            site = protested_site(tok, self.words.protest_sites)
            posts = [a.country for a in self.who.actors_of(site) if a.country] if site is not None else []
            dyads = [
                replace(d, target=government(posts[0] if posts else d.source.country))
                if d.target is None and d.source is not None and d.source.country and d.source.sector != "GOV"
                else d
                for d in dyads
            ]
        foreign = self.words.foreign_codes.get(code.code)
        if foreign:  # "Germany banned an Iranian airline": a sanction on Iran (163), not a domestic ban (172)
            fc = cameo.lookup(foreign)
            dyads = [
                replace(d, code=fc)
                if d.source
                and d.target
                and d.source.country
                and d.target.country
                and d.source.country != d.target.country
                else d
                for d in dyads
            ]
        own = self.words.own_state_codes.get(code.code)
        if own:  # "the army took control of the country": its own forces seizing power, a coup (170)
            oc = cameo.lookup(own)
            dyads = [
                replace(d, code=oc)
                if d.source
                and d.target
                and d.source.sector == "MIL"
                and d.target.how in _STATE_WHOLE
                and d.source.country
                and d.source.country == d.target.country
                else d
                for d in dyads
            ]
        by_sector = self.words.sector_partner_codes.get(code.code)
        if by_sector:  # "increased cooperation with the navies of X": military cooperation (062)
            dyads = [
                replace(d, code=cameo.lookup(by_sector[d.target.sector]))
                if d.target is not None and d.target.sector in by_sector
                else d
                for d in dyads
            ]
        dyads = self.meetings.reshape(tok, dyads, reading)  # meetings' hosts and visitors, sympathy's target
        if reading.trigger.pair:  # "Bree's president arrived in Gondor": Gondor received the visit
            back = cameo.lookup(reading.trigger.pair)
            dyads += [
                Dyad(d.target, d.source, back, modality, d.target_phrase, d.source_phrase)
                for d in dyads
                if d.target is not None and d.source is not None
            ]
        intent = (
            self.intents.code_for(code.code)
            if modality in ("planned", "hypothetical") and not reading.refused
            else None
        )
        if intent:  # "the rebels said they will release X": the intent (0353) happened, first
            announcers = self.who.announcers(tok)
            intended = [
                Dyad(d.source, d.target, cameo.lookup(intent), "actual", d.source_phrase, d.target_phrase)
                for d in dyads
                if d.code is code and speaks_for(d.source, announcers)  # a quoted "we" too (own_side.py)
            ]
            # a coercive act its doer says it may do ("said it could strike X", "may declare an
            # emergency") is a threat, and only that (threats.py): the act is no event beside it
            threat = intent.startswith(THREAT_ROOT) and modality == "hypothetical"
            dyads = intended if threat and intended else intended + dyads
        demand = self.demands.code_for(code.code) if modality == "hypothetical" else None
        if demand:  # "the EU said Russia must withdraw": the EU demanded a withdrawal (1056)
            dc = cameo.lookup(demand)
            # not of oneself: "Putin said Russia must withdraw" is Russia's own plan
            demanded = [
                Dyad(sp, d.source, dc, "actual", None, d.source_phrase)
                for sp in self.who.demanders(tok) or self.quoted.demanders(tok)
                for d in dyads
                if d.code is code
                and d.source is not None
                and sp.code != d.source.code
                and not (sp.country and d.source.code == sp.country)
            ]
            # the act demanded is not coded beside the demand (GUIDELINE: the demand, 10x)
            dyads = demanded or dyads
        return by_private_person(judged_violations(self.who, tok, dyads))  # "John Smith shot": 180, not 190

    @staticmethod
    def _events(doc: Doc, si: int, sent: Span, tok: Token, reading: Reading, dyads: list[Dyad]) -> list[Event]:
        """The trigger's dyads written out as `Event`s (ids, confidence, rule name, date, place)."""
        out: list[Event] = []
        untargeted: list[tuple[Actor | None, str]] = []  # (source, code) of the events with no target
        trig, modality = reading.trigger, reading.modality
        for d in dyads:
            s, t, c, mod, t_phrase = d.source, d.target, d.code, d.modality, d.target_phrase
            tref = reading.time if mod == modality else stated_time(tok, reading.time, doc._.published)
            if (
                t is not None
                and s is not None
                and (t is s or (t.kb_id or t.text.lower(), t.code) == (s.kb_id or s.text.lower(), s.code))
            ):
                # one actor named twice ("Putin ... the Russian president"; Sudan withdrawing
                # from a Sudanese town): no dyad, but the act still happened
                if any(o is s and oc == c.code for o, oc in untargeted):
                    continue
                t, t_phrase = None, None
            if t is None:
                untargeted.append((s, c.code))
            conf = 0.5 + 0.2 * (t is not None) + 0.15 * bool(s and s.kb_id) + 0.15 * bool(t is not None and t.kb_id)
            # the offset in the whole article, so pieces of a long text never share an id
            ident = event_id(doc._.article_id, doc._.offset + tok.idx, s, t, c.code if mod != modality else "")
            out.append(
                Event(
                    event_id=ident,
                    sentence_index=si,
                    sentence=sent.text.strip(),
                    trigger=tok.text,
                    span=[tok.idx, tok.idx + len(tok.text)],
                    source=s.ref() if s else None,
                    target=t.ref() if t else None,
                    **c.event_fields(),
                    modality=mod,  # type: ignore[arg-type]
                    **time_fields(tref),  # an intent or demand read off the act: its statement's (stated.py)
                    location=asdict(reading.location) if reading.location else None,
                    confidence=round(conf, 2),
                    rule=(trig.name if c is reading.code or mod != modality else f"{trig.name}<-{c.code}")
                    + (
                        "!refusal"
                        if reading.refused
                        else ""
                        if mod == modality
                        else "!demand"
                        if c.code.startswith("10")
                        else "!intent"
                    ),
                    source_phrase=d.source_phrase.ref() if d.source_phrase else None,
                    target_phrase=t_phrase.ref() if t_phrase else None,
                )
            )
        return out


def event_time(sent: Span, tok: Token, published: dt.date | None, future: bool) -> TimeRef | None:
    """The event's date; with no publication date, only a date the text fixes by itself
    ("on 24 February 2022"): one that resolves the same against two far-apart days."""
    if published is not None:
        return when.resolve(sent, tok, published, future=future)
    a, b = (when.resolve(sent, tok, ref, future=future) for ref in ABSOLUTE_PROBES)
    return a if a.date_text and (a.date, a.date_end) == (b.date, b.date_end) else None


@Language.factory(
    "newsgraph_events", assigns=["doc._.events"], requires=["doc._.actor_at"], default_config={"kb_dirs": []}
)
def make_event_coder(nlp: Language, name: str, kb_dirs: list[str]) -> EventCoder:
    return EventCoder(kb_dirs)
