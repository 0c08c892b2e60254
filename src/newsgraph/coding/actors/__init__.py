"""The `actors` stage: link mentions to the KB and give each a CAMEO actor code.

Sources of mentions, in order of trust:
1. entities the KB entity ruler tagged (`ent_id_` = "person:…", "country:…", "org:…");
2. agent noun phrases ("Chinese leaders", "the head of US diplomacy", "Russian troops"):
   country from a demonym/country modifier, sector from `agents*.tsv`;
3. statistical PERSON/GPE/ORG entities the KB does not know: coded from context (a
   PERSON that is a place's name of several words is none: "Tsuen Wan").
An agent phrase without a country takes the one of the place it is in ("lawmakers in
Pakistan"), except armed and foreign groups; "former" officials are elites (ELI).
A singular office ("the Russian president") or a pronoun resolves to a person.
A person's office stated in the text (title or apposition) is kept as a *claim*
for the `flags` stage to check against the KB.
An actor still without a country takes one from the text: a body beside it, the
sentence's, paragraph's or article's one country, the actor a possessive or pronoun
stands for; each actor's `resolved_by` says where its country came from (docs/kb.md).
A bare one-person office ("the president") is the holder named before it or the holder in
the context's country; "I"/"we" inside a quotation are its speaker; a later title completes
an earlier bare name; a party word beside a person ("X, a Republican") makes a party member.

The parts: `entities` (entities -> actors), `phrases` (agent noun phrases), `titles`
(a phrase as a person's title, an office holder or an actor of its own), `pronouns`,
`speakers` (first person inside quotations),
`setting` (the countries of sentences, paragraphs and the article), `context` (countries
from the text), `mentions` (the table they fill), `words` (actors.yaml's word lists) and
`linker` (the component that runs them).
"""

from ...rulefile import load_rules
from ...ruleschemas import ActorRules
from .entities import country_actor
from .linker import ActorLinker, make_actor_linker
from .phrases import MIN_CITY_POPULATION
from .titles import RoleClaim
from .words import ActorWords

# the old module's name for actors.yaml's `person_pronouns` (kept importable)
PERSON_PRONOUNS = ActorWords.of(load_rules(ActorRules)).person_pronouns

__all__ = ["ActorLinker", "MIN_CITY_POPULATION", "PERSON_PRONOUNS", "RoleClaim", "country_actor", "make_actor_linker"]
