"""What a speaker says must or should be done, in a reported clause.

"The prime minister said the gun laws should be changed", "the senator said the president must
resign", "Iran said foreign powers should withdraw their troops": the speaker takes a position a
coder codes. When the speaker's own side is the act's doer (or the clause names no doer and the
speaker is a government, the side that makes law), the speaker has expressed an intent (root 03,
`rules/intents.yaml`); when another side is to act, a demand of it (root 10, `rules/demands.yaml`),
aimed at that actor, or at no one when the doer is named but not resolved ("foreign powers").

The act's code is the clause verb's own trigger entry, or a policy change (`demands.yaml`
policy_act) for a law-changing verb with a law as its object ("the laws should be changed").

Not coded: a "should" of expectation (no act verb: "prices should fall", "the vote should take
place on Monday"), a negated clause ("need not", "must not"), a question, a clause in a quotation
(quoted.py reads those), a hypothetical "if ... should", and a demand of another side whose act
the trigger path already codes as a demand (coder.py: the doer resolved and the entry matched)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from ...kb import cameo
from ...model import Actor
from ...rulefile import load_rules, lowered
from ...ruleschemas import DemandRules
from ..component import MEMO_PREFIX, tokens_with
from .lexicon import Trigger, load_act_map
from .syntax import children

if TYPE_CHECKING:
    from .accusations import Accusations

# the clause dependencies a reported clause hangs on its report verb by
CLAUSE_DEPS = frozenset({"ccomp"})
_OBLIGED = MEMO_PREFIX + "obliged_verbs"  # doc.user_data: (token count, the verbs with a must/should)
QUOTES = frozenset({'"', "“", "”"})
# the acts a demand or an intent can be of: cooperative acts (demands.yaml, intents.yaml 04-08)
ACT_ROOTS = ("04", "05", "06", "07", "08")


@dataclass(slots=True)
class DeonticAct:
    """A reported must/should clause: the speaker's intent or demand (the fields Attribution has)."""

    tok: Token  # the clause's verb
    trigger: Trigger
    code: str
    source: Actor
    targets: list[Actor | None]
    target_head: Token
    cue: Token


class Deontic:
    def __init__(self, acc: Accusations) -> None:
        self.acc = acc
        self.who = acc.who
        rules = load_rules(DemandRules)
        self.auxiliaries = lowered(rules.demand_auxiliaries)
        self.policy_verbs = lowered(rules.policy_verbs)
        self.policy_nouns = lowered(rules.policy_nouns)
        self.policy_act = rules.policy_act
        self.intents = load_act_map("intents")
        self.demands = load_act_map("demands")

    def find(self, sent) -> list[DeonticAct]:
        out: list[DeonticAct] = []
        doc = sent.doc
        for i in self._obliged(doc):
            if sent.start <= i < sent.end:
                tok = doc[i]
                if tok.pos_ == "VERB" and tok.dep_ in CLAUSE_DEPS:
                    out += self._clause(sent, tok)
        return out

    def _obliged(self, doc: Doc) -> list[int]:
        """The verbs with a must/should auxiliary (demand_auxiliaries), in order, found once per Doc."""
        memo = doc.user_data.get(_OBLIGED)
        if memo is None or memo[0] != len(doc):
            heads = sorted({t.head.i for t in tokens_with(doc, LOWER, self.auxiliaries) if t.dep_ == "aux"})
            memo = doc.user_data[_OBLIGED] = (len(doc), heads)
        found: list[int] = memo[1]
        return found

    def _clause(self, sent, tok: Token) -> list[DeonticAct]:
        if any(c.dep_ == "neg" for c in tok.children):
            return []  # "must not", "should not"
        if any(c.dep_ == "mark" and c.lower_ in self.who.words.hypothetical for c in tok.children):
            return []  # "if they should ..."
        if sent[-1].text == "?" or self._quoted(sent, tok):
            return []
        act = self._act(tok)
        if act is None:
            return []
        subj = children(tok, "nsubj", "nsubjpass")
        if not subj:
            return []
        cue = self.acc.cue(tok)
        if cue is None or cue.accusing or cue.word.pos_ != "VERB":
            return []
        passive = subj[0].dep_ == "nsubjpass" and not children(tok, "agent")
        doers = [] if passive else self.who.actors_of(subj[0])
        pronoun = subj[0].lower_ in self.who.words.speaker_pronouns
        out: list[DeonticAct] = []
        for s in cue.speakers:
            if passive:  # "the laws should be changed": a government's own plan, else asked of it
                own = s.sector == "GOV" and act == self.policy_act
                code = self.intents.code_for(act) if own else self.demands.code_for(act)
                targets: list[Actor | None] = [None]
            elif pronoun or any(self.acc._same_side(s, d) for d in doers):
                code, targets = self.intents.code_for(act), [None]  # "we must leave": an intent
            elif doers:
                continue  # another side's resolved doer: coder.py's trigger path demands it
            elif subj[0].pos_ in ("NOUN", "PROPN"):
                code, targets = self.demands.code_for(act), [None]  # "foreign powers should leave"
            else:
                continue
            if code:
                trig = Trigger(tok.lemma_.lower(), "verb", code, ("none",), None, (), (), (), "demands.yaml deontic")
                out.append(DeonticAct(tok, trig, code, s, targets, subj[0], cue.word))
        return out

    def _act(self, tok: Token) -> str | None:
        """The code of the act the clause's verb names: its matched trigger entry's, or a policy
        change for a law-changing verb with a law as its object or passive subject."""
        lemma = tok.lemma_.lower()
        if lemma in self.policy_verbs:
            objs = children(tok, "dobj", "nsubjpass")
            if any(o.lemma_.lower() in self.policy_nouns for o in objs):
                return self.policy_act
        m = self.acc.matcher
        entries = m.triggers.get((lemma, "verb"))
        if not entries:
            return None
        trig = m.match(tok, entries)
        if trig is None or not trig.cameo.startswith(ACT_ROOTS):
            return None
        return cameo.lookup(trig.cameo).code

    @staticmethod
    def _quoted(sent, tok: Token) -> bool:
        """Is the word inside a quotation (an odd number of quote marks before it)?"""
        return sum(1 for t in sent if t.i < tok.i and t.text in QUOTES) % 2 == 1
