"""Who did what to whom: an event's source and target actors, found in the parse around the
trigger (subject, passive agent, objects, prepositions, possessors, noun modifiers) and mapped
to the actors the `actors` stage put on the doc; and who announced or demanded an act."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from spacy.tokens import Token

from ...kb import KB
from ...model import Actor
from ..actors import MIN_CITY_POPULATION, country_actor
from ..adjuncts import passive_adjunct, reduced_passive_clause
from ..component import char_tokens
from ..where import Gazetteer
from ..where.heads import final_participle_main, verbless_subject
from .attempts import attempt_noun, attempter
from .by_agents import passive_agents
from .calls import hung_on_addressee
from .casualties import harm_verbs
from .causatives import caused_doer, caused_patients, controlled_purpose
from .clauses import allegiant_subject, misparsed_subject
from .coups import coup_forces, coup_place_forces
from .courts import cleared, held_guilty
from .due import due_subject
from .elsewhere import ElsewhereTargets, Subject, Targets, heeded_by, stranded_prep
from .fallen import fallen_place, new_holder
from .force_acts import ForceActs
from .judged import others_act
from .lexicon import ActMap, ModalityWords, Trigger
from .matching import Matcher
from .mentions import mentioned
from .misplaced_subjects import MisplacedSubjects
from .mood import habitual, in_open_question
from .noun_doers import doer_phrases, joiners, leaders, of_is_doer, responding_verb, stray_objects
from .performatives import performed
from .phrase_actors import PhraseActors
from .policy_targets import policy_noun, policy_owner
from .preps import counted, destined, prep_heads
from .protests import counted_crowd, crowd_demand_targets, demand_speaker, estimated_crowd, setting_crowd
from .quantified import quantified_group
from .reaction_acts import act_anaphor
from .reciprocal import between_sides, joint_parties, mutual_noun
from .stopped_acts import stopped
from .syntax import (
    Phrase,
    children,
    clause_head,
    climb,
    condition_subjects,
    governors,
    is_infinitive,
    is_purpose,
    kept_from,
    message_recipient,
    noun_phrase_head,
    of_light_noun,
    patient_possessor,
    phrase,
    prep_objects,
    reduced_relative_subject,
    role_subject,
    sequel_verb,
    stray_agents,
)
from .ties import means_gerund_main, tied_party
from .unnamed import agented_participle_patient, patient_of_participle, patients


class Participants(PhraseActors, ForceActs, ElsewhereTargets, MisplacedSubjects):
    """Finds sources and targets; reads the KB (countries by demonym) and the gazetteer (is a
    city named as a target a sure place?)."""

    def __init__(
        self,
        kb: KB,
        gazetteer: Gazetteer,
        words: ModalityWords,
        matcher: Matcher,
        intents: ActMap,
        demands: ActMap,
    ) -> None:
        self.kb = kb
        self.gazetteer = gazetteer
        self.words = words
        self.matcher = matcher
        self.intents = intents
        self.demands = demands
        # inside an event noun the way to its partners: "the resumption of [ties with X]"
        self._partner_paths = words.partner_preps | {"of"}
        # an earlier act's target is being looked for: no looking back again from there
        self._looking_back = False

    def site(self, tok: Token) -> Token:
        """Where a noun trigger sits in its clause: a light noun it modifies ("launched a mediation
        [effort] between X and Y") takes its place, so source and target are found from there."""
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in self.words.light_nouns:
            return tok.head
        if of_light_noun(tok, self.words.light_nouns):  # "[statements] of condemnation came from X"
            return tok.head.head
        return tok

    # -- sources --------------------------------------------------------------------
    def subject(self, tok: Token) -> Subject:
        """The source actors of a verb trigger, climbing control and coordination, and whether
        it is passive."""
        if (caused := caused_doer(tok, self.actors_of, self.subject) or self.gerund_doer(tok)) is not None:
            return caused  # "had [the envoy] expelled": not the envoy's act (causatives.py); "died in shelling by X"
        if agents := passive_agents(tok):  # passive: "killed by [rebels]"; not "voted [by] 66 votes" (by_agents.py)
            return Subject(self.actors_of(agents[0]), True, agents[0])
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and (agents := passive_agents(tok.head)):
            return Subject(self.actors_of(agents[0]), False, agents[0])  # "were ambushed by X, [killing]": X's
        if (crowd := estimated_crowd(tok, self.words.estimate_verbs)) is not None:
            return Subject(self.actors_of(crowd), False, crowd)  # "what X estimated at [N people] marched"
        if patient_of_participle(tok, self.words.intentional_force | harm_verbs()) is not None:
            return self._stray_agent(tok) or Subject([], True)  # "the men [killed] in X": their doer unnamed
        if (party := tied_party(tok)) is not None:  # "[X] was allied with Y" (ties.py)
            return Subject(self.actors_of(party), False, party)
        if (
            (main := means_gerund_main(tok, self.matcher.is_event_noun)) is not None
            and not (of_main := self.subject(main)).passive
            and of_main.actors
        ):
            return of_main  # "X allied with Y in [fighting] Z": the gerund's doer is its clause's
        if (holder := new_holder(tok)) is not None:  # "X fell to [the rebels]": a passive's doer (fallen.py)
            return Subject(self.actors_of(holder), True, holder)
        if tok.dep_ == "acl" and (coup := coup_forces(tok.head, tok, self.actors_of)):
            return Subject(coup, False, tok.head)  # "a coup [removed] X" parsed as a noun's clause
        if passive_adjunct(tok) or reduced_passive_clause(tok):  # "X appeared in court, [charged] with murder",
            # "vowed to respond [if attacked]": X undergoes it (adjuncts.py)
            return self._stray_agent(tok) or Subject([], True)
        # "stormed X as residents prayed, [killing] 39": past the clause the parser hung it on
        t = final_participle_main(tok) or hung_on_addressee(tok) or tok  # "wrote to X [requesting]": the writer's
        while True:
            # not the noun of a split fronted phrase ("at the government's request returned")
            subj = [s for s in children(t, "nsubj", "csubj") if stranded_prep(s) is None]
            if not subj and t.pos_ == "VERB":
                # "The US has [been] encouraging": a subject hung on an auxiliary is the main verb's
                subj = [s for a in children(t, "aux", "auxpass") for s in children(a, "nsubj") if s.i < t.i]
            if subj and subj[0].dep_ == "csubj" and subj[0].tag_ == "VBG":
                # "Taking advantage of X, [the army] stormed Y": the real subject hung on a fronted participle
                stranded = self._stranded_subject(t)
                if stranded is not None:
                    return Subject(self.actors_of_words(stranded), False, stranded[0])
                if (held := self._participle_subject(t)) is not None:
                    return held  # "Gunmen numbering three on Wednesday killed"
            if subj:
                # "a military coup ousted X": the forces of X's country (coups.py), unless the text
                # gives the coup's own ("Mali's junta expelled the French ambassador")
                found = self.actors_of(subj[0])
                if found and subj[0].tag_ in ("WDT", "WP") and t.dep_ == "relcl":
                    # "Britain, France and Germany, [which] restored sanctions": each of the antecedent's list
                    listed = self.actors_of(t.head)
                    found = listed if len(listed) > len(found) and all(a in listed for a in found) else found
                found = found if any(a.country for a in found) else coup_forces(subj[0], t, self.actors_of) or found
                found = found or self._speaker_of(subj[0], t, tok) or self._said_to_be(subj[0])
                found = found or quantified_group(subj[0], self.words.quantifier_subjects, self.actors_of)  # "Some"
                if not found and subj[0].tag_ in ("WDT", "WP") and t.dep_ == "relcl":
                    found = self._act_doers(t.head)  # "launched an offensive [that] targeted X"
                if not found and subj[0].tag_ == "WP" and (crowd := counted_crowd(t.head)) is not None:
                    found = self.actors_of(crowd)  # "protesters, numbering in the millions, [who] ..."
                if not found and t.i == tok.i and subj[0].pos_ in ("NOUN", "PROPN"):
                    found = self._adjacent_subject(tok)  # subject misparsed onto another noun
                return Subject(found, False, subj[0])
            passive = children(t, "nsubjpass")
            if (passive or children(t, "auxpass")) and t.i == tok.i:
                # "was arrested on Monday in Paris by police": a "by" phrase the parser hung elsewhere
                # in the clause; else a passive with no agent ("..., but was arrested in 1963")
                return self._stray_agent(tok) or self._armed_act_in(tok) or self._joint_doers(tok) or Subject([], True)
            if (
                t.dep_ == "conj"
                and t.tag_ == "VBN"
                and children(t.head, "nsubjpass", "auxpass")
                and not children(t, "dobj")
            ):
                return Subject([], True)  # "was arrested and imprisoned": passive too, the doer unnamed
            if passive:  # "Putin is expected to meet": the raised subject is the doer
                return Subject(self.actors_of(passive[0]), False, passive[0])
            if (noun := attempt_noun(t, self.words.attempt_nouns)) is not None:  # "an attempt to [capture]"
                return attempter(noun, self.noun_source, self.subject)  # the one who tries (attempts.py)
            if t.dep_ == "relcl":
                return Subject(self.actors_of(t.head) or self._act_doers(t.head), False, t.head)
            if t.dep_ == "acl" and t.head.dep_ == "ROOT" and t.head.pos_ in ("NOUN", "PROPN") and children(t, "dobj"):
                # a verbless sentence's participle with an object is its main verb: "The Iraqi air force [carried out] strikes"
                found, past = self.actors_of(t.head), t.tag_ in ("VBD", "VBN")  # not "a blast [targeting] X"
                return self.verbless_doer(t.head, found) if past else Subject(found, False)  # "Artillery fire [killed]"
            if (root := verbless_subject(t)) is not None:
                # a finite verb parsed as a noun's modifier in a verbless sentence: "Allies of the
                # ex-Seleka rebels [killed] ten people" (ROOT "Allies"): the root's phrase, else the
                # noun's; with neither, an unidentified attacker at the root is the doer word, so the
                # act is coded with no source ("A suicide bomber in X, the capital of Y, [killed] 16")
                return self.verbless_doer(root, self.actors_of(root) or self.actors_of(t.head))
            if (doer := reduced_relative_subject(t)) is not None:
                # "Gunmen suspected to be members of X on Monday [attacked] Y"
                return Subject(self.actors_of(doer), False, doer)
            if (doer := misparsed_subject(t)) is not None:  # "armed groups [killed] ten people, police said"
                return Subject(self.actors_of(doer), False, doer)
            if t.dep_ == "acl" and t.tag_ == "VBG":
                # "protesters demanding X", "a resolution criticising X"; "a message [on Twitter] blaming X"
                head = noun_phrase_head(t.head, t)
                found = self.actors_of(head)
                if not found and head.dep_ == "dobj" and head.head.pos_ == "VERB":
                    found = self.subject(head.head).actors
                return Subject(found, False)
            if (t.dep_ == "xcomp" or controlled_purpose(t)) and t.head.lemma_.lower() not in self.words.subject_control:
                objs = children(t.head, "dobj")
                found = self.actors_of(objs[0]) if objs else []
                if objs and (found or t.head.lemma_.lower() not in self.words.ordering_verbs):
                    return Subject(found, False)  # object control: "urged Israel to halt" -> Israel halts
            if (t.dep_ in ("xcomp", "conj", "advcl", "acomp") or sequel_verb(t)) and t.head.i != t.i:
                # "Sudan is willing to withdraw": through the adjective to its subject; "..., killing
                # 39 and [destroying] X": the conjoined participles' main clause
                t = final_participle_main(t) or t.head
                continue
            if kept_from(t, self.words.kept_from):
                # "barred the company from releasing": the company would; "Russia was banned from attending"
                kept = children(t.head.head, "dobj") or children(t.head.head, "nsubjpass")
                if kept:
                    return Subject(self.actors_of(kept[0]), False)
            if t.dep_ == "pcomp" and t.head.lower_ == "as" and (objs := children(t.head.head, "dobj")):
                # "cited an audit as prohibiting him", "described Russia as attacking Ukraine":
                # the object is the doer, whether or not it is an actor
                return Subject(self.actors_of(objs[0]), False)
            if t.pos_ == "ADP" and t.dep_ == "prep" and children(t, "mark") and t.head.pos_ in ("VERB", "AUX"):
                t = t.head  # "While in X to [attend] Y, Z told": the verbless clause's subject is the main one's
                continue
            if t.dep_ == "pcomp" and (convicted := held_guilty(t, self.words.guilt_verbs)) is not None:
                # "[X] was found guilty of raping", "convicted [X] of murdering" (courts.py)
                return Subject(self.actors_of(convicted), False, convicted)
            if t.dep_ == "pcomp" and cleared(t, self.words.clearing_verbs):
                return Subject([], False)  # "a court acquitted X of raping": no one's act
            if (other := others_act(t)) is not None:  # "criticised Turkey for [arresting]": Turkey's (judged.py)
                return Subject(self.actors_of(other[0]) if other else [], False, other[0] if other else None)
            if t.dep_ == "pcomp" and t.head.head.i != t.head.i:
                t = t.head.head  # "China helps by donating", "guilty of violating"
                if children(t, "nsubjpass"):
                    return Subject([], False)  # "Lam was interrupted by protesting legislators": not Lam
                continue
            if t.dep_ in ("ROOT", "ccomp") and (stranded := self._stranded_subject(t)) is not None:
                return Subject(self.actors_of_words(stranded), False, stranded[0])
            if t.dep_ in ("ROOT", "ccomp") and (held := self._participle_subject(t)) is not None:
                return held  # "gunmen suspected to be members of X attacked"
            if t.dep_ in ("ROOT", "ccomp", "conj") and (loyal := allegiant_subject(t)) is not None:
                return Subject(self.actors_of(loyal), False, loyal)  # "youths loyal to X [killed]"
            return Subject([], False)

    def actors_of_words(self, words: list[Token]) -> list[Actor]:
        """The actors each word names on its own (not its conjuncts'), in the text's order."""
        out: list[Actor] = []
        for w in reversed(words):
            a = self._named(w)
            if a is not None and a not in out:
                out.append(a)
        return out

    def _act_doers(self, noun: Token) -> list[Actor]:
        """The doers of an act noun a relative clause describes, when a verb carries the act ("the
        army launched an offensive that [targeted] X": the army's); none for other nouns, and none
        for an act noun that is its own event ("the offensive that targeted X continued": the noun's)."""
        if noun.dep_ != "dobj" or not self.matcher.is_event_noun(noun):
            return []
        return self.noun_source(noun)

    def _said_to_be(self, noun: Token) -> list[Actor]:
        """ "a bomber [suspected to be an al-Shabaab member]": who a participle says the noun is."""
        be = [x for p in children(noun, "acl") if p.tag_ == "VBN" for x in children(p, "xcomp") if x.lemma_ == "be"]
        attrs = [a for x in be for a in children(x, "attr")]
        return next((f for a in attrs if (f := self.actors_of(a) or self.actors_of_children(a, "compound"))), [])

    def asked_for(self, tok: Token) -> bool:
        """ "urged Israel to [halt]", "demanded that Russia [withdraw]", "offered to [mediate]", "a
        request to [meet]", "would have allowed China to [extradite]": an act only asked for,
        demanded, offered or allowed (events.yaml asking_words), which is not an event of its own."""
        t = climb(tok, ("conj",))  # "urged Israel to halt and [withdraw]"
        if (aim := _aimed_act(t)) is not None and (self.asked_for(aim) or self._offered(aim)):
            return True  # "offered to send troops to [fight] the rebels": only offered, as the sending
        head = t.head
        if head.i != t.i and head.pos_ == "VERB" and head.tag_ == "VB" and _serves(t) and self.asked_for(head):
            # "urged the rebels to stop [kidnapping]", "urged Qatar to use its influence to [end]
            # the siege": the act an asked-for act (an infinitive) stops, or is done for, is only
            # asked for too; not below a finite verb ("suggests that forces plan to [storm] X")
            return True
        if head.i == t.i or head.lemma_.lower() not in self.words.asking_words or performed(t):
            return due_subject(t) is not None or mentioned(t)  # "it is time for X to" (due.py), mentions.py
        if t.dep_ == "xcomp":
            return True
        if t.dep_ == "ccomp":
            # "allowed China to [extradite]", "demanded that Russia [withdraw]" / "should withdraw"
            # (the mandative subjunctive); not a report ("told reporters that Russia [attacked]",
            # "insisted it will [attack]")
            aux = {c.lower_ for c in t.children if c.dep_ == "aux"}
            return "to" in aux or (t.tag_ in ("VB", "VBP") and not aux) or "should" in aux
        # "called on Israel to halt" (an infinitive hung on the verb), "an offer to mediate"; not a
        # fronted one, a purpose ("To attend the summit, X told ...")
        return t.dep_ in ("advcl", "acl") and is_infinitive(t) and t.i > head.i

    def _offered(self, verb: Token) -> bool:
        """ "is ready to [send] troops", "willing to [provide] aid": the complement of an adjective
        that codes the intent (triggers-adjectives.yaml), an act offered, not done."""
        adj = verb.head
        return verb.dep_ == "xcomp" and adj.pos_ == "ADJ" and (adj.lemma_.lower(), "adj") in self.matcher.triggers

    def noun_source(self, tok: Token) -> list[Actor]:
        """The doers of a noun trigger: its possessor or modifiers ("Russia's [invasion]", "the
        Russian [invasion]"), a "by" phrase, or the subject of the light verb it is the object of."""
        between = between_sides(tok)  # "clashes [between A and B] erupted", "clashes erupted [between ...]"
        if between and mutual_noun(tok, self.matcher.triggers, self.words):
            # "facilitated [a meeting between A and B]", "held talks between A and B": those
            # between whom a joint act is are its parties, not the one who arranged it
            found = self.actors_of(between[0])
            if len(found) > 1:
                return found
        # "G7 summits usually focus on ...", "(questions remain) how much aid is received": no act
        if tok.dep_ in ("nsubj", "nsubjpass", "dobj") and (habitual(tok.head) or in_open_question(tok.head)):
            return []
        # "the journalist's arrest": the possessor was acted on (events.yaml patient_nouns)
        found = self.actors_of_children(
            tok, *(("amod", "nmod") if patient_possessor(tok, self.words.patient_nouns) else ("poss", "amod", "nmod"))
        )
        # "the Astana talks", "the Geneva negotiations": a city before the noun is where, not who
        found += [
            a
            for a in self.actors_of_children(tok, "compound") + self.actors_of_words(leaders(tok))  # "[NATO]-led"
            if a.how not in ("kb:capital", "place:city") and a not in found
        ]
        if found:  # "Moldova joined [the EU's] sanctions": the joiner does the act too (noun_doers.py)
            return found + joiners(tok, found, self.words.joining_verbs, self.subject)
        for c in children(tok, "amod", "compound") + leaders(tok):  # "the Russian invasion", "the [US]-led one"
            a = country_actor(self.kb, c)
            if a is not None:
                return [a]
        agents = prep_objects(tok, "by")
        if agents or (
            agents := self.callers(tok) or self.shared_agents(tok) or self.errand_doers(tok) or self.strikers(tok)
        ):
            return self.actors_of(agents[0])
        head = tok.head
        if tok.dep_ == "nsubj" and head.lemma_.lower() in self.words.source_from_verbs:
            # "condemnation came from X and Y", "messages of support poured in from X"
            froms = prep_objects(head, "from")
            if froms:
                return self.actors_of(froms[0])
        if (bearer := self._reaction_bearer(tok)) is not None and (
            froms := prep_objects(tok, "from") + prep_objects(bearer, "from")
        ):
            return self.actors_of(froms[0])  # "the plan drew criticism [from X]"
        if tok.dep_ == "nsubjpass" and head.lemma_.lower() in self.words.light_verbs:
            # "similar accusations were made by X": the light verb's agent
            bys = prep_objects(head, "by")
            if bys:
                return self.actors_of(bys[0])
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.words.light_verbs:
            # before an "of" phrase: "Nigeria announced the deployment of troops to Liberia"
            found = self.subject(tok.head).actors
            if found:
                return found
        # "the request of the PM", "an appeal from the Red Cross": a speaker's act (noun_doers.py)
        if found := next((f for o in doer_phrases(tok) if (f := self.actors_of(o))), []):
            return found
        has_target = of_is_doer(tok, self.words, self.matcher)  # "the visit of X [to] Y": X the doer
        # "[at the request of X], troops returned": the asker (events.yaml heeded_request_preps)
        has_target = has_target or (
            heeded_by(tok, self.words.heeded_request_preps) is not None and self.matcher.is_request(tok)
        )
        of = prep_objects(tok, "of")
        if of and has_target:  # "the visit of Putin to India": the "of" phrase is the doer
            return self.actors_of(of[0])
        if coup := coup_place_forces(tok, self.actors_of, self.kb):
            return coup  # "the coup in Niger": Niger's armed forces (coups.py)
        w = self.words
        who = demand_speaker(tok, w.demand_nouns, w.protest_doers)  # protests.py
        return (self.actors_of(who) or setting_crowd(who, w.protest_doers, w.crowd_sector)) if who is not None else []

    def _joint_doers(self, verb: Token) -> Subject | None:  # "talks between X and Y were held" (reciprocal.py)
        return joint_parties(verb, self.matcher.triggers, self.words, self.actors_of)

    def announcers(self, tok: Token) -> list[Actor]:
        """The subject of the nearest reported-speech verb or announcing word governing the
        trigger ("the rebels said ...", "Sudan is willing to ...")."""
        for t in governors(tok, frozenset()):
            if self.matcher.codes_itself(t):
                return []  # "pledged to release": the pledge codes the intent itself
            if t.lemma_.lower() in self.words.speech or t.lemma_.lower() in self.intents.words:
                return self.subject(t).actors
        return []

    def demanders(self, tok: Token) -> list[Actor]:
        """The speaker who says the trigger's actor must or should act ("the EU said Russia
        must withdraw"): a demand auxiliary on the act's clause, reported by a speech verb."""
        clause = clause_head(tok)
        if not any(c.dep_ == "aux" and c.lower_ in self.demands.words for c in [*tok.children, *clause.children]):
            return []
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in self.words.speech:
            return []
        return self.subject(clause.head).actors

    # -- targets --------------------------------------------------------------------
    def targets(self, tok: Token, trig: Trigger, passive: bool) -> Targets:
        """Target actors and the phrase they come from (with no actor: the first object, "killed
        [dozens of civilians]", so the event still shows what was acted on); an owner pronoun
        bound to the doer is rebound, a side ground was taken from placed (elsewhere.py `settled`)."""
        return self.settled(tok, trig, passive, self._targets(tok, trig, passive))

    def _agented_patient(self, tok: Token) -> Targets:
        """The actors of the noun a participle with its own "by" phrase modifies ("[four U.S.
        soldiers] captured by Iranians"), without those its "by" phrase names (the noun's phrase
        holds them); none for an act noun ("a decision criticised by X": the act's doer is the
        target, elsewhere.py)."""
        noun = agented_participle_patient(tok)
        if noun is None or self.matcher.is_event_noun(noun):
            return Targets([], None)
        doers = [a for o in passive_agents(tok) for a in self.actors_of(o)]
        return Targets([a for a in self.actors_of(noun) if a not in doers], noun)

    def _targets(self, tok: Token, trig: Trigger, passive: bool) -> Targets:
        if passive:
            subj = children(tok, "nsubjpass") or patients(tok, self.words.intentional_force | harm_verbs())
            subj = subj or fallen_place(tok) or caused_patients(tok)  # "[the town] fell to X", "had [X] freed"
            if not subj and (patient := self._agented_patient(tok)).actors:
                return patient  # "[four U.S. soldiers] captured by Iranians": the noun it modifies
            if subj and not (self.matcher.names_object(trig, subj[0]) and any(f[:5] == "prep:" for f in trig.target)):
                # "oil facilities [belonging to X] were hit": the owner; "[sanctions] were imposed on X": X below
                found = self.actors_of(subj[0]) or self._participle_owner(subj[0])
                if not found and (claimed := self._referred_act(tok, trig, passive)).actors:
                    return claimed  # "[the attack] was claimed by X": where the attack was
                if not found and (earlier := self.earlier_targets(tok, trig, passive)):
                    return earlier  # "[the request] was declined": who asked (earlier.py)
                return Targets(found, subj[0])
            if tok.dep_ == "advcl":  # "Asked by journalists, Putin said": the asked is the main subject
                if not children(tok, "nsubjpass") and (held := children(tok.head, "nsubjpass")):
                    # "Arrested in 2019, [the publisher] was sentenced by a court": the main clause's
                    # patient, not the doer of its passive
                    return Targets(self.actors_of(held[0]), held[0])
                main = children(tok.head, "nsubj")
                return Targets(self.subject(tok.head).actors, main[0] if main else None)
        if patient_possessor(tok, self.words.patient_nouns):  # "[the journalist's] arrest by the police"
            for c in children(tok, "poss"):
                found = self.actors_of(c)
                if found:
                    return Targets(found, c)
        if (role := role_subject(tok, self.words.role_nouns)) is not None:
            found = self.actors_of(role)  # "[X] was the target of an attack"
            if found:
                return Targets(found, role)
        first: Token | None = None
        for form in trig.target:
            if form == "none":
                # no one is acted on, but a named owner of the object is ("rejected May's offer"), or
                # the one who asked for it before ("declined the request": earlier.py)
                objs = children(tok, "dobj")
                if objs and objs[0].i not in tok.doc._.actor_at:
                    found = self.actors_of(objs[0], owner=True) or self._invited_to(objs[0], trig)
                    return (
                        Targets(found, objs[0])
                        if found
                        else self.earlier_targets(tok, trig, passive) or Targets([], objs[0])
                    )
                return self.earlier_targets(tok, trig, passive) or Targets([], None)
            if form.startswith("prep:"):
                # "pulled its troops [out] of Syria": also on a particle the parser read as a preposition
                objs = [o for h in prep_heads(tok, trig) for o in prep_objects(h, form[5:])]
                objs += stray_objects(tok, form[5:])  # hung on a word above
                for o in children(tok, "dobj"):  # "imposed [sanctions on Russia]"; "withheld $9 million
                    for thing in (o, *counted(o)):  # in [aid to Peru]": what the amount counts
                        objs += destined(thing, form[5:])  # "aid [slated for] X"
            else:
                objs = children(tok, form)
            for o in objs:
                if o.ent_type_ in ("DATE", "TIME"):
                    continue  # "lifted the ban on [Tuesday]"
                found = self._stray_owner(tok, o)
                found = found or self.actors_of(o, owner=True) or self._participle_owner(o)
                if (
                    found
                    and form[5:] in self.words.place_target_preps
                    and trig.cameo.startswith(self.words.place_target_codes)
                ):
                    # "a curfew in Bangkok": the city, not THAGOV (a visit to Bangkok is hosted by THAGOV)
                    found = [self._as_place(a) for a in found if a.how != "place:city" or self._sure_place(a)]
                if found:
                    return Targets(found, o)
                if not self.matcher.names_object(trig, o):  # "issued [a statement]" names the act, not a target
                    first = first or o
        for x in children(tok, "xcomp"):  # "refused to meet the Swedish prime minister"
            for o in children(x, "dobj"):
                found = self.actors_of(o)
                if found:
                    return Targets(found, o)
        for o in children(tok, "dobj"):
            # "launched an attack on X", "welcomed the resumption of ties with X"
            inside = self._actor_in_object(o, 3, self.matcher.names_object(trig, o))
            if inside.actors:
                return inside
        if first is not None and first.dep_ == "pobj":
            # the entry's own preposition on a thing: "subpoenas [for documents relating to X's
            # decision]", "a request [for files of X]": the actor inside its phrases
            inside = self._actor_in_object(first, 2)
            if inside.actors:
                return inside
        # "expressed hope that [the new government] will ...", "is skeptical [the program] would",
        # "alleged [the police] had hidden ...": a comment's or accusation's target is the subject
        # of what it comments on (events.yaml comment_target_codes)
        if trig.cameo.startswith(self.words.comment_target_codes):
            for c in children(tok, "ccomp") + [c for o in children(tok, "dobj") for c in children(o, "acl", "ccomp")]:
                for commented in self.commented_subjects(c):
                    found = self.actors_of(commented, owner=True)
                    if found:
                        return Targets(found, commented)
        # "threatened to widen tariffs if [Beijing] did not stop": the one a threat's condition names
        if trig.cameo.startswith(self.words.conditioned_codes):
            own = {(a.country, a.code) for a in self.subject(tok).actors if a is not None}
            for c in condition_subjects(tok, self.words.condition_marks):
                found = [a for a in self.actors_of(c, owner=True) if (a.country, a.code) not in own]
                if found:
                    return Targets(found, c)
        # "donated ventilators to assist [Ethiopia]": the one a purpose clause acts on
        for x in children(tok, "advcl", "xcomp"):
            if is_infinitive(x):
                # "pledged $5 million to help [Uganda] fight the outbreak": the subject of a bare
                # infinitive the purpose verb governs is the one it acts on, as its object is
                helped = [s for c in children(x, "ccomp") if c.tag_ == "VB" for s in children(c, "nsubj")]
                for o in children(x, "dobj") + helped:
                    found = self.actors_of(o, owner=True)
                    if found:
                        return Targets(found, o)
        # "called for [sanctions against X]", "threatened to close [borders with X]": inside the
        # object of the entry's preposition, or of the act it governs
        for x in children(tok, "xcomp"):  # not "agreed to answer questions [for] X"
            for o in [o for p in self.words.acted_on_preps for o in prep_objects(x, p)]:
                found = self.actors_of(o, owner=True)
                if found:
                    return Targets(found, o)
        inner: list[tuple[Token, Collection[str]]] = [
            (o, self.words.noun_object_preps) for p in trig.preps for o in prep_objects(tok, p)
        ]
        inner += [(o, self.words.acted_on_preps) for x in children(tok, "xcomp") for o in children(x, "dobj")]
        for o, preps in inner:  # not "agreed to answer [questions for X]"
            inside = self._actor_in_object(o, 2, named=True)
            if inside.actors and inside.head is not None and inside.head.head.lower_ in preps:
                return inside
        # "warned against [interference by X]": an act against someone (events.yaml opposed_preps)
        for p in self.words.opposed_preps if tok.pos_ == "VERB" else ():  # a noun entry lists its own
            for o in prep_objects(tok, p) + [x for d in children(tok, "dobj") for x in prep_objects(d, p)]:
                if o.ent_type_ in ("DATE", "TIME"):
                    continue
                found = self._stray_owner(tok, o) or self.actors_of(o, owner=True)
                if found:
                    return Targets(found, o)
        # "[at the government's request], troops returned": the one asked acted (events.yaml
        # heeded_request_*); "complied with [the request of X]": the one who responds (noun_doers.py)
        asked = trig.cameo.startswith(self.words.heeded_request_codes) or bool(doer_phrases(tok))
        if asked and (verb := heeded_by(tok, self.words.heeded_request_preps) or responding_verb(tok)) is not None:
            # a coordinated verb's subject is its first conjunct's ("left Iraq, then [at X's request] returned")
            heeded = self.subject(verb)
            if heeded.actors and heeded.doer is not None:
                return Targets(heeded.actors, heeded.doer)
        # "sent [a letter requesting X] to the minister": the message's recipient (events.yaml message_*)
        recipient = message_recipient(tok, self.words.message_nouns, self.words.message_verbs)
        if recipient is not None:
            found = self.actors_of(recipient)
            if found:
                return Targets(found, recipient)
        # with no one acted on in the trigger's own phrases: a place, the bearer of a reaction, the
        # doer of an act to be looked into, where a claimed act was (elsewhere.py)
        return self.targets_elsewhere(tok, trig, passive, first)

    def policy_targets(self, tok: Token, trig: Trigger, sources: list[Actor | None], found: Targets) -> Targets:
        """With no target found: a demand, criticism, rejection or praise of a government's policy
        ("called [the move] a smash and grab") is aimed at that government (policy_targets.py)."""
        if found.actors or not trig.cameo.startswith(self.words.policy_target_codes):
            return found
        noun = policy_noun(tok, self.words.policy_nouns)
        own = tok.lemma_.lower() in self.words.policy_own_verbs  # "proposed [a bill]": the source's own
        owners = policy_owner(noun, [] if own else sources, self.actors_of) if noun is not None else []
        if not owners:  # protesters' demands: on their own government (protests.py)
            w = self.words
            return Targets(
                crowd_demand_targets(trig.cameo, sources, w.demand_codes, w.crowd_sector, w.protest_doers), None
            )
        return Targets(owners, noun)

    def _invited_to(self, obj: Token, trig: Trigger) -> list[Actor]:
        """ "accepted an invitation [to visit Washington]": with no inviter named, an intent to meet
        (events.yaml invitation_codes) is aimed at the one the invitation's infinitive meets or
        visits."""
        if not trig.cameo.startswith(self.words.invitation_codes):
            return []
        for act in children(obj, "acl"):
            if is_infinitive(act) and (act.lemma_.lower(), "verb") in self.matcher.triggers:
                for o in children(act, "dobj"):
                    if found := self.actors_of(o):
                        return found
        return []

    def _stray_owner(self, tok: Token, obj: Token) -> list[Actor]:
        """The doer of an act a noun object names, in a "by" phrase hung on the verb (stray_agents)."""
        if obj.i in obj.doc._.actor_at or obj.pos_ != "NOUN" or children(tok, "nsubjpass", "auxpass", "agent"):
            return []
        return next((found for o in stray_agents(tok, obj) if (found := self.actors_of(o))), [])

    def act_anaphor(self, tok: Token, passive: bool) -> Token | None:
        """The definite act noun a reaction is to: "criticised [the move]", "[the decision] drew
        criticism" (reaction_acts.py)."""
        bearer = self._reaction_bearer(tok) if tok.pos_ == "NOUN" else None
        return act_anaphor(tok, passive, self.words, self.matcher.is_event_noun, bearer)

    def _sure_place(self, a: Actor) -> bool:
        """A country or capital, or a city large enough that its name is not a small town's
        elsewhere ("a state of siege in Pando", Bolivia, is not Pando, Uruguay)."""
        if a.how == "place:city":
            return self.gazetteer.population(a.text) >= MIN_CITY_POPULATION
        return a.how in ("kb:country", "kb:capital")

    @staticmethod
    def _as_place(a: Actor) -> Actor:
        """A capital named as a place is its country, not its government ("Moscow said" is RUSGOV)."""
        return replace(a, sector=None, code=a.country) if a.how == "kb:capital" else a

    def _actor_in_object(self, o: Token, depth: int, named: bool = False) -> Targets:
        """Actors named in the prepositional phrases of an object noun phrase, nearest first;
        `named`: the object is the trigger entry's own noun ("launched [an attack on X]")."""
        # inside an event noun only its partners count ("the resumption of talks with X"): "the
        # bombing of X" may name the bomber or the bombed, "the attack on X" names the victim
        # "rejected [the demands of X]": a response to a speaker's act is aimed at them (noun_doers.py)
        if said := next((Targets(f, d) for d in doer_phrases(o) if (f := self.actors_of(d))), None):
            return said
        if coup := coup_place_forces(o, self.actors_of, self.kb):
            return Targets(coup, o)  # "condemned [the coup in Niger]": Niger's armed forces (coups.py)
        if named and self.matcher.is_event_noun(o) and o.lemma_.lower() not in self.words.patient_nouns:
            # "demanded [X's] resignation": the one the named act is asked of (not "X's release",
            # which is asked of X's holder; events.yaml patient_nouns)
            for c in children(o, "poss"):
                found = self.actors_of(c)
                if found:
                    return Targets(found, c)
        event_noun = self.matcher.is_event_noun(o) and not named
        take = self.words.partner_preps if event_noun else self.words.noun_object_preps
        descend = self._partner_paths if event_noun else self.words.noun_object_preps
        # and those of a participle describing it: "restrictions [imposed on X]", "documents
        # [relating to] X's decision" (events.yaml topic_participles)
        topics = self.words.topic_participles
        preps = list(o.children) + [
            p
            for a in children(o, "acl")
            for p in a.children
            if a.tag_ == "VBN" or topics.get(a.lemma_.lower()) == p.lower_
        ]
        for p in preps:
            if p.dep_ != "prep" or p.lower_ not in descend:
                continue
            for po in children(p, "pobj"):
                found = self.actors_of(po) if p.lower_ in take else []
                if found:
                    return Targets(found, po)
                if depth > 1:
                    inside = self._actor_in_object(po, depth - 1)
                    if inside.actors:
                        return inside
        return Targets([], None)

    def phrase_of(self, actor: Actor, tok: Token) -> Phrase | None:
        """The noun phrase of the trigger's clause an actor was found in ("Putin and Xi",
        "an arms depot of the Syrian army"); a pronoun's actor: the subject as written."""
        doc = tok.doc
        span = char_tokens(doc, actor.span)
        sent = tok.sent
        if span is not None and sent.start <= span.start < sent.end:
            return phrase(noun_phrase_head(span.root, tok))
        subj = children(tok, "nsubj", "nsubjpass")
        return phrase(subj[0]) if subj else None


def _serves(t: Token) -> bool:
    """Is the word the act its head verb stops ("stop [attacking]", stopped_acts.py) or an
    infinitive after it, its purpose or complement ("use its influence to [end] the siege",
    "help [end]")?"""
    if t.i < t.head.i:
        return False
    return stopped(t) or (t.dep_ in ("advcl", "xcomp") and is_infinitive(t)) or (t.dep_ == "xcomp" and t.tag_ == "VB")


def _aimed_act(t: Token) -> Token | None:
    """The act a purpose infinitive is the aim of ("send troops [to fight]", "send troops to help
    [fight]": "send"), or None. An aim is no more done than the act it is the aim of: where that
    act is only asked for or offered, so is its aim."""
    if t.dep_ == "xcomp" and is_infinitive(t.head) and (is_purpose(t.head) or _on_copula(t.head) is not None):
        t = t.head  # "to help [fight]": the help is the purpose
    if (act := _on_copula(t)) is not None:
        return act
    if not is_purpose(t) or t.head.i == t.i or t.i < t.head.i or t.head.pos_ != "VERB":
        return None
    return t.head


def _on_copula(t: Token) -> Token | None:
    """ "was ready to send troops [to help]": an infinitive the parser hangs on the copula after
    the adjective's own infinitive ("send"), whose aim it is; that infinitive, else None."""
    head = t.head
    if t.dep_ not in ("advcl", "xcomp") or not is_infinitive(t) or head.i == t.i or head.lemma_ != "be":
        return None
    acts = [x for a in children(head, "acomp") for x in children(a, "xcomp") if x.i < t.i]
    return acts[-1] if acts else None
