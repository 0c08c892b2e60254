"""The message a speech verb's clause describes ("a letter [urging] X"), whose author is the act's doer."""

from __future__ import annotations

from spacy.tokens import Token


def message_carrier(tok: Token, nouns: frozenset[str]) -> Token | None:
    """The message noun a speech verb's clause describes, which carries the act: "a letter [urging]
    X to ...", "a statement that [condemned] X", and "a message on Twitter [blaming] X" where the
    parser hung the clause on the medium or recipient in the message's own phrase (events.yaml
    message_nouns). The message's author is the act's doer, never the medium."""
    if tok.dep_ not in ("acl", "relcl") or tok.tag_ == "VBN":
        return None  # "a letter [signed] by X" names the message, it is no act of it
    head = tok.head
    if head.lemma_.lower() in nouns:
        return head
    if head.dep_ != "pobj" or head.head.dep_ not in ("prep", "dative"):
        return None
    holder = head.head.head
    if head.head.dep_ == "prep" and holder.lemma_.lower() in nouns:
        return holder
    if (
        tok.dep_ == "relcl"
        and any(c.tag_ == "WDT" and c.dep_ == "nsubj" for c in tok.children)
        and holder.pos_ == "VERB"
    ):
        # "sent [a letter] to the UN [that urged] X": the clause after the recipient is the message's
        # (not "sent a letter to China, [which China rejected]": the relative word is no doer there)
        return next((o for o in holder.children if o.dep_ == "dobj" and o.lemma_.lower() in nouns), None)
    return None
