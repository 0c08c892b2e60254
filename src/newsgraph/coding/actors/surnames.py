"""A surname the NER left untagged: "Nancy Pelosi ... Trump congratulated Pelosi" or
"Mohammed Waseem ... Waseem confessed", where the statistical model tags the full name but
not the later surname alone. A capitalised proper noun outside every entity and mention, that
is the last word of exactly one person named in full earlier in the article, is that person
(a KB person as the KB codes them; a person the KB lacks as a repeated name of their first
mention, coded like it). Not a word inside a longer name ("Pelosi Hall": a proper noun beside
it) nor a modifier of a noun ("the Pelosi bill"), and never a surname two people named
before share. A one-word name the NER tagged as a place or a body, of which no actor was made
(no town of that name is known: "security minister Wiranto ... planned to visit [Wiranto]",
the second tagged GPE), is such a surname too: the text named no place or body by it."""

from __future__ import annotations

from rapidfuzz import fuzz
from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from ...model import Actor
from ..component import tokens_with
from .mentions import Mentions

# how alike (rapidfuzz ratio) two given names must be to be spellings of one name
SAME_FIRST_NAME = 80
# entity labels a lone surname gets from the NER when it is taken for a place or a body
_NAME_LABELS = frozenset({"PERSON", "GPE", "LOC", "ORG", "NORP"})


def _unlinked_name(tok: Token) -> bool:
    """Is `tok` outside every entity, or a one-word entity of a name label (that no actor was
    made of: the caller checks the mentions)?"""
    if not tok.ent_type_:
        return True
    doc = tok.doc
    alone = tok.ent_iob_ == "B" and (tok.i + 1 == len(doc) or doc[tok.i + 1].ent_iob_ != "I")
    return alone and tok.ent_type_ in _NAME_LABELS and not tok.ent_id_


class FullNames:
    """The surnames of the people named in full so far (surname -> person; None for a surname
    two different people carry)."""

    __slots__ = ("by_surname",)

    def __init__(self) -> None:
        self.by_surname: dict[str, tuple[int, str, Actor] | None] = {}

    def note(self, surname: str, full: str, end: int, person: Actor) -> None:
        """A person named in full (`full`, ending at character `end`); two full names that
        differ ("Anna Korvel", "Peeter Korvel") leave the surname to no one."""
        if surname in self.by_surname:
            seen = self.by_surname[surname]
            if seen is not None and seen[1] != full and not (seen[2].kb_id and seen[2].kb_id == person.kb_id):
                self.by_surname[surname] = None
            return
        self.by_surname[surname] = (end, full, person)

    def kb_person(self, surname: str, start: int) -> Actor | None:
        """The KB person named in full before character `start` whose surname this is, when no
        one else named so far carries it ("Bill Clinton ... Clinton", though the KB knows two
        Clintons and a lone "Clinton" is neither there)."""
        seen = self.by_surname.get(surname)
        if seen is None or seen[0] > start or seen[2].how != "kb:person":
            return None
        return seen[2]

    def link_untagged(self, doc: Doc, mentions: Mentions) -> list[tuple[Actor, Actor]]:
        """Add a mention for every untagged surname of one person named in full before it;
        the (mention, first) pairs of people the KB lacks, for the caller to share codes."""
        found: list[tuple[Actor, Actor]] = []
        if not self.by_surname:
            return found
        at = mentions.at
        for tok in tokens_with(doc, LOWER, self.by_surname):
            if tok.pos_ != "PROPN" or tok.i in at or not tok.is_title or not _unlinked_name(tok):
                continue
            seen = self.by_surname[tok.lower_]
            if seen is None or seen[0] > tok.idx or tok.dep_ == "compound":
                continue
            if any(0 <= j < len(doc) and doc[j].pos_ == "PROPN" for j in (tok.i - 1, tok.i + 1)):
                continue
            person = seen[2]
            span = [tok.idx, tok.idx + len(tok.text)]
            if person.how == "kb:person":
                actor = Actor(
                    tok.text,
                    span,
                    person.kb_id,
                    person.name,
                    person.country,
                    person.sector,
                    person.code,
                    how="kb:person",
                )
            else:
                actor = Actor(tok.text, span, None, None, None, None, None, how="context:person")
                found.append((actor, person))
            mentions.add(actor, range(tok.i, tok.i + 1))
        return found


def given_name(words: list[str], honorifics: frozenset[str]) -> str | None:
    """The given name of a full name, past honorifics ("Mme Emily Spanton": emily); None for
    a surname alone or a title and surname ("Mme Spanton")."""
    names = [w.lower() for w in words if w.lower().rstrip(".") not in honorifics]
    return names[0] if len(names) > 1 else None


def namesakes(first: Actor, ent: Span, honorifics: frozenset[str]) -> bool:
    """Are two full names of people the KB lacks that end in one surname two people ("Peter
    Otieno ... Samuel Otieno", "Hamza bin Laden, son of Osama bin Laden"): both give a given
    name, and the two are not spellings of one (`SAME_FIRST_NAME`)? The later one is then no
    repeat of the first, and the surname alone stands for neither."""
    a = given_name(first.text.split(), honorifics)
    b = given_name([t.text for t in ent], honorifics)
    return a is not None and b is not None and fuzz.ratio(a, b) < SAME_FIRST_NAME
