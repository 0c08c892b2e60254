"""Doers and targets an article gives in an earlier sentence (issue 13), for acts that answer or
undo an act reported before, and only where a definite noun ("the", "this", "such") points
back to it:

- a response (events.yaml answer_codes: refusals and rejections, 12; yielding, 08) with no
  target of its own answers the latest earlier act that asked for the thing it refuses or gives
  ("refused to hand over [the documents]" after "X issued subpoenas for documents"; "declined
  [the request]" after "X asked ..."; "met [the demands]" after "X demanded ..."): its target is
  the asker;
- an agentless passive of undoing (events.yaml undoing_codes: "[the bill] was suspended", "[the
  ban] was lifted") is done by whoever the text says put that thing in place ("X introduced a
  bill", "X banned ..."), and an act undoing it is aimed at whom that act was aimed at ("X
  imposed sanctions on Y ... the sanctions were eased");
- a reaction (reaction_codes) to a bare agreement noun ("welcomed [the deal]") is aimed at the
  doers of the latest act on an agreement ("X and Y signed a treaty"; agreement_nouns), and one to
  an event noun ("criticised [the visit]") at the doer of the latest act of its word or code.

The latest earlier act of the thing decides: when the text leaves its doer unnamed ("a bill was
proposed"), nothing is taken from further back. A mixin of `Participants`, as elsewhere.py;
both look back under `_looking_back`, so an earlier act's own targets are found without
looking back again from there."""

from __future__ import annotations

import bisect
from collections.abc import Callable

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from ...model import Actor
from ..component import MEMO_PREFIX, tokens_with
from .lexicon import ModalityWords, Trigger
from .matching import POS, Matcher
from .refused_asks import refused_asker
from .syntax import children, conjuncts, prep_objects

_TRIGGER_WORDS = MEMO_PREFIX + "trigger_words"  # doc.user_data: (token count, indices of trigger words)
# CAMEO's public statements (root 01): an asking word's entry of one asks for nothing ("offered condolences")
_STATEMENT = "01"


class EarlierActs:
    """Targets and doers taken from an earlier act the trigger answers or undoes (mixed into
    `Participants`, which defines the methods declared here)."""

    words: ModalityWords
    matcher: Matcher
    _looking_back: bool

    def targets(self, tok: Token, trig: Trigger, passive: bool):  # -> Targets (elsewhere.py)
        raise NotImplementedError

    def subject(self, tok: Token):  # -> Subject (elsewhere.py)
        raise NotImplementedError

    def noun_source(self, tok: Token) -> list[Actor]:
        raise NotImplementedError

    def site(self, tok: Token) -> Token:
        raise NotImplementedError

    def points_back(self, noun: Token) -> bool:
        raise NotImplementedError

    # -- entry points ---------------------------------------------------------------
    def answered_asker(self, tok: Token, trig: Trigger, passive: bool) -> tuple[list[Actor], Token | None]:
        """The doers of the earlier act a response answers, and the noun that points back to it:
        a refusal or yielding (answer_codes) of a definite thing ("refused to hand over the
        documents", "declined the request", "acceded to these demands") is aimed at whoever
        asked for that thing last (asking_acts, asking_codes). A yielding only answers the ask
        itself ("met the demands"): what it gives is acted on ("released the prisoners"); a
        refusal (refusing_codes) also the thing asked for ("refused to release the prisoners")."""
        if self._looking_back or not trig.cameo.startswith(self.words.answer_codes):
            return [], None
        issued, rel = self._issuer_of_antecedent(tok, passive)
        if issued:
            return issued, rel
        asked_by = self._asked_by if trig.cameo.startswith(self.words.refusing_codes) else self._ask_by
        for thing in self._answered_things(tok, passive):
            found = self._latest(tok, thing, asked_by)
            if found:
                return found, thing
        return refused_asker(self, tok, trig), None  # "X asked Y to ..., but Y [declined]" (refused_asks.py)

    def _issuer_of_antecedent(self, tok: Token, passive: bool) -> tuple[list[Actor], Token | None]:
        """ "X sent the police [a plan], which they rejected": a response in a relative clause
        whose relative word is what it answers answers that thing's issuer, the subject of the
        verb of issuing_verbs it is the object of (the relative may hang on the last noun of
        the thing's phrase: "a plan for the march, which ..."); none for an agentless passive."""
        if tok.dep_ != "relcl":
            return [], None
        for rel in children(tok, "nsubjpass" if passive else "dobj"):
            if rel.tag_ not in ("WDT", "WP"):
                continue
            noun = tok.head
            while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
                noun = noun.head.head
            verb = noun.head
            if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in self.words.issuing_verbs:
                continue
            who = self.subject(verb)
            found = [a for a in who.actors if a.country or a.code] if not who.passive else []
            if found:
                return found, rel
        return [], None

    def reacted_act_doers(self, tok: Token, trig: Trigger, thing: Token | None) -> list[Actor]:
        """ "voiced support for [the impeachment inquiry]", "praised [the investigation]": a reaction
        (events.yaml reaction_codes) to a definite act noun with no owner of its own is aimed at
        whoever did that act last: the latest earlier act of the same kind (`_same_act`) that
        bears the noun's own modifiers ("the impeachment inquiry" is an earlier "impeachment
        investigation", not any investigation). The latest one of the noun's own word or CAMEO
        code comes first ("X visited Y. Y hosted X. Z criticised [the visit]": the visit, 042, is
        X's, not the hosting, 043; "X struck Y. Y fired rockets. Z condemned [the strikes]": X's),
        else the latest one of its root."""
        if thing is None or self._looking_back or not trig.cameo.startswith(self.words.reaction_codes):
            return []
        if thing.tag_ in ("WDT", "WP") and thing.head.dep_ == "relcl" and thing.head.head.pos_ == "NOUN":
            thing = thing.head.head  # "over [the closure], which it called hasty": the noun the relative stands for
        return self.told_act_doers(tok, thing)

    def told_act_doers(self, tok: Token, thing: Token, speaker: Actor | None = None, code: str = "") -> list[Actor]:
        """Whoever last did the act a definite act noun with no owner of its own points back to
        (`reacted_act_doers`; "X said [the arrests] were unacceptable": a criticism of the act,
        a `code` of told_act_codes, is one of its doer), other than the `speaker`."""
        if code and not code.startswith(self.words.told_act_codes):
            return []
        if self._looking_back or not self.matcher.is_event_noun(thing) or not self._definite(thing):
            return []
        kinds = {c.lemma_.lower() for c in children(thing, "compound")}
        own = self._entry(thing)
        own_code = own.cameo[:3] if own is not None else None
        # only a word with a trigger entry is an earlier act (`_done_by`): walk those alone
        words = self.trigger_words(tok.doc)
        start = min(tok.i, thing.left_edge.i)
        lemma = thing.lemma_.lower()
        same = self.walk_back(tok.doc, start, lambda t: self._done_by(t, lemma, kinds, own_code or "-"), words)
        if same is not None:
            found = [a for a in same if a.country or a.code]
        else:
            found = self._latest(tok, thing, lambda t, lemma: self._done_by(t, lemma, kinds), words)
        return [a for a in found if speaker is None or (a.code, a.kb_id) != (speaker.code, speaker.kb_id)]

    def _done_by(self, t: Token, lemma: str, kinds: set[str], code: str | None = None) -> list[Actor] | None:
        """An earlier act of the kind a reacted-to noun (`lemma`, with its compound modifiers
        `kinds`) names, as `_latest` takes it: its doers; None if the word is no such act (with
        `code`, an act of another word and another CAMEO code is none)."""
        if t.pos_ != "NOUN" and kinds:
            return None  # "the impeachment inquiry" is no earlier verb's act
        if kinds and not kinds <= {c.lemma_.lower() for c in children(t, "compound")}:
            return None
        entry = self._entry(t)
        if entry is None or not self._same_act(t, entry, lemma):
            return None
        if code is not None and not (entry.cameo.startswith(code) or self._same_word(t, lemma)):
            return None
        return self._doers(t) or self._clause_owner(t)

    def agreement_parties(self, tok: Token, trig: Trigger) -> tuple[list[Actor], Token | None]:
        """Whom a reaction to a bare definite agreement noun is aimed at (events.yaml
        agreement_nouns: "Egypt welcomed [the deal]", "[the accord] was rejected by X"): the doers
        of the latest earlier act on an agreement ("X and Y signed a peace accord"). None for a
        noun whose phrase or verb says which ("the deal [with Jordan]", "[Iran's] deal", "the [Iran]
        deal", "welcomed the deal [with Jordan]")."""
        if self._looking_back or not trig.cameo.startswith(self.words.reaction_codes):
            return [], None
        at = tok.doc._.actor_at
        nouns = self.words.agreement_nouns
        noun = next((o for o in children(tok, "dobj", "nsubjpass") if o.lemma_.lower() in nouns), None)
        if noun is None or not self._definite(noun) or children(noun, "prep", "acl", "relcl", "nmod"):
            return [], None
        if any(c.i in at for c in noun.children) or any(w.i in at for p in children(tok, "prep") for w in p.subtree):
            return [], None
        return self._latest(tok, noun, self._agreed_by, self.trigger_words(tok.doc)), noun

    def _agreed_by(self, t: Token, lemma: str) -> list[Actor] | None:
        """An earlier act on an agreement ("signed [a peace accord]", "reached [a deal]", "[the pact]
        was signed"; events.yaml agreement_nouns), as `_latest` takes it: its doers; None if the
        word is no such act. A reaction to an agreement ("Mexico [welcomed] the agreement") is
        no act on it: its doer is no party to it."""
        if t.pos_ != "VERB" or (entry := self._entry(t)) is None:
            return None
        if entry.cameo.startswith(self.words.reaction_codes) and not entry.cameo.startswith(self.words.symmetric_codes):
            return None  # a one-sided reaction ("welcomed the agreement"), not a joint act on it ("signed")
        objs = children(t, "dobj", "nsubjpass")
        if not any(o.lemma_.lower() in self.words.agreement_nouns for o in objs):
            return None
        return self._doers(t)

    def _clause_owner(self, noun: Token) -> list[Actor]:
        """ "X issued a subpoena as part of [its] investigation": an owner pronoun the actors stage
        left unbound stands for the subject of the clause it is in (not a passive's)."""
        if not any(c.tag_ == "PRP$" and c.i not in noun.doc._.actor_at for c in children(noun, "poss")):
            return []
        verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return []
        who = self.subject(verb)
        return [] if who.passive else who.actors

    def undoers(self, tok: Token, trig: Trigger) -> list[Actor]:
        """Who undid a thing in an agentless passive ("[the ban] was lifted", "[the bill] was
        withdrawn"; undoing_codes): whoever the text says put it in place last."""
        thing = self._undone_thing(tok, trig, True)
        if thing is None or self._looking_back:
            return []
        return self._latest(tok, thing, self._put_in_place_by)

    def undone_targets(self, tok: Token, trig: Trigger, passive: bool) -> tuple[list[Actor], Token | None]:
        """Whom an act undoing a thing is aimed at: whom the act that put it in place was aimed
        at ("X imposed sanctions on [Y] ... the sanctions were eased")."""
        thing = self._undone_thing(tok, trig, passive)
        if thing is None or self._looking_back:
            return [], None
        found = self._latest(tok, thing, self._put_in_place_on)
        return (found, thing) if found else ([], None)

    def similar_targets(self, tok: Token, trig: Trigger) -> tuple[list[Actor], Token | None]:
        """Whom a similar act is aimed at ("X attributed the bombing to [Y]. [Similar] attributions
        were made by Z": Y; similar_adjectives): whom the latest earlier act of the same CAMEO
        root was aimed at, when it names someone."""
        if self._looking_back:
            return [], None
        # the act noun itself, or the one a light verb makes ("similar accusations were [made]")
        nouns = [tok] if tok.pos_ == "NOUN" else children(tok, "nsubjpass", "dobj")
        similar = [n for n in nouns if any(c.lower_ in self.words.similar_adjectives for c in children(n, "amod"))]
        if not similar:
            return [], None
        start = min(tok.i, similar[0].left_edge.i)  # before the act's own words
        found = self.walk_back(tok.doc, start, lambda t: self._aimed_at(t, trig.cameo[:2]), self.trigger_words(tok.doc))
        found = [a for a in found or () if a.country or a.code]
        return (found, tok) if found else ([], None)

    def _aimed_at(self, t: Token, root: str) -> list[Actor] | None:
        """The targets of an earlier act of the CAMEO root, as `walk_back` takes them (None: no
        such act; an act with no one named ends the walk)."""
        entry = self._entry(t)
        if entry is None or not entry.cameo.startswith(root):
            return None
        passive = t.pos_ == "VERB" and bool(children(t, "nsubjpass", "auxpass"))
        return self.targets(self.site(t) if t.pos_ == "NOUN" else t, entry, passive).actors

    # -- the nouns that point back -------------------------------------------------------
    def _definite(self, noun: Token) -> bool:
        """ "the documents", "these demands", "such a request": a noun pointing back, which no
        possessor or "of"/"by" phrase says is someone's ("[Iran's] plan", "the plan [of the
        employers]")."""
        at = noun.doc._.actor_at
        if noun.pos_ != "NOUN" or noun.i in at or children(noun, "poss"):
            return False
        owners = prep_objects(noun, "of") + prep_objects(noun, "by")
        if any(w.i in at or w.pos_ == "PROPN" for o in owners for w in o.subtree):
            return False
        such = self.words.pointing_adjectives
        return self.points_back(noun) or any(c.lower_ in such for c in children(noun, "amod", "predet", "det"))

    def _answered_things(self, tok: Token, passive: bool) -> list[Token]:
        """What a response refuses or gives: its object ("rejected [the plan]"), its passive
        subject ("[the request] was declined"), the object of the act it refuses ("refused to
        hand over [the documents]"), or of an answer preposition ("acceded to [the demands]",
        "complied with [the order]")."""
        objs = children(tok, "nsubjpass" if passive else "dobj")
        objs += [o for x in children(tok, "xcomp") for o in children(x, "dobj")]
        objs += [o for p in self.words.answer_preps for o in prep_objects(tok, p)]
        return [o for o in objs if self._definite(o)]

    def _undone_thing(self, tok: Token, trig: Trigger, passive: bool) -> Token | None:
        """The definite thing an act of undoing_codes undoes ("[the ban] was lifted")."""
        if tok.pos_ != "VERB" or not trig.cameo.startswith(self.words.undoing_codes):
            return None
        return next((o for o in children(tok, "nsubjpass" if passive else "dobj") if self._definite(o)), None)

    # -- the earlier acts ---------------------------------------------------------------
    def trigger_words(self, doc: Doc) -> list[int]:
        """The indices of the Doc's words that have a verb or noun trigger entry, found once per Doc."""
        memo = doc.user_data.get(_TRIGGER_WORDS)
        if memo is None or memo[0] != len(doc):
            triggers = self.matcher.triggers
            keyed = tokens_with(doc, LEMMA, self.matcher.lemmas)
            found = [t.i for t in keyed if (t.lemma_.lower(), POS.get(t.pos_)) in triggers]
            memo = doc.user_data[_TRIGGER_WORDS] = (len(doc), found)
        words: list[int] = memo[1]
        return words

    def _latest(
        self,
        tok: Token,
        thing: Token,
        act_of: Callable[[Token, str], list[Actor] | None],
        words: list[int] | None = None,
    ) -> list[Actor]:
        """The actors with a country or code of the latest earlier act `act_of` recognises for the
        thing (it returns None for a word that is no such act, else the actors it gives, which
        may be none), before the trigger and the thing's own phrase ("[the request] was declined")."""
        lemma = thing.lemma_.lower()
        found = self.walk_back(tok.doc, min(tok.i, thing.left_edge.i), lambda t: act_of(t, lemma), words)
        return [a for a in found or () if a.country or a.code]

    def walk_back(
        self, doc: Doc, start: int, act_of: Callable[[Token], list[Actor] | None], words: list[int] | None = None
    ) -> list[Actor] | None:
        """What `act_of` gives for the latest word before `start` it gives anything for (None:
        not such an act, go on), walking back through the article under `_looking_back`, so the
        earlier act's own targets are found without looking back again from there; the one
        look-back of this module and of elsewhere.py."""
        self._looking_back = True
        try:
            # `words`: the only indices `act_of` can give anything for, in order
            for i in range(start - 1, -1, -1) if words is None else reversed(words[: bisect.bisect_left(words, start)]):
                found = act_of(doc[i])
                if found is not None:
                    return found
            return None
        finally:
            self._looking_back = False

    def _entry(self, t: Token) -> Trigger | None:
        """The trigger entry that holds at a word, if any."""
        pos = POS.get(t.pos_)
        cands = self.matcher.triggers.get((t.lemma_.lower(), pos)) if pos in ("verb", "noun") else None
        return self.matcher.match(t, cands) if cands else None

    def _doers(self, t: Token) -> list[Actor]:
        """The doers of an earlier act word: a verb's subject or agent (none for an agentless
        passive), a noun's owner or "by" phrase, else the subject of the verb that issued it
        ("X [authorized] subpoenas", "X [sent] a request"; issuing_verbs)."""
        if t.pos_ == "VERB":
            who = self.subject(t)
            return who.actors if not who.passive or children(t, "agent") else []
        found = self.noun_source(self.site(t))
        head = t.head
        if not found and t.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in self.words.issuing_verbs:
            found = self.subject(head).actors
        return found

    def _ask_by(self, t: Token, lemma: str) -> list[Actor] | None:
        """The ask an act noun (`lemma`: "the demands") names, as `_latest` takes it: its doers;
        None if the word is no such act."""
        return self._asked_by(t, lemma, things=False)

    def _asked_by(self, t: Token, lemma: str, things: bool = True) -> list[Actor] | None:
        """An act asking for the thing (`lemma`), as `_latest` takes it: its doers; None if the
        word is no such act (with `things` False: the ask itself only)."""
        listed = t.lemma_.lower() in self.words.asking_acts
        entry = self._entry(t)
        if entry is not None and entry.cameo.startswith(_STATEMENT):
            return None  # "offered his condolences" (018): no offer anyone declines
        if not listed and (entry is None or not entry.cameo.startswith(self.words.asking_codes)):
            return None
        # the ask itself ("a request", "asked" before "the request", "demanded" before "the
        # demands"), or the thing asked for ("subpoenas for [documents]", "asked X to hand over
        # [documents]")
        asked = things and any(o.lemma_.lower() == lemma for o in self._asked_things(t))
        if not (asked or self._same_act(t, entry, lemma)):
            return None
        return self._doers(t)

    def _same_act(self, t: Token, entry: Trigger | None, lemma: str) -> bool:
        """Does an act noun (`lemma`: "the request", "the proposal") name the act at `t`? The same
        word, a noun made of the verb ("proposed" -> "proposal"), or a noun whose own entries are
        of the act's CAMEO root ("asked" -> "the request")."""
        if self._same_word(t, lemma):
            return True
        if entry is None:
            return False
        return any(e.cameo[:2] == entry.cameo[:2] for e in self.matcher.triggers.get((lemma, "noun"), []))

    @staticmethod
    def _same_word(t: Token, lemma: str) -> bool:
        """Is the act at `t` named by the noun `lemma` itself, or a noun made of its verb ("proposed" -> "proposal")?"""
        low = t.lemma_.lower()
        stem = low[:-1] if low.endswith("e") else low
        return low == lemma or (t.pos_ == "VERB" and len(stem) >= 5 and lemma.startswith(stem))

    @staticmethod
    def _asked_things(t: Token) -> list[Token]:
        """What an asking act asks for: a verb's object, or that of its complement ("asked X to
        [hand over] documents", "demanded that X hand over documents"); a "for" or "of" object
        ("subpoenas for documents", "called for the release"); an infinitive's object ("a request
        to waive immunity"), or an act's "of" object there ("demanded the release [of the
        prisoners]"); with the things coordinated with them."""
        comps = children(t, "xcomp", "ccomp", "acl", "advcl")
        heads = children(t, "dobj") + [o for c in comps for o in children(c, "dobj", "nsubjpass")]
        heads += prep_objects(t, "for") + prep_objects(t, "of")
        heads += [o for h in heads for o in prep_objects(h, "of")]
        return [c for h in heads for c in conjuncts(h)]

    def _put_in_place_by(self, t: Token, lemma: str) -> list[Actor] | None:
        """An act putting the thing in place, as `_latest` takes it: its doers."""
        act = self._putting(t, lemma)
        return None if act is None else self._doers(act)

    def _put_in_place_on(self, t: Token, lemma: str) -> list[Actor] | None:
        """An act putting the thing in place, as `_latest` takes it: its targets (by its own entry,
        or the entry of the thing it put in place: "imposed [a ban on X]")."""
        act = self._putting(t, lemma)
        if act is None:
            return None
        for w in (act, t):
            entry = self._entry(w)
            if entry is not None:
                passive = w.pos_ == "VERB" and bool(children(w, "nsubjpass", "auxpass"))
                found = self.targets(self.site(w) if w.pos_ == "NOUN" else w, entry, passive).actors
                if found:
                    return found
        return []

    def _putting(self, t: Token, lemma: str) -> Token | None:
        """The word of an act putting the thing (`lemma`) in place, if `t` is one: a verb of the
        same word ("X [banned] Y" before "the ban"), a verb issuing it ("X [introduced] a bill",
        "a bill was [proposed]"; issuing_verbs), or the thing's own act noun with a doer ("X's
        [sanctions] on Y"); None for a mere mention ("protests against the bill")."""
        low = t.lemma_.lower()
        if t.pos_ == "VERB" and low == lemma:
            return t
        if t.pos_ != "NOUN" or low != lemma:
            return None
        head = t.head
        if t.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and head.lemma_.lower() in self.words.issuing_verbs:
            return head
        if self._entry(t) is not None and self.noun_source(self.site(t)):
            return t
        return None
