"""A name whose clause gives its office in an "as" phrase ("X resigned as the governor of Y",
"X was sworn in as Y's president"): a person the text places in that office, made an actor
with the office's country and sector when no other stage made the name one (the NER may tag a
little-known person's name ORG, which the entity linker leaves out). A subject that is already
an actor is left to ContextResolver's own "as"-office reading."""

from __future__ import annotations

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Span, Token

from ...kb import actor_code
from ...model import Actor
from ...rulefile import load_rules, lowered
from ...ruleschemas import AsOfficeRules
from ..component import entity_of, tokens_with
from .mentions import Mentions

# an office's mention as a title the context or the KB resolved, and sectors no office is
_OFFICE_HOWS = frozenset({"context:agent", "kb:office"})
_NOT_OFFICE_SECTORS = frozenset({None, "", "CVL", "IGO", "NGO"})  # no sector, or one no office has
_NAME_LABELS = frozenset({"PERSON", "ORG", "NORP"})


def as_phrase_office(verb: Token, mentions: Mentions, preps: frozenset[str]) -> tuple[Token, Actor] | None:
    """The word and actor of the office `verb`'s "as" phrase (`preps`) names: a title the context
    or the KB resolved, with a country and a sector an office has; None when the clause has an
    object of its own ("X described Y as the president": the office is Y's)."""
    if any(c.dep_ in ("dobj", "dative", "attr") for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj" or pobj.i not in mentions.at:
                continue
            office = mentions.actors[mentions.at[pobj.i]]
            if office.how in _OFFICE_HOWS and office.country and office.sector not in _NOT_OFFICE_SECTORS:
                return pobj, office
    return None


class AsOffice:
    def __init__(self, rules: AsOfficeRules | None = None) -> None:
        r = rules or load_rules(AsOfficeRules)
        self.verbs = lowered(r.office_verbs)
        self.preps = frozenset({"as"})

    def link(self, doc: Doc, mentions: Mentions) -> None:
        """Make each such subject name a person holding the office its verb's "as" phrase names."""
        for verb in tokens_with(doc, LEMMA, self.verbs):
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            found = as_phrase_office(verb, mentions, self.preps)
            if found is None:
                continue
            office = found[1]
            name = self._subject_name(verb, mentions)
            if name is None:
                continue
            person = Actor(
                name.text,
                [name.start_char, name.end_char],
                None,
                name.text,
                office.country,
                office.sector,
                actor_code(office.country, office.sector),
                how="context:person",
            )
            person.resolved_by = "title"
            mentions.add(person, range(name.start, name.end))

    @staticmethod
    def _subject_name(verb: Token, mentions: Mentions) -> Span | None:
        """The named entity that is `verb`'s subject and no actor yet."""
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ != "PROPN" or subj.ent_iob_ == "O" or subj.ent_type_ not in _NAME_LABELS:
            return None
        name = entity_of(subj)
        if name is None or any(i in mentions.at for i in range(name.start, name.end)):
            return None
        return name
