"""What a statement says is dated by the statement.

"On Monday, the minister said, "We condemn the attack."": the condemnation is made by saying it, on
Monday; "the minister said on Monday that police are investigating" reports an investigation going on
that Monday. A clause in the present tense inside a statement's complement (or direct quotation) with
no date of its own therefore takes the statement's date, as a past or tenseless one already does
(`attach.governing`). The statement's date may itself come from the story around it ("The minister
spoke on Monday. He said, "We condemn the attack.""): the statement verb is dated as an event of its
own. Not for a planned event ("said they will build a wall"), which carries its own date or none, nor
for a modal clause ("said the war would end", "said he may declare an emergency"): a prediction or a
possibility is not done by saying it.
"""

from __future__ import annotations

from spacy.tokens import Token

from .attach import TriggerClauses, governing
from .lexicon import STATEMENT_VERBS


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
