"""The `paragraphs` stage: a blank line ends a sentence, and so does a dateline, before the parser
splits the rest.

The parser decides sentence ends from the words alone, so a line with no final stop runs on
into the next paragraph: an article's date line ("Monday, January 7, 2019") or a heading became
the start of the first sentence, and every event of that sentence showed the date line as its
sentence. The parser keeps boundaries set before it (spaCy's documented behaviour for preset
`is_sent_start`), so marking the first word after each blank line is enough. A dateline
("NAIROBI - The opposition leader criticised ...") was parsed as the first sentence's subject, so
the city became the doer of its acts: the words after the dateline start a sentence too. The two
patterns are read here and by the setting (`actors/setting.py`, the dateline's country).
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

from .component import doc_text

BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")
# a first line that is only a date ("Friday, January 4, 2019"), skipped before a dateline
DATE_LINE = re.compile(
    r"\A\s*(?:[A-Z][a-z]+day,?\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4})\s*\n"
)
# a first line that is a heading: one line with no final stop, then a blank line ("US and China
# agree to tariff truce\n\nWASHINGTON, June 13 - ..."), skipped before a dateline
HEADLINE = re.compile(r"\A[^\S\n]*[^\n]*[^\s.!?:\"'\u201d\u2019][^\S\n]*\n[^\S\n]*\n")
# "KABUL (Reuters) -", "WASHINGTON —", "Beirut, Lebanon (CNN) —", "MOSCOW, Oct 16 (Reuters) -"
# (no \A: `match` anchors it where the date line or heading before it ends)
DATELINE = re.compile(
    r"\s*(?P<place>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3})"
    r"(?:,\s*(?P<region>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}))?"
    r"(?:,?\s*[A-Z][a-z]{2,8}\.? \d{1,2})?"
    r"\s*(?:\([^()\n]{1,40}\))?\s*(?:—|–|--|-)\s"
)


def dateline(text: str) -> re.Match[str] | None:
    """The dateline opening `text` (after a line that is only a date), or opening its first
    paragraph after a heading line (a text file's title), or None."""
    start = DATE_LINE.match(text)
    m = DATELINE.match(text, start.end() if start else 0)
    if m is None and start is None and (head := HEADLINE.match(text)) is not None:
        after = DATE_LINE.match(text[head.end() :])
        m = DATELINE.match(text, head.end() + (after.end() if after else 0))
    return m


@Language.component("newsgraph_paragraphs")
def mark_paragraphs(doc: Doc) -> Doc:
    """Start a sentence at the first word after every blank line of `doc` and after its dateline."""
    text = doc_text(doc)
    starts = [m.end() for m in BLANK_LINE.finditer(text)]
    line = None
    if (m := dateline(text)) is not None and (m["place"].isupper() or m["region"]):
        starts.append(m.end())  # "NAIROBI -", "Damascus, Syria -": not "The Desert Hawks Brigade - backed by"
        line = m
    if not starts:
        return doc
    # the token holding each character, by one sorted array of token offsets (doc.char_span
    # per blank line cost a tenth of the pipeline's own time on many-paragraph articles)
    offsets = doc.to_array(IDX)
    for i in numpy.searchsorted(offsets, starts, side="right") - 1:
        if 0 < i < len(doc):
            doc[int(i)].is_sent_start = True
    if line is not None:
        # after a heading the parser cut a dateline and its lead's first word into pieces of their
        # own ("JAKARTA" | ", Sept 25 -" | "Brazilian" | "President X ..."): the dateline is one
        # piece, and the lead's first word is no sentence alone
        first, lead = (int(i) for i in numpy.searchsorted(offsets, [line.start("place"), line.end()], side="right") - 1)
        for i in [*range(first + 1, lead), lead + 1]:
            if 0 < i < len(doc) and doc[i].is_sent_start is not True:
                doc[i].is_sent_start = False
    return doc
