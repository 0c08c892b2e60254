"""What a speaker does with words inside a direct quotation (issue 13; GUIDELINE.md: a statement
with content a coder can classify is an event, a bare "X said" is a quote only).

The quotation's speaker is the subject of its cue, as the `quotes` stage finds it; its
addressee the cue's object ("told [the ambassador]", "said to [X]"). Only a quotation whose
speaker the actors stage coded (a country or code) is read, and never a quotation inside it.
The trigger words of the quoted text are coded by the events stage as everywhere (its "I"
and "we" already stand for the speaker); this module adds what a quotation says that no
trigger word names (events.yaml `quoted_*`):

- second person: "you"/"your" inside the quotation are its addressee, so "'You must leave',
  he told the ambassador" is a demand made of the ambassador, and "'Your presence is a
  calamity', X told foreign powers" a criticism of them;
- an evaluation of an actor or of an actor's act: "The X government is lying" (112), "X made
  the right decision" (051), "Your presence has been a calamity" (111). The predicate is an
  evaluative word or its conjunct, whole again when the parse split it at a hyphen ("is arrogant
  and [anti-democratic]"; the predicate lists of the verb `quoted_evaluation_verb`, "called the
  move [an abuse]", plus `quoted_predicates`), a verb of wrongdoing of `quoted_evaluative_verbs`
  ("lie", "have abused their power"), the object of a choice verb (`quoted_choice_verbs`: "made
  [a mistake]", "took [a brave] step", "showed [a shocking ignorance]") or the manner adverb of a
  verb of conduct (`quoted_conduct_verbs`: "acted [irresponsibly]");
  its subject must name an actor other than the speaker and the speaker's side, or an act of
  one; a question, a condition, a negation or a hypothetical evaluates nothing. The evaluative
  words add rules/evaluations.yaml (the lexicon: words and "modifier noun" phrases by code; a
  modifier evaluates only a noun of `evaluated_nouns`: "a reckless decision", not "a historic
  visit"); the same reading applies to a reported clause outside the quotations ("X said the
  government's conduct was shameful", reported_evaluations.py), and to evaluations with no
  predicate (attributive.py: "this impulsive decision by the president", "acted with restraint");
- a first-person performative with an actor as object (`quoted_performatives`: "I count on
  Turkey to act", "we appreciate X's response"), in the present;
- sympathy (018, condolences.py `quoted_sympathy`): "let's all pray for X", "we are with X in
  our thoughts and prayers", for X's country, else no one named;
- a harm the speaker says he will do to another actor (`quoted_threat_verbs`, 13): "if X does
  that, I will destroy its economy", "we will crush them";
- an obligation laid on another actor by a verb no trigger names (`quoted_obligations`:
  "they need to stand by us" 020, "X must step aside" 100); an obligation on a trigger's act
  ("Russia must withdraw") is the events stage's demand, of which the quotation's speaker is
  the demander (`demanders`); a passive one is laid on the state body its subject names
  (`quoted_obliged_bodies`: "Parliament must be recalled" 100); said or reported ("X said Y
  should do more", reported_evaluations.py `obliged`), as "it is time for X to act" (due.py);
- "my colleagues", "our colleagues" (`quoted_peers`) are others of the speaker's own body.

Each act takes the speaker as source; with no date of its own, the act in a quotation takes
the date of the quotation's cue ("X said on Friday: '...'").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from ...kb import cameo
from ...model import Actor, Event
from ...rulefile import load_rules, lowered
from ...ruleschemas import EvaluationRules, EventRules
from ..component import doc_text, words_tagged
from ..quotes import Quotation, quotations
from .accusations import Accusations
from .attributive import in_condition, manner_code, modifier_code, part_owners, undergone
from .condolences import quoted_sympathy
from .correlatives import before_correlative, own_mood
from .due import due_act, due_subject
from .lexicon import ModalityWords, Trigger, TriggerTable
from .mood import Mood
from .participants import Participants
from .quoted_hostile import armed, hostile_code, hostile_lemmas
from .quoted_warnings import warned
from .reported_evaluations import PEERS, ReportedSpeakers, deserved, extraposed, obliged, peers_of, predicates_of
from .stopped_acts import unstopped
from .syntax import children, clause_head

# a quotation inside a quotation: single marks set off by a space or punctuation
_INNER = re.compile(r"(?:(?<=[\s,:;(\[])|^)['\u2018]([^'\u2019\n]{2,}?)['\u2019](?=[\s,.;:!?)\]]|$)")
_FIRST_PERSON = frozenset({"i", "me", "my", "mine", "we", "us", "our", "ours", "myself", "ourselves"})
_POINTERS = frozenset({"it", "this", "that"})  # a subject that only points at the predicate noun
_SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "yourselves"})


@dataclass(frozen=True)
class QuotedWords:
    """events.yaml `quoted_*`."""

    predicates: dict[str, str]  # evaluative word -> CAMEO code (the evaluation verb's lists + extra)
    evaluative_verbs: dict[str, str]
    choice_verbs: frozenset[str]
    performatives: dict[str, str]
    obligations: dict[str, str]
    threat_verbs: dict[str, str]
    dismay: dict[str, str]
    warnings: dict[str, str]  # quoted_warnings.py
    hostile_acts: dict[str, str]  # quoted_hostile.py
    hostile_aid: dict[str, str]
    hostile_lemmas: frozenset[str]  # the verbs of both
    hostile_recipients: frozenset[str]  # sectors
    obliged_bodies: frozenset[str]  # sectors a passive obligation is laid on ("Parliament must be recalled")
    peers: frozenset[str]  # "my [colleagues]": the speaker's own body
    conduct_verbs: frozenset[str]  # "acted [irresponsibly]": the manner evaluates the doer
    phrases: dict[tuple[str, str], str]  # evaluations.yaml: (modifier, noun) -> code ("right decision")
    evaluated_nouns: frozenset[str]  # evaluations.yaml: a modifier of these evaluates the actor
    descriptive: frozenset[str]  # evaluations.yaml: words that evaluate as predicates only
    manner_preps: frozenset[str]  # evaluations.yaml: "acted [with] restraint", "behaving [like] a bully"

    @classmethod
    def load(cls, triggers: TriggerTable) -> QuotedWords:
        ev = load_rules(EventRules)
        known = cameo.codes()
        predicates: dict[str, str] = {}
        for t in triggers.get((ev.quoted_evaluation_verb, "verb"), []):
            for p in t.predicates:
                predicates.setdefault(p, t.cameo)
        predicates.update({k.lower(): v for k, v in ev.quoted_predicates.items()})
        lex = load_rules(EvaluationRules)
        for code, words in lex.words.items():
            for w in words:
                predicates.setdefault(w.lower(), code)  # a word events.yaml lists keeps its code
        phrases = {p.lower(): code for code, ps in lex.phrases.items() for p in ps}
        tables = (
            predicates,
            phrases,
            ev.quoted_evaluative_verbs,
            ev.quoted_performatives,
            ev.quoted_obligations,
            ev.quoted_threat_verbs,
            ev.quoted_dismay,
            ev.quoted_warning_verbs,
            ev.quoted_hostile_acts,
            ev.quoted_hostile_aid,
        )
        bad = [v for table in tables for v in table.values() if v not in known]
        bad += [f"phrase {p!r}" for p in phrases if len(p.split()) != 2]
        if bad:
            from ...rulefile import RULES_DIR, RuleError

            raise RuleError(
                f"{RULES_DIR / EventRules.file}, {EvaluationRules.file}: unknown CAMEO code or not two words: {bad[0]!r}"
            )
        return cls(
            predicates,
            {k.lower(): v for k, v in ev.quoted_evaluative_verbs.items()},
            lowered(ev.quoted_choice_verbs),
            {k.lower(): v for k, v in ev.quoted_performatives.items()},
            {k.lower(): v for k, v in ev.quoted_obligations.items()},
            {k.lower(): v for k, v in ev.quoted_threat_verbs.items()},
            {k.lower(): v for k, v in ev.quoted_dismay.items()},
            {k.lower(): v for k, v in ev.quoted_warning_verbs.items()},
            {k.lower(): v for k, v in ev.quoted_hostile_acts.items()},
            {k.lower(): v for k, v in ev.quoted_hostile_aid.items()},
            hostile_lemmas(ev.quoted_hostile_acts, ev.quoted_hostile_aid),
            frozenset(ev.quoted_hostile_aid_recipients),
            frozenset(ev.quoted_obliged_bodies),
            lowered(ev.quoted_peers),
            lowered(ev.quoted_conduct_verbs, lex.conduct_verbs),
            {(p.split()[0], p.split()[1]): c for p, c in phrases.items()},
            lowered(lex.evaluated_nouns),
            lowered(lex.descriptive),
            lowered(lex.manner_preps),
        )


@dataclass(slots=True)
class Said:
    """A quotation whose speaker is coded: its span, cue, speaker, addressee and the quotations
    inside it (character spans)."""

    start: int
    end: int
    cue: Token
    speaker: Actor
    addressee: Actor | None
    inner: list[tuple[int, int]]
    also: list[Actor]  # the addressee's conjuncts ("told the United States and [Britain]")

    def holds(self, tok: Token) -> bool:
        """The word is in the quotation's own words, not in a quotation inside it."""
        return self.start <= tok.idx < self.end and not any(a <= tok.idx < b for a, b in self.inner)


@dataclass(slots=True)
class QuotedAct:
    """One act read off a quotation: its word, code, the speaker and the actors acted on."""

    tok: Token
    trigger: Trigger
    code: str
    source: Actor
    targets: list[Actor]
    target_head: Token  # the phrase naming them
    said: Said


class QuotedActs:
    """Per doc: `prepare` (the quotations, their speakers and addressees; "you" as the
    addressee), then per sentence `acts`, and for any trigger `said_at`, `demanders`."""

    def __init__(
        self, triggers: TriggerTable, words: ModalityWords, mood: Mood, who: Participants, quoted: QuotedWords
    ) -> None:
        self.triggers = triggers
        self.words = words
        self.mood = mood
        self.who = who
        self.q = quoted
        self._said: list[Said] = []
        self._starts: list[int] = []
        self.reported = ReportedSpeakers(Accusations(who, who.matcher))
        self._moods = (words.hypothetical, words.negated)

    # -- the quotations of a doc ------------------------------------------------------
    def prepare(self, doc: Doc) -> None:
        at = doc._.actor_at
        self.reported.prepare(doc)
        said: list[Said] = []
        for q in quotations(doc, self.words.speech):
            s = self._speaker_said(doc, q, at)
            if s is not None:
                said.append(s)
        said.sort(key=lambda s: s.start)
        self._said = said
        self._starts = [s.start for s in said]
        for s in said:  # "you" in the quotation: its addressee; "my colleagues": the speaker's body
            span = doc.char_span(s.start, s.end, alignment_mode="expand")
            for tok in span or ():
                if tok.i in at or not s.holds(tok):
                    continue
                if tok.lower_ in _SECOND_PERSON and tok.pos_ == "PRON" and s.addressee is not None:
                    at[tok.i] = s.addressee
                elif tok.lemma_.lower() in self.q.peers and tok.pos_ == "NOUN" and s.speaker.country:
                    if any(c.lower_ in _FIRST_PERSON for c in children(tok, "poss")):
                        at[tok.i] = peers_of(tok, s.speaker)
        self.reported.mark_peers(doc, self.said_at)  # "X said [her colleagues] ...": the speaker's body too

    def _speaker_said(self, doc: Doc, q: Quotation, at: dict[int, Actor]) -> Said | None:
        if q.cue is None:
            return None
        subj = q.subject
        if subj is None or q.start <= subj.idx < q.end:
            return None
        speaker = at.get(subj.i)
        if speaker is None or not (speaker.country or speaker.code):
            return None
        text = doc_text(doc)[q.start : q.end]
        inner = [(q.start + m.start(), q.start + m.end()) for m in _INNER.finditer(text)]
        to = self._addressee(q, speaker, at)
        return Said(q.start, q.end, q.cue, speaker, to, inner, _conjuncts(q, to, speaker, at))

    @staticmethod
    def _addressee(q: Quotation, speaker: Actor, at: dict[int, Actor]) -> Actor | None:
        """Whom the cue addresses: "told [X]", "said to [X]", "warned [X]" (outside the quote)."""
        cue = q.cue
        assert cue is not None
        objs = children(cue, "dative", "dobj")
        objs += [o for p in children(cue, "prep") if p.lower_ == "to" for o in children(p, "pobj")]
        for o in objs:
            if q.start <= o.idx < q.end:
                continue
            a = at.get(o.i)
            if a is not None and a is not speaker and _placed(a) and a.code != speaker.code:
                return a
        return None

    def said_at(self, tok: Token) -> Said | None:
        """The quotation (with a coded speaker) whose own words hold the word (quotations do not
        overlap: the one opening last before it)."""
        k = bisect.bisect_right(self._starts, tok.idx) - 1
        if k < 0:
            return None
        s = self._said[k]
        return s if s.holds(tok) else None

    def unstopped(self, doc: Doc, events: list[Event]) -> list[Event]:
        """The events less the acts a quotation names as the ones to stop (stopped_acts.py)."""
        return unstopped(doc, events, self.said_at) if self._said else events

    def demanders(self, tok: Token) -> list[Actor]:
        """ "'Russia must withdraw', X said" where the clause is no complement of the cue (a later
        sentence of the quotation): the speaker demands it, as `Participants.demanders`."""
        if not self._said:
            return []
        s = self.said_at(tok)
        if s is None:
            return []
        demand = self.who.demands.words
        clause = clause_head(tok)
        if not any(c.dep_ == "aux" and c.lower_ in demand for c in [*tok.children, *clause.children]):
            return []
        return [s.speaker]

    # -- the acts of a sentence --------------------------------------------------------
    def acts(self, sent: Span) -> list[QuotedAct]:
        reported = self.reported.reports(sent)
        if not self._said and not reported:
            return []
        out: list[QuotedAct] = []
        for tok in words_tagged(sent, ("NOUN", "VERB", "AUX")):
            if tok.pos_ == "NOUN" and tok.n_lefts:
                out += self._attributive(tok, reported)
            if tok.pos_ not in ("VERB", "AUX"):
                continue
            s = self.said_at(tok)
            if s is None:
                out += self._reported(tok) if reported else []
                continue
            act = (
                self._evaluation(tok, s)
                or self._performative(tok, s)
                or self._obligation(tok, s)
                or self._due(tok, s)
                or self._sympathy(tok, s)
                or self._threat(tok, s)
                or self._dismay(tok, s)
                or self._warning(tok, s)
            )
            if act is not None:
                out.append(act)
        return _distinct(out)

    def _reported(self, tok: Token) -> list[QuotedAct]:
        """An evaluation or obligation in a reported clause: its speakers' (reported_evaluations.py)."""
        if not (self._evaluates(tok) or due_subject(tok) or obliged(tok, self.q.obligations)) or in_condition(tok):
            return []  # "asked whether the decision was wise", "said that if X did so it would be a mistake"
        acts = [self._evaluation(tok, s) or self._due(tok, s) or self._obligation(tok, s) for s in self._reports(tok)]
        return self._as_reported(acts)

    def _reports(self, tok: Token) -> list[Said]:
        """The reports whose clause, outside the quotations, holds the word: one per coded speaker."""
        found = self.reported.speaker(tok)
        if found is None:
            return []
        cue, speakers = found
        clause = clause_head(tok)
        start, end = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
        return [Said(start, end, cue, sp, None, [], []) for sp in speakers]

    def _as_reported(self, acts: list[QuotedAct | None]) -> list[QuotedAct]:
        """The acts of a reported clause, but for those on the speaker's own ("said [his party] ...")."""
        kept = [
            a
            for a in acts
            if a is not None
            and not self.reported.speakers_own(a.target_head, a.source, a.targets)
            and not self.q.descriptive.intersection(a.trigger.objects)  # "said X's victory was historic"
        ]
        return [replace(a, trigger=replace(a.trigger, pos="reported")) for a in kept]

    def _attributive(self, noun: Token, reported: bool) -> list[QuotedAct]:
        """ "This [impulsive] decision by the president ...", said or reported: the speaker's
        evaluation of the noun's owner or doer, or of the actor the noun names (attributive.py)."""
        q = self.q
        evaluated = noun.lemma_.lower() in q.evaluated_nouns or self.who.matcher.is_event_noun(noun)
        found = modifier_code(noun, q.phrases, q.predicates, evaluated, q.descriptive)
        if found is None or noun.dep_ in ("attr", "acomp") or in_condition(noun):
            return []  # a predicate is read by _evaluation, with its clause's mood
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in q.choice_verbs:
            return []
        code, word = found
        s = self.said_at(noun)
        saids = [s] if s is not None else self._reports(noun) if reported else []
        trig = _entry(noun.lemma_.lower(), code, word.lemma_.lower())
        acts = [
            QuotedAct(noun, trig, code, said.speaker, targets, noun, said)
            for said in saids
            if (targets := self._others(noun, said))
        ]
        return acts if s is not None else self._as_reported(list(acts))

    def _evaluates(self, tok: Token) -> bool:
        """Is the verb one an evaluation hangs on: be, a choice or conduct verb, a verb of
        wrongdoing ("had abused their power")? A reported hostile act ("said Iran was arming the
        rebels") is left to accusations.py, which knows whose report accuses."""
        lemma = tok.lemma_.lower()
        q = self.q
        evaluative = lemma == "be" or lemma in q.evaluative_verbs or lemma in q.conduct_verbs or lemma in q.choice_verbs
        return evaluative or deserved(tok) is not None  # "X deserves [praise]"

    def _evaluation(self, tok: Token, s: Said) -> QuotedAct | None:
        lemma = tok.lemma_.lower()
        code, word = None, None
        if lemma in self.q.evaluative_verbs:
            code, word = self.q.evaluative_verbs[lemma], None
        elif found := deserved(tok):  # "X deserves [praise]", "deserves [condemnation]"
            code, word = found
        elif lemma in self.q.hostile_lemmas and tok.pos_ == "VERB":
            code = hostile_code(tok, self.q.hostile_acts, self.q.hostile_aid, self._armed_group)
        elif lemma == "be":
            for c in _with_conjuncts(predicates_of(tok)):
                code, word = self._evaluative(c), c
                if code:
                    break
        elif lemma in self.q.conduct_verbs:  # "has acted [irresponsibly]", "behaved [disgracefully]"
            for c in children(tok, "advmod"):
                code, word = self._evaluative_manner(c), c
                if code:
                    break
            if not code and (manner := manner_code(tok, self.q.manner_preps, self._evaluative)):
                code, word = manner  # "acted [with] restraint", "behaving [like] a dictator"
        elif lemma in self.q.choice_verbs:
            for c in children(tok, "dobj"):
                code, word = self._evaluative(c), c
                if code:
                    break
        if not code:
            return None
        if word is not None and any(c.lower_ == "no" for c in children(word, "det")):
            return None  # "is [no] reliable partner", "was no friend of X": the predicate denied
        subj = children(tok, "nsubj")
        if not subj or not self._stated(tok):
            return None
        if subj[0].lower_ in _POINTERS and word is not None:  # "it was wrong [of X] to ...", reported_evaluations.py
            subj = extraposed(tok, word, self.who.matcher) or ([word] if word.dep_ == "attr" else subj)  # "[by X]"
        targets: list[Actor] = []
        if not undergone(subj[0]):  # "the journalist's death": suffered, no one's act
            targets = self._others(subj[0], s) or self.who.told_act_doers(tok, subj[0], s.speaker, code)
        if not targets and not self._unnamed_addressee(subj[0], s):
            return None
        if s.addressee in targets:  # "your presence", said to X and Y: both
            targets += [a for a in s.also if a not in targets]
        return QuotedAct(
            tok,
            _entry(lemma, code, word.lemma_.lower() if word is not None else ""),
            code,
            s.speaker,
            targets,
            subj[0],
            s,
        )

    def _armed_group(self, head: Token) -> bool:
        """The phrase names an armed group outside the state ("the rebels"): `quoted_hostile_aid`."""
        return any(armed(a.code, self.q.hostile_recipients) for a in self.who.actors_of(head))

    @staticmethod
    def _unnamed_addressee(head: Token, s: Said) -> bool:
        """ "You are lying", "your presence is a calamity" said to no one the text names: the
        speaker evaluates the one addressed, unnamed (a null target, as GUIDELINE.md says)."""
        if s.addressee is not None:
            return False
        return head.lower_ in _SECOND_PERSON or any(c.lower_ in _SECOND_PERSON for c in children(head, "poss"))

    def _evaluative(self, word: Token) -> str | None:
        """The code of an evaluative predicate: the word itself ("a calamity", "lousy"), a phrase
        of a modifier and it ("a great contribution"), or an evaluative modifier of a noun whose
        modifier evaluates the actor ("a reckless decision", "a big mistake" by its noun); not a
        modifier of a thing ("a historic visit")."""
        p = self.q.predicates
        noun = word.lemma_.lower()
        code = p.get(noun) or p.get(word.lower_) or p.get(_hyphened(word))
        if code:
            return code
        found = modifier_code(word, self.q.phrases, p, noun in self.q.evaluated_nouns)
        return found[0] if found else None

    def _evaluative_manner(self, adverb: Token) -> str | None:
        """The code of a manner adverb by its adjective ("irresponsibly" -> "irresponsible",
        "disgracefully" -> "disgraceful", "wisely" -> "wise")."""
        low = adverb.lower_
        if adverb.pos_ != "ADV" or not low.endswith("ly"):
            return None
        p = self.q.predicates
        bases = (low[:-2] + "le", low[:-1]) if low.endswith("bly") else (low[:-2], low[:-3] + "y")
        return next((p[b] for b in bases if b in p), None)

    def _performative(self, tok: Token, s: Said) -> QuotedAct | None:
        subj = children(tok, "nsubj")
        if not subj or subj[0].lower_ not in ("i", "we") or not _present(tok) or not self._stated(tok):
            return None
        lemma = tok.lemma_.lower()
        objs: list[tuple[str, Token]] = [(lemma, o) for o in children(tok, "dobj")]
        objs += [(f"{lemma} {p.lower_}", o) for p in children(tok, "prep") for o in children(p, "pobj")]
        for key, o in objs:
            code = self.q.performatives.get(key)
            if code is None:
                continue
            targets = self._others(o, s)
            if targets:
                return QuotedAct(tok, _entry(key.replace(" ", "+"), code, ""), code, s.speaker, targets, o, s)
        return None

    def _due(self, tok: Token, s: Said) -> QuotedAct | None:
        """ "It is time for X to act": the act asked of X, a demand or an appeal (due.py)."""
        due = due_act(tok, self.who.matcher, self.who.demands, self.q.obligations["should"])
        if due is None or not (targets := self._others(due[0], s)):
            return None
        return QuotedAct(tok, _entry("time+for", due[1], ""), due[1], s.speaker, targets, due[0], s)

    def _obligation(self, tok: Token, s: Said) -> QuotedAct | None:
        """ "They need to stand by us", "X must step aside": an act no trigger names laid on another
        actor by an obligation (must, should, ought to, need to, have to)."""
        if tok.pos_ != "VERB" or tok.lemma_.lower() in ("be", "have") or tok.dep_ in ("aux", "auxpass"):
            return None
        cands = self.triggers.get((tok.lemma_.lower(), "verb"))
        if cands and self.who.matcher.match(tok, cands) is not None:
            return None  # a trigger's act: the events stage's demand (demanders)
        key, holder = None, tok
        for c in children(tok, "aux"):
            if c.lower_ in self.q.obligations:
                key = c.lower_
        if key is None and tok.dep_ == "xcomp" and any(c.lower_ == "to" for c in children(tok, "aux")):
            head = tok.head
            phrase = f"{head.lemma_.lower()} to"
            if phrase in self.q.obligations and not children(head, "dobj"):
                key, holder = phrase, head
        if key is None or any(c.dep_ == "mark" for c in holder.children) or holder.tag_ == "VBG":
            return None  # "spared them having to relive it": a gerund lays no obligation
        subj = children(holder, "nsubj")
        passive = not subj and holder is tok and bool(children(tok, "auxpass"))
        if passive:  # "Parliament must be recalled": the body the act is asked of
            subj = children(tok, "nsubjpass")
        if not subj or not self._stated(holder, negation=True):
            return None
        if passive and any(c.dep_ == "neg" for c in tok.children):
            return None  # "X must not be dissolved" asks it of no one named
        targets = self._others(subj[0], s)
        if passive:
            targets = [a for a in targets if a.sector in self.q.obliged_bodies]
        if not targets:
            return None
        code = self.q.obligations[key]
        return QuotedAct(tok, _entry(key.replace(" ", "+"), code, ""), code, s.speaker, targets, subj[0], s)

    def _sympathy(self, tok: Token, s: Said) -> QuotedAct | None:
        """ "Let's all pray for X", "our thoughts are with X": sympathy for X (condolences.py)."""
        found = quoted_sympathy(tok)
        if found is None or tok.sent[-1].text == "?" or self.mood.modality(tok) == "negated":
            return None
        head, targets = found
        if any(
            e.cameo == "018"
            for t in tok.subtree
            if t.pos_ == "NOUN"
            for e in self.triggers.get((t.lemma_.lower(), "noun"), [])
        ):
            return None  # "our condolences are with X": the noun's trigger codes it (condolences.py)
        sp = s.speaker
        targets = [a for a in targets if a is not sp and not (a.kb_id and a.kb_id == sp.kb_id)]
        return QuotedAct(tok, _entry(tok.lemma_.lower(), "018", ""), "018", sp, targets, head, s)

    def _threat(self, tok: Token, s: Said) -> QuotedAct | None:
        """ "If X does that, I will destroy its economy": the speaker's own future harm to another
        actor (its object, or the subject of the condition), conditional or not; not negated, not
        asked."""
        code = self.q.threat_verbs.get(tok.lemma_.lower())
        if code is None or tok.pos_ != "VERB":
            return None
        subj = children(tok, "nsubj")
        aux = {c.lower_ for c in children(tok, "aux")}
        if not subj or subj[0].lower_ not in ("i", "we") or not aux & {"will", "'ll", "shall"}:
            return None
        if any(c.dep_ == "neg" for c in tok.children) or "?" in tok.sent.text[tok.idx - tok.sent.start_char :]:
            return None
        heads = children(tok, "dobj")
        heads += [
            n
            for c in children(tok, "advcl")
            if any(m.lower_ == "if" for m in children(c, "mark"))
            for n in children(c, "nsubj")
        ]
        for h in heads:
            targets = self._others(h, s)
            if targets:
                return QuotedAct(tok, _entry(tok.lemma_.lower(), code, ""), code, s.speaker, targets, h, s)
        return None

    def _warning(self, tok: Token, s: Said) -> QuotedAct | None:
        """ "We will not tolerate X", "X will not be tolerated": a warning (quoted_warnings.py)."""
        found = warned(tok, self.q.warnings)
        if found is None or "?" in tok.sent.text[tok.idx - tok.sent.start_char :]:
            return None
        code, what = found
        targets = self._others(what, s) if what is not None else []
        return QuotedAct(tok, _entry(tok.lemma_.lower(), code, ""), code, s.speaker, targets, what or tok, s)

    def _dismay(self, tok: Token, s: Said) -> QuotedAct | None:
        """ "I am deeply disappointed by X", "we are appalled at X's conduct": the speaker's own
        dismay (`quoted_dismay`) at an actor the phrase names (itself or as owner)."""
        word, subj = None, children(tok, "nsubjpass", "nsubj")
        if tok.lemma_.lower() == "be":
            word = next((c for c in children(tok, "acomp") if c.lower_ in self.q.dismay), None)
        elif tok.lower_ in self.q.dismay:
            word = tok
        if word is None or not subj or subj[0].lower_ not in ("i", "we") or not self._stated(tok):
            return None
        at = tok.doc._.actor_at or {}
        for p in [*children(word, "prep", "agent"), *children(tok, "prep")]:
            if p.lower_ not in ("by", "with", "in", "at"):
                continue
            for o in children(p, "pobj"):
                if o.i not in at and not any(c.i in at for c in children(o, "poss")):
                    continue  # "disappointed by the result", "by the death of X": no actor's doing
                targets = self._others(o, s)
                if targets:
                    code = self.q.dismay[word.lower_]
                    return QuotedAct(tok, _entry(word.lower_, code, ""), code, s.speaker, targets, o, s)
        return None

    def _stated(self, tok: Token, negation: bool = False) -> bool:
        """Said as so: not asked ("?" closing the sentence), not conditional or hypothetical, not
        denied (unless `negation`: "must not" still lays an obligation)."""
        sent = tok.sent
        end = sent[-1]
        if "?" in sent.text[tok.idx - sent.start_char :].split("\n", 1)[0] or end.text == "?":
            return False
        mood = self.mood.modality(tok) if not before_correlative(tok) else own_mood(tok, *self._moods)
        return mood == "actual" or (negation and mood in ("negated", "hypothetical"))

    def _others(self, head: Token, s: Said) -> list[Actor]:
        """Actors a phrase names or whose act it names, other than the speaker and the speaker's side."""
        peers = getattr(head.doc._.actor_at.get(head.i), "how", None) == PEERS  # "[my colleagues] are ..."
        if head.lower_ in _FIRST_PERSON or (
            not peers and any(c.lower_ in _FIRST_PERSON for c in children(head, "poss"))
        ):
            return []
        found = self.who.actors_of(head, owner=True)
        found += [a for o in part_owners(head) for a in self.who.actors_of(o) if a not in found]
        sp = s.speaker
        out = []
        for a in found:
            own = a.resolved_by == "pronoun" and a.code == sp.code and a.how != PEERS
            if a is sp or (a.kb_id and a.kb_id == sp.kb_id) or own:
                return []  # the speaker's own side (not "my colleagues": others of the speaker's body)
            if _placed(a) and a not in out:
                out.append(a)
        return out


def _distinct(acts: list[QuotedAct]) -> list[QuotedAct]:
    """One act per speaker, code and targets ("the reckless decision was a mistake": once)."""
    seen: set[tuple[str, str | None, tuple[str | None, ...]]] = set()
    out: list[QuotedAct] = []
    for a in acts:
        key = (a.code, a.source.code, tuple(t.country or t.code for t in a.targets))
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


def _conjuncts(q: Quotation, to: Actor | None, speaker: Actor, at: dict[int, Actor]) -> list[Actor]:
    """The actors conjoined to the cue's addressee outside the quote ("told X and [Y]")."""
    if to is None or q.cue is None:
        return []
    out: list[Actor] = []
    for o in children(q.cue, "dative", "dobj"):
        if at.get(o.i) is not to:
            continue
        for c in o.conjuncts:
            a = at.get(c.i)
            if a is not None and a is not to and a is not speaker and _placed(a) and a not in out:
                out.append(a)
    return out


def _with_conjuncts(words: list[Token]) -> list[Token]:
    """The words and the words conjoined to them ("is disgraceful and [undemocratic]")."""
    return [w for word in words for w in (word, *word.conjuncts)]


def _hyphened(word: Token) -> str:
    """A word split at a hyphen, whole again ("anti - democratic" -> "anti-democratic")."""
    doc, i = word.doc, word.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        return doc[i - 2 : i + 1].text.lower()
    return word.lower_


def _placed(a: Actor) -> bool:
    """An actor with a country, or an international body: one a coder can key an event on
    ("reporters" with no country are not)."""
    return bool(a.country) or (a.code or "").startswith(("IGO", "NGO"))


def _present(tok: Token) -> bool:
    """A present performative: "I count on", "we appreciate" (not "we counted", "I will")."""
    if tok.tag_ not in ("VBP", "VB"):
        return False
    return all(c.lower_ in ("do",) for c in children(tok, "aux"))


def _entry(lemma: str, code: str, word: str) -> Trigger:
    """A trigger record for a quoted act (its name is the event's rule: "quote:be+lousy->111")."""
    return Trigger(lemma, "quote", code, ("nsubj",), None, (word,) if word else (), (), (), "events.yaml quoted_*")
