"""Acts of force and their doers: whether the text leaves an attack's doer unnamed (a passive
with no agent, "a car bomb", "unknown gunmen"; events.yaml null_source_codes), the weapon that is
an act's subject, the act noun a verb of force reports ("the bombing [killed] X", "killed in an
airstrike") and that verb, and an armed act named by its weapon as a passive's doer. A mixin of
`Participants`, which finds sources and targets with it; apart so those rules can grow."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ...kb import KB
from ...model import Actor
from .armed_owners import armed_noun, armed_owners, demonym_before
from .bomb_kinds import bombing_kind, refined
from .casualties import harm_participle, harm_verbs
from .elsewhere import Subject
from .harm_causes import cause_objects, cause_phrase
from .hazards import projectile, weapon_fire
from .lexicon import NO_EVENT, ModalityWords, Trigger
from .matching import Matcher
from .noun_doers import of_acted_on, reacted_to
from .reports import reporting_verb
from .syntax import (
    WH_TAGS,
    agent_objects,
    antecedents,
    carried,
    children,
    common_noun_forms,
    coordinated_object,
    prep_objects,
)

# CAMEO's parent code of military force (19), which a weapon's kind may refine
GENERIC_FORCE = "190"
# fire of small arms (193) and of artillery, rockets or missiles (194); from an aircraft, aerial weapons (195)
FIRED_CODES = ("193", "194")
AERIAL_FORCE = "195"
# what a gerund that is a verb of its own carries: not an act named as a noun would be
_OWN_ARGS = ("nsubj", "nsubjpass", "dobj", "aux", "auxpass", "csubj", "expl")
# determiners that point back to a thing the text told
_POINTING = frozenset({"the", "this", "that", "these", "those"})


class ForceActs:
    """Acts of force and their doers (mixed into `Participants`, which sets these attributes and
    defines the methods declared here)."""

    kb: KB
    words: ModalityWords
    matcher: Matcher

    def actors_of(self, tok: Token, owner: bool = False) -> list[Actor]:
        raise NotImplementedError

    def subject(self, tok: Token) -> Subject:
        raise NotImplementedError

    def unnamed_doer(self, subject: Subject) -> bool:
        """Does the text leave the doer of an act of force unnamed? A passive with no agent ("the
        mayor was stabbed"), a weapon or blast as the subject ("a car bomb killed"), or a doer
        noun that names no one ("an attacker", "unknown assailants") or a weapon's fire ("sniper
        fire") with no actor in its phrase."""
        d = subject.doer
        if d is None:
            return False  # a passive with no agent ("ten people were killed") says who suffered, not who did it
        # "a series of car bombs [killed]", "dozens of attackers [stormed]", "gunmen [who] killed"
        d = carried(carried(relative_doer(d), self.words.group_nouns), self.words.light_nouns)
        forms = common_noun_forms(d)
        if not forms or self._names_someone(d):
            return False  # a pronoun or a name: someone the text names, resolved or not
        return (
            any(f in self.words.instrument_codes or f in self.words.unidentified_doers for f in forms)
            or any(c.lower_ in self.words.unidentified_modifiers for c in children(d, "amod"))
            or weapon_fire(d)  # "killed by sniper fire": a weapon's fire, no one named (hazards.py)
            or projectile(d)  # "killed by a stray bullet", "by live rounds": what a weapon fires (hazards.py)
        )

    def verbless_doer(self, noun: Token, found: list[Actor]) -> Subject:
        """The doers `found` of a verb the parser hung in a verbless sentence, whose subject word is
        `noun`; with none, `noun` as the doer word when it is an unidentified attacker or a weapon's
        act ("A suicide bomber [killed] 16", "Artillery fire [killed] 12"), so the act is coded with
        no source."""
        attacker = not found and self.unnamed_doer(Subject([], False, noun))
        return Subject(found, False, noun if attacker else None)

    def _names_someone(self, noun: Token, of: bool = True) -> bool:
        """An actor in the noun's own modifiers or "of"/"from" phrase ("Taliban gunmen",
        "militants of the Islamic State"); not the "of" phrase of an act noun (`of` False), whose "of" phrase is the one
        acted on ("the bombing of [Belgrade]")."""
        at = noun.doc._.actor_at
        near = (
            children(noun, "poss", "compound", "amod", "nmod")
            + (prep_objects(noun, "of") if of else [])
            + prep_objects(noun, "from")
        )
        return any(t.i in at for t in near)

    def armed(self, actors: list[Actor], noun: Token, verb: Token | None = None) -> list[Actor]:
        """The doers of an act of force (`verb`) whose doer word is an act or weapon noun ("killed
        by Israeli fire", "Russian shelling killed"): the side its modifiers name, a country as its
        armed forces (armed_owners.py); `actors` for any other word."""
        return armed_owners(actors, noun, self.kb, self.actors_of, verb)

    def _armed_act_in(self, verb: Token) -> Subject | None:
        """ "were killed in an Israeli drone strike", "died in Russian shelling": an act of force
        named by its weapon ("drone", "missile": events.yaml instrument_codes) or as an act or weapon
        (armed_act_nouns) in the passive's "in"/"during" phrase, which names whose it was (an army's
        strike), is the doer; a place ("killed in Gaza", "in a Turkish hospital") is not."""
        for o in cause_objects(verb):
            if o.pos_ != "NOUN" and (misparsed := self.armed([], o)):
                return Subject(misparsed, True, o)  # "killed in [Russian] shelling", "shelling" taken for a verb
            weapons = [o, *children(o, "compound")]
            if o.pos_ != "NOUN" or not any(
                self.force_noun(w)
                or armed_noun(w)
                or any(f in self.words.instrument_codes for f in common_noun_forms(w))
                for w in weapons
            ):
                continue
            # whose it was, by its demonym: a strike of no country ("a drone strike") stays unnamed
            found = [
                a
                for a in self.armed(self.actors_of(o), o)
                if a.country and not a.how.startswith(("place", "kb:capital"))
            ]
            if found:
                return Subject(found, True, o)
        return None

    def act_gerund(self, tok: Token) -> bool:
        """Is a verb trigger a gerund that names an act as its noun does ("died in [shelling] by
        government forces", "were wounded during [bombing] near X"): an -ing form the tagger took for
        a verb, a preposition's object, with no subject, object or auxiliary of its own (not "died
        after [attacking] a post", whose doer is the clause's subject), whose noun is an act of
        one-sided force (its noun's entries, else its verb's, of null_source_codes: "shelling",
        "shooting"; not two_sided_acts: "fighting" stays a fight between sides)? A gerund
        coordinated with the preposition's object is one too ("died in fighting and [shelling]")."""
        if tok.tag_ != "VBG" or children(tok, *_OWN_ARGS):
            return False
        if tok.dep_ != "pcomp" and not coordinated_object(tok):  # "died in fighting and [shelling] by X"
            return False
        if tok.lower_ in self.words.two_sided_acts:
            return False
        entries = self.matcher.triggers.get((tok.lower_, "noun"), []) or self.matcher.triggers.get(
            (tok.lemma_.lower(), "verb"), []
        )
        return any(e.cameo.startswith(self.words.null_source_codes) for e in entries)

    def gerund_doer(self, tok: Token) -> Subject | None:
        """The doer of an act gerund (`act_gerund`): the one its own "by" phrase names ("died in
        shelling [by government forces]", "were wounded during shooting [by police]"), as an act
        noun's; else no one named when the clause's subject underwent it ("[nine farmers] died in
        shelling [by unknown gunmen]": the victims are never the doer). None otherwise: the doer of
        an active clause's means is its subject ("the army killed ten in shelling by artillery")."""
        if not self.act_gerund(tok):
            return None
        by = prep_objects(tok, "by")
        # a weapon ("shelling by [Russian] artillery"): the side its modifiers name (armed_owners.py)
        weapon = bool(by) and (
            armed_noun(by[0]) or any(f in self.words.instrument_codes for f in common_noun_forms(by[0]))
        )
        if by and (found := self.armed([], by[0]) if weapon else self.actors_of(by[0])):
            return Subject(found, False, by[0])
        if found := self.armed([], tok):  # "killed by [Russian] shelling": the side its modifiers name
            return Subject(found, False, tok)
        return Subject([], not by, by[0] if by else None) if reporting_verb(tok) is not None else None

    def undergone_gerund(self, tok: Token) -> Token | None:
        """The verb whose subject underwent the act an act gerund names ("[nine farmers] died in
        shelling"; events.yaml undergoing_force): that subject is its target, never its doer."""
        if self.act_gerund(tok):
            return reporting_verb(tok)
        # "[five people] died in Russian [shelling]": the demonym parsed as the phrase's noun (armed_owners.py)
        return reporting_verb(tok.doc[tok.i - 1]) if demonym_before(tok, self.kb) is not None else None

    def shared_agents(self, noun: Token) -> list[Token]:
        """ "five civilians were killed in an airstrike [by coalition forces]": the "by" phrase the
        parser hung on the passive of harm (events.yaml harm_verbs, intentional_force) whose
        "in"/"during" phrase is an act noun of one-sided force names that act's doer as well (the
        passive's victims are never it). Not "killed by a car" (no act noun), nor a noun of a fight
        (two_sided_acts) or of anything else ("died in a crash caused by a drunk driver")."""
        if noun.dep_ != "pobj" or not cause_phrase(noun) or not self.force_noun(noun):
            return []
        verb = noun.head.head
        if noun.lemma_.lower() in self.words.two_sided_acts or not children(verb, "auxpass", "nsubjpass"):
            return []
        if verb.lemma_.lower() not in harm_verbs() | self.words.intentional_force:
            return []
        return agent_objects(verb)

    def instrument(self, subject: Subject) -> str | None:
        """The CAMEO code of a weapon or blast that is an act's subject ("a missile struck"), if it is
        one, with the kind of bombing its words name ("a car bomb killed": 1832); an attacker named
        by that kind ("a suicide bomber killed") gives it too."""
        d = subject.doer
        if d is None:
            return None
        d = carried(relative_doer(d), self.words.light_nouns)  # "a series of car bombs [hit] X", "a bomb [that] hit X"
        forms = common_noun_forms(d)
        code = next((c for f in forms if (c := self.words.instrument_codes.get(f))), None)
        if code is None and self.words.unidentified_doers.intersection(forms):
            # "a [suicide] bomber killed 12": an attacker named by the kind of bombing he did
            return bombing_kind(d, self.words.bombing_kinds)
        return refined(code, d, self.words.bombing_kinds) if code else None  # "a [car] bomb": 1832

    def owned_weapon_code(self, verb: Token, subject: Subject, code: str) -> str | None:
        """The finer code of force a weapon gives an act whose subject the actors stage took for
        its owner's forces ("[US drones] struck X", "[Russian warplanes] pounded Y", "[Israeli jets]
        bombed Z": the doer is that army, the kind of force the weapon's, 195 for aerial weapons;
        GUIDELINE conventions), when the verb names only force (190); an aircraft's fire is aerial
        whatever it fires ("[Israeli helicopters] fired missiles at X": 195, not the missile's 194).
        Bombs and blasts (18x) are no army's weapon of war, so they give no code here."""
        if not subject.actors or code not in (GENERIC_FORCE, *FIRED_CODES) or subject.doer is None:
            return None
        # an arm named by its kind word ("the Nigerian [Air] Force": instrument_codes "air force")
        own = subject.doer
        if own.dep_ == "nsubjpass" and not (verb.dep_ == "conj" and verb.head.i == own.head.i):
            # "a helicopter was shot down, [killing] 16": the aircraft was hit, it is no weapon of the act;
            # not "jets were scrambled and [struck] X", whose second verb the jets do
            return None
        d = carried(relative_doer(own), self.words.light_nouns)
        arms = [f"{c.lower_} {d.lemma_.lower()}" for c in children(d, "compound")]
        found = next((c for a in arms if (c := self.words.instrument_codes.get(a))), None) or self.instrument(subject)
        if code in FIRED_CODES:
            return found if found == AERIAL_FORCE else None
        return found if found is not None and found.startswith(GENERIC_FORCE[:2]) else None

    def force_noun(self, t: Token) -> bool:
        """Is the word an act noun of force ("attack", "bombing", "airstrike")?"""
        return self.matcher.force_act_noun(t, self.words.null_source_codes)

    def act_noun(self, verb: Token, subject: Subject) -> Token | None:
        """The act noun of force that codes a verb's act itself: its subject ("the bombing
        [struck] X", "an attack [killed] X"), or the act a passive with no agent happened in
        ("ten people were [killed] in a suicide bombing")."""
        d = relative_doer(subject.doer) if subject.doer is not None else None
        if d is not None and d.lemma_.lower() in self.words.light_nouns:
            # "a wave [of attacks] killed X": the acts the light noun carries
            d = next((o for o in prep_objects(d, "of") if self.force_noun(o)), d)
        if d is not None and not subject.actors and not self.force_noun(d) and d.dep_ == "nsubj":
            # "a massive [air raid] campaign struck X": the act noun that names the campaign's acts
            d = next((c for c in children(d, "compound") if self.force_noun(c)), d)
        if d is not None and self.force_noun(d):
            return d  # "the bombing [killed] X", "were [killed] by a car bombing"
        if subject.passive and subject.actors:
            # "were killed in an airstrike [by the coalition]": the agent's act, named by its noun (shared_agents)
            return next((o for o in cause_objects(verb) if self.shared_agents(o)), None)
        if subject.passive and not subject.actors:
            # "were killed and 20 wounded [in a bombing]": the phrase a conjoined passive shares,
            # also when the second clause is elliptical ("and two others injured [in the attack]")
            # (a second passive with its own auxiliary only when it shares its phrase: "three were
            # killed in Kabul and two were injured in an attack" are two acts)
            conj = [
                c for c in children(verb, "conj") if not children(c, "auxpass") or _first_harm_passive(c).i == verb.i
            ]
            verbs = [verb, *conj] + ([verb.head] if verb.dep_ == "conj" else [])
            verbs += [
                a for c in children(verb, "conj") if c.pos_ in ("NOUN", "PRON", "NUM") for a in children(c, "acl")
            ]
            for o in [o for v in verbs for o in cause_objects(v) if not self._behind_agent(o, subject)]:
                # "wounded amid [shelling]": a gerund as its noun, when it has a noun entry
                if self.force_noun(o) or (self.act_gerund(o) and self.act_entry(o) is not None):
                    return o
        return None

    def _behind_agent(self, noun: Token, subject: Subject) -> bool:
        """Is the noun a fight that names no side ("during clashes", two_sided_acts) behind a
        passive whose "by" phrase names its means ("shot dead [by live fire] during clashes")?
        The fight is only the setting: the act is the agent's (an unidentified attacker's when it
        names no one), not a fight's with a side to find ("in clashes [with the army]" is one)."""
        if subject.doer is None or noun.lemma_.lower() not in self.words.two_sided_acts:
            return False
        return not any(prep_objects(noun, p) for p in ("with", "against", "between", "among"))

    def act_entry(self, noun: Token) -> Trigger | None:
        """The act noun's own matching entry of force ("car bombing" 1832, "shelling" 194), if any."""
        # an act gerund ("amid [shelling]", lemma "shell") by its form's noun entry
        word = noun.lemma_.lower() if noun.pos_ == "NOUN" else noun.lower_
        entry = self.matcher.match(noun, self.matcher.triggers.get((word, "noun"), []))
        if entry is None or entry.cameo == NO_EVENT or not entry.cameo.startswith(self.words.null_source_codes):
            return None
        return self.kind_told_before(noun, entry)

    def kind_told_before(self, noun: Token, entry: Trigger | None) -> Trigger | None:
        """ "A bombing killed X in Mokha. Five others died in [last night's attack]": a definite act
        noun of force whose entry gives only its root's general code ("attack" 190) points back to
        the act of force the two sentences before it told last, and takes that act's finer code (a
        bombing's 183, a bomb's): the text has said what kind of attack it was. Any other entry
        (a noun with no article, "an attack"; a finer code, "a suicide attack") is returned as is,
        but for the weapon its "by" phrase names (`_by_weapon_kind`) and the kind of bombing its
        modifiers name ("a [car] bombing": 1832)."""
        if entry is not None and entry.pos == "noun" and (kind := self._by_weapon_kind(noun, entry)):
            return replace(entry, cameo=kind)
        if entry is not None and entry.pos == "noun":
            bombing = refined(entry.cameo, noun, self.words.bombing_kinds)
            if bombing != entry.cameo:
                return replace(entry, cameo=bombing)  # "a [car] bombing", "a [roadside] bomb attack" (bomb_kinds.py)
        if entry is None or entry.pos != "noun" or not entry.cameo.endswith("0") or not _definite(noun):
            return entry
        if not entry.cameo.startswith(self.words.null_source_codes) or noun.sent.start == 0:
            return entry
        doc = noun.doc
        start = doc[noun.sent.start - 1].sent.start
        start = doc[start - 1].sent.start if start > 0 else start
        for t in reversed(doc[start : noun.sent.start]):
            if t.pos_ != "NOUN":
                continue
            code = self.words.instrument_codes.get(t.lemma_.lower())
            if code is None and self.force_noun(t):
                told = self.matcher.match(t, self.matcher.triggers.get((t.lemma_.lower(), "noun"), []))
                code = told.cameo if told is not None else None
            if code is not None:  # the latest act told decides, a general one too
                return replace(entry, cameo=code) if code != NO_EVENT and not code.endswith("0") else entry
        return entry

    def _by_weapon_kind(self, noun: Token, entry: Trigger) -> str | None:
        """ "a bombing [by Russian aircraft]", "an attack [by drones]": an act noun of force whose "by"
        phrase names its weapon (events.yaml instrument_codes) is of that weapon's kind (aircraft
        and drones 195, rockets and shells 194, bombs 183), as the weapon would be were it the
        subject ("aircraft bombed"). None when no weapon is named, or for an act of no force."""
        if not entry.cameo.startswith(self.words.null_source_codes):
            return None
        weapons = prep_objects(noun, "by")
        return next(
            (c for o in weapons for f in common_noun_forms(o) if (c := self.words.instrument_codes.get(f))), None
        )

    def reported_by_verb(self, noun: Token) -> bool:
        """Is an act noun of force the subject, agent or "in" phrase of a verb of force that reports
        its act ("the bombing [killed]", "were killed in [the attack]")? That verb codes the act."""
        if self.act_entry(noun) is None or (fv := self.force_verb(noun)) is None:
            return False
        act = self.act_noun(fv[0], self.subject(fv[0]))
        return act is not None and act.i == noun.i

    def doerless_act(self, noun: Token) -> bool:
        """An act noun of one-sided force whose doer the text does not name (`doerless`)."""
        return noun.lemma_.lower() not in self.words.two_sided_acts and self.doerless(noun)

    def force_verb(self, noun: Token) -> tuple[Token, bool] | None:
        """The verb of force whose act an act noun names (`act_noun`), and whether it is passive:
        the verb it is the subject, agent or "in" phrase of (`_governing_force_verb`), else a
        relative clause on it that reports the act ("an explosion [which] wounded 30 was heard",
        "the scene of a bombing that [killed] ten")."""
        if noun.pos_ != "NOUN" and not self.act_gerund(noun):
            return None  # a verb of its own; a gerund that names an act ("killed during [shelling]") as a noun
        found = self._governing_force_verb(noun)
        if found is None and not _carried_by_verb(noun) and (told := self._told_in_relative(noun)) is not None:
            return told, False
        return found

    def _governing_force_verb(self, noun: Token) -> tuple[Token, bool] | None:
        """The verb of force an act noun is the subject, agent or "in" phrase of: it says what the
        act hit ("twin bombings [struck] a cathedral", "[ten people] were killed in the attack")."""
        head, passive = noun.head, False
        if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in self.words.light_nouns:
            noun = head.head  # "a wave [of attacks] killed"
            head = noun.head
        if cause_phrase(noun):
            head, passive = head.head, True
            if not children(head, "auxpass", "nsubjpass") and head.dep_ in ("conj", "acl"):
                # "were killed and 20 wounded [in a bombing]", "and two others injured [in ...]":
                # the first passive
                head = head.head if head.dep_ == "conj" else head.head.head
            if not children(head, "auxpass", "nsubjpass"):
                return None
            head = _first_harm_passive(head)
        elif noun.dep_ == "compound" and head.dep_ == "nsubj" and not self.force_noun(head):
            head = head.head  # "a massive [air raid] campaign struck X": the acts the campaign carries
        elif noun.dep_ in ("pobj", "pcomp") and head.dep_ == "agent":
            head, passive = head.head, True  # "were killed [by] a car bombing", "by Russian [shelling]"
        elif noun.dep_ == "nsubjpass" and (raised := children(head, "xcomp")) and children(raised[0], "aux"):
            head = raised[0]  # "a bombing was reported [to have killed] X": the raised subject's verb
        elif noun.dep_ != "nsubj":
            return None
        if head.pos_ != "VERB":
            return None
        if not passive and (harm := harm_participle(head)) is not None:
            head = harm  # "shelling hit a bus, [killing] eight": reported with its victims (casualties.py)
        entries = self.matcher.triggers.get((head.lemma_.lower(), "verb"), [])
        return (head, passive) if any(t.cameo.startswith(self.words.null_source_codes) for t in entries) else None

    def _told_in_relative(self, noun: Token) -> Token | None:
        """The verb of force of a relative clause whose subject stands for the act noun ("a suicide
        bombing [that] killed ten", "the explosion, [which] wounded 30, ..."): the clause reports the
        act with what it hit, so the act is coded there, once (its victims, not the noun's place)."""
        for clause in children(noun, "relcl"):
            subj = children(clause, "nsubj")
            if clause.pos_ != "VERB" or not subj or antecedents(subj[0])[0].i != noun.i or not children(clause, "dobj"):
                continue  # (a clause with no object, "the attack that [happened] in X", says nothing it hit)
            entries = self.matcher.triggers.get((clause.lemma_.lower(), "verb"), [])
            if any(t.cameo.startswith(self.words.null_source_codes) for t in entries):
                return clause
        return None

    def doerless(self, noun: Token) -> bool:
        """An act noun whose doer the text does not name: no possessor (but a date: "last
        night's attack"), no "by" phrase, no subject of a verb that carries it ("they launched
        an attack"), no actor in its modifiers, not said to be someone's ("involvement in the
        kidnapping", "responsibility for the attack": events.yaml attribution_words). The "of"
        phrase of a transitive act is the one acted on, no doer ("the killing of [a diplomat]":
        noun_doers.of_acted_on), but not for an act of holding ground ("since the invasion of
        Ukraine": events.yaml held_ground_codes), whose doer is a state the text leaves unresolved."""
        of = not reacted_to(noun) and (self._held_ground(noun) or not of_acted_on(noun, self.words, self.matcher))
        if self._names_someone(noun, of=of) or prep_objects(noun, "by"):
            return False
        if noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in self.words.attribution_words:
            return False
        if any(c.ent_type_ not in ("DATE", "TIME") for c in children(noun, "poss")):
            return False
        if reacted_to(noun):
            return True  # "Officials condemned [an attack]": the subject reacts, the doer is unnamed
        if noun.dep_ == "dobj" and children(noun.head, "nsubj"):
            return False  # "they launched an attack": named, if unresolved
        return noun.dep_ != "nsubjpass" or not children(noun.head, "agent")

    def _held_ground(self, noun: Token) -> bool:
        """Is the act noun one of taking or holding ground or property ("invasion", "siege",
        "confiscation": events.yaml held_ground_codes), never an unidentified attacker's?"""
        entries = self.matcher.triggers.get((noun.lemma_.lower(), "noun"), [])
        return any(e.cameo.startswith(self.words.held_ground_codes) for e in entries)


def _definite(noun: Token) -> bool:
    """Does an act noun point back to one the text told: "the", "this", "that" attack, or a date's
    possessive ("last night's attack", "Monday's bombing")?"""
    return any(c.dep_ == "det" and c.lower_ in _POINTING for c in noun.children) or any(
        c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for c in noun.children
    )


def _carried_by_verb(noun: Token) -> bool:
    """Is an act noun the object of a verb ("launched an offensive that targeted X": that verb's
    doer did it) or the "in"/"during"/"by" phrase of a passive of harm ("were killed in an
    explosion that ripped through X": the harm's act)?"""
    if noun.dep_ == "dobj":
        return True
    return noun.dep_ == "pobj" and (cause_phrase(noun) or noun.head.dep_ == "agent")


def relative_doer(d: Token) -> Token:
    """The noun a relative pronoun that is a clause's subject stands for ("a car bomb [that]
    killed ten", "gunmen [who] stormed X": the bomb, the gunmen), unless a verb carries that noun's
    act already (`_carried_by_verb`: "launched an offensive [that] targeted X", "were killed in
    an explosion [that] ripped through X"); any other word itself."""
    if d.tag_ not in WH_TAGS or d.dep_ != "nsubj":
        return d
    noun = antecedents(d)[0]
    return d if _carried_by_verb(noun) else noun


def _first_harm_passive(verb: Token) -> Token:
    """ "fifty people were killed and 266 were injured [in the attack]": a passive of harm with
    its own auxiliary, conjoined to a passive of harm before it that has no phrase of its own,
    shares its phrase with that first passive, which reports the act (as the gapped "were killed
    and 20 wounded in a bombing" does). A first passive with a setting of its own ("three were
    killed in Kabul and two were injured in an attack in Kandahar") is another act."""
    first = verb.head
    if verb.dep_ != "conj" or first.pos_ != "VERB" or not children(first, "auxpass"):
        return verb
    harm = harm_verbs()
    if verb.lemma_.lower() not in harm or first.lemma_.lower() not in harm:
        return verb
    own = [o for p in children(first, "prep") for o in children(p, "pobj") if o.ent_type_ not in ("DATE", "TIME")]
    return verb if own else first
