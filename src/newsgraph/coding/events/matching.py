"""Which trigger entry holds at a word: an entry's conditions (particle, object, xcomp,
preposition, modifier) checked against the parse, and what the other parts ask of the
trigger table (is this an event noun, does this word code an act itself, is this noun
already coded by a verb's entry)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..actors.named_for_places import STATE_SECTORS
from ..where.words import COMPASS, GROUND_ONLY_VERBS
from .aid_teams import AID_TEAM, aid_team
from .crowds import CROWD_OBJECT, crowd
from .lexicon import NO_EVENT, ModalityWords, Trigger, TriggerTable, founder_verbs, load_act_map, plan_nouns
from .noun_doers import answered_noun
from .passive_doer import named_doer_passive
from .preps import counted, for_clause, is_date, is_particle, prep_heads, prep_things
from .syntax import (
    MODIFIER_DEPS,
    agent_objects,
    antecedents,
    children,
    conjuncts,
    heeded_verb,
    is_infinitive,
    modified,
    of_light_noun,
    prep_gerunds,
    prep_objects,
)

# the parts of speech a trigger can be; an adjective only as a predicate ("X is skeptical")
POS = {"VERB": "verb", "NOUN": "noun", "ADJ": "adj"}
POS_TAGS = tuple(POS)  # the tags a trigger word can have (component.words_tagged)
_DEMAND = "100"  # a plain demand, which a that-clause's act may refine (Matcher._finer_demand)
# acts of force (CAMEO 18 assault, 19 fight, 20 mass violence): what an `attack` condition looks for
FORCE_CODES = ("18", "19", "20")
# an `object` word standing for any named place ("captured [the Golan]", "entered [Jarabulus]")
PLACE_OBJECT = "@place"
PLACE_ENTS = ("GPE", "LOC", "FAC")
# participles that make a vehicle the load it carries ("a car [laden] with explosives")
LADEN = ("laden", "pack", "packed", "load", "loaded", "rig", "rigged", "fill", "filled", "stuff", "stuffed")
# an `object` word standing for any named person ("captured [Al-Ghozi]")
PERSON_OBJECT = "@person"
# an `object` word standing for any international organisation the actors stage named ("quit [OPEC]",
# "left [the International Whaling Commission]"): an actor coded IGO
IGO_OBJECT = "@igo"
# a `subject` word standing for any armed actor the actors stage named ("[the SAA] entered X",
# "[ISIS] targeted Y"): a code with an armed role (military, rebels, insurgents, separatists,
# unidentified armed forces) or a militarized group (IMG)
ARMED_SUBJECT = "@armed"
ARMED_ROLES = ("MIL", "REB", "INS", "SEP", "UAF")
# a `subject` word standing for a named armed group outside a state's forces ("[Jabhat al-Nusra]
# entered X"): rebels, insurgents, separatists, unidentified armed forces, militarized groups
IRREGULAR_SUBJECT = "@irregular"
IRREGULAR_ROLES = ("REB", "INS", "SEP", "UAF")
# a `subject` word standing for any actor the actors stage coded at the subject's own head word
# ("[he] declined", "[the Kremlin] declined"), not one that only owns it ("Russia's [exports]
# declined"): for verbs whose plain sense is an act only when an actor does it
ACTOR_SUBJECT = "@actor"
# a `subject` or `object` word standing for any act noun of force or protest ("the [shelling]
# occurred in X", "a [vigil] took place", "launched [a rocket attack]"): a noun whose own entry codes
# an act of force (18, 19, 20) or a protest (14); the entry then takes that noun's code. Accidents (a
# crash, a quake, a spill) have no entry.
ACT_SUBJECT = "@act"
# a `subject` word standing for any organ of a state ("[the government] dissolved the party",
# "[Russia] blocked Telegram", "[the court] disqualified him"): an actor coded a government,
# legislature, court, army, police or intelligence service, or a country named as a whole. Firms,
# clubs and parties closing their own papers or firing their own staff are no state's sanction.
STATE_SUBJECT = "@state"
# the prepositions that measure a change ("declined [by] 40%", "fell [to] 300"): with a number, the
# verb tells an amount ("the population declined 40%"), not what an actor did
_AMOUNT_PREPS = ("by", "to", "from")
ACT_CODES = (*FORCE_CODES, "14")
# an `object` word standing for a name taken as ground ("the army entered [Rityan]", "rebels
# captured [Surjah Kabira]"): a proper name no actor is coded at, which the NER and the gazetteer
# may not know; the entries that use it ask for an armed doer as subject
GROUND_OBJECT = "@ground"
# what a name taken as ground is never: a date, a nationality, a number, a title ...
NOT_GROUND_ENTS = (
    "NORP",
    "DATE",
    "TIME",
    "MONEY",
    "QUANTITY",
    "CARDINAL",
    "ORDINAL",
    "PERCENT",
    "WORK_OF_ART",
    "EVENT",
    "LAW",
    "LANGUAGE",
    "PRODUCT",
)


def _actor_with_role(t: Token, roles: tuple[str, ...]) -> bool:
    """Is the word a name in an actor whose code is a militarized group (IMG) or names one of
    `roles` among its three-letter parts? Common nouns ("troops") are the entries' own words;
    an actor read off a common noun ("drone strikes") is no named group. A name the tagger took
    for a common noun ("[ISIS] targeted X") still counts when the NER and the KB both name it."""
    actor = (t.doc._.actor_at or {}).get(t.i)
    if t.pos_ != "PROPN" and not (t.ent_type_ and actor is not None and actor.kb_id):
        return False
    code = (actor.code or "") if actor is not None else ""
    return code.startswith("IMG") or any(code[i : i + 3] in roles for i in range(0, len(code), 3))


def state_actor(t: Token) -> bool:
    """Is the word in an actor that is an organ of a state, or a country named as a whole?"""
    actor = (t.doc._.actor_at or {}).get(t.i)
    return actor is not None and (actor.sector in STATE_SECTORS or (actor.sector is None and actor.how == "kb:country"))


def armed_actor(t: Token) -> bool:
    """Is the word a name in an actor whose code names an armed role ("SYRMIL", "IMGISI")?"""
    return _actor_with_role(t, ARMED_ROLES)


def irregular_actor(t: Token) -> bool:
    """Is the word a name in an armed actor outside a state's forces ("IMGALQ", "SYRREB")?"""
    return _actor_with_role(t, IRREGULAR_ROLES)


def object_named(o: Token, objects: tuple[str, ...]) -> bool:
    """Is the object one the entry names: its lemma, the wildcard "*", a named place for "@place",
    a named person for "@person", a named armed actor for "@armed", an organisation for "@igo"?"""
    if o.lemma_.lower() in objects or "*" in objects:
        return True
    return (
        _titled(o, objects)
        or (PLACE_OBJECT in objects and o.ent_type_ in PLACE_ENTS)
        or (PERSON_OBJECT in objects and o.ent_type_ == "PERSON")
        or (ARMED_SUBJECT in objects and armed_actor(o))
        or (GROUND_OBJECT in objects and ground_name(o))
        or (IGO_OBJECT in objects and _organisation(o))
        or (CROWD_OBJECT in objects and crowd(o))
        or (AID_TEAM in objects and aid_team(o))
    )


def _titled(o: Token, objects: tuple[str, ...]) -> bool:
    """Is the object a person named with a title the entry names ("sacked [Health Minister] Grace
    Namara", "summoned [Ambassador] John Smith")? The title is a word of the name before it; the
    person holds the office the entry asks for."""
    if o.pos_ != "PROPN" or o.ent_type_ != "PERSON":
        return False
    return any(c.dep_ == "compound" and c.i < o.i and c.lemma_.lower() in objects for c in o.children)


def _organisation(o: Token) -> bool:
    """Is the word coded as an international organisation ("quit [OPEC]")?"""
    actor = (o.doc._.actor_at or {}).get(o.i)
    return actor is not None and (actor.code or "").startswith("IGO")


def ground_name(o: Token) -> bool:
    """ "the army entered [Rityan]", "rebels captured [Surjah Kabira]": the object is a proper name
    the actors stage codes as no actor (a known person or group is coded). After a verb whose
    object is only ever ground (places.yaml `ground_only_verbs`: "stormed", "entered") the NER's
    person or organisation is an unknown town it mistook; after "captured", "seized" a name the
    NER calls a person is a person taken."""
    if o.pos_ != "PROPN" or o.ent_type_ in NOT_GROUND_ENTS:
        return False
    actor = (o.doc._.actor_at or {}).get(o.i)
    if actor is not None and actor.code:
        return False
    return o.head.lemma_.lower() in GROUND_ONLY_VERBS or o.ent_type_ != "PERSON"


def predicate_words(tok: Token) -> set[str]:
    """What a verb calls its object ("called the move [a grave abuse]", "described the attack
    as [a cowardly act]", "considered it [inappropriate]"): the predicate's words (lemma and
    form) with their modifiers, coordinated words and "of" phrase ("an act [of barbarity]"),
    and "not" when it negates the predicate ("found him [not] guilty")."""
    heads = children(tok, "oprd") + [c for c in children(tok, "ccomp", "xcomp") if c.pos_ in ("ADJ", "NOUN")]
    heads += children(tok, "dobj")[1:]  # "branded the militants [terrorists]" parsed as two objects
    # "ruled the ban [unlawful]" parsed as an adverb of the verb; "ruled that the ban was [unlawful]"
    heads += [c for c in children(tok, "advmod") if c.pos_ == "ADJ" and children(tok, "dobj")]
    heads += [a for c in children(tok, "ccomp") if c.lemma_ == "be" for a in children(c, "acomp")]
    heads += prep_objects(tok, "as") + [o for d in children(tok, "dobj") for o in prep_objects(d, "as")]
    # a quoted predicate the parser hung on the object: "called the deal ["lousy"]" (an adjective
    # after its noun), "called the decision ["a disgrace"]" (an apposition)
    heads += [c for d in children(tok, "dobj") for c in children(d, "amod", "appos") if c.i > d.i]
    words: set[str] = set()
    for h in heads:
        # "called [Bree's envoy] [a stupid man]" parsed as a predicate with an apposition
        for t in conjuncts(h) + children(h, "appos"):
            for w in [t, *children(t, "amod", "compound"), *prep_objects(t, "of")]:
                words |= {w.lemma_.lower(), w.lower_}
            # "found him [not] guilty": a negated predicate (an entry may name "not")
            words |= {c.lower_ for c in children(t, "neg", "advmod") if c.lower_ == "not"}
    return words


def shared_passive_subject(tok: Token) -> list[Token]:
    """ "X was shot down and [captured] by guerrillas": a passive participle coordinated with a
    passive verb, with no subject or object of its own, shares that verb's passive subject."""
    if tok.dep_ != "conj" or tok.tag_ != "VBN" or children(tok, "nsubj", "nsubjpass", "dobj"):
        return []
    if not children(tok.head, "auxpass"):
        return []
    return [a for s in children(tok.head, "nsubjpass") for a in antecedents(s)]


def _noun_forms(t: Token) -> tuple[str, ...]:
    """A subject's lemma, and for a name the singular of its last word ("the Syrian Armed [Forces]",
    "the Revolutionary [Guards]": force, guard), which the tagger leaves as it is."""
    if t.pos_ != "PROPN":
        return (t.lemma_.lower(),)
    w = t.lower_
    return (w, w[:-1]) if w.endswith("s") else (w,)


class Matcher:
    """The trigger table and the word lists its conditions read."""

    def __init__(self, triggers: TriggerTable, words: ModalityWords) -> None:
        self.triggers = triggers
        self.words = words
        self.lemmas = frozenset(lemma for lemma, _ in triggers)  # every word some entry is keyed by

    def match(self, tok: Token, cands: list[Trigger]) -> Trigger | None:
        """The first entry (most specific first) whose conditions hold at the word, with the kind
        of aid its aid noun names (`aid_kind`); None when none holds."""
        trig = self._match(tok, cands)
        return self.aid_kind(tok, trig) if trig is not None else None

    def aid_kind(self, tok: Token, trig: Trigger) -> Trigger:
        """ "sent [military] aid" 072, "provided [humanitarian] assistance" 073, "pledged $10
        million in [food] aid" 0333: an entry of aid, of an intent to give it or of an appeal for
        it (events.yaml aid_families) takes the kind (its last digit) that the modifier of an aid
        noun names (aid_kinds), as CAMEO splits aid by kind; the entry's code when no kind, or two,
        are named."""
        words = self.words
        base = next((f for f in words.aid_families if trig.cameo in (f, *(f + d for d in "0123"))), None)
        if base is None:
            return trig
        # the objects; "appealed for [military] help", "an appeal for food aid"; "provided X with
        # [military] aid" (no aid entry reads "with" as a partner); a noun's "of" ("a pledge of $10
        # million in [food] aid")
        nouns = (
            [tok, *prep_objects(tok, "of")] if tok.pos_ == "NOUN" else self._objects(tok) + prep_objects(tok, "with")
        )
        nouns += prep_objects(tok, "for")
        nouns += [o for n in nouns for o in counted(n)]
        nouns = [n for c in nouns for n in conjuncts(c) if n.lemma_.lower() in words.aid_nouns]
        # "humanitarian and [military] aid": each coordinated modifier names a kind
        mods = {
            w
            for n in nouns
            for c in children(n, *MODIFIER_DEPS)
            for m in conjuncts(c)
            for w in (m.lemma_.lower(), m.lower_)
        }
        kinds = {k for k, named in words.aid_kinds.items() if mods & named}
        if len(kinds) != 1 or (code := base + kinds.pop()) == trig.cameo:
            return trig
        return replace(trig, cameo=code)

    def _match(self, tok: Token, cands: list[Trigger]) -> Trigger | None:
        found: list[Token] | None = None  # the word's objects, read once for all its entries
        for trig in cands:  # most specific first
            plans: list[Token] = []
            objs: list[Token] = []  # the objects the entry names, when it names any
            if trig.particle and not any(is_particle(c, tok, trig.particle) for c in tok.children):
                continue
            if trig.objects:
                if found is None:
                    found = self._objects(tok)
                objs = list(found)
                # with a `prep` condition the object may be that preposition's ("went on [strike]")
                objs += [o for p in trig.preps for h in prep_heads(tok, trig) for o in prep_things(h, p)]
                # or a gerund ("accused X of [spying]"): the act the phrase names
                # (not for an entry of any object: the wildcard names things, not acts); the gerund's own
                # object ("of taking [bribes]") names the act's kind for an entry that codes one, never
                # for a veto ("voted against [him]" is an election, "voted against confirming him" not)
                if "*" not in trig.objects:
                    found_g = [o for p in trig.preps for h in prep_heads(tok, trig) for o in prep_gerunds(h, p)]
                    objs += [o for o in found_g if (o.dep_ == "pcomp" or trig.cameo != NO_EVENT) and o not in objs]
                objs = [o for o in objs if object_named(o, trig.objects) or self.names_object(trig, o)]
                if not objs or (trig.modifiers and not any(modified(o, trig.modifiers) for o in objs)):
                    continue
                plans = [o for o in objs if o.lemma_.lower() in plan_nouns()] if trig.cameo.startswith("03") else []
            elif trig.modifiers and not modified(tok, trig.modifiers):
                continue
            if trig.xcomp and not any(
                x.lemma_.lower() in trig.xcomp or "*" in trig.xcomp for x in children(tok, "xcomp")
            ):
                continue
            if trig.preps and not any(
                # a date is no condition's preposition, unless the entry names its object ("sentenced [to]
                # ten years"; not "fired a missile [at] 9 am", where the named object is the verb's)
                c.lower_ in trig.preps
                and (not is_date(c) or any(object_named(o, trig.objects) for o in children(c, "pobj")))
                for h in prep_heads(tok, trig)
                for c in children(h, "prep", "prt") + for_clause(h)
            ):
                continue
            if trig.predicates and not any(w in trig.predicates for w in predicate_words(tok)):
                continue
            if trig.clause and not any(c.pos_ in ("VERB", "AUX") for c in children(tok, "ccomp")):
                continue
            if trig.subjects and not self._subject_is(tok, trig.subjects):
                continue
            if trig.attack and not self.in_attack(tok):
                continue
            if plans and (intent := self._plan_intent(plans[0])) is not None:
                if intent == NO_EVENT:
                    continue  # "announced plans to accuse X": no intent; the next entry reads it
                return replace(trig, cameo=intent)  # "announced plans to withdraw": the intent to yield
            if trig.xcomp and trig.cameo.startswith("03") and "*" not in trig.xcomp:
                return self._finer_intent(tok, trig)
            if ACT_SUBJECT in trig.objects and (code := next(filter(None, map(self.act_code, objs)), None)):
                return replace(trig, cameo=code)  # "carried out [a suicide attack]": the noun's code
            if ACT_SUBJECT in trig.subjects and not self._subject_is(
                tok, tuple(w for w in trig.subjects if w != ACT_SUBJECT)
            ):
                code = next((c for s in self._subjects(tok) if (c := self.act_code(s))), None)
                return replace(trig, cameo=code) if code else trig
            if trig.cameo == _DEMAND and not trig.objects:
                return self._finer_demand(tok, trig)
            return trig
        return None

    def _finer_demand(self, tok: Token, trig: Trigger) -> Trigger:
        """ "demanded that the president [resign]": a plain demand (100) whose that-clause names
        the act demanded takes the demand code of that act (demands.yaml codes: 0831 -> 1041), as
        "demanded the resignation of X" does by its object."""
        for c in children(tok, "ccomp"):
            if c.pos_ == "VERB" and children(c, "nsubj") and (entry := self.own_entry(c)) is not None:
                finer = load_act_map("demands").code_for(entry.cameo)
                if finer and finer != trig.cameo:
                    return replace(trig, cameo=finer)
        return trig

    def _objects(self, tok: Token) -> list[Token]:
        """The objects of a word that an entry's `object` condition reads, before the entry's own
        prepositions: the same for every entry of the word, so `match` reads them once."""
        # an object, a passive subject, or a complement ("pleaded [guilty]")
        # a relative word: the noun it stands for ("the coalition, which X joined")
        objs = [a for o in children(tok, "dobj", "nsubjpass", "oprd", "acomp") for a in antecedents(o)]
        objs += shared_passive_subject(tok)
        # "withdrew some of its troops": the object is the group's members
        objs += [o for g in objs if g.lemma_.lower() in self.words.group_nouns for o in prep_objects(g, "of")]
        # "withheld $250 million [in] military aid", "sent 20 tonnes [of] food": what is counted
        objs += [o for g in objs for o in counted(g)]
        # "launched an assault [west] of X": the parser makes the compass word the object
        objs += [c for g in objs if g.lemma_.lower() in COMPASS for c in children(g, "compound")]
        # "declared Monday [a day of mourning]": the small model parses an object complement that
        # is a light noun carrying an act as a bare noun phrase of time (npadvmod)
        objs += [
            c for c in children(tok, "npadvmod") if c.lemma_.lower() in self.words.light_nouns and prep_objects(c, "of")
        ]
        # "ended mediation efforts": a light noun's modifier names the act
        carried = [
            c
            for g in objs
            if g.lemma_.lower() in self.words.light_nouns
            for c in children(g, "compound") + prep_objects(g, "of")
        ]
        # "issued a statement of condemnation": the act carried, not the light noun
        objs = [
            o
            for o in objs
            if not any(c.head.i == o.i or c.head.head.i == o.i for c in carried if self.is_event_noun(c))
        ]
        objs += carried
        if tok.dep_ == "acl":
            objs.append(tok.head)  # "sanctions imposed on Russia"
        return objs

    def _plan_intent(self, plan: Token) -> str | None:
        """ "announced [plans] to withdraw its troops", "declared its [intention] to meet X": the
        intent code (intents.yaml `codes`) of the act a plan noun's infinitive names, NO_EVENT when
        that act is coded but has no intent (a verbal conflict, "plans to accuse"), None when it names no coded act
        (the entry's own code, an intent to cooperate, stands)."""
        found = self.plan_act(plan)
        if found is None:
            return None
        code = found[1].cameo
        if code.startswith("03"):
            return code  # "plans to cooperate": already an intent
        return load_act_map("intents").code_for(code) or NO_EVENT

    def plan_act(self, plan: Token) -> tuple[Token, Trigger] | None:
        """The coded act a plan noun's infinitive names ("plans [to withdraw] its troops") and its
        entry; None for another noun or an infinitive that codes nothing."""
        if plan.lemma_.lower() not in plan_nouns():
            return None
        for act in children(plan, "acl", "relcl"):
            if act.pos_ != "VERB" or not is_infinitive(act):
                continue
            if (entry := self.own_entry(act)) is not None:
                return act, entry
        return None

    def intended_act(self, tok: Token, trig: Trigger) -> tuple[Token, Trigger] | None:
        """The act an intent (03) names, whose recipient or partner is the intent's target: the
        infinitive of a pledge or offer ("committing [to send] troops to X", read with the intent's
        own target forms, so the thing sent is not taken for the recipient), or the act a plan-noun
        object names ("declared its intention [to meet] X", with that act's entry)."""
        if trig.xcomp:
            for x in children(tok, "xcomp"):
                if x.lemma_.lower() in trig.xcomp or "*" in trig.xcomp:
                    return x, self.own_entry(x) or trig
            return None
        for o in children(tok, "dobj"):
            if (found := self.plan_act(o)) is not None:
                return found
        return None

    def own_entry(self, verb: Token) -> Trigger | None:
        """The verb's own matching entry, if it codes an act."""
        entry = self.match(verb, self.triggers.get((verb.lemma_.lower(), "verb"), []))
        return entry if entry is not None and entry.cameo != NO_EVENT else None

    def _finer_intent(self, tok: Token, trig: Trigger) -> Trigger:
        """ "pledged to withdraw its troops": an intent entry read from its infinitive's verb (035)
        takes the finer intent of the act that verb codes (0874: 0356), when it refines it."""
        for x in children(tok, "xcomp"):
            if x.lemma_.lower() in trig.xcomp and (entry := self.own_entry(x)) is not None:
                finer = load_act_map("intents").code_for(entry.cameo)
                # a code ending in 0 ("030") is its root's, unspecified: an act the infinitive's object
                # names refines it to any code of the root ("agreed to resume [talks]": 046 -> 036)
                unspecified = len(trig.cameo) == 3 and trig.cameo.endswith("0") and bool(entry.objects)
                parent = trig.cameo[:2] if unspecified else trig.cameo
                if finer and len(finer) >= len(trig.cameo) and finer != trig.cameo and finer.startswith(parent):
                    return replace(trig, cameo=finer)
        return trig

    def founder(self, tok: Token, trig: Trigger) -> Token | None:
        """ "joined the coalition [that the United States] announced", "joined the [US]-led
        coalition", "X announced a coalition, which Y [joined]": the phrase naming who founded or
        leads the group the trigger's object names (intents.yaml `founders`), for an entry that
        names its objects; None otherwise."""
        if not trig.objects:
            return None
        founders = founder_verbs()
        for o in [a for c in children(tok, "dobj", "nsubjpass") for a in antecedents(c)]:
            if o.lemma_.lower() not in trig.objects:
                continue
            if (
                o.dep_ == "dobj"
                and o.head.i != tok.i
                and o.head.lemma_.lower() in founders
                and children(o.head, "nsubj")
            ):
                return children(o.head, "nsubj")[0]  # "X announced a coalition, which Y joined": X's
            for v in children(o, "relcl", "acl", "amod"):
                if v.lemma_.lower() not in founders:
                    continue
                if v.dep_ == "relcl" and not any(c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") for c in v.children):
                    continue  # "the coalition [that leads] X": the group is the doer, not the founded
                doer = children(v, "nsubj", "npadvmod") + [a for g in children(v, "agent") for a in children(g, "pobj")]
                if doer:
                    return doer[0]
        return None

    def _subjects(self, tok: Token) -> list[Token]:
        """The verb's subjects: its own, those of the verb it is coordinated with ("troops left Iraq
        and [returned]") or whose participle it is ("forces stormed X, [targeting] Y"), the noun a
        relative clause's "that" stands for ("attacks [that] targeted X"), a passive's "by" phrase;
        a gerund's after a preposition is the clause's ("regained X after [entering] Y", "were
        successful in [entering] Y"), and a verb the tagger took for a noun has its own subject
        ("as the forces [attempt] to enter X")."""
        verb = tok
        while not children(verb, "nsubj", "nsubjpass") and verb.head.i != verb.i:
            head = verb.head
            if verb.dep_ in ("conj", "advcl", "xcomp") and (
                head.pos_ in ("VERB", "AUX") or (verb.dep_ == "xcomp" and children(head, "nsubj"))
            ):
                verb = head
            elif verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
                verb = head.head  # "after [entering] the town"
            elif verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.dep_ == "acomp":
                verb = head.head.head  # "were successful in [entering] the town"
            else:
                break
        subs = [a for s in children(verb, "nsubj") for a in antecedents(s)]
        if not subs and tok.dep_ == "xcomp" and verb.i == tok.head.i:
            # "the attack [is believed] to have occurred": a passive's subject is its infinitive's
            subs = [a for s in children(verb, "nsubjpass") for a in antecedents(s)]
        # a passive's doer; not an act noun ("were hit [by strikes]": the strikes' doer is unnamed)
        # ("X was shot down and captured [by guerrillas]": the coordinated participle's own agent)
        agents = children(verb, "agent") + (children(tok, "agent") if verb.i != tok.i else [])
        subs += [o for a in agents for o in children(a, "pobj") if not self._force_noun(o)]
        if verb.dep_ == "acl" and not subs:
            subs.append(verb.head)  # "an offensive [targeting] X"
        return subs

    def _subject_is(self, tok: Token, lemmas: tuple[str, ...]) -> bool:
        """The verb's subject (`_subjects`) is one of these nouns, or a group of them ("some of the troops")."""
        for s in self._subjects(tok):
            # "some of the troops", "a series of car bombs" (a light noun carries what it counts)
            of = self.words.group_nouns | self.words.light_nouns
            heads = [s] + [o for o in prep_objects(s, "of") if s.lemma_.lower() in of]
            # "a car [laden with] explosives went off": the vehicle is the bomb it carries
            heads += [o for a in s.children if a.lemma_.lower() in LADEN for o in prep_objects(a, "with")]
            # "a large force [from] Jabhat al-Nusra": a band of an actor's men
            heads += [o for o in prep_objects(s, "from") if s.lemma_.lower() in self.words.group_nouns]
            if any(set(_noun_forms(h)) & set(lemmas) for h in heads):
                return True
            if ARMED_SUBJECT in lemmas and any(armed_actor(h) for h in heads):
                return True
            if PLACE_OBJECT in lemmas and any(h.ent_type_ in PLACE_ENTS for h in heads):
                return True  # "[Kabul] fell to the rebels"
            if IRREGULAR_SUBJECT in lemmas and any(irregular_actor(h) for h in heads):
                return True
            if STATE_SUBJECT in lemmas and any(state_actor(h) for h in heads):
                return True
            if ACTOR_SUBJECT in lemmas and any(h.i in (h.doc._.actor_at or {}) for h in heads) and not _by_amount(tok):
                return True
            if ACT_SUBJECT in lemmas and self.act_code(s):
                return True
            if AID_TEAM in lemmas and any(aid_team(h) for h in heads):
                return True
        return False

    def is_request(self, noun: Token) -> bool:
        """Is the noun a request or demand (events.yaml heeded_request_codes)?"""
        codes = self.words.heeded_request_codes
        return any(t.cameo.startswith(codes) for t in self.triggers.get((noun.lemma_.lower(), "noun"), []))

    def act_code(self, t: Token) -> str | None:
        """The code of an act noun of force or protest ("shelling": 194, "vigil": 141) by its own
        entries' conditions ("air strike" vs "general strike"); None for another word."""
        if t.pos_ != "NOUN":
            return None
        entry = self.match(t, self.triggers.get((t.lemma_.lower(), "noun"), []))
        return entry.cameo if entry is not None and entry.cameo.startswith(ACT_CODES) else None

    def names_object(self, trig: Trigger, o: Token) -> bool:
        """Is the noun one the entry's `object` list names by its lemma, or an act noun of force or
        protest for "@act" ("launched [a rocket attack]")?"""
        return o.lemma_.lower() in trig.objects or (ACT_SUBJECT in trig.objects and self.act_code(o) is not None)

    def _force_noun(self, t: Token) -> bool:
        return self.force_act_noun(t, FORCE_CODES)

    def force_act_noun(self, t: Token, codes: tuple[str, ...]) -> bool:
        """Is the noun an act of force (an entry's code in `codes`)? By the entry its conditions
        match when one does: an "air strike" is one, a "general strike" (a protest entry) is not;
        else by a force entry of the word that no modifier names, as its other conditions are
        finer than its sense ("a counterterrorism operation"); a word whose force is only ever
        named by a modifier (a plain "strike") is none."""
        entries = self.triggers.get((t.lemma_.lower(), "noun"), [])
        if t.pos_ != "NOUN" or not entries:
            return False
        if (entry := self.match(t, entries)) is not None:
            return entry.cameo.startswith(codes)
        return any(e.cameo.startswith(codes) and not e.modifiers for e in entries)

    def _force_gerund(self, t: Token) -> bool:
        """ "[fighting] destroyed the towns": a gerund subject the tagger took for a verb, whose noun
        form is an act of force."""
        if t.tag_ != "VBG" or t.dep_ not in ("nsubj", "nsubjpass"):
            return False
        return any(e.cameo.startswith(FORCE_CODES) for e in self.triggers.get((t.lower_, "noun"), []))

    def in_attack(self, tok: Token) -> bool:
        """Does the verb's clause report an act of force (`attack` condition)? Its subject is an act
        noun of force ("the raid [targeted] X"), or it is a participle or relative clause of a verb or
        noun of force ("launched an offensive, [targeting] X", "an assault [aimed] at X", "two attacks
        that [targeted] X") or coordinated with such a verb ("stormed X and [targeted] Y")."""
        if any(self._force_noun(s) or self._force_gerund(s) for s in self._subjects(tok)):
            return True
        # "the headquarters were destroyed [by bombing raids]": a passive's doer that is an act of force
        if any(self._force_noun(o) for o in agent_objects(tok)):
            return True
        head = tok.head
        if head.i == tok.i or tok.dep_ not in ("advcl", "acl", "relcl", "conj", "xcomp"):
            return False
        if head.pos_ == "NOUN":
            return self._force_noun(head)
        if head.pos_ == "VERB" and tok.dep_ != "relcl":
            if any(self._force_noun(o) for o in children(head, "dobj")):
                return True  # "continued their military operations, [targeting] X": a light verb's act
            entry = self.match(head, self.triggers.get((head.lemma_.lower(), "verb"), []))
            return entry is not None and entry.cameo.startswith(FORCE_CODES)
        return False

    def is_event_noun(self, t: Token) -> bool:
        """Is the word a noun with trigger entries ("attack", "request")?"""
        return (t.lemma_.lower(), "noun") in self.triggers

    def codes_itself(self, t: Token) -> bool:
        """Does one of the word's own trigger entries match ("urged X to", "pledged to")?"""
        return self.own_code(t) is not None

    def own_code(self, t: Token) -> str | None:
        """The code of the word's own matching trigger entry ("took to the streets": 141), or None."""
        pos = POS.get(t.pos_)
        trig = self.match(t, self.triggers.get((t.lemma_.lower(), pos), [])) if pos else None
        return trig.cameo if trig is not None and trig.cameo != NO_EVENT else None

    def part_of_verb_trigger(self, noun: Token) -> bool:
        """ "aid workers", or "imposed sanctions": the noun is a modifier or a verb entry's object."""
        named = noun  # the word the entry names, before a light noun stands in for it
        if answered_noun(noun):  # "accepted [the proposal of X]": X's act too (noun_doers.py)
            return False
        if noun.dep_ == "compound":
            if noun.head.lemma_.lower() not in self.words.light_nouns:
                return True
            noun = noun.head  # "launched a [mediation] effort": the effort stands in for the act
        elif of_light_noun(noun, self.words.light_nouns):
            noun = noun.head.head  # "issued [statements] of condemnation"
        if heeded_verb(noun, self.words.heeded_request_preps) is not None and self.is_request(noun):
            return False  # "returned [at the government's request]": the asker's act, besides the verb's
        if noun.dep_ == "pobj" and noun.head.dep_ in ("prep", "agent") and noun.head.head.pos_ == "VERB":
            # "called for [Y's resignation]", "went on [strike]": a verb entry's `prep` object
            prep = noun.head.lower_
            verb_agents = agent_objects(noun.head.head)
            if prep in ("in", "during") and self._force_noun(noun) and any(map(self._force_noun, verb_agents)):
                return True  # "were hit by airstrikes [in a pre-dawn raid]": the agent's act, named twice
            entries = self.triggers.get((noun.head.head.lemma_.lower(), "verb"), [])
            return any(prep in t.preps and self.names_object(t, named) for t in entries)
        if noun.dep_ == "nsubjpass" and named_doer_passive(noun):
            return False  # "[Viet Cong raids] are being stepped up": the noun names its doer, the verb none
        if noun.dep_ in ("dobj", "nsubjpass"):
            verb: Token | None = noun.head
        else:  # "sanctions imposed on Russia"
            verb = next((c for c in noun.children if c.dep_ == "acl"), None)
        if verb is None:
            return False
        entries = self.triggers.get((verb.lemma_.lower(), "verb"), [])
        return any(self.names_object(t, named) for t in entries)

    def reports_an_act(self, tok: Token) -> bool:
        """ "announced a suspension of aid", "declared that it will withdraw": a plain statement
        (010) whose object or complement is an act we code only reports that act, which is the
        event; coding both would put the announcement first and count one act twice."""
        heads = children(tok, "dobj", "ccomp")
        heads += [x for h in heads for x in children(h, "xcomp")]  # "announced it will [return] ..."
        for h in heads:
            for t in conjuncts(h):
                inner = [t] + [c for c in children(t, "compound", "prep") if t.lemma_.lower() in self.words.light_nouns]
                inner += [o for c in inner if c.dep_ == "prep" and c.lower_ == "of" for o in children(c, "pobj")]
                if any(self.codes_itself(x) for x in inner if x.dep_ != "prep"):
                    return True
        return False


def _by_amount(verb: Token) -> bool:
    """Does the verb measure a change ("has declined 40%", "declined by 5 percent")? Then its
    subject is a quantity ("the population", "its share"), whatever actor the word may name."""
    measures = children(verb, "npadvmod") + [o for p in _AMOUNT_PREPS for o in prep_objects(verb, p)]
    return any(t.like_num or t.ent_type_ in ("PERCENT", "QUANTITY", "CARDINAL") for m in measures for t in m.subtree)
