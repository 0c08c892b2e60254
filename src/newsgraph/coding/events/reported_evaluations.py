"""Evaluations a speaker states in a reported clause, not a direct quotation (GUIDELINE.md: a
statement is coded when it carries content a coder can classify, praise 051 or criticism 111; a
bare "X said" is no event): "X said the government's conduct was shameful", "X said the minister
had made 'the right decision'", "the ruling was a travesty, X wrote".

quoted.py reads the evaluation itself (its words, rules/evaluations.yaml, its subject, its mood);
this module says whose words a clause outside every quotation is: the speaker of the report verb
or "according to" it hangs on (accusations.py `Accusations.cue`, events.yaml reporting_verbs and
accusing_verbs). None when the cue is negated or hypothetical ("did not say", "would say"), when
it is an event of its own ("accused X of being corrupt": the accusation's entry codes it), for
a news medium, which reports what others say (events.yaml neutral_reporter_sectors), and when a
verb of saying or opinion with another subject stands between ("X said [voters believed] ...":
evaluations.yaml opinion_verbs).

It also holds the small readings quoted.py applies alike to a quotation and a reported clause:
an obligation laid on another actor (`obliged`: "X said Y should do more", 020), an extraposed
act's doer (`extraposed`: "it was wrong of Y to ...", "it is outrageous that Y shelled ..."), a
copula's infinitive predicate (`predicates_of`: "Y is to blame", 112), a verb of desert
(`deserved`: "Y deserves praise", 051), and the speaker's peers ("her colleagues", `ReportedSpeakers.mark_peers`).
"""

from __future__ import annotations

from collections.abc import Callable, Container
from functools import cache

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from ...model import Actor
from ...rulefile import load_rules, lowered
from ...ruleschemas import EvaluationRules, EventRules
from ..component import tokens_with
from .accusations import Accusations
from .matching import Matcher
from .syntax import children

# a third person's possessive: in a reported clause most often the speaker's own ("X said his
# party had made the right decision")
_POSSESSIVES = frozenset({"his", "her", "its", "their"})
# Actor.how of "my colleagues" in a quotation, "her colleagues" in a reported clause: others of
# the speaker's own body (events.yaml quoted_peers), whom the speaker can criticise or appeal to
PEERS = "quote:peers"
# how an extraposed infinitive ("it was wrong of X [to leave]") hangs on the copula or the word
_INFINITIVES = frozenset({"xcomp", "advcl", "ccomp", "acl"})


class ReportedSpeakers:
    """Per doc, `prepare` (the sentences holding a report cue); then `speaker(tok)`: the report
    verb and the coded speakers whose clause holds the word."""

    def __init__(self, accusations: Accusations) -> None:
        self.acc = accusations
        w = accusations.words
        self._verbs = frozenset(w.reporting_verbs | w.accusing_verbs)
        self._preps = frozenset(w.reporting_preps)
        self._opinions = lowered(load_rules(EvaluationRules).opinion_verbs) | accusations.speech
        self._sents: set[int] = set()
        self._peers = lowered(load_rules(EventRules).quoted_peers)

    def prepare(self, doc: Doc) -> None:
        """The sentences with a report cue: the only ones a reported clause can be in (one array
        read per list, not a pass over every word)."""
        cues = tokens_with(doc, LEMMA, self._verbs) + tokens_with(doc, LOWER, self._preps)
        self._sents = {t.sent.start for t in cues}

    def mark_peers(self, doc: Doc, quoted: Callable[[Token], object]) -> None:
        """ "X said [her colleagues] had behaved disgracefully": a peer noun (quoted_peers) owned by
        a third person's possessive in a reported clause outside the quotations (`quoted`) is others
        of the speaker's body, as "my colleagues" in a quotation; not when the possessive names
        someone else ("X said Y's colleagues ...", a "her" resolved to another actor)."""
        at = doc._.actor_at
        for tok in tokens_with(doc, LEMMA, self._peers):
            if tok.i in at or tok.pos_ != "NOUN" or tok.sent.start not in self._sents or quoted(tok) is not None:
                continue
            owners = [c for c in children(tok, "poss") if c.lower_ in _POSSESSIVES]
            found = self.speaker(tok) if owners else None
            if found is None or not found[1][0].country:
                continue
            sp = found[1][0]
            a = at.get(owners[0].i)
            if a is None or a is sp or (a.kb_id and a.kb_id == sp.kb_id):
                at[tok.i] = peers_of(tok, sp)

    def reports(self, sent: Span) -> bool:
        """Does the sentence hold a report cue?"""
        return sent.start in self._sents

    def speaker(self, tok: Token) -> tuple[Token, list[Actor]] | None:
        """The cue of the report whose clause holds the word, and its coded speakers."""
        cue = self.acc.cue(tok)
        if cue is None or cue.word.i == tok.i or self.acc._codes_itself(cue.word) is not None:
            return None
        neutral = self.acc.words.neutral_sectors
        speakers = [a for a in cue.speakers if (a.country or a.code) and a.sector not in neutral]
        if not speakers or self._anothers_view(tok, cue.word, speakers):
            return None
        return cue.word, speakers

    def _anothers_view(self, tok: Token, cue: Token, speakers: list[Actor]) -> bool:
        """ "X said [voters believed] the government was corrupt": a verb of saying or opinion
        between the cue and the word whose subject names someone other than the speaker."""
        at = tok.doc._.actor_at
        t = tok
        while t.head.i != t.i and t.head.i != cue.i:
            t = t.head
            if t.lemma_.lower() not in self._opinions:
                continue
            for subj in children(t, "nsubj"):
                a = at.get(subj.i)
                if a is not None and any(a is s or (a.kb_id and a.kb_id == s.kb_id) for s in speakers):
                    continue  # "X said [he] believed ...": the speaker
                if subj.pos_ in ("NOUN", "PROPN") or a is not None:
                    return True
        return False

    def speakers_own(self, head: Token, speaker: Actor, targets: list[Actor]) -> bool:
        """ "X said [his party] had made the right decision": a phrase owned by a possessive the
        actors stage did not resolve to an earlier actor ("pronoun") is the speaker's own side. So
        is a state organ's own country named bare ("the French president said [France] should do
        more"): the organ speaks for it (events.yaml same_side_sectors)."""
        states = self.acc.words.same_side_sectors
        if speaker.sector in states and targets and all(not t.sector and t.country == speaker.country for t in targets):
            return True
        if not any(c.lower_ in _POSSESSIVES for c in children(head, "poss")):
            return False
        a = head.doc._.actor_at.get(head.i)
        return a is None or a.resolved_by != "pronoun"


def obliged(tok: Token, obligations: Container[str]) -> bool:
    """Does the verb carry an obligation (events.yaml quoted_obligations): a must/should/ought
    auxiliary ("X said Y [should] do more"), or "need to"/"have to" above it ("Y [needs] to
    act")? A cheap test before the reported clause's speaker is looked for."""
    if any(c.dep_ == "aux" and c.lower_ in obligations for c in tok.children):
        return True
    return tok.dep_ == "xcomp" and f"{tok.head.lemma_.lower()} to" in obligations


@cache
def _situational() -> frozenset[str]:
    """evaluations.yaml situational: words that with "for" say how an act goes for its doer."""
    return lowered(load_rules(EvaluationRules).situational)


def extraposed(be: Token, word: Token, matcher: Matcher | None = None) -> list[Token]:
    """ "It was [wrong] of X to leave", "it is [unacceptable] for X to invade", "it was a [mistake]
    for X to ...": the pointer "it" stands for the infinitive, whose doer the evaluation judges
    (the "of" object of the word, or the subject "for" marks); none when there is no such clause
    ("it was wrong"), or with "for" on a word of evaluations.yaml situational ("it is dangerous
    for journalists to work there"). A "that" clause stands for the act alike (`_that_doer`)."""
    clauses = [c for w in (word, be) for c in w.children if c.dep_ in _INFINITIVES and _to(c)]
    if not clauses:
        return _that_doer(be, word, matcher) if matcher is not None else []
    of = [o for p in children(word, "prep") if p.lower_ == "of" for o in children(p, "pobj")]
    if of and word.dep_ == "acomp":  # an adjective's: "a violation [of] the treaty" names no doer
        return of[:1]
    if word.lemma_.lower() in _situational() or word.lower_ in _situational():
        return []
    return [s for c in clauses if any(m.lower_ == "for" for m in children(c, "mark")) for s in children(c, "nsubj")][:1]


def _that_doer(be: Token, word: Token, matcher: Matcher) -> list[Token]:
    """ "It is [outrageous] that X shelled the town", "it is [regrettable] that X refused to
    attend": the pointer "it" stands for the "that" clause, and the evaluation judges its active
    subject when the clause's verb names an act CAMEO codes (a verb trigger's entry matches it).
    Not a passive's subject ("that journalists were arrested": the victims), nor the subject of a verb
    that names no act ("that two soldiers died", "that the farmers are poor"), nor with a word of
    evaluations.yaml situational ("it is tragic that ...": how it went for them)."""
    if word.lemma_.lower() in _situational() or word.lower_ in _situational():
        return []
    clauses = [
        c for w in (word, be) for c in children(w, "ccomp") if any(m.lower_ == "that" for m in children(c, "mark"))
    ]
    entries = [(c, matcher.match(c, matcher.triggers.get((c.lemma_.lower(), "verb"), []))) for c in clauses]
    acts = [c for c, e in entries if e is not None and e.cameo != "none"]
    return [s for c in acts for s in children(c, "nsubj")][:1]


def _to(verb: Token) -> bool:
    """Is the verb an infinitive ("to leave")?"""
    return any(a.lower_ == "to" for a in children(verb, "aux"))


def predicates_of(be: Token) -> list[Token]:
    """The predicates of a copula: its complements ("is [disgraceful]", "is [a disgrace]") and an
    infinitive one not denied ("X is [to blame] for the crisis", evaluations.yaml "blame"; not
    "X is not to blame")."""
    found = children(be, "acomp", "attr")
    return found + [c for c in children(be, "xcomp") if _to(c) and not children(c, "neg")]


def peers_of(tok: Token, speaker: Actor) -> Actor:
    """ "My colleagues" in a quotation, "her colleagues" in its report: others of the speaker's
    body, of its country and sector."""
    return Actor(
        tok.text,
        [tok.idx, tok.idx + len(tok.text)],
        None,
        None,
        speaker.country,
        speaker.sector,
        speaker.code,
        how=PEERS,
        resolved_by="pronoun",
    )


@cache
def _deserts() -> tuple[frozenset[str], dict[str, str]]:
    """evaluations.yaml deserving_verbs and deserved (noun -> code)."""
    rules = load_rules(EvaluationRules)
    return lowered(rules.deserving_verbs), {w.lower(): code for code, ws in rules.deserved.items() for w in ws}


def deserved(verb: Token) -> tuple[str, Token] | None:
    """ "X deserves [praise]" (051), "deserves [condemnation]" (111): the code of a verb of desert
    by its object noun (evaluations.yaml deserved), and that noun; its subject is the one judged."""
    verbs, nouns = _deserts()
    if verb.lemma_.lower() not in verbs:
        return None
    return next(((nouns[o.lemma_.lower()], o) for o in children(verb, "dobj") if o.lemma_.lower() in nouns), None)
