"""Who speaks a quotation that no speech verb cues (the `quotes` stage's second look).

- A quote set off by a comma or colon from a clause of its own is that clause's subject's,
  whatever the verb: "…," Graham [continued]. / Graham [continued]: "…" / Biden [defended] his
  decision on Tuesday, "…" / the ministry [hit] back: "…". Between the verb and the opening
  mark only the verb's own complements (no clause with a subject of its own); a verb of
  reading or titling (`quote_reading_verbs`: "the placard read, '…'") gives no speaker.
- A quotation that is what a verb of naming calls its object is that verb's subject's:
  "X called the attack 'an act of barbarity'", "Y described the talks as 'a waste of time'"
  (`quote_naming_verbs`): the verb's object complement, or its "as" phrase.
- A quotation opening a sentence right after a sentence of narration in its paragraph whose main
  verb is one of speech or judging ("X criticized the decision on Twitter. '…'") is X's.
- A verb's subject the parser lost: after the quote ('"…," said a protester'), swallowed by a
  fronted participle's phrase ("Speaking to AFP, the head of X, Y, said"), an infinitive's
  governing verb ("went on to say"), a number's apposition ("One of these groups, the SDF"); a
  text an author issued ("the statement read", "a statement which said") speaks for its issuer
  (`issued_texts`).
- Continuation (a convention of news writing): a quotation with no cue goes on in the words of
  the quotation just before it when it is the next sentence of the same paragraph ("'…,' he
  said. '…'") or a paragraph of its own right after that quotation's paragraph ("'…,' the
  minister said.\\n\\n'We will …'"). Not across a sentence or a paragraph of narration.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..rulefile import load_rules, lowered
from ..ruleschemas import ModalityRules
from .issued_texts import issuer, read_text

if TYPE_CHECKING:
    from .quotes import Quotation

# characters between a closing quote and a cue of any verb ("…," Graham [continued].)
MAX_INVERTED_GAP = 25
# tokens between a cue before a quote and its opening mark ("defended [his decision on Tuesday ,]")
MAX_SET_OFF_TOKENS = 10
_MARKS = ('"', "\u201c", "\u201d", "\u00ab", "\u00bb")
# a sentence ends and another begins
_NEXT_SENTENCE = re.compile(r"[.!?]\s+\S")


@cache
def reading_verbs() -> frozenset[str]:
    return lowered(load_rules(ModalityRules).quote_reading_verbs)


@cache
def finding_verbs() -> frozenset[str]:
    return lowered(load_rules(ModalityRules).quote_finding_verbs)


@cache
def urging_verbs() -> frozenset[str]:
    return lowered(load_rules(ModalityRules).quote_urging_verbs)


@cache
def naming_verbs() -> frozenset[str]:
    return lowered(load_rules(ModalityRules).quote_naming_verbs)


def is_speech_cue(tok: Token, speech: frozenset[str]) -> bool:
    """A speech verb of `speech`, or the attribution "according to" the list holds as a phrase
    ("it was done with the help of '…', according to him"): its object is the speaker."""
    if tok.lemma_.lower() in speech or reads_issued(tok):
        return True
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ == "according" and nxt is not None and nxt.lower_ == "to" and "according to" in speech


def finding_cue(tok: Token, qs: int, qe: int) -> bool:
    """A verb of finding or ruling (`quote_finding_verbs`: "the court found that X 'was
    motivated by …'") whose clausal complement holds the quoted words (marks at [qs, qe)), or a
    verb of urging or pledging (`quote_urging_verbs`) whose infinitive or clause holds them."""
    lemma = tok.lemma_.lower()
    if lemma in finding_verbs():
        deps: tuple[str, ...] = ("ccomp",)
    elif lemma in urging_verbs():  # "directed the committees to '…'", "vowed to '…'"
        deps = ("ccomp", "xcomp", "advcl")
    else:
        return False
    for c in tok.children:
        if c.dep_ not in deps or not any(qs <= t.idx < qe for t in c.subtree):
            continue
        # "asked the envoy to say '…'": the envoy would say it, not the one who asked
        return deps == ("ccomp",) or c.lemma_.lower() not in _speech_words()
    return False


def _speech_words() -> frozenset[str]:
    """The speech cues (`quotes.speech_verbs`, imported here: the quotes stage imports this module)."""
    from .quotes import speech_verbs

    return speech_verbs()


def naming_cue(sent: Span, qs: int, qe: int) -> Token | None:
    """The verb of naming whose object the quoted words (marks at [qs, qe)) name: a word of
    the quote hung on the verb beside an object of its own ("called [the stabbing] 'an act'"),
    or on its "as" ("described the talks as 'a waste'"), or in apposition to its object (a parse
    of "called the bombing 'an act'"), the verb before the quote."""
    for tok in sent:
        if not qs <= tok.idx < qe or qs <= tok.head.idx < qe or tok.is_punct:
            continue
        head = tok.head
        named = (head.lower_ == "as" and head.dep_ == "prep") or (tok.dep_ == "appos" and head.dep_ == "dobj")
        if named:
            head = head.head
        if head.idx >= qs or head.pos_ != "VERB" or head.lemma_.lower() not in naming_verbs():
            continue
        if not named and not any(c.dep_ in ("dobj", "prep") and c.idx < qs for c in head.children):
            continue  # the quote is the verb's only object: not named by it
        if cue_subject(head) is not None:
            return head
    return None


def cue_subject(tok: Token) -> Token | None:
    """The cue's subject nearest to it (a misparse may hang a word inside the quote on it too)."""
    agents = [o for a in tok.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    if agents:  # "he was told by Minister X": the teller speaks
        return agents[0]
    if tok.lower_ == "according":
        return _according_to(tok)
    subj = _own_subjects(tok)
    if _after_quote(tok):  # '"…," said a protester', '"…;" read the statement': the subject follows
        after = [c for c in tok.children if c.dep_ == "nsubj" and c.i > tok.i]
        subj = after or [c for c in tok.children if c.dep_ in ("dobj", "attr") and c.i > tok.i] or subj
    if not subj and tok.tag_ == "VBG":
        return _participle_subject(tok)
    if not subj and tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return _infinitive_subject(tok)
    if not subj and tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") and tok.head.i < tok.i:
        # "X cited the treaty and [said], '...'": the verbs share the first one's subject
        subj = [c for c in tok.head.children if c.dep_ == "nsubj" and c.i < tok.head.i]
    return speaking_for(min(subj, key=lambda c: abs(c.i - tok.i))) if subj else None


def speaking_for(subj: Token) -> Token:
    """Who speaks when `subj` is a verb's subject: the noun a relative pronoun stands for ("a
    statement [which] said"), the name a number stands beside ("One of these groups, the SDF,
    said"), and for a text an author issued, its issuer (`issued_texts`)."""
    if subj.lower_ in ("which", "that", "who") and subj.head.dep_ == "relcl":
        subj = subj.head.head
    if subj.pos_ == "NUM":
        subj = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), subj)
    text = read_text(subj)
    return issuer(text) if text is not None else subj


def reads_issued(tok: Token) -> bool:
    """A reading verb ("read") whose subject is a text an author issued ("the statement read:
    '…'"), not a sign or a headline: a cue like a speech verb."""
    if tok.lemma_.lower() not in reading_verbs():
        return False
    subj = _own_subjects(tok)
    if _after_quote(tok):
        subj += [c for c in tok.children if c.dep_ in ("dobj", "attr") and c.i > tok.i]
    return any(read_text(s) is not None for s in subj)


def _after_quote(tok: Token) -> bool:
    """The verb follows a closing quote mark with only punctuation between ('"…," said X')."""
    for j in range(tok.i - 1, max(tok.i - 3, -1), -1):
        t = tok.doc[j]
        if t.text in _MARKS or t.text == "'":
            return True
        if not t.is_punct:
            return False
    return False


def _according_to(tok: Token) -> Token | None:
    """ "according to X" / "according to a statement by X" / "according to X's statement": X."""
    for to in tok.children:
        if to.lower_ != "to":
            continue
        for obj in to.children:
            if obj.dep_ != "pobj":
                continue
            by = [o for p in obj.children if p.lower_ == "by" for o in p.children if o.dep_ == "pobj"]
            by += [  # "a statement released by X"
                o
                for v in obj.children
                if v.dep_ == "acl"
                for p in v.children
                if p.dep_ == "agent"
                for o in p.children
                if o.dep_ == "pobj"
            ]
            owner = [c for c in obj.children if c.dep_ == "poss" and c.pos_ != "PRON"]
            return (by or owner or [obj])[0]
    return None


def _participle_subject(tok: Token) -> Token | None:
    """ "X rejected the talks, [saying]: '…'", "X continued by [noting] that '…'": a participle
    adjoined to a verb (not to a noun: "a banner [saying] '…'" has no speaker) shares its subject."""
    head = tok
    for _ in range(3):
        if head.dep_ not in ("advcl", "xcomp", "pcomp", "conj") or head.head is head:
            return None
        head = head.head
        if head.pos_ == "ADP" and head.dep_ == "prep":  # "by noting": on to the verb
            head = head.head
        if head.pos_ not in ("VERB", "AUX"):
            return None
        subj = _own_subjects(head)
        if subj:
            # a main clause's subject, with no quotation opening or closing on the way to it; or
            # after a fronted participle ("[Calling] it 'a sham', X told reporters")
            main = (
                head.dep_ == "ROOT" or (head.dep_ == "conj" and head.head.dep_ == "ROOT") or _hung_on_quote(head, tok)
            )
            s = min(subj, key=lambda c: abs(c.i - head.i))
            fronted = tok.i < s.i < head.i
            if not main or (s.i > tok.i and not fronted) or any(t.text in _MARKS for t in tok.doc[s.i : tok.i]):
                return None
            return s
    return None


def _infinitive_subject(tok: Token) -> Token | None:
    """ "X went on [to say] '…'", "X went as far as [to say], '…'": an infinitive of a verb with no
    object of its own shares that verb's subject (not "asked Y to say": Y would say it)."""
    head = tok
    for _ in range(3):
        if head.dep_ not in ("xcomp", "advcl", "advmod", "prep") or head.head is head:
            return None
        head = head.head
        if head.pos_ not in ("VERB", "AUX"):
            continue  # "as far [as] to say": through the adverb to the verb
        if any(c.dep_ in ("dobj", "iobj") for c in head.children):
            return None
        subj = _own_subjects(head)
        return speaking_for(min(subj, key=lambda c: abs(c.i - head.i))) if subj else None
    return None


def _own_subjects(verb: Token) -> list[Token]:
    """The verb's subjects; with none, the name a fronted participle's phrase swallowed ("Speaking
    to AFP, the head of X, [Y], said": the parser made Y an apposition inside the phrase)."""
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if subj:
        return subj
    if verb.dep_ == "acl" and verb.lemma_.lower() in reading_verbs() and read_text(verb.head) is not None:
        # "the summary of the decision [read] in part: '…'" parsed as a reduced relative
        if not any(c.dep_ == "agent" for c in verb.children):  # not "a statement read by X"
            return [verb.head]
    for c in verb.children:
        if c.dep_ != "advcl" or c.tag_ not in ("VBG", "VBN") or c.i > verb.i:
            continue
        if any(not (t.is_punct or t.pos_ == "ADV") for t in verb.doc[c.sent.start : c.i]):
            continue  # not at the sentence's start
        named = [t for t in c.subtree if t.dep_ == "appos" and t.pos_ in ("PROPN", "NOUN") and not _quoted(t)]
        if named:
            return named[:1]
    return []


def _quoted(tok: Token) -> bool:
    """Whether `tok` stands inside quote marks of its sentence (an odd number of marks before it)."""
    return sum(t.text in _MARKS for t in tok.doc[tok.sent.start : tok.i]) % 2 == 1


def _hung_on_quote(verb: Token, tok: Token) -> bool:
    """A main clause the parser hung on a word of the quotation after `tok` ("X voiced support,
    telling Y: '…'" with "voiced" a complement of a quoted verb)."""
    gov = verb.head
    return gov.i > tok.i and any(t.text in _MARKS for t in verb.doc[tok.i : gov.i])


def set_off_cue(sents: list[Span], text: str, si: int, ei: int, qs: int, qe: int) -> Token | None:
    """The verb of a clause the quote (marks at [qs, qe)) is set off from by a comma or colon."""
    before = text[:qs].rstrip()
    if before.endswith((",", ":")):
        for tok in _words_before(sents[si], qs):  # the nearest verb first
            if _clause_cue(tok, qs, qe) and _own_words_between(tok, qs):
                return tok
    inside = text[qs:qe].rstrip()[:-1].rstrip()  # the quoted words, without the closing mark
    for tok in sents[ei]:  # after it: "…," Graham continued.
        if tok.idx < qe or tok.idx - qe > MAX_INVERTED_GAP:
            continue
        if not _clause_cue(tok, qs, qe):
            continue
        between = text[qe : tok.idx]
        set_off = inside.endswith((",", ":")) or between.lstrip().startswith(",")
        return tok if set_off and "\n" not in between else None
    return None


def _words_before(sent: Span, qs: int) -> list[Token]:
    """The words before the opening mark at `qs` in its paragraph, nearest first (the parser may
    end a sentence at the colon or the mark: the walk does not stop at a sentence's start)."""
    doc = sent.doc
    k = sent.start
    while k < len(doc) and doc[k].idx < qs:
        k += 1
    out: list[Token] = []
    for j in range(k - 1, max(k - MAX_SET_OFF_TOKENS - 2, -1), -1):
        if "\n" in doc[j].text:
            break
        out.append(doc[j])
    return out


def _clause_cue(tok: Token, qs: int, qe: int) -> bool:
    """A verb with a subject heading its clause: the sentence's root, or a verb the parser hung on
    the quote's own verb (the quote's words are no complement of it)."""
    if tok.pos_ not in ("VERB", "AUX") or cue_subject(tok) is None:
        return False
    if tok.dep_ != "ROOT" and not qs <= tok.head.idx < qe and not _hung_after(tok, qe):
        return False
    return tok.lemma_.lower() not in reading_verbs() or reads_issued(tok)


def _hung_after(tok: Token, qe: int) -> bool:
    """A main clause the parser hung on a word after the quote (a sentence run on across the
    paragraph): not a subordinate or relative clause ("after X defended it, '…'")."""
    if tok.head.idx < qe or tok.dep_ in ("relcl", "acl", "pcomp", "pobj"):
        return False
    return not any(c.dep_ == "mark" for c in tok.children)


def _own_words_between(verb: Token, qs: int) -> bool:
    """Only the verb's own complements stand between it and the opening mark (at `qs`): no clause
    with a subject of its own, no other quotation, at most `MAX_SET_OFF_TOKENS` tokens."""
    doc = verb.doc
    k = verb.i + 1
    while k < len(doc) and doc[k].idx < qs:
        t = doc[k]
        if k - verb.i > MAX_SET_OFF_TOKENS or "\n" in t.text or t.text in _MARKS:
            return False
        if not t.is_punct and verb not in t.ancestors:
            return False
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return False
        k += 1
    return True


def introduced_cue(sents: list[Span], text: str, si: int, qs: int, speech: frozenset[str]) -> Token | None:
    """A quotation opening a sentence right after a sentence of narration, in one paragraph, whose
    main verb is one of speech or of judging ("X criticized the decision on Twitter. '…'"): the
    quoted words are what that sentence said X said (a convention of news writing)."""
    here = sents[si]
    if here.start_char < qs and text[here.start_char : qs].rstrip().endswith((".", "!", "?")):
        prev = here  # the parser ran the narration on into the quotation
    elif si > 0 and not text[sents[si - 1].end_char : qs].strip():
        prev = sents[si - 1]
    else:
        return None
    root = prev.root
    start = max(prev.start_char, text.rfind("\n", 0, qs) + 1)  # the paragraph's narration only
    if any(m in text[start:qs] for m in _MARKS) or not start <= root.idx < qs or root.pos_ != "VERB":
        return None
    if root.lemma_.lower() not in speech | naming_verbs():
        return None
    return root if cue_subject(root) is not None else None


def continues(text: str, prev: Quotation, prev_close: int, qs: int, qe: int) -> bool:
    """Whether the quotation with marks at [qs, qe) goes on in the words of `prev` (closing mark
    ending at `prev_close`): `prev` has a speaker, and only its cue's clause stands between them in
    one paragraph, or the new one is a paragraph of its own right after `prev`'s paragraph."""
    cue = prev.cue
    if cue is None or prev.subject is None or prev.start <= prev.subject.idx < prev.end:
        return False
    between = text[prev_close:qs]
    if "\n" not in between:  # '"…," he said. "…"': the cue's clause alone
        return prev_close <= cue.idx < qs and not _NEXT_SENTENCE.search(between.strip())
    rest, after = between.split("\n", 1)
    if after.strip() or _NEXT_SENTENCE.search(rest.strip()):
        return False  # a paragraph of narration between, or a sentence after the quote
    line_end = text.find("\n", qe)
    return not text[qe : len(text) if line_end < 0 else line_end].strip()
