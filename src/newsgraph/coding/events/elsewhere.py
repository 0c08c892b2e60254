"""Targets named outside a trigger's own phrases, once those name no one: the place of an act on
a place (a named one, or "the region" the story is set in), the one who bears a reaction ("did
X despite criticism by Y"), the doer of an act an appeal asks to look into ("an investigation
into the shooting"), and where a claimed act was ("claimed responsibility for the attacks",
which may point back to an act an earlier sentence reported). A mixin of `Participants`."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ...model import Actor
from .calls import addressed, called, caller
from .clauses import misparsed_object
from .earlier import EarlierActs
from .errands import errand_doers
from .lexicon import ModalityWords, Trigger
from .matching import POS, Matcher
from .protests import strikers
from .reaction_acts import bearer_subjects
from .set_off_acts import act_clause, set_off_act
from .syntax import agent_objects, children, common_noun_forms, heeded_verb, prep_objects
from .taken_ground import placed_holders


@dataclass(slots=True)
class Subject:
    """A trigger's doers, and whether its clause is passive (then its subject is the target);
    `doer`: the word the doers were looked for in (the subject or the agent), if any."""

    actors: list[Actor]
    passive: bool
    doer: Token | None = None


@dataclass(slots=True)
class Targets:
    """Actors acted on and the token of the phrase they were found in; with no actor, the phrase
    still shows what was acted on ("killed [dozens of civilians]")."""

    actors: list[Actor]
    head: Token | None


def stranded_prep(noun: Token) -> Token | None:
    """ "then [at] the government's request returned": a fronted prepositional phrase the parser
    split, making its noun the verb's subject and leaving the preposition, just before the
    noun's phrase, with no object; that preposition, if so. Not a name ("On live television
    Erdogan said": the phrase was merged into the subject's, whose head is the subject)."""
    start = noun.left_edge.i
    if noun.dep_ != "nsubj" or start == 0 or noun.pos_ != "NOUN" or noun.i in noun.doc._.actor_at:
        return None
    p = noun.doc[start - 1]
    if p.dep_ == "prep" and p.head.i == noun.head.i and not any(c.dep_ in ("pobj", "pcomp") for c in p.children):
        return p
    return None


def heeded_by(tok: Token, preps: frozenset[str]) -> Token | None:
    """The verb a request noun gives the reason for (syntax.heeded_verb), also when the parser
    split the fronted phrase ("[at] the government's request returned": `stranded_prep`)."""
    verb = heeded_verb(tok, preps)
    if verb is None and (p := stranded_prep(tok)) is not None and p.lower_ in preps:
        return p.head
    return verb


class ElsewhereTargets(EarlierActs):
    """The targets found outside the trigger's own phrases (mixed into `Participants`, which
    defines the methods declared here); those an earlier act gives come from `EarlierActs`."""

    words: ModalityWords
    matcher: Matcher
    # an earlier act's target is being looked for: no looking back again from there
    _looking_back: bool

    def actors_of(self, tok: Token, owner: bool = False) -> list[Actor]:
        raise NotImplementedError

    def targets(self, tok: Token, trig: Trigger, passive: bool) -> Targets:
        raise NotImplementedError

    def subject(self, tok: Token) -> Subject:
        raise NotImplementedError

    def noun_source(self, tok: Token) -> list[Actor]:
        raise NotImplementedError

    def callers(self, noun: Token) -> list[Token]:
        """Who made a phone call a speech act was made in (calls.py; events.yaml call_codes)."""
        return caller(noun) if self._is_call(noun) else []

    def errand_doers(self, noun: Token) -> list[Token]:
        """Who went to meet: "X flew to Y [for talks]", "X is [on a visit] to Y" (errands.py)."""
        return errand_doers(noun, self.matcher.triggers)

    def strikers(self, noun: Token) -> list[Token]:
        """Who is on strike: "X has been [on hunger strike]" (protests.py), for a noun of dissent
        (events.yaml crowd_codes)."""
        entries = self.matcher.triggers.get((noun.lemma_.lower(), "noun"), [])
        return strikers(noun) if any(e.cameo.startswith(self.words.crowd_codes) for e in entries) else []

    def _is_call(self, noun: Token) -> bool:
        entries = self.matcher.triggers.get((noun.lemma_.lower(), "noun"), [])
        return any(e.cameo.startswith(self.words.call_codes) for e in entries)

    def site(self, tok: Token) -> Token:
        raise NotImplementedError

    def force_verb(self, noun: Token) -> tuple[Token, bool] | None:
        raise NotImplementedError

    def force_noun(self, t: Token) -> bool:
        raise NotImplementedError

    def _sure_place(self, a: Actor) -> bool:
        raise NotImplementedError

    @staticmethod
    def _as_place(a: Actor) -> Actor:
        raise NotImplementedError

    def targets_elsewhere(self, tok: Token, trig: Trigger, passive: bool, first: Token | None) -> Targets:
        """The target outside the trigger's own phrases, else none (with `first`, the phrase acted on)."""
        if (obj := misparsed_object(tok)) is not None:  # "X [murdered] gay men" misparsed (clauses.py)
            return Targets(self.actors_of(obj), obj)
        # "in a phone call, X urged [Y]": the one the call's speech act addressed took the call (calls.py)
        if trig.pos == "noun" and trig.cameo.startswith(self.words.call_codes) and (took := called(tok)) is not None:
            return Targets(self.actors_of(took), took)
        if told := addressed(tok, trig.cameo, self.actors_of):  # 'X told [Y]: "We are sorry"' (calls.py)
            return Targets(*told)
        # "declared a curfew in [Bangkok]", "withdrew its troops from [Mali]": with no one else
        # acted on, the place of an act on a place (events.yaml place_target_*)
        if trig.cameo.startswith(self.words.place_target_codes):
            # an act noun that is a verb's object: the place may hang on the verb ("began an
            # offensive [into Syria]", "launched strikes [in Idlib]")
            heads = [tok, tok.head] if trig.pos == "noun" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" else [tok]
            generic: Token | None = None
            for p in self.words.place_target_preps:
                objs = [o for h in heads for o in prep_objects(h, p)]
                objs += [x for d in children(tok, "dobj") for x in prep_objects(d, p)]
                # one level down: "blockades around towns [in the West Bank]"
                objs += [x for o in objs for q in self.words.place_target_preps for x in prep_objects(o, q)]
                for o in objs:
                    doers = _agent_spans(o)
                    found = [
                        self._as_place(a) for a in self.actors_of(o) if self._sure_place(a) and a.span[0] not in doers
                    ]
                    if found:
                        return Targets(found, o)
                    if generic is None and self._generic_place(o):
                        generic = o
            if generic is not None and (found := self._context_place(tok, trig, generic)):
                return Targets(found, generic)  # "withdrew from [the region]": the region the story is in
        # "X did Y despite [criticism] by Z", "the plan drew [criticism] from Z": the one who
        # bears the reaction (events.yaml bearing_preps, bearing_verbs)
        if trig.pos == "noun" and trig.cameo.startswith(self.words.reaction_codes):
            verb = self._reaction_bearer(tok)
            for bearer in bearer_subjects(verb) if verb is not None else ():
                found = self.actors_of(bearer, owner=True)
                if found:
                    return Targets(found, bearer)
        # "called for an investigation into [the shooting]": the one who did the act to be
        # looked into (events.yaml heeded_request_codes, inquiry_preps)
        if trig.cameo.startswith(self.words.heeded_request_codes):
            inquired = self._inquired_doer(tok)
            if inquired.actors:
                return inquired
        # "claimed responsibility for [the attacks]", "it carried out [the attack]": where the
        # claimed act was (events.yaml claim_codes, claimed_act_codes)
        claimed = self._referred_act(tok, trig, passive)
        if claimed.actors:
            return claimed
        # "X expelled two diplomats, [a move] Y condemned": the doer of the clause the act noun follows
        if set_off := self._set_off_doers(tok, trig):
            return set_off
        # "voiced support for [the inquiry]": who made the inquiry reported before (earlier.py)
        if found := self.reacted_act_doers(tok, trig, first):
            return Targets(found, first)
        # "refused to hand over [the documents]": who asked for them; "lifted [the ban]": whom
        # the ban was on (earlier.py)
        return self.earlier_targets(tok, trig, passive) or Targets([], first)

    def settled(self, tok: Token, trig: Trigger, passive: bool, found: Targets) -> Targets:
        """The targets found, settled: an owner pronoun bound to the doer rebound (`not_own`), the
        side ground was taken from placed in the country of the place (taken_ground.py)."""
        found = self.not_own(tok, trig, passive, found)
        return Targets(placed_holders(tok, trig.cameo, found.head, found.actors), found.head)

    def not_own(self, tok: Token, trig: Trigger, passive: bool, found: Targets) -> Targets:
        """ "despite criticism by X, who questioned [his] authority": a target found through an owner
        pronoun that the actors stage bound to the act's own doer is not the doer (no one acts on
        their own thing this way); words addressed to someone are aimed at them ("telephoned Y to
        offer his condolences": calls.py); else the pronoun stands for the sentence's subject when that is
        another actor ("He announced ..., despite criticism by X who questioned his authority"),
        else the previous sentence's, else for no one named."""
        h = found.head
        if passive or h is None or not found.actors:
            return found
        pron = h if h.tag_ == "PRP$" else next((c for c in children(h, "poss") if c.tag_ == "PRP$"), None)
        if pron is None or pron.i not in pron.doc._.actor_at:
            return found
        if any(a.how == "quote:peers" for a in found.actors):
            return found  # "'I urge [my colleagues] to ...'": others of the speaker's body (quoted.py)
        doers = self.subject(tok).actors if trig.pos != "noun" else self.noun_source(tok)
        own = {(d.code, d.country) for d in doers}
        if not any((a.code, a.country) in own for a in found.actors):
            return found
        if told := addressed(tok, trig.cameo, self.actors_of):  # "telephoned [Y] to offer his condolences"
            return Targets(*told)
        sent = tok.sent
        roots = [sent.root] + ([tok.doc[sent.start - 1].sent.root] if sent.start > 0 else [])
        for root in roots:  # the sentence's subject, else the one before's (the topic it goes on with)
            subj = [s for s in children(root, "nsubj") if not (s.i <= tok.i <= s.right_edge.i)]
            other = [a for a in self.actors_of(subj[0]) if (a.code, a.country) not in own] if subj else []
            if other:
                return Targets(other, h)
        return Targets([], h)

    def _set_off_doers(self, tok: Token, trig: Trigger) -> Targets | None:
        """The doers of the act a set-off act noun stands for, when the reaction is told in the
        noun's own clause (set_off_acts.py): "..., [a move] Britain condemned", "..., a step that
        [drew] praise from X" (the verb bearing a reaction noun)."""
        verb = self._reaction_bearer(tok) if trig.pos == "noun" else tok
        noun = set_off_act(verb, trig.cameo, trig.pos == "noun") if verb is not None else None
        clause = act_clause(noun) if noun is not None else None
        found = [a for a in self._doers(clause) if a.country or a.code] if clause is not None else []
        return Targets(found, noun) if found else None

    def earlier_targets(self, tok: Token, trig: Trigger, passive: bool) -> Targets | None:
        """The target an earlier act gives a response, an undoing or a similar act (earlier.py), if any."""
        found, thing = self.agreement_parties(tok, trig)  # "X signed an accord ... Y welcomed [the deal]"
        if not found:
            found, thing = self.answered_asker(tok, trig, passive)
        if not found:
            found, thing = self.undone_targets(tok, trig, passive)
        if not found:
            found, thing = self.similar_targets(tok, trig)
        return Targets(found, thing) if found else None

    @staticmethod
    def commented_subjects(clause: Token) -> list[Token]:
        """The subjects of a clause a comment is about; before an extraposed "it" ("considered [it]
        wrong for X to run", "said it was unacceptable for X to ..."), the subject of the "for X to"
        clause it stands for: X is what the comment is about."""
        subjects = children(clause, "nsubj", "nsubjpass")
        if not any(s.lower_ == "it" for s in subjects):
            return subjects
        extraposed = [
            s
            for x in children(clause, "advcl", "ccomp", "xcomp", "acl")
            if any(m.dep_ == "mark" and m.lower_ == "for" for m in x.children)
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)
            for s in children(x, "nsubj")
        ]
        return extraposed + subjects

    def _reaction_bearer(self, noun: Token) -> Token | None:
        """The verb whose subject bears a reaction noun: "announced it [despite criticism]",
        "resigned [amid condemnation]" (events.yaml bearing_preps), "the plan drew [criticism]",
        "X faced [condemnation]" (bearing_verbs); the subject, or the owner of the thing it
        is, is what the reaction is aimed at."""
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ in self.words.bearing_preps and head.head.pos_ in ("VERB", "AUX"):
            return head.head
        if noun.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in self.words.bearing_verbs:
            return head
        return None

    # -- a place the text names by a common noun (events.yaml context_places) ---------------
    def _generic_place(self, o: Token) -> bool:
        """ "the region", "the area": a definite place noun with no name or other place beside it."""
        if o.lemma_.lower() not in self.words.context_places or o.i in o.doc._.actor_at:
            return False
        comp = " ".join(c.lower_ for c in o.children if c.dep_ == "compound")
        if comp and f"{comp} {o.lemma_.lower()}" in self.words.context_places:
            pass  # "the air base": the compound is part of the place noun
        elif any(c.dep_ in ("prep", "compound", "poss", "nmod", "appos") for c in o.children):
            return False  # "the region of Idlib", "the Kurdish area", "Syria's north-east region"
        return any(c.dep_ == "det" and c.lower_ == "the" for c in o.children)

    def _context_place(self, tok: Token, trig: Trigger, o: Token) -> list[Actor]:
        """The country a generic place noun stands for: the paragraph's one country, else the
        article's main country (actors/setting.py), never the doer's own ("the United States
        announced a withdrawal from the region" is not from the United States); none when the
        act has no doer named, save a weapon as the verb's subject ("rockets struck near [the
        base]", events.yaml instrument_codes) outside a trial (trial_words: "during a test")."""
        setting = o.doc._.setting
        if setting is None:
            return []
        doers = self.subject(tok).actors if trig.pos != "noun" else self.noun_source(tok)
        own = {d.country for d in doers}
        places = ((setting.paragraph_country[setting.paragraph_of(o.idx)], "paragraph"), (setting.main, "article"))
        country, by = next(((c, by) for c, by in places if c is not None and c not in own), (None, None))
        if country is None or not (doers or self._fired_weapon(tok, trig)):
            return []
        span = o.doc[o.left_edge.i : o.i + 1]
        return [
            Actor(
                span.text,
                [span.start_char, span.end_char],
                None,
                None,
                country,
                None,
                country,
                how="context:place",
                resolved_by=by,
            )
        ]

    def _fired_weapon(self, tok: Token, trig: Trigger) -> bool:
        """Is the verb's subject a weapon (events.yaml instrument_codes: "rockets [struck]"), in a
        sentence that names no trial (trial_words: "during a test", "in a drill")?"""
        if trig.pos == "noun" or not any(
            f in self.words.instrument_codes for s in children(tok, "nsubj") for f in common_noun_forms(s)
        ):
            return False
        return not any(t.lemma_.lower() in self.words.trial_words for t in tok.sent)

    # -- acts the text refers back to (events.yaml claim_codes, claimed_act_codes) ---------
    def _referred_act(self, tok: Token, trig: Trigger, passive: bool) -> Targets:
        """The target of the act a claim of responsibility claims, or an act of force carries
        out ("claimed responsibility for [the attacks]", "[the attack] was claimed by X", "it
        carried out [the attack]"): the act noun's own target ("for the attack on X"), else,
        when the noun points back ("the attack", "all three attacks") or a claim names no act
        ("X claimed responsibility."), the target of the latest earlier act of force that has
        one. None else: "claimed responsibility for an attack" is a new, unplaced one."""
        claim = trig.cameo.startswith(self.words.claim_codes)
        if not claim and not trig.cameo.startswith(self.words.claimed_act_codes):
            return Targets([], None)
        acts: list[Token] = []
        attributed = False
        for n in children(tok, "nsubjpass" if passive else "dobj"):
            if n.lemma_.lower() in self.words.attribution_words:  # "responsibility for [the attacks]"
                attributed = True
                acts += prep_objects(n, "for")
            else:
                acts.append(n)
        if not acts and not (claim and attributed):
            return Targets([], None)
        act = acts[0] if acts else None
        if act is not None:
            if not self.force_noun(act):
                return Targets([], None)
            own = self._own_targets(act)
            if own.actors:
                return own
            if not self.points_back(act):
                return Targets([], None)
        found = self._earlier_act_targets(tok)
        return Targets(found, act) if found else Targets([], None)

    def _inquired_doer(self, tok: Token) -> Targets:
        """An appeal or demand for an act looking into an act of force ("called for an
        investigation into [the shooting by police]", "demanded an inquiry into [the killings]"),
        or for an end to an act of force or coercion ("called for an end to [the crackdown]";
        events.yaml ending_nouns, inquired_act_codes), is aimed at that act's doer: its "by"
        phrase or possessor, else, when it points back, the doer of the latest earlier act of
        force (of the act's own root, for coercion) that names one."""
        dobjs = children(tok, "dobj")
        asked = dobjs + prep_objects(tok, "for") + [x for d in dobjs for x in prep_objects(d, "for")]
        w = self.words
        for o in asked:
            preps = w.ending_nouns.get(o.lemma_.lower(), ()) if o.pos_ == "NOUN" else ()
            if not preps and self.matcher.is_event_noun(o):
                preps = w.inquiry_preps
            for act in (a for p in preps for a in prep_objects(o, p)):
                if preps is not w.inquiry_preps and act.lemma_.lower() in w.two_sided_acts:
                    continue  # "an end to the war": asked of every side, none named
                if self.force_noun(act) or self._force_gerund(act):
                    codes = w.claimed_act_codes
                elif self.matcher.force_act_noun(act, w.inquired_act_codes) and (e := self._act_entry(act)):
                    codes = (e.cameo[:2],)  # "the crackdown": the latest earlier act of coercion
                else:
                    continue
                for d in prep_objects(act, "by") + children(act, "poss"):
                    found = self.actors_of(d)
                    if found:
                        return Targets(found, d)
                if self.points_back(act) and (found := self._earlier_act_targets(tok, doers=True, codes=codes)):
                    return Targets(found, act)
        return Targets([], None)

    def _act_entry(self, noun: Token) -> Trigger | None:
        """The trigger entry of an act noun whose conditions hold."""
        return self.matcher.match(noun, self.matcher.triggers.get((noun.lemma_.lower(), "noun"), []))

    def _force_gerund(self, noun: Token) -> bool:
        """ "the shooting", "the killings": a noun made of a verb of force by -ing."""
        low = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or not low.endswith("ing"):
            return False
        entries = self.matcher.triggers.get((low[:-3], "verb"), [])
        return any(e.cameo.startswith(self.words.null_source_codes) for e in entries)

    def points_back(self, noun: Token) -> bool:
        """A definite act noun ("the attack", "these bombings", "all three attacks") stands for
        an act named before."""
        words = self.words
        return any(
            c.dep_ in ("det", "predet")
            and (c.lower_ in words.anaphoric_determiners or c.lower_ in words.pointing_quantifiers)
            for c in noun.children
        )

    def claimed_act_targets(self, noun: Token) -> list[Actor]:
        """The targets of an act noun a claim names ("said it was responsible for [the attack on
        X]"): its own, else, when it points back ("the attack"), the latest earlier act's."""
        own = self._own_targets(noun)
        if own.actors:
            return own.actors
        return self._earlier_act_targets(noun) if self.points_back(noun) else []

    def _own_targets(self, noun: Token) -> Targets:
        """The target an act noun names itself ("the attack [on X]"), by its own trigger entry."""
        entry = self.matcher.match(noun, self.matcher.triggers.get((noun.lemma_.lower(), "noun"), []))
        if entry is None or self._looking_back:
            return Targets([], None)
        self._looking_back = True
        try:
            return self.targets(noun, entry, False)
        finally:
            self._looking_back = False

    def _earlier_act_targets(self, tok: Token, doers: bool = False, codes: tuple[str, ...] = ()) -> list[Actor]:
        """The targets with a country of the latest act of force (events.yaml claimed_act_codes,
        else `codes`) named before `tok` in the Doc, found as for the act itself (a passive's
        subject, an object, a place; an act noun through the verb of force that reports it); with
        `doers`, the doers with a country of the latest such act that names them."""
        if self._looking_back:
            return []
        doc, codes, triggers = tok.doc, codes or self.words.claimed_act_codes, self.matcher.triggers

        def act_of(t: Token) -> list[Actor] | None:
            pos = POS.get(t.pos_)
            if pos not in ("verb", "noun"):
                return None
            cands = triggers.get((t.lemma_.lower(), pos))
            entry = self.matcher.match(t, cands) if cands else None
            if entry is None or not entry.cameo.startswith(codes):
                return None
            site = self.site(t) if pos == "noun" else t
            if doers:
                who = self.subject(t) if pos == "verb" else Subject(self.noun_source(site), False)
                if not who.passive or children(t, "agent"):
                    return [a for a in who.actors if a.country] or None
                return None
            passive = pos == "verb" and bool(children(t, "agent", "nsubjpass", "auxpass"))
            found = self.targets(site, entry, passive).actors
            if not found and pos == "noun" and (fv := self.force_verb(t)) is not None:
                verb, vpassive = fv  # "twin bombings struck [a cathedral]"
                vt = self.matcher.match(verb, triggers.get((verb.lemma_.lower(), "verb"), []))
                if vt is not None:
                    found = self.targets(verb, vt, vpassive).actors
                else:  # "[facilities of X] were hit by strikes": a verb of force with an object no entry lists
                    hit = children(verb, "nsubjpass" if vpassive else "dobj")
                    found = (self.actors_of(hit[0], owner=True) or self._participle_owner(hit[0])) if hit else []
            return [a for a in found if a.country] or None

        return self.walk_back(doc, tok.i, act_of) or []

    def _participle_owner(self, thing: Token) -> list[Actor]:
        """ "oil facilities [belonging to X]", "a tanker [owned by X]": the owner a participle after
        a thing names (events.yaml owner_participles)."""
        for acl in children(thing, "acl"):
            prep = self.words.owner_participles.get(acl.lemma_.lower())
            if prep is None:
                continue
            objs = prep_objects(acl, prep)
            if prep == "by":
                objs += agent_objects(acl)
            for o in objs:
                found = self.actors_of(o, owner=True)
                if found:
                    return found
        return []


def _agent_spans(o: Token) -> frozenset[int]:
    """The char offsets of the words in a "by" phrase of a participle inside `o` ("released them in
    [a swap mediated by the UAE]"): that phrase names the participle's doer, never the place."""
    return frozenset(w.idx for t in o.subtree if t.dep_ == "agent" for w in t.subtree)
