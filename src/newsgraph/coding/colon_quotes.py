"""Quotations a colon introduces after a clause of narration (the `quotes` stage's last look).

News writing introduces long quotations with a colon closing a clause whose subject speaks, whatever
its verb: "The court ruled on Monday, finding that the law was void: '…'", "Marrero rejected this
argument:" followed by the ruling's words. Two forms:

- a marked quotation opening right after the colon, when no nearer cue gave it a speaker;
- a block quotation: an indented paragraph with no quote marks right after a paragraph that ends
  with a colon (how a news page sets a long quotation off). A plain paragraph is no quotation,
  nor an attribution line ("– United States District Judge X") after one.

The speaker is the subject of the clause's main verb (the verb of the words before the colon that
no other of them governs), only when it names someone who can speak: a person, organisation,
country or group entity (or a noun such a name stands beside or its "of" phrase names: "the
opposition leader X", "the government of X"), or a
personal pronoun ("The list of changes included: '…'" has none).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .quote_cues import cue_subject, reading_verbs, reads_issued

# an indented paragraph right after a paragraph ending with a colon: its text is group 1
_BLOCK_RE = re.compile(r":[ \t]*\n(?:[ \t]*\n)+[ \t]+([^\s\-\u2013\u2014][^\n]*)")
_DOUBLE_MARKS = ('"', "\u201c", "\u201d", "\u00ab", "\u00bb")
# entities that can speak; personal pronouns standing for one
_SPEAKER_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
# words beside a common noun that name who it is ("the opposition leader Raila Odinga", "Kenyan")
_NAMING_DEPS = frozenset({"appos", "compound", "amod", "poss"})


def block_quotations(text: str, min_words: int) -> list[tuple[int, int]]:
    """The [start, end) spans of the block quotations of `text` (at least `min_words` words, no
    double quote marks of their own: a marked quotation inside is read by the marks)."""
    out: list[tuple[int, int]] = []
    for m in _BLOCK_RE.finditer(text):
        body = m.group(1).rstrip()
        if len(body.split()) < min_words or any(c in body for c in _DOUBLE_MARKS):
            continue
        out.append((m.start(1), m.start(1) + len(body)))
    return out


def colon_clause_cue(sents: list[Span], text: str, qs: int, si: int) -> Token | None:
    """The main verb of the clause a colon closes right before the quotation opening at `qs` (in
    sentence `si`), when its subject can speak."""
    start = max(0, qs - 200)  # the colon stands a few blanks before the opening
    before = text[start:qs].rstrip()
    if not before.endswith(":"):
        return None
    colon = start + len(before) - 1
    near = (sents[i] for i in (si, si - 1) if 0 <= i < len(sents))  # the quote's or the one before
    sent = next((s for s in near if s.start_char <= colon < s.end_char), None)
    if sent is None:
        return None
    start = max(sent.start_char, text.rfind("\n", sent.start_char, colon) + 1)
    clause = [t for t in sent if start <= t.idx < colon]
    inside = {t.i for t in clause}
    for tok in clause:
        if tok.pos_ not in ("VERB", "AUX") or (tok.head.i in inside and tok.head.i != tok.i):
            continue
        if tok.lemma_.lower() in reading_verbs() and not reads_issued(tok):
            return None  # "the placard read:": the sign's words
        subj = cue_subject(tok)
        return tok if subj is not None and _can_speak(subj, start) else None
    return None


def _can_speak(subj: Token, start: int) -> bool:
    """A subject naming someone who can speak, in the clause's own words."""
    if subj.idx < start:
        return False
    if subj.pos_ == "PRON":
        return subj.lower_ in _SPEAKER_PRONOUNS
    named = [subj, *(c for c in subj.children if c.dep_ in _NAMING_DEPS)]  # "the leader, X,"
    # "the government of American Samoa", "the head of the agency X": the body its "of" names
    named += [o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any(t.ent_type_ in _SPEAKER_ENTS for t in named)
