"""The `quotes` stage: direct quotations with their speaker.

A quotation is text between matching quote marks (curly or straight, a few words at
least, so scare quotes like ‘unrestricted’ are left alone). Its cue is a speech verb
(`reported_speech` in rules/modality.yaml) outside the marks in the sentence where the
quote opens or closes; its speaker is the cue's subject, resolved by the `actors` stage
(so "he said" and "the Russian leader said" name a person). The actors stage reads the
same quotations (`quotations()`) to give "I" and "we" inside them their speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..model import Quote
from .colon_quotes import block_quotations, colon_clause_cue
from .component import MEMO_PREFIX, doc_text, drop_memos, guarded
from .placed_speakers import placed_speaker, surnamed_speaker
from .quote_cues import (
    continues,
    cue_subject,
    finding_cue,
    introduced_cue,
    is_speech_cue,
    naming_cue,
    set_off_cue,
)

# “…” and "…" (straight quotes pair up in order); ‘…’ is left to scare quotes.
QUOTE_RE = re.compile(r"“([^”]{2,}?)”|\"([^\"]{2,}?)\"|«([^»]{2,}?)»", re.S)
MIN_WORDS = 3
# characters between a closing quote and a cue of any verb ("…," Graham [continued].)
MAX_INVERTED_GAP = 25
# what may stand between a cue before a quote and its opening mark: a comma or a colon
_ADJOINING = re.compile(r"\s*[,:]\s*")


@cache
def speech_verbs() -> frozenset[str]:
    """The speech cues of rules/modality.yaml (the events stage's cached modality words; imported
    here, not at the top: the events stage imports the actors stage, which reads quotations)."""
    from .events import modality

    return modality().speech


@dataclass(frozen=True, slots=True)
class Quotation:
    """The quoted words' character span [start, end), the sentence it opens in and its cue."""

    start: int
    end: int
    sentence_index: int
    cue: Token | None

    @property
    def subject(self) -> Token | None:
        """The word naming the speaker: the cue's subject (or by-agent)."""
        return cue_subject(self.cue) if self.cue is not None else None


MEMO = MEMO_PREFIX + "quotations"


def quotations(doc: Doc, speech: frozenset[str]) -> list[Quotation]:
    """The Doc's direct quotations of `MIN_WORDS` words or more, each with its cue, if any.
    Found once per Doc and cue list: the actors, events and quotes stages each ask, and the
    parse does not change between them. The quotes stage, the last to ask, drops the memo: a
    Quotation holds the Doc's tokens, and a Doc holding them in its user_data is never freed."""
    memo: dict[frozenset[str], list[Quotation]] = doc.user_data.setdefault(MEMO, {})
    if speech not in memo:
        memo[speech] = _quotations(doc, speech)
    return list(memo[speech])


def _quotations(doc: Doc, speech: frozenset[str]) -> list[Quotation]:
    sents = list(doc.sents)
    starts = [s.start_char for s in sents]
    text = doc_text(doc)
    out: list[Quotation] = []
    marks: list[tuple[int, int]] = []  # each quotation's opening and closing mark
    for m in QUOTE_RE.finditer(text):
        g = next(i for i in (1, 2, 3) if m.group(i) is not None)
        if len(m.group(g).split()) < MIN_WORDS:
            continue
        qs, qe = m.start(g), m.end(g)
        si = _sent_index(starts, qs)
        ei = _sent_index(starts, max(qs, qe - 1))
        q = Quotation(qs, qe, si, _cue(speech, sents, text, si, ei, m.start(), m.end()))
        if q.cue is None and out and continues(text, out[-1], marks[-1][1], m.start(), m.end()):
            q = replace(q, cue=out[-1].cue)  # the same speaker goes on
        out.append(q)
        marks.append((m.start(), m.end()))
    return _with_blocks(out, marks, sents, starts, text)


def _with_blocks(
    out: list[Quotation], marks: list[tuple[int, int]], sents: list[Span], starts: list[int], text: str
) -> list[Quotation]:
    """The marked quotations and the block quotations a colon introduces (`colon_quotes`) that
    overlap none of them and have a speaker, in the text's order."""
    blocks = []
    for bs, be in block_quotations(text, MIN_WORDS):
        if any(ms < be and bs < me for ms, me in marks):
            continue
        si = _sent_index(starts, bs)
        cue = colon_clause_cue(sents, text, bs, si)
        if cue is not None:
            blocks.append(Quotation(bs, be, si, cue))
    return sorted(out + blocks, key=lambda q: q.start) if blocks else out


def _sent_index(starts: list[int], char: int) -> int:
    lo = 0
    for i, s in enumerate(starts):
        if s <= char:
            lo = i
        else:
            break
    return lo


def _cue(speech: frozenset[str], sents: list[Span], text: str, si: int, ei: int, qs: int, qe: int) -> Token | None:
    """The speech verb outside the quote nearest to it: after the close, else before the open;
    "according to X" only when no verb of the sentence gives a speaker ("Y called it 'a breach',
    according to NBC": Y's words, NBC only reports them)."""
    window = list(range(si, min(ei + 2, len(sents))))
    best: tuple[int, Token] | None = None
    according: tuple[int, Token] | None = None
    for i in window:
        for tok in sents[i]:
            if qs <= tok.idx < qe or tok.pos_ not in ("VERB", "AUX"):
                continue
            if not (is_speech_cue(tok, speech) or finding_cue(tok, qs, qe)) or not cue_subject(tok):
                continue
            if i > ei and (tok.idx - qe > 80 or _ended(text, qs, qe, tok) or _opens_quote(text, sents[i], tok)):
                continue  # the next sentence may only close the quote ("…,” he said.), not open its own
            dist = tok.idx - qe if tok.idx >= qe else qs - tok.idx + 1
            if tok.lower_ == "according":
                according = according if according is not None and according[0] <= dist else (dist, tok)
            elif best is None or dist < best[0]:
                best = (dist, tok)
    if best:
        return best[1]
    found = set_off_cue(sents, text, si, ei, qs, qe) or naming_cue(sents[si], qs, qe)
    found = found or (according[1] if according else None) or introduced_cue(sents, text, si, qs, speech)
    return found or colon_clause_cue(sents, text, qs, si)


def _ended(text: str, qs: int, qe: int, tok: Token) -> bool:
    """The quote's sentence ended before the next sentence's verb: a paragraph ends, a full stop
    follows the closing mark ('"…". The defendants claimed …'), or the quoted words end with one
    and the verb says something of its own ('"…." The officers claimed [she had lied]'; a bare
    '"…." Stoltenberg said.' still closes the quote)."""
    between = text[qe : tok.idx]
    if "\n" in between or between.lstrip().startswith("."):
        return True
    said_more = any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > tok.i for c in tok.children)
    return said_more and text[qs : qe - 1].rstrip().endswith(".")


def _opens_quote(text: str, sent: Span, tok: Token) -> bool:
    """A quotation opens after the verb in its sentence ("Y wrote, '…'"): the verb cues that one."""
    rest = text[tok.idx : sent.end_char]
    return any(m in rest for m in ('"', "\u201c", "\u00ab"))


class QuoteFinder:
    def __init__(self) -> None:
        self.speech = speech_verbs()

    @guarded("newsgraph_quotes")
    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        try:
            doc._.quotes = [
                Quote(
                    speaker=self._speaker(q.cue) if q.cue is not None else None,
                    text=text[q.start : q.end].strip(),
                    cue=q.cue.text if q.cue is not None else None,
                    span=[q.start, q.end],
                    sentence_index=q.sentence_index,
                )
                for q in quotations(doc, self.speech)
            ]
        finally:
            drop_memos(doc)
        return doc

    @staticmethod
    def _speaker(cue: Token) -> dict | None:
        """The cue's subject as an actor; a speaker the KB and NER do not know keeps its words."""
        subj = cue_subject(cue)
        if subj is None:
            return None
        at = cue.doc._.actor_at
        actor = at.get(subj.i)
        if actor is None:  # "a Republican, Mark Amodei, ...": the name beside the subject
            actor = next((at[c.i] for c in subj.children if c.dep_ == "appos" and c.i in at), None)
        if actor is not None:
            return surnamed_speaker(subj, actor) or placed_speaker(actor.ref(), subj, actor)
        of = [o for p in subj.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        if subj.pos_ == "NUM" and of:  # "One of the children said": that one
            text = cue.doc[subj.i : of[0].i + 1].text
        elif subj.pos_ not in ("PROPN", "NOUN"):
            return None
        else:
            words = [t for t in subj.subtree if t.dep_ in ("compound", "amod", "det") or t.i == subj.i]
            text = cue.doc[min(t.i for t in words) : subj.i + 1].text
        words_only = {"text": text, "kb_id": None, "name": None, "country": None, "sector": None, "code": None}
        return placed_speaker(words_only, subj, None)


@Language.factory("newsgraph_quotes", assigns=["doc._.quotes"], requires=["doc._.actor_at"])
def make_quote_finder(nlp: Language, name: str) -> QuoteFinder:
    return QuoteFinder()
