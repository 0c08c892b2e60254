"""A person named with the body they belong to by a preposition ("Jane Roe of the Kenyan
Teachers League", "Juan Diaz from the Socialist Party", "Ana Ruiz of 'Hope Now', a victims'
charity"), or a title of such a body ("the president of the Tunisian League for ..."): CAMEO
codes a member, officer or spokesperson of a body as the body (GUIDELINE.md: a national NGO keeps
its country, with sector NGO). A place there gives the country only ("X from Toronto": a private
person of Canada).

The body's name is often no entity: the KB ruler tags the country word inside it ("Marriage
Equality Coalition Taiwan", "the Beijing Gender Health Institute"), and a quoted name is none.
Such a name is read here from its capitalised words, and coded as an organisation the KB lacks
when a noun of it or of an apposition says what kind of body it is (actors.yaml `affiliation`).
`context.py` reads "of"/"for"/"with" bodies that are already actors; this adds "from", places,
and the bodies no entity covers, and runs before it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ...kb import actor_code
from ...model import Actor
from .mentions import COUNTRY_WORDS, PLACE_HOWS, Mentions
from .setting import Setting
from .words import ActorWords

# bodies a person may belong to when already an actor; places give a country only
_BODY_HOWS = frozenset({"kb:org", "context:org", "context:agent"})
_MEMBER_HOWS = frozenset({"context:person", "context:agent"})
_QUOTES = frozenset({"'", '"', "“", "”", "‘", "’"})
_MAX_NAME = 12  # words of a body's name, at most


@dataclass(slots=True)
class Affiliated:
    """Bodies found with no country in their name, and the people coded as them: both take the
    setting's country once it is read (`Affiliations.settle`)."""

    bodies: list[tuple[Actor, int]] = field(default_factory=list)  # (body, its first token)
    members: list[tuple[Actor, Actor]] = field(default_factory=list)  # (person, body)
    # (person, place) of "X from Toronto": used only if nothing else (a party word, a title's
    # body, context) gave the person a country: "Republican X of Georgia" is American
    origins: list[tuple[Actor, Actor]] = field(default_factory=list)


class Affiliations:
    """Codes people and titles the KB lacks as the body an of/from phrase names."""

    def __init__(self, rules: ActorWords) -> None:
        self.rules = rules

    def link(self, doc: Doc, mentions: Mentions) -> Affiliated:
        """Give each person the KB lacks (and each person's title with no country) the body
        its affiliation phrase names; the bodies left for `settle`."""
        found = Affiliated()
        actors, at = mentions.actors, mentions.at
        tokens: dict[int, list[int]] = {}
        for i, k in at.items():
            if actors[k].how in _MEMBER_HOWS and not actors[k].country:
                tokens.setdefault(k, []).append(i)
        for k, found_at in tokens.items():
            a = actors[k]
            head = _head(doc, at, k, found_at)
            if head is None or not self._wanted(a, head):
                continue
            after = max(found_at) + 1
            # the word right after a name, wherever the parser hung it ("X of 'Y'" on a noun before X)
            preps = [*head.children, *([doc[after]] if a.how == "context:person" and after < len(doc) else [])]
            for prep in preps:
                if prep.dep_ != "prep" or prep.lower_ not in self.rules.affiliation_preps:
                    continue
                body = self._body(doc, prep, mentions, a, found)
                if body is not None and body is not a:
                    self._join(a, body, found)
                    break
        return found

    def settle(self, found: Affiliated, setting: Setting) -> None:
        """A body whose name gives no country is of the country its sentence, paragraph or
        article is set in (a national body: "Jane Roe of the Teachers League"); so are the
        people coded as it."""
        for body, i in found.bodies:
            country, by = setting.country_at(i, body.span[0])
            if country and not body.country:
                body.country, body.resolved_by = country, by
                body.code = actor_code(country, body.sector) or body.sector
        for person, body in [*found.members, *found.origins]:
            if not person.country and body.country:
                person.country, person.resolved_by = body.country, "appositive"
                person.code = actor_code(person.country, person.sector) or person.sector
            elif not person.country and person.sector in ("IGO", "NGO") and not body.code:
                person.code = None  # a member of a national body of no known country: not international

    def _wanted(self, a: Actor, head: Token) -> bool:
        """A person the KB lacks, or an agent phrase headed by a person's title ("the president
        of ...", "a spokeswoman for ...")."""
        if a.how == "context:person":
            return True
        if a.sector in ("IGO", "NGO"):
            return False
        lemma = head.lemma_.lower()
        return lemma in self.rules.person_titles or lemma in self.rules.body_titles

    def _join(self, a: Actor, body: Actor, found: Affiliated) -> None:
        """Code `a` as a member of `body`: its country, and its sector (a place gives none)."""
        if body.how in PLACE_HOWS:
            if a.how == "context:person":  # not "the mayor of Chicago": an office of the place (titles.py)
                found.origins.append((a, body))
            return
        a.country = body.country
        a.sector = body.sector or a.sector
        a.resolved_by = "appositive"
        a.code = actor_code(a.country, a.sector) or (a.sector if a.sector not in ("IGO", "NGO") else None)
        if not a.country:
            found.members.append((a, body))

    def _body(self, doc: Doc, prep: Token, mentions: Mentions, member: Actor, found: Affiliated) -> Actor | None:
        """The body an of/from phrase names: an actor already there (an organisation, a body's
        agent phrase, a place), else a name this module codes."""
        actors, at = mentions.actors, mentions.at
        objs = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        if not objs:
            return None
        obj = objs[0]
        name = self._name(doc, prep)
        noun = self._kind(name, obj) if name is not None else None
        if noun is None:
            for t in (obj, *(c for c in obj.children if c.dep_ in ("poss", "compound"))):
                b = _placed_org(t, mentions) or (actors[at[t.i]] if t.i in at else None)
                if b is None or b is member or b.sector == "CVL":
                    continue
                if b.how in _BODY_HOWS and (b.country or b.sector):
                    return b
                if b.how in PLACE_HOWS and b.country and _only(doc, at, at[t.i], name):
                    return b
            return None
        return self._named_body(doc, name, noun, mentions, found) if name is not None else None

    def _name(self, doc: Doc, prep: Token) -> Span | None:
        """The capitalised name after the preposition ("the Tunisian League for the Defence of
        Human Rights", "Marriage Equality Coalition Taiwan"), or a quoted one ("'Hope Now'")."""
        i = prep.i + 1
        if i < len(doc) and doc[i].lower_ == "the":
            i += 1
        if i < len(doc) and doc[i].text in _QUOTES:
            end = next((j for j in range(i + 1, min(len(doc), i + _MAX_NAME)) if doc[j].text in _QUOTES), None)
            return doc[i + 1 : end] if end is not None and end > i + 1 else None
        end = i
        while end < len(doc) and end - i < _MAX_NAME:
            if _capitalised(doc[end]):
                end += 1
                continue
            # "League for the Defence of Human Rights": a connector inside the name, a name word after it
            j = end
            while j < len(doc) and doc[j].lower_ in self.rules.name_connectors:
                j += 1
            if j > end and j < len(doc) and _capitalised(doc[j]) and end > i:
                end = j
                continue
            break
        return doc[i:end] if end > i else None

    def _kind(self, name: Span, obj: Token) -> Token | None:
        """The noun that says what kind of body the name is: a word of the name ("League"),
        else the head of an apposition to it ("'Hope Now', a victims' charity")."""
        nouns = self.rules.body_nouns
        for t in name:
            if t.lower_ in nouns or t.lemma_.lower() in nouns:
                return t
        # the parser may hang the apposition on the person ("X of 'Y', a charity"): no person is a charity
        for t in (obj, *name, obj.head.head):
            for c in t.children:
                if c.dep_ == "appos" and not name.start <= c.i < name.end and c.lemma_.lower() in nouns:
                    return c
        return None

    def _named_body(self, doc: Doc, name: Span, noun: Token, mentions: Mentions, found: Affiliated) -> Actor:
        """The body a name and its kind noun make: an organisation the KB lacks, of the country a
        word of its name or of the apposition gives; it takes over those words' mentions."""
        actors, at = mentions.actors, mentions.at
        words = [*name]
        if not name.start <= noun.i < name.end:
            words += [c for c in noun.subtree if c.i not in range(name.start, name.end)]
        country = next((iso for t in words if (iso := _country(t, mentions))), None)
        sector = self.rules.body_nouns.get(noun.lower_) or self.rules.body_nouns[noun.lemma_.lower()]
        # a national body: no code until it has a country (sector NGO alone would code it international)
        code = actor_code(country, sector) if country else None
        k = at.get(noun.i)
        if k is not None and actors[k].how == "context:org" and not actors[k].code:
            # the NER's entity for the name, left uncoded ("the Teachers League"): now coded
            body = actors[k]
            body.country, body.sector, body.code = country, sector, code
            body.resolved_by = "title" if country else None
        else:
            body = Actor(
                name.text,
                [name.start_char, name.end_char],
                None,
                name.text,
                country,
                sector,
                code,
                how="context:org",
                resolved_by="title" if country else None,
            )
            k = mentions.add(body, range(name.start, name.end))
        for t in words:
            if t.i in at and actors[at[t.i]].how not in ("kb:person", "context:person"):
                at[t.i] = k  # "Taiwan" in "Coalition Taiwan" is the coalition's word
        if not country:
            found.bodies.append((body, name.start))
        return body


def _capitalised(tok: Token) -> bool:
    """A word of a name: capitalised letters, not a sentence's punctuation or a verb."""
    return tok.text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN", "ADJ") and any(ch.isalpha() for ch in tok.text)


def _country(tok: Token, mentions: Mentions) -> str | None:
    """The country a word of a body's name names: a country, demonym or capital, or a city."""
    kind, _, iso = tok.ent_id_.partition(":")
    if kind in COUNTRY_WORDS and iso:
        return iso
    a = mentions.actors[mentions.at[tok.i]] if tok.i in mentions.at else None
    return a.country if a is not None and a.how == "place:city" else None


def _placed_org(tok: Token, mentions: Mentions) -> Actor | None:
    """The NER's name of a body the KB lacks that covers `tok` and has a country of its own words
    ("the University of Toronto" CAN: entities.py, `place_named_in`), over the agent phrase of
    its head word alone ("the University"), which has none."""
    return next(
        (
            a
            for a in mentions.actors
            if a.how == "context:org" and a.country and a.span[0] <= tok.idx < a.span[1] and a.span[0] < tok.idx
        ),
        None,
    )


def _only(doc: Doc, at: dict[int, int], k: int, name: Span | None) -> bool:
    """Is the phrase's name just the place ("from Toronto"), not a body named after it?"""
    return name is None or all(at.get(t.i) == k for t in name)


def _head(doc: Doc, at: dict[int, int], k: int, tokens: list[int]) -> Token | None:
    """The head word of mention `k` (covering `tokens`): its token whose head is outside it."""
    for i in sorted(tokens):
        if at.get(doc[i].head.i) != k or doc[i].head.i == i:
            return doc[i]
    return None
