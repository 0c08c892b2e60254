"""Actors the KB lacks get their country from the text (run once names, titles and he/she
are linked):

1. a body beside the mention: an apposition with a title of a body ("X, head of Iran's
   Quds Force"), or an of/for/with phrase ("X of the army's Western Mindanao Command", "a
   spokesman for the PMF"): the mention takes the body's country, and its sector when it
   has none or only a generic title's ("spokesman" GOV -> the PMF's MIL) -> "appositive";
2. the one country of the sentence, of the paragraph, else the article's main country
   (`setting.py`) -> "sentence", "paragraph", "article"; armed groups take only the
   article's (actors.yaml `context.article_only_sectors`), other groups often foreign to
   where they are (refugees, aid workers, envoys: `located_in`) none;
3. possessives and pronouns ("their government", "its army", "the group", "they", "it")
   -> the last compatible actor before them, in their sentence or the one before
   -> "pronoun".
International bodies (IGO/NGO) have no country and are left as they are.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from ...kb import actor_code
from ...model import Actor
from ..component import tokens_with
from ..stranded import stranded_conjunct_verb
from .as_office import as_phrase_office
from .described_ngos import described_ngos
from .mentions import PERSON_HOWS, Mentions
from .outlet import LEGISLATOR_SECTORS, legislature_country, outlet_country
from .setting import Setting
from .short_forms import name_short_forms
from .words import ActorWords

# the actors this module may give a country: found in the text, not in the KB
_FILLABLE = frozenset({"context:agent", "context:person", "context:org"})
_PLACES = frozenset({"kb:country", "kb:capital", "kb:government", "place:city"})
# where a they/it stands for an actor: a clause's subject or object, or the possessor of the
# thing a judging verb is about ("ruled [its] decision unlawful": whose decision; "its army" is
# an agent phrase of its own)
_PRONOUN_SLOTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "poss"})
# what a title's own word may name as the body a person belongs to ("the Taliban spokesman")
_BODIES = frozenset({"kb:org", "context:org", "kb:country", "kb:capital", "kb:government"})


@dataclass(slots=True)
class _Found:
    """An actor of the Doc with the token indices it covers (first first)."""

    actor: Actor
    tokens: list[int]

    @property
    def first(self) -> int:
        return self.tokens[0]


class ContextResolver:
    """Gives the Doc's actors the KB lacks a country from the text around them."""

    def __init__(self, rules: ActorWords, parties: dict[str, str | None] | None = None) -> None:
        """`parties`: a KB party's name, lowercased without "the", -> its country."""
        self.rules = rules
        self.parties = parties or {}
        self.not_local_words = rules.not_local_terms | rules.not_local_modifiers | rules.regional_modifiers
        self.person_not_local_words = self.not_local_words - rules.one_country_modifiers
        self._offices: frozenset[int] = frozenset()
        self._mentions = Mentions()

    def bodies(self, doc: Doc, mentions: Mentions) -> None:
        """1. a body beside a mention the KB lacks (any mention: a later one's own body counts
        too, "Governor X of Puerto Rico")."""
        for f in _found(mentions):
            if f.actor.how == "context:person":
                self._party(doc, f, mentions)
                self._international_title(doc, f, mentions)
                self._named_body_title(doc, f, mentions)
                self._office_as(doc, f, mentions)
            if f.actor.how in _FILLABLE:
                self._body(doc, f, mentions)
            if f.actor.how == "context:agent":
                if not self._member_of(doc, f, mentions):
                    self._side(doc, f, mentions)

    def resolve(
        self, doc: Doc, mentions: Mentions, setting: Setting, skip: set[int], offices: frozenset[int] = frozenset()
    ) -> None:
        """2. and 3., in place, once `bodies` ran; `skip` are ids of actors that take no
        country from the sentence, paragraph or article of their own (a repeated name takes
        its first mention's codes); `offices` ids of bare one-person offices ("the foreign
        minister": "foreign" is the office's, not a foreign group's)."""
        self._offices = offices
        self._mentions = mentions
        name_short_forms(doc, mentions)  # "the European Commission ... the Commission" (short_forms.py)
        found = _found(mentions)
        described_ngos(doc, found, self.rules.group_nouns)  # "the rights group" (described_ngos.py)
        possessed = [f for f in found if self._possessive(doc, f) is not None]
        owned = {id(f.actor) for f in possessed}
        for f in found:
            if id(f.actor) not in owned and id(f.actor) not in skip:
                self._fill(doc, f, setting)
        for f in possessed:
            self._by_possessive(doc, f, found, mentions)
            self._fill(doc, f, setting)
        self._pronouns(doc, found, mentions)

    def resolve_late(self, doc: Doc, mentions: Mentions, setting: Setting, late: list[Actor]) -> None:
        """Repeated names still without a country once coded like their first mention (the
        later one had a title the first lacked: "Szumowski ... Health Minister Szumowski")."""
        wanted = {id(a) for a in late if a.country is None}
        self._mentions = mentions
        if wanted:
            for f in _found(mentions):
                if id(f.actor) in wanted:
                    self._fill(doc, f, setting)

    # -- 1. a body beside the mention --------------------------------------------------
    def _body(self, doc: Doc, f: _Found, mentions: Mentions) -> None:
        a = f.actor
        if a.country and a.sector:
            return
        tokens = set(f.tokens)
        root = _head(doc, f)
        generic = a.how == "context:agent" and root.lemma_.lower() in self.rules.body_titles
        # the mention's own of/for phrase: a person's ("X of the army's Command") or a body
        # title's ("a spokesman for the PMF"); not a group's ("protesters at the embassy")
        heads = [root] if a.how != "context:agent" or generic else []
        heads += [
            c
            for c in root.children
            if c.dep_ == "appos" and c.i not in tokens and c.lemma_.lower() in self.rules.body_titles
        ]
        for h in heads:
            for prep in h.children:
                if prep.dep_ != "prep" or prep.lower_ not in self.rules.body_preps:
                    continue
                for pobj in prep.children:
                    body = self._body_actor(pobj, mentions) if pobj.dep_ == "pobj" else None
                    if body is None or body is a:
                        continue
                    takes_sector = not a.sector or generic or a.how == "context:person" and h is not root
                    country = a.country or body.country
                    if body.country and not a.country:
                        a.resolved_by = "appositive"
                    elif body.sector in ("IGO", "NGO") and takes_sector:
                        a.resolved_by = "appositive"
                    a.country = country
                    if takes_sector and body.sector:
                        a.sector = body.sector
                        a.code = body.code if body.code and body.sector in ("IGO", "NGO") else None
                    if a.country and a.code == a.sector:  # a sector-only code, now with its country
                        a.code = None
                    a.code = a.code or actor_code(a.country, a.sector) or a.sector
                    return

    def _side(self, doc: Doc, f: _Found, mentions: Mentions) -> None:
        """ "elite forces in the Syrian Armed Forces", "fighters from Hezbollah", "militiamen
        loyal to X": an armed group the KB lacks, with no country of its own words, takes the
        country of the national body it is part of (`armed_preps`) or of the person or body it
        is loyal to (`allegiance_words` + `allegiance_preps`). A country or place in such a
        phrase is where the group is, not whose: only organisations and people count."""
        a = f.actor
        if a.country or a.sector not in self.rules.article_only_sectors:
            return
        root = _head(doc, f)
        phrases = [(p, False) for p in root.children if p.dep_ == "prep" and p.lower_ in self.rules.armed_preps]
        phrases += [
            (p, True)
            for adj in root.children
            if adj.dep_ in ("amod", "acl", "relcl", "advcl") and adj.lemma_.lower() in self.rules.allegiance_words
            for p in adj.children
            if p.dep_ == "prep" and p.lower_ in self.rules.allegiance_preps
        ]
        for prep, loyal in phrases:
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                body = self._body_actor(pobj, mentions)
                if body is None or body is a or not body.country:
                    continue
                if not loyal and not self._armed_body(body):
                    continue  # "rebels in Syria": where they are, not whose they are
                a.country, a.resolved_by = body.country, "appositive"
                if a.code == a.sector:
                    a.code = None
                a.code = actor_code(a.country, a.sector) or a.sector
                return

    def _member_of(self, doc: Doc, f: _Found, mentions: Mentions) -> bool:
        """ "militia from the X group", "gunmen suspected to be members of X", "attackers
        believed to be X fighters": an armed group the KB lacks that the text makes part of an
        organisation (an of/from phrase, or `suspicion_words` + "to be"/"as") is coded as that
        organisation. A person or place there is not whose it is ("militia from Kenya")."""
        a = f.actor
        if a.sector not in self.rules.article_only_sectors:
            return False
        root = _head(doc, f)
        verbs = [v for v in root.children if v.dep_ in ("acl", "relcl")]
        if root.dep_ == "nsubj" and root.head.tag_ in ("VBN", "VBD"):
            verbs.append(root.head)  # parsed as "[gunmen] suspected ..." with the act as its clause
        said = [
            n
            for v in verbs
            if v.lemma_.lower() in self.rules.suspicion_words
            for c in v.children
            for n in (
                [x for x in c.children if x.dep_ in ("attr", "acomp")]
                if c.dep_ == "xcomp" and c.lemma_ == "be"
                else [x for x in c.children if x.dep_ == "pobj"]
                if c.dep_ == "prep" and c.lower_ == "as"
                else []
            )
        ]
        for h in (root, *said):
            owners = [o for p in h.children if p.dep_ == "prep" and p.lower_ in ("of", "from") for o in p.children]
            if h is not root:
                owners = [h, *(c for c in h.children if c.dep_ == "compound"), *owners]
            for o in owners:
                org = self._org_at(o, mentions)
                if org is not None and org is not a:
                    a.country, a.sector, a.code, a.resolved_by = org.country, org.sector, org.code, "appositive"
                    return True
        return False

    @staticmethod
    def _org_at(tok: Token, mentions: Mentions) -> Actor | None:
        """The organisation named at a word or by a compound or possessive before it."""
        for t in (tok, *(c for c in tok.children if c.dep_ in ("poss", "compound"))):
            o = mentions.actors[mentions.at[t.i]] if t.i in mentions.at else None
            if o is not None and o.how in ("kb:org", "context:org") and o.code:
                return o
        return None

    def _armed_body(self, body: Actor) -> bool:
        """A national body an armed group can be part of: an organisation, or an agent phrase
        naming an armed or governing body by its own words ("the Syrian Armed Forces")."""
        if body.how in ("kb:org", "context:org"):
            return True
        return body.how == "context:agent" and body.resolved_by == "title" and body.sector in ("MIL", "GOV", "COP")

    def _international_title(self, doc: Doc, f: _Found, mentions: Mentions) -> None:
        """ "UN envoy X", "X, a UN rapporteur", "X, an Amnesty researcher": a person the KB
        lacks whose title is named by an international body (IGO/NGO) is that body's (CAMEO
        codes an official of a body as the body), not a country's."""
        a = f.actor
        if a.country:
            return
        at, actors = mentions.at, mentions.actors
        for t in _title_words(doc, f):
            if t.pos_ not in ("NOUN", "PROPN"):
                continue
            for w in (t, *(c for c in t.children if c.dep_ in ("compound", "nmod"))):
                body = actors[at[w.i]] if w.i in at else None
                if body is None or body is a or body.how not in ("kb:org", "context:org"):
                    continue
                if body.sector in ("IGO", "NGO") or (body.code or "").startswith(("IGO", "NGO")):
                    a.sector, a.code, a.resolved_by = body.sector, body.code, "appositive"
                    return

    def _named_body_title(self, doc: Doc, f: _Found, mentions: Mentions) -> None:
        """ "X, the Taliban spokesman", "Hamas leader X": a title of someone's place in a body
        (`body_titles`) beside a person the KB lacks, the title naming the body by a word of
        its own (a compound or possessive that is a coded organisation or country): the
        person is that body's (CAMEO codes a member, leader or spokesman of a body as the
        body): its country, and its sector when the person has none."""
        a = f.actor
        if a.country:
            return
        at, actors = mentions.at, mentions.actors
        for t in _title_words(doc, f):
            if t.pos_ not in ("NOUN", "PROPN") or t.lemma_.lower() not in self.rules.body_titles:
                continue
            for w in t.children:
                body = actors[at[w.i]] if w.dep_ in ("compound", "nmod", "poss") and w.i in at else None
                if body is None or body is a or body.how not in _BODIES or not body.country:
                    continue
                a.country, a.resolved_by = body.country, "appositive"
                a.sector = a.sector or (body.sector if body.how in ("kb:org", "context:org") else None)
                a.code = actor_code(a.country, a.sector)
                return

    def _office_as(self, doc: Doc, f: _Found, mentions: Mentions) -> None:
        """ "X resigned as president of Indonesia", "he was sworn in as the Kenyan defence
        minister": a title in an "as" phrase of a clause whose subject is a person the KB
        lacks (by name or by a he/she standing for them) and which has no object of its own
        (not "X described Y as the president") is that person's office: the person takes the
        title's country and sector, and the title's words are that person's."""
        a = f.actor
        if a.country:
            return
        at = mentions.at
        me = at[f.first]
        for i in f.tokens:
            subj = doc[i]
            verb = subj.head if subj.dep_ in ("nsubj", "nsubjpass") else stranded_conjunct_verb(subj)
            if verb is None:
                continue
            found = as_phrase_office(verb, mentions, self.rules.office_preps)
            if found is None:
                continue
            pobj, office = found
            a.country, a.resolved_by = office.country, "title"
            a.sector = a.sector or office.sector
            a.code = actor_code(a.country, a.sector)
            k = at[pobj.i]
            for j, kk in list(at.items()):
                if kk == k:
                    at[j] = me
            return

    def _party(self, doc: Doc, f: _Found, mentions: Mentions) -> None:
        """ "X, a Republican", "a Democrat, X", "Labour MP X": a party word beside a person the
        KB lacks makes a party member (PTY, unless a title gave a sector) of the KB party of
        that name, else of the country context gives later."""
        a = f.actor
        if a.country and a.sector:
            return
        word = self._party_word(doc, f, mentions)
        if word is None:
            return
        country = self.parties.get(f"{word} party") or self.parties.get(f"{word}ic party")
        if country and not a.country:
            a.country, a.resolved_by = country, "appositive"
        a.sector = a.sector or "PTY"
        a.code = actor_code(a.country, a.sector) or a.sector

    def _party_word(self, doc: Doc, f: _Found, mentions: Mentions) -> str | None:
        """The party word (singular, lowercased) of the person's title ("a Democratic senator",
        linked to the person), of an apposition of the name or of a title before it, or of the
        noun the name is in apposition to ("a Republican, X")."""
        tokens = set(f.tokens)
        root = _head(doc, f)
        near = [doc[i] for i in f.tokens if doc[i].dep_ in ("amod", "compound", "nmod") and doc[i].head.i in tokens]
        near += [c for c in root.children if c.i not in tokens and c.dep_ in ("appos", "amod", "compound", "nmod")]
        if root.dep_ == "appos" and root.head.i not in tokens:
            near.append(root.head)
        words = self.rules.party_words
        for t in near:
            if t.i in mentions.at and mentions.actors[mentions.at[t.i]] is not f.actor:
                continue  # another actor's words ("Senator X of the Kenyan parliament")
            for w in (t, *(c for c in t.children if c.dep_ in ("amod", "compound"))):
                if w.text[:1].isupper() and w.lower_ in words:
                    low = w.lower_
                    return low[:-1] if low.endswith("s") and low[:-1] in words else low
        return None

    @staticmethod
    def _body_actor(pobj: Token, mentions: Mentions) -> Actor | None:
        """The body an of/for phrase names: the actor of its object ("the PMF", "Iran"), else
        of the object's possessive or compound ("the army's Western Mindanao Command")."""
        at, actors = mentions.at, mentions.actors
        for t in (pobj, *(c for c in pobj.children if c.dep_ in ("poss", "compound"))):
            a = actors[at[t.i]] if t.i in at else None
            if a is not None and (a.country or a.sector) and a.sector != "CVL":
                return a
        return None

    # -- 2. the sentence, the paragraph, the article -----------------------------------
    def _fill(self, doc: Doc, f: _Found, setting: Setting) -> None:
        a = f.actor
        if a.country or a.how not in _FILLABLE or not self._fillable(doc, f):
            return
        local = a.sector not in self.rules.not_local_sectors
        country, by = setting.people_country(doc, f.tokens, local, self.rules.located_preps)  # "Uyghur activists"
        if not (country or local) and (by or a.sector not in self.rules.article_only_sectors or self._placed(doc, f)):
            return  # refugees, aid workers; "troops in Syria" are not Syrian, whatever the article is about
        if country is None and id(a) in self._offices:
            # "the president" unqualified is the president of the country the story is about;
            # a sentence's one country is as often the other party ("The president criticised Iran")
            country, by = setting.main, "article"
        if local and country is None and a.how == "context:person" and a.sector in LEGISLATOR_SECTORS:
            country = legislature_country(self._mentions) or outlet_country(_head(doc, f), self._mentions)
            by = "appositive"
        if local and country is None:
            country, by = setting.doer_country(
                doc, f.tokens, self._mentions, self.rules.own_state_sectors, self.rules.not_local_terms
            )
        if country is None and id(a) not in self._offices and a.how == "context:agent" and self._local_only(doc, f):
            return
        if country is None:
            country, by = setting.main, "article"
        if country is None:
            return
        a.country = country
        a.code = actor_code(country, a.sector)
        a.resolved_by = by

    def _local_only(self, doc: Doc, f: _Found) -> bool:
        """Is the mention a media group named by its head word alone (actors.yaml
        `context.local_only_heads`: "news media", "the press"; not "social media users")?"""
        head = _head(doc, f)
        return f.actor.sector == "MED" and (
            head.lower_ in self.rules.local_only_heads or head.lemma_.lower() in self.rules.local_only_heads
        )

    def _fillable(self, doc: Doc, f: _Found) -> bool:
        """Not international bodies, envoys, refugees, foreign groups ("foreign journalists")
        nor a person the text gives no title at all."""
        a = f.actor
        if a.sector in ("IGO", "NGO") or (a.code or "").startswith(("IGO", "NGO")):
            return False
        if a.how == "context:person" and not a.sector:
            return False
        if id(a) in self._offices:
            return True
        words = self.not_local_words
        if a.how == "context:person":
            # one person has one country: "Regional Governor X" is of the region's country
            words = self.person_not_local_words
        return not any(
            (doc[i].lower_ in words or doc[i].lemma_.lower() in words) and not self._of_office(doc, i) for i in f.tokens
        )

    def _of_office(self, doc: Doc, i: int) -> bool:
        """Is the word a modifier that names an office with the word after it ("the [foreign]
        ministry", "Foreign Minister X": actors.yaml `context.office_after_modifiers`), not a
        group foreign to where it is ("foreign journalists")?"""
        return i + 1 < len(doc) and doc[i + 1].lower_ in self.rules.office_after_modifiers

    def _placed(self, doc: Doc, f: _Found) -> bool:
        """Does the phrase say where the group is ("troops in Syria", "rebels in Mali")?"""
        head = _head(doc, f)
        return any(
            prep.dep_ == "prep" and prep.lower_ in self.rules.located_preps and pobj.dep_ == "pobj" and pobj.ent_type_
            for prep in head.children
            for pobj in prep.children
        )

    # -- 3. possessives and pronouns ---------------------------------------------------
    def _possessive(self, doc: Doc, f: _Found) -> Token | None:
        """The possessive pronoun opening an agent phrase with no country ("their government")."""
        a = f.actor
        if a.country or a.how != "context:agent":
            return None
        t = doc[f.first]
        return t if t.lower_ in self.rules.possessive_pronouns and t.dep_ == "poss" else None

    def _by_possessive(self, doc: Doc, f: _Found, found: list[_Found], mentions: Mentions) -> None:
        pron = doc[f.first]
        person = pron.lower_ in self.rules.person_possessives
        ante = self._antecedent(doc, pron, found, person=person, plural=pron.lower_ in self.rules.plural_pronouns)
        if ante is None:
            return
        a = f.actor
        if ante.how in ("kb:org", "context:org") and ante.code and self._members(doc, f):
            # "Hezbollah ... its fighters", "IS ... its leaders": an organisation's armed men or
            # members, leaders, spokesmen are coded as it is, as "fighters of X" are
            a.country, a.sector, a.code, a.resolved_by = ante.country, ante.sector, ante.code, "pronoun"
            return
        if not ante.country:
            return
        a.country = ante.country
        a.code = actor_code(a.country, a.sector)
        a.resolved_by = "pronoun"

    def _members(self, doc: Doc, f: _Found) -> bool:
        """Is the possessed phrase an armed group (`article_only_sectors`: "its fighters") or
        a place in a body (`body_titles`: "its leaders", "their spokesman")?"""
        if f.actor.sector in self.rules.article_only_sectors:
            return True
        lemma = _head(doc, f).lemma_.lower()
        return lemma in self.rules.body_titles or lemma in self.rules.generic_heads

    def _pronouns(self, doc: Doc, found: list[_Found], mentions: Mentions) -> None:
        """ "they", "it", "the group" as a clause's subject or object -> the last compatible actor."""
        rules = self.rules
        for tok in (t for t in tokens_with(doc, LOWER, rules.pronoun_words) if t.i not in mentions.at):
            low = tok.lower_
            if low in rules.plural_pronouns or low in rules.thing_pronouns:
                if tok.pos_ != "PRON" or tok.dep_ not in _PRONOUN_SLOTS:
                    continue
                if tok.dep_ == "poss" and _judging_subject(tok, rules.judging_verbs) < 0:
                    continue  # "their investigation": a doer the events stage reads no better
                if low in rules.thing_pronouns and (tok.dep_ == "nsubj" and tok.head.lemma_ == "be"):
                    continue  # "it is possible that ...": no one
                if low in rules.thing_pronouns and _continues_thing(tok, mentions):
                    continue  # "The text was approved, with China abstaining. [It] calls on ...": the text
                start, end, plural = tok.i, tok.i + 1, low in rules.plural_pronouns
            elif low in rules.group_nouns and tok.pos_ == "NOUN":
                lefts = list(tok.lefts)
                if len(lefts) != 1 or lefts[0].lower_ != "the" or tok.tag_ != "NN":
                    continue  # only "the group" itself, not "a group of", "the rights group"
                start, end, plural = tok.i - 1, tok.i + 1, False
            else:
                continue
            ante = self._antecedent(doc, tok, found, person=False, plural=plural, group=low in rules.group_nouns)
            if ante is None or not (ante.country or ante.code) or self._own_speaker(tok, ante, mentions):
                continue
            span = doc[start:end]
            actor = Actor(
                span.text,
                [span.start_char, span.end_char],
                ante.kb_id,
                ante.name,
                ante.country,
                ante.sector,
                ante.code,
                how="context:pronoun",
                resolved_by="pronoun",
            )
            mentions.add(actor, range(start, end))

    @staticmethod
    def _own_speaker(tok: Token, ante: Actor, mentions: Mentions) -> bool:
        """ "Farc has said it will release ...": the pronoun is the subject of the clause it
        governs; the events stage reads that speaker's intent itself. Only a reported clause
        (ccomp, xcomp): the events stage reads no doer through an adverbial or relative clause
        ("the army erred when they fired", "the rebels, who they say ..."), so a pronoun there
        is bound like any other."""
        verb = tok.head
        while verb.dep_ in ("conj", "aux", "xcomp") and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ not in ("ccomp", "xcomp") or verb.head.i == verb.i:
            return False
        at, actors = mentions.at, mentions.actors
        return any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i in at and actors[at[c.i]] is ante for c in verb.head.children
        )

    def _antecedent(
        self, doc: Doc, pron: Token, found: list[_Found], *, person: bool, plural: bool, group: bool = False
    ) -> Actor | None:
        """The actor before `pron` in its sentence or the one before that it may stand for: a
        person for his/her; for they/their a group (plural agent phrase, demonym,
        organisation, or a body named by a singular collective noun, "the army", "the police",
        only where the grammar binds the pronoun to it); for it/its an organisation, country or
        singular body; for "the group" an organisation. A subject or possessive pronoun is
        first the subject of the nearest clause above it with one (`_binding_subject`: "the
        army attacked Mosul after [it] retook Tikrit" is the army, not Mosul), else the last
        such actor."""
        sent = pron.sent
        lo = sent.start
        if sent.start > 0:
            lo = doc[sent.start - 1].sent.start
            if lo > 0 and (doc[lo].is_lower or doc[lo].tag_ in (",", ":", "''")):
                # ', to the census, ...': the tail of a sentence the parser split at a quoted
                # question ('the question, "Is he a citizen?", to the census'): the sentence is one
                lo = doc[lo - 1].sent.start
        end = bisect.bisect_left(found, pron.i, key=lambda f: f.first)
        own_subject = _own_clause_subject(pron)
        binder = None if person else _binding_subject(pron, sent.start)
        if not person and (judge := _judging_subject(pron, self.rules.judging_verbs)) >= 0:
            own_subject, binder = judge, None  # "the court ruled [its] decision unlawful": another's
        candidates = []
        for f in reversed(found[:end]):
            if f.first < lo:
                break
            if pron.i in f.tokens or own_subject in f.tokens or f.actor.how == "context:pronoun":
                continue
            candidates.append(f)
        if binder is not None and binder.i > pron.i:
            # "When [they] reached the town, the rebels opened fire": a pronoun in a fronted
            # adverbial clause stands for the main clause's subject after it
            k = _found_at(found, binder)
            if k is not None and k.actor.how != "context:pronoun" and pron.head.dep_ == "advcl":
                if self._fits(doc, k, plural=plural, group=group, bound=True):
                    return k.actor
        elif binder is not None:
            for f in candidates:
                if _names(binder, f.tokens):
                    if self._fits(doc, f, plural=plural, group=group, bound=True):
                        return f.actor
                    break
        for f in candidates:
            a = f.actor
            if person:
                if a.how in PERSON_HOWS:
                    return a
                continue
            if self._fits(doc, f, plural=plural, group=group, bound=False):
                return a
        return None

    def _fits(self, doc: Doc, f: _Found, *, plural: bool, group: bool, bound: bool) -> bool:
        """May a they/it/"the group" stand for this actor (`bound`: the grammar binds it)?"""
        a = f.actor
        if a.how in PERSON_HOWS:
            return False
        head = _head(doc, f)
        is_org = a.how in ("kb:org", "context:org")
        if group:
            return is_org
        if plural:
            if is_org or a.how == "kb:demonym" or (a.how == "context:agent" and head.tag_ in ("NNS", "NNPS")):
                return True
            # "the Air Force erred when they fired": a body of people, only where bound
            return bound and a.how == "context:agent" and head.lemma_.lower() in self.rules.collective_bodies
        return is_org or a.how in _PLACES or (a.how == "context:agent" and head.tag_ in ("NN", "NNP"))


def _found(mentions: Mentions) -> list[_Found]:
    """The Doc's actors in text order, each with its tokens."""
    tokens: dict[int, list[int]] = {}
    for i, k in sorted(mentions.at.items()):
        tokens.setdefault(k, []).append(i)
    return sorted((_Found(mentions.actors[k], ts) for k, ts in tokens.items()), key=lambda f: f.first)


def _own_clause_subject(pron: Token) -> int:
    """The subject (token index) of the clause an object pronoun is the object of, else -1:
    a non-reflexive object never stands for its own clause's subject ("the police raided the
    bars and arrested [them]", "Russia attacked [it]"). The subject of a conjoined verb is the
    first verb's ("raided ... and arrested")."""
    if pron.dep_ not in ("dobj", "dative", "pobj"):
        return -1
    verb = pron.head
    if pron.dep_ == "pobj":
        if verb.dep_ != "prep":
            return -1
        verb = verb.head
    for _ in range(4):
        if verb.pos_ not in ("VERB", "AUX"):
            return -1
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj.i
        if verb.dep_ != "conj":
            return -1
        verb = verb.head
    return -1


def _judging_subject(pron: Token, verbs: frozenset[str]) -> int:
    """The subject (token index) of a judging verb (actors.yaml `judging_verbs`) whose object a
    possessive pronoun owns, else -1: "the court ruled [its] decision unlawful", "ruled that [its]
    decision was unlawful", "ruled against [its] attempt", "Uganda condemned [its] decision"
    judge another's act, so the
    pronoun is not that subject; "its own decision" is."""
    noun = pron.head
    if pron.dep_ != "poss" or any(c.lower_ == "own" for c in noun.children):
        return -1
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.dep_ == "ccomp":
        verb = verb.head  # "ruled that [its decision] was unlawful"
    elif noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # "ruled against [its attempt]"
    elif noun.dep_ != "dobj":
        return -1
    if verb.lemma_.lower() not in verbs:
        return -1
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj.i if subj is not None else -1


def _binding_subject(pron: Token, start: int) -> Token | None:
    """The subject a subject or possessive pronoun stands for by the grammar: that of the
    nearest clause above it with a subject of its own ("the Air Force erred when [they]
    fired", "the regime claimed that [their] forces ...", "the unit, Company 5, was on patrol
    when [they] were ambushed"); the noun whose phrase a possessive is in ("the army,
    alongside [their] allies, ..."); for the sentence's own subject, the previous sentence's
    subject ("The army entered the town. [They] killed ten."). An object pronoun is none ("the
    police raided the bars and took [them]"); a clause with another subject in between binds
    the pronoun to that one ("the government withdrew it, but thousands marched against
    what [they] saw"). `start`: the pronoun's sentence's first token."""
    if pron.dep_ not in ("nsubj", "nsubjpass", "poss"):
        return None
    t = pron
    for _ in range(16):  # a clause is a few heads up; a longer climb is no binding
        if t.head.i == t.i:
            if start == 0:
                return None
            prev = t.doc[start - 1].sent.root
            return next((c for c in prev.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        t = t.head
        if t.dep_ in ("nsubj", "nsubjpass") and pron.dep_ == "poss" and t.i != pron.head.i:
            return t  # "the army, alongside [their] allies, attacked"
        if t.pos_ not in ("VERB", "AUX"):
            continue
        for c in t.children:
            if c.dep_ not in ("nsubj", "nsubjpass") or c.left_edge.i <= pron.i <= c.right_edge.i:
                continue  # the pronoun's own clause (or the phrase it is in) is not what binds it
            return c
    return None


def _found_at(found: list[_Found], subj: Token) -> _Found | None:
    """The actor a subject word names (itself or in apposition), if any."""
    k = bisect.bisect_right(found, subj.i, key=lambda f: f.first)
    for f in found[max(0, k - 3) : k + 3]:
        if _names(subj, f.tokens):
            return f
    return None


def _names(subj: Token, tokens: list[int]) -> bool:
    """Is the subject word the actor's, or in apposition with it ("the unit, Company 5")?"""
    return subj.i in tokens or any(x.dep_ == "appos" and x.i in tokens for x in subj.children)


def _head(doc: Doc, f: _Found) -> Token:
    tokens = set(f.tokens)
    return next((doc[i] for i in f.tokens if doc[i].head.i not in tokens or doc[i].head.i == i), doc[f.first])


def _title_words(doc: Doc, f: _Found) -> list[Token]:
    """The words that may title a mention: its own compounds and modifiers ("UN [envoy] X"), its
    head's beside it ("X, [a UN rapporteur]"), and the noun it is in apposition to."""
    tokens = set(f.tokens)
    root = _head(doc, f)
    titles = [doc[i] for i in f.tokens if doc[i].dep_ in ("compound", "nmod") and doc[i].head.i in tokens]
    titles += [c for c in root.children if c.i not in tokens and c.dep_ in ("compound", "nmod", "appos")]
    if root.dep_ == "appos" and root.head.i not in tokens:
        titles.append(root.head)
    return titles


def _continues_thing(tok: Token, mentions: Mentions) -> bool:
    """Is a subject "it" of a sentence's main clause the thing the sentence before is about: that
    sentence's main subject, a singular common noun no actor holds ("[The draft] was approved by
    13 votes, with Russia and China abstaining. [It] calls on ...")? English carries a subject
    pronoun on from the subject before, so it stands for that thing, not an actor named after it."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ROOT" or tok.sent.start == 0:
        return False
    before = tok.doc[tok.sent.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.tag_ == "NN" and subject.i not in mentions.at
