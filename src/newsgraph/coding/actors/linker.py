"""The `newsgraph_actors` component: runs the parts of the actors stage over a Doc in order
(entities, agent phrases and titles, later mentions of unknown people, pronouns, the setting
and countries from context) and sets
`doc._.actors`, `doc._.actor_at`, `doc._.role_claims` and `doc._.setting` (where the piece is
set: `setting.Setting`)."""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP, LOWER, POS
from spacy.language import Language
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Token

from ...kb import KB, load_kb
from ...model import Actor
from ...rulefile import load_rules, lowered
from ...ruleschemas import ActorRules
from ..component import guarded
from ..quotes import quotations, speech_verbs
from ..where import load_gazetteer
from .acting_place import acting_places
from .affiliation import Affiliations
from .as_office import AsOffice
from .context import ContextResolver
from .country_lists import split_country_list
from .domestic_acts import domestic_bodies
from .entities import EntityLinker, share_names
from .fronted import fronted_bodies
from .held import held_persons
from .hometowns import person_hometowns
from .mentions import Mentions
from .org_kinds import name_org_kinds
from .origin import person_origins
from .owned_offices import owned_offices
from .pairs import resolve_pairs
from .people_nouns import people_noun_mentions
from .phrases import AgentPhrases
from .pronouns import resolve_pronouns
from .quoted_groups import settle_quoted_groups
from .residents import resident_persons
from .roles import resolve_roles
from .setting import SettingReader
from .speakers import resolve_quoted
from .story_country import resolve_story_country
from .titles import BareOffice, BodyMention, RoleClaim, TitleLinker
from .town_actors import town_actors
from .words import ActorWords

# the parts of speech of a word that may head an agent phrase (`AgentPhrases.find`)
_NOUN_POS = np.array([NOUN, PROPN], dtype=np.uint64)


class ActorLinker:
    """spaCy component filling `doc._.actors`, `doc._.actor_at` and `doc._.role_claims`."""

    def __init__(self, kb: KB) -> None:
        self.kb = kb
        gazetteer = load_gazetteer(tuple(map(str, kb.dirs[1:])))
        rules = ActorWords.of(load_rules(ActorRules))
        self.person_pronouns = rules.person_pronouns
        self.phrases = AgentPhrases(kb, gazetteer, rules)
        self.entities = EntityLinker(kb, gazetteer, rules, self.phrases)
        self.titles = TitleLinker(kb, rules)
        self.setting = SettingReader(kb, gazetteer, rules)
        self.gazetteer = gazetteer
        parties: dict[str, str | None] = {}
        for o in kb.orgs.values():
            if o.sector == "PTY":
                for n in (o.name, *o.aliases):
                    low = n.lower().removeprefix("the ")
                    parties[low] = o.country if parties.get(low, o.country) == o.country else None
        self.context = ContextResolver(rules, parties)
        self.as_office = AsOffice()
        self.affiliations = Affiliations(rules)
        self.rules = rules
        # the words naming one person an agent phrase may head ("a police officer", "the attacker"),
        # not a spokesman or official, who speaks for someone ("a spokesman for X said he" is X)
        roles = lowered(load_rules(ActorRules).role_nouns)
        self.one_person = (rules.person_titles | roles) - rules.generic_heads

    @guarded("newsgraph_actors")
    def __call__(self, doc: Doc) -> Doc:
        day = doc._.published
        mentions = Mentions()
        actors, at = mentions.actors, mentions.at
        claims: list[RoleClaim] = []
        later = self.entities.link(doc, day, mentions)
        people_noun_mentions(doc, mentions, self.kb.peoples)  # "the Kurds": a people's civilians
        pronouns: list[int] = []
        bare: list[BareOffice] = []
        office_people: list[Actor] = []
        bodies: list[BodyMention] = []
        members: list[Token] = []
        self.titles.start_doc()
        for tok in self._candidates(doc):
            if tok.i in at and actors[at[tok.i]].how.startswith("kb:person"):
                continue
            if tok.lower_ in self.person_pronouns:
                if tok.pos_ == "PRON":
                    pronouns.append(tok.i)
                continue
            if tok.dep_ == "relcl" and tok.lemma_ in self.rules.member_clause_verbs:
                members.append(tok)
                continue
            phrase = self.phrases.find(tok)
            if phrase is not None and not self._post_sought(phrase.head):
                self.titles.link(phrase, day, mentions, claims, bare, office_people, bodies)
                split_country_list(phrase, mentions, self.kb)  # "Indian and Pakistani troops": one each
        for verb in members:
            self._named_members(verb, mentions)
        share_names(later)  # after the titles: "Carrie Lam, the chief executive of Hong Kong"
        quotes = quotations(doc, speech_verbs())
        resolve_pronouns(
            pronouns, mentions, doc, self.rules.genders, quotes, self.one_person, self.rules.reporting_person_nouns
        )
        owned_offices(doc, mentions, self.rules.owned_offices)  # "the governor's office said": the governor
        # actors the KB lacks: a country from the text around them (a body beside them, the
        # sentence, paragraph or article, the actor a pronoun stands for)
        for a in actors:
            if a.resolved_by is None and a.country:
                a.resolved_by = "title"  # given by a title after the actor was made
        doc._.setting = self.setting.read(doc, mentions)
        # a legislature named by its word alone ("Congress", "the Senate") is, like "the
        # president", the one of the country the story is about, not a sentence's other party
        houses = (actors[b.index] for b in bodies if b.alone and actors[b.index].sector == "LEG")
        offices = frozenset(
            [*(id(actors[b.index]) for b in bare), *(id(a) for a in office_people), *(id(a) for a in houses)]
        )
        affiliated = self.affiliations.link(doc, mentions)  # "X of the Y Institute", "X from Y"
        self.context.bodies(doc, mentions)
        person_origins(doc, mentions, self.kb.demonym_country)  # "An Australian, X, ...": AUS
        person_hometowns(doc, mentions, self.gazetteer, self.rules.origin_nouns)  # "X, a native of Bremen": DEU
        held_persons(doc, mentions, doc._.setting)  # "X was arrested": the police's country (not X's own)
        self.titles.fill_definites(bodies, mentions)  # "the US Embassy ... the embassy"
        name_org_kinds(doc, mentions, self.rules.org_kind_nouns)  # "the EU ... the bloc" (org_kinds.py)
        fronted_bodies(doc, mentions, bodies, doc._.setting, self.rules, self.context.not_local_words, offices)
        share_names(later)  # "Rosselló ... Governor Ricardo Rosselló of Puerto Rico"
        self.context.resolve(doc, mentions, doc._.setting, {id(r.mention) for r in later}, offices)
        self.affiliations.settle(affiliated, doc._.setting)  # a national body: the setting's country
        self.titles.fill_offices(bare, day, mentions)  # "the president" of the context's country
        share_names(later)
        self.context.resolve_late(doc, mentions, doc._.setting, [r.mention for r in later])
        town_actors(
            doc, mentions, self.gazetteer, self.entities.body_name, self.rules
        )  # "attacked Kagoro": a town's (no "it" for one)
        acting_places(
            doc, mentions, doc._.setting, self.rules, self.context.not_local_words
        )  # police act where they are
        share_names(later)
        domestic_bodies(doc, mentions)  # "Parliament impeached President X": X's country's
        self.as_office.link(doc, mentions)  # "X resigned as the governor of Y"
        resolve_roles(doc, mentions, doc._.setting)  # "X was charged ... the accused"
        resident_persons(doc, mentions, doc._.setting, later)  # a named private person: the story's one country
        resolve_pairs(doc, mentions, self.kb, self.rules)  # "X met Y. The two leaders signed": X and Y
        # "the country": the story's main country
        resolve_story_country(doc, mentions, doc._.setting, self.kb, self.rules.story_country_nouns)
        mentions.drop_uncoded_guesses()
        # "I" and "we" inside a quotation: its speaker, once the speakers are coded
        resolve_quoted(doc, quotations(doc, speech_verbs()), mentions, self.rules)
        # and its groups: a quoted "they" is not the speaker's side, "our X" and "this country" are
        # the speaker's country's, "we all" is no one
        settle_quoted_groups(doc, quotations(doc, speech_verbs()), mentions, self.rules, self.context)
        # a mention inside a longer one is the same actor ("US" in "the head of US diplomacy")
        kept = sorted({at[i] for i in at} | set(mentions.partners.values()), key=lambda k: actors[k].span[0])
        doc._.actors = [actors[k] for k in kept]
        doc._.actor_at = {i: actors[k] for i, k in at.items()}
        doc._.partner_at = {i: actors[k] for i, k in mentions.partners.items()}
        doc._.role_claims = claims
        return doc

    def _candidates(self, doc: Doc) -> list[Token]:
        """The tokens the pass over the Doc may act on (a person pronoun, a relative clause, a
        noun that may head an agent phrase), in order, by one array read: a Token object per
        word of the Doc cost more than the pass's work on the few that matter."""
        strings = doc.vocab.strings
        cols = doc.to_array([POS, DEP, LOWER])
        pronouns = np.fromiter((strings[w] for w in self.person_pronouns), dtype=np.uint64)
        keep = np.isin(cols[:, 0], _NOUN_POS) | (cols[:, 1] == strings["relcl"]) | np.isin(cols[:, 2], pronouns)
        return [doc[int(i)] for i in np.flatnonzero(keep)]

    @staticmethod
    def _named_members(verb: Token, mentions: Mentions) -> None:
        """ "his critics, which include Greenpeace, blame him": a plural common noun that is no
        actor or only a group word ("critics", "opponents": an agent phrase), with a relative
        clause of `member_clause_verbs` naming one actor as its object (no list), stands for
        that actor: the text says who the group is."""
        noun, at = verb.head, mentions.at
        group = at.get(noun.i)
        if (
            noun.pos_ != "NOUN"
            or noun.tag_ != "NNS"
            or group is not None
            and mentions.actors[group].how != "context:agent"
        ):
            return
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if len(objects) != 1 or objects[0].conjuncts or objects[0].i not in at or at[objects[0].i] == group:
            return
        for i in [i for i, k in at.items() if k == group] if group is not None else [noun.i]:
            at[i] = at[objects[0].i]

    def _post_sought(self, tok: Token) -> bool:
        """Is an agent word the post someone seeks rather than an actor ("her candidacy for
        the prime ministry", "ran for president"; actors.yaml `posts_sought_after`)?"""
        if tok.dep_ != "pobj" or tok.head.lower_ != "for":
            return False
        return tok.head.head.lemma_.lower() in self.rules.posts_sought_after


@Language.factory(
    "newsgraph_actors",
    assigns=["doc._.actors", "doc._.actor_at", "doc._.role_claims", "doc._.setting"],
    requires=["doc.ents"],
    default_config={"kb_dirs": []},
)
def make_actor_linker(nlp: Language, name: str, kb_dirs: list[str]) -> ActorLinker:
    return ActorLinker(load_kb(kb_dirs))
