"""The `paragraphs` stage: a blank line ends a sentence, before the parser splits the rest.

The parser decides sentence ends from the words alone, so a line with no final stop runs on
into the next paragraph: an article's date line ("Monday, January 7, 2019") or a heading became
the start of the first sentence, and every event of that sentence showed the date line as its
sentence. The parser keeps boundaries set before it (spaCy's documented behaviour for preset
`is_sent_start`), so marking the first word after each blank line is enough.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")


@Language.component("newsgraph_paragraphs")
def mark_paragraphs(doc: Doc) -> Doc:
    """Start a sentence at the first word after every blank line of `doc`."""
    for m in BLANK_LINE.finditer(doc.text):
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is not None and len(span) and span[0].i > 0:
            span[0].is_sent_start = True
    return doc
