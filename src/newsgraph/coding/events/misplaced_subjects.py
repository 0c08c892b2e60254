"""Subjects the parser hung somewhere else: a finite verb's subject stranded on a fronted
phrase before it ("According to a report from X, [the Free Syrian Army] stormed"), given to a
participle before it ("[Gunmen] numbering three killed"), a passive's "by" agent parsed as an
ordinary preposition ("was arrested on Monday in [Paris by police]"), and, as a last resort,
the actors named right before the verb. A mixin of `Participants`, which finds sources with it
and defines the methods declared here; apart so those repairs can grow."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ...model import Actor
from ...rulefile import load_rules, lowered
from ...ruleschemas import EventRules
from .by_agents import authored
from .elsewhere import Subject
from .fronted import subject_in_time_phrase
from .lexicon import ModalityWords
from .syntax import children, clause_head, prep_objects


@cache
def _reporter_conjuncts() -> frozenset[str]:
    """events.yaml reporter_conjuncts, lower-cased."""
    return lowered(load_rules(EventRules).reporter_conjuncts)


def _conjoined_report(tok: Token, clause: Token, subj: Token) -> bool:
    """Is `tok` a verb of saying or asking (reporter_conjuncts) the parser coordinated with the
    head of a reported clause whose subject is a noun that no pronoun stands for, in the tense of
    the reporting verb ("said the arrests [were] arbitrary and [called] for": past, as "said")?
    Such a verb is the reporting verb's conjunct: a thing ("the arrests") asks for nothing."""
    if tok.dep_ != "conj" or tok.head.i != clause.i or clause.dep_ != "ccomp" or subj.pos_ != "NOUN":
        return False
    return tok.lemma_.lower() in _reporter_conjuncts() and tok.tag_ == clause.head.tag_


class MisplacedSubjects:
    """Subjects and agents the parser misplaced (mixed into `Participants`)."""

    words: ModalityWords

    def actors_of(self, tok: Token, owner: bool = False) -> list[Actor]:
        raise NotImplementedError

    def _speaker_of(self, subj: Token, clause: Token, tok: Token) -> list[Actor]:
        """The reporter, for a reported clause's subject nothing else resolved: a pronoun ("Houthi
        rebels claimed that [they] had attacked"), or, for a verb of saying or asking the parser
        coordinated into the reported clause, a subject that is no pronoun ("Amnesty said [the
        arrests] were arbitrary and [called] for ...": the reporter calls, as the reporting verb's
        conjunct; events.yaml reporter_conjuncts)."""
        pronoun = subj.pos_ == "PRON" and subj.lower_ in self.words.speaker_pronouns
        if not pronoun and not _conjoined_report(tok, clause, subj):
            return []
        clause = clause_head(clause)
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in self.words.speech:
            return []
        said = children(clause.head, "nsubj")
        return self.actors_of(said[0]) if said else []

    def _stranded_subject(self, verb: Token) -> list[Token] | None:
        """The subject of a finite verb the parser hung on a fronted phrase before it ("According to
        a report from X, [the Free Syrian Army and its allies] stormed", "Led by X, [the Syrian armed
        forces] stormed": a conjunct or apposition of that phrase's noun): the noun phrase ending
        right before the verb (an abbreviation in brackets skipped), back to the comma that sets it
        off, its words nearest first; None with no such phrase."""
        if verb.tag_ not in ("VBD", "VBZ", "VBP") and not children(verb, "aux"):
            return None  # a participle or an infinitive has no subject of its own
        if children(verb, "nsubj", "nsubjpass", "expl"):
            return None
        if (timed := subject_in_time_phrase(verb)) is not None:
            return [timed]  # "On Friday [the legislature] voted" (fronted.py)
        doc, i = verb.doc, verb.i - 1
        while i > 0 and doc[i].pos_ in ("ADV", "AUX", "PART"):
            i -= 1
        if i > 0 and doc[i].text == ")":  # "the Syrian Arab Army (SAA) stormed"
            j = i
            while j > 0 and doc[j].text != "(" and i - j < 8:
                j -= 1
            i = j - 1 if doc[j].text == "(" else i
        p = doc[i] if i > 0 else None
        words: list[Token] = []
        while p is not None and p.pos_ in ("NOUN", "PROPN") and p.dep_ in ("conj", "appos") and p.head.i < p.i:
            words.append(p)
            before = doc[p.left_edge.i - 1] if p.left_edge.i > 0 else None
            if before is not None and before.text == ",":
                return words  # set off from the fronted phrase
            if before is None or before.lower_ not in ("and", "or") or p.dep_ != "conj":
                return None
            p = p.head  # "[the Free Syrian Army] and [their allies]": the list's earlier member
        return None

    def _participle_subject(self, verb: Token) -> Subject | None:
        """The subject of a finite verb the parser gave to a participle before it ("[Gunmen] numbering
        three killed", "[gunmen] suspected to be members of X attacked": the participle a clausal
        subject or a clause of its own): that noun, and who it is said to be ("members of X")."""
        if verb.tag_ not in ("VBD", "VBZ", "VBP") and not children(verb, "aux"):
            return None
        if children(verb, "nsubj", "nsubjpass", "expl"):
            return None
        for c in verb.children:
            be = [x for x in children(c, "xcomp") if x.lemma_ == "be" and children(x, "attr")]
            if c.i > verb.i or c.dep_ not in ("csubj", "advcl") or not (c.tag_ in ("VBG", "VBN") or be):
                continue  # a past form only as "suspected [to be] X", a participle the tagger took for one
            if children(c, "mark"):
                continue  # "after troops withdrawn ...": a clause of its own
            subj = [n for n in children(c, "nsubj") if n.i < c.i and n.pos_ in ("NOUN", "PROPN")]
            if not subj:
                continue
            found = self.actors_of(subj[0])
            for attr in (a for x in be for a in children(x, "attr")):
                found = found or self.actors_of(attr)
            return Subject(found, False, subj[0])
        return None

    def _stray_agent(self, verb: Token) -> Subject | None:
        """The agent of a passive verb when the parser made its "by" an ordinary preposition, on
        the verb or on the object of another of its prepositional or temporal phrases ("was
        arrested on Monday in [Paris by police]"); only a "by" phrase naming an actor ("by force",
        "by car" name none), nor a report's author ("with estimates [by] the Red Cross": authored)."""
        heads = [verb] + [
            o
            for c in verb.children
            if c.dep_ in ("prep", "npadvmod", "advmod")
            for o in [c, *children(c, "pobj")]
            if not authored(o)
        ]
        for h in heads:
            for o in prep_objects(h, "by"):
                found = self.actors_of(o)
                if found:
                    return Subject(found, True, o)
        return None

    def _adjacent_subject(self, tok: Token) -> list[Actor]:
        """Fallback for a misparsed subject: the actors ("Putin and Xi") directly before the verb.

        English puts the subject before the verb; when the parser attached it elsewhere,
        a run of actor names and "and" ending right before the verb is taken as the subject.
        """
        at = tok.doc._.actor_at
        found: list[Actor] = []
        i, start = tok.i - 1, tok.sent.start  # Token.sent walks the doc: compute it once
        while i >= start and tok.doc[i].pos_ in ("ADV", "AUX", "PART"):
            i -= 1
        while i >= start:
            t = tok.doc[i]
            if t.i in at and t.dep_ in ("pobj", "dobj", "dative"):
                break  # an object of something earlier, not part of the subject
            if t.i in at:
                if at[t.i] not in found:
                    found.insert(0, at[t.i])
            elif t.lower_ not in ("and", ",") and t.pos_ != "PUNCT":
                break
            i -= 1
        return found
