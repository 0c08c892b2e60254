"""Which trigger entry holds at a word: an entry's conditions (particle, object, xcomp,
preposition, modifier) checked against the parse, and what the other parts ask of the
trigger table (is this an event noun, does this word code an act itself, is this noun
already coded by a verb's entry)."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import NO_EVENT, ModalityWords, Trigger, TriggerTable
from .syntax import children, conjuncts, modified, prep_objects

# the parts of speech a trigger can be; an adjective only as a predicate ("X is skeptical")
POS = {"VERB": "verb", "NOUN": "noun", "ADJ": "adj"}


class Matcher:
    """The trigger table and the word lists its conditions read."""

    def __init__(self, triggers: TriggerTable, words: ModalityWords) -> None:
        self.triggers = triggers
        self.words = words

    def match(self, tok: Token, cands: list[Trigger]) -> Trigger | None:
        for trig in cands:  # most specific first
            if trig.particle and not any(c.dep_ == "prt" and c.lower_ == trig.particle for c in tok.children):
                continue
            if trig.objects:
                # an object, a passive subject, or a complement ("pleaded [guilty]")
                objs = children(tok, "dobj", "nsubjpass", "oprd", "acomp")
                # "withdrew some of its troops": the object is the group's members
                objs += [o for g in objs if g.lemma_.lower() in self.words.group_nouns for o in prep_objects(g, "of")]
                # "ended mediation efforts": a light noun's modifier names the act
                objs += [
                    c
                    for g in objs
                    if g.lemma_.lower() in self.words.light_nouns
                    for c in children(g, "compound") + prep_objects(g, "of")
                ]
                if tok.dep_ == "acl":
                    objs.append(tok.head)  # "sanctions imposed on Russia"
                # with a `prep` condition the object may be that preposition's ("went on [strike]")
                objs += [o for p in trig.preps for o in prep_objects(tok, p)]
                objs = [o for o in objs if o.lemma_.lower() in trig.objects or "*" in trig.objects]
                if not objs or (trig.modifiers and not any(modified(o, trig.modifiers) for o in objs)):
                    continue
            elif trig.modifiers and not modified(tok, trig.modifiers):
                continue
            xcomps = children(tok, "xcomp")
            if trig.xcomp and not any(x.lemma_.lower() in trig.xcomp or "*" in trig.xcomp for x in xcomps):
                continue
            if trig.preps and not any(c.lower_ in trig.preps for c in children(tok, "prep", "prt")):
                continue
            return trig
        return None

    def is_event_noun(self, t: Token) -> bool:
        """Is the word a noun with trigger entries ("attack", "request")?"""
        return (t.lemma_.lower(), "noun") in self.triggers

    def codes_itself(self, t: Token) -> bool:
        """Does one of the word's own trigger entries match ("urged X to", "pledged to")?"""
        pos = POS.get(t.pos_)
        trig = self.match(t, self.triggers.get((t.lemma_.lower(), pos), [])) if pos else None
        return trig is not None and trig.cameo != NO_EVENT

    def part_of_verb_trigger(self, noun: Token) -> bool:
        """ "aid workers", or "imposed sanctions": the noun is a modifier or a verb entry's object."""
        lemma = noun.lemma_.lower()
        if noun.dep_ == "compound":
            if noun.head.lemma_.lower() not in self.words.light_nouns:
                return True
            noun = noun.head  # "launched a [mediation] effort": the effort stands in for the act
        if noun.dep_ in ("dobj", "nsubjpass"):
            verb: Token | None = noun.head
        else:  # "sanctions imposed on Russia"
            verb = next((c for c in noun.children if c.dep_ == "acl"), None)
        if verb is None:
            return False
        entries = self.triggers.get((verb.lemma_.lower(), "verb"), [])
        return any(lemma in t.objects for t in entries)

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
