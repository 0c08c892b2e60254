"""What a statement says is dated by the statement.

"On Monday, the minister said, "We condemn the attack."": the condemnation is made by saying it, on
Monday; "the minister said on Monday that police are investigating" reports an investigation going on
that Monday. A clause in the present tense inside a statement's complement (or direct quotation) with
no date of its own therefore takes the statement's date, as a past or tenseless one already does
(`attach.governing`). The statement's date may itself come from the story around it ("The minister
spoke on Monday. He said, "We condemn the attack.""): the statement verb is dated as an event of its
own; so does a quotation running on into the next sentences (`quotation_date`). Not for a planned
event ("said they will build a wall"), which carries its own date or none, nor
for a modal clause ("said the war would end", "said he may declare an emergency"): a prediction or a
possibility is not done by saying it.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from newsgraph.model import TimeRef

from ..component import doc_text, line_start
from .attach import TriggerClauses, governing
from .lexicon import STATEMENT_VERBS
from .relative import Resolver
from .story import quoted

# how many sentences back a quotation runs on from the one that names its speaker
_QUOTE_SENTENCES = 3


def statement_over(clauses: TriggerClauses) -> Token | None:
    """The statement verb whose complement the trigger's clause is ("said they condemn the
    attack", 'said, "Our condolences go to the families"'), or None: the nearest clause whose time
    the trigger shares (a relative or finite adverbial clause has its own), when it is a statement;
    None for a modal clause."""
    verb = clauses.host if clauses.noun else clauses.trigger
    if verb is None or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None
    above = governing(clauses, 1)
    if not above or above[0].lemma_.lower() not in STATEMENT_VERBS:
        return None
    return above[0]


def quotation_date(sent: Span, trigger: Token, published: dt.date, resolve: Resolver) -> TimeRef | None:
    """The date of the statement a quotation runs on from ('"We condemn the attack," X said on
    Monday. "We demand an inquiry."'): a trigger inside quotation marks, in a sentence with no
    statement of its own, takes the date of the last statement verb outside the marks in the
    sentences before it in its paragraph (up to _QUOTE_SENTENCES back, each a part of the same
    quotation). None outside a quotation, across a line break, or when that statement has no date."""
    doc = sent.doc
    text = doc_text(doc)
    para = line_start(doc, trigger.idx)
    if not quoted(text[para:], trigger.idx - para):
        return None
    span = sent
    for _ in range(_QUOTE_SENTENCES):
        if span.start == 0 or span.start_char <= para:
            return None
        span = doc[span.start - 1].sent
        said = next(
            (
                t
                for t in reversed(span)
                if t.pos_ == "VERB" and t.lemma_.lower() in STATEMENT_VERBS and not quoted(text[para:], t.idx - para)
            ),
            None,
        )
        if said is not None:
            ref = resolve(span, said, published, False)
            return ref if ref.date_precision is not None else None
    return None
