"""Docs built by hand (spaCy's `Doc(vocab, words=, lemmas=, pos=, deps=, heads=, ents=)`), so a rule
test fails because of the rule, not because the statistical model parsed its sentence otherwise.

`parse(nlp, table)` takes one token a line: ``word lemma POS[:TAG] dep head [entity]``, `head`
the index of the head token (a root is its own head), `TAG` the fine tag where a rule reads it
(``VERB:VBD``: the tense; ``NOUN:NNS``: a plural), `entity` a BIO tag (``B-PERSON``). The KB's
entity ruler (rules, not statistics) and newsgraph's components then run on it, as in the pipeline.
"""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.model import TimeRef
from newsgraph.nlp import COMPONENTS

NO_SPACE_BEFORE = {".", ",", "'s", ":", ";", "?", "!", "n't", "”", "’", ")"}
NO_SPACE_AFTER = {"“", "‘", "("}


def parse(nlp: Language, table: str, published: str = "2023-10-16") -> Doc:
    """The Doc of `table` with the rule components run on it (see the module doc)."""
    rows = [line.split() for line in table.strip().splitlines()]
    check_tree(rows)
    words = [r[0] for r in rows]
    spaces = [
        i + 1 < len(words) and words[i] not in NO_SPACE_AFTER and words[i + 1] not in NO_SPACE_BEFORE
        for i in range(len(words))
    ]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=spaces,
        lemmas=[r[1] for r in rows],
        pos=[r[2].split(":")[0] for r in rows],
        tags=[r[2].partition(":")[2] or r[2].split(":")[0] for r in rows],
        deps=[r[3] for r in rows],
        heads=[int(r[4]) for r in rows],
        ents=[r[5] if len(r) > 5 else "O" for r in rows],
    )
    doc._.published = dt.date.fromisoformat(published)
    doc._.article_id = "hand-built"
    for name in ("kb_ruler", *COMPONENTS):
        doc = nlp.get_pipe(name)(doc)
    assert doc._.error is None, doc._.error
    return doc


def check_tree(rows: list[list[str]]) -> None:
    """Fail on a table that is no tree (a typo in a head index), which spaCy would take and the
    components would then trip over far from the cause."""
    heads = [int(r[4]) for r in rows]
    for i, row in enumerate(rows):
        if len(row) < 5:
            raise ValueError(f"row {i} {row}: needs word lemma POS dep head")
        if (heads[i] == i) != (row[3] == "ROOT"):
            raise ValueError(f"row {i} {row[0]!r}: a root is its own head and only a root is")
        seen = {i}
        j = i
        while heads[j] != j:
            j = heads[j]
            if not 0 <= j < len(rows) or j in seen:
                raise ValueError(f"row {i} {row[0]!r}: its heads never reach a root")
            seen.add(j)


def events(doc: Doc) -> list[tuple[str, str | None, str | None, str]]:
    """(cameo, source code, target code, modality) of each event of `doc`."""
    return [(e.cameo, (e.source or {}).get("code"), (e.target or {}).get("code"), e.modality) for e in doc._.events]


def dates(doc: Doc) -> list[TimeRef]:
    """The date of each event of `doc`."""
    return [TimeRef(e.date, e.date_end, e.date_text, e.date_precision) for e in doc._.events]


def places(doc: Doc) -> list[str | None]:
    """The name of the place of each event of `doc` (None where it has none)."""
    return [(e.location or {}).get("name") for e in doc._.events]
