"""Where a piece of an article is set: the country each sentence and paragraph names, and
the article's main country. Actors the KB lacks and whose words give no country ("police",
"Senators", "the Health Minister") take theirs from the nearest of these (`context.py`).

What counts as a sentence's or paragraph's country: a country, capital, government seat
or demonym the text names, or a city the gazetteer knows, *outside the title of a
person* ("US" in "US Secretary of State Mike Pompeo" says whom Pompeo serves, not where
the story is). A sentence or paragraph gives a country only when it names exactly one.

The article's main country, chosen once per Doc (a long article is coded in pieces: each
piece reads its own, from the same title), first of:
1. the dateline: a place opening the article's first line ("KABUL (Reuters) -",
   "WASHINGTON —", "Beirut, Lebanon (CNN) —"), in the first piece only; unless the story
   was filed from a venue abroad: the title names the dateline's country at most as a venue
   ("... agree truce at Mexico City talks") and another country, whose actors the text names
   more often (then that country, `main_by` "title");
2. the title: the one country it names, or of several the one the piece's actors belong
   to most often (ties: the first in the title);
3. the country the piece's actors (named in the KB or coded by their own words) belong to
   most often, if they belong to it at least twice and more often than to any other
   (a tie is no main country).
`Setting.main_by` says which of these gave it ("dateline", "title", "mentions").

The article's place, read with the same rules, for the events the text gives no place of their
own (`where/fallback.py`): `Setting.dateline_place`, the town (or state, or country) the dateline
names, in the main country it gives; `Setting.main_place`, the main country as a place.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
from spacy.attrs import ENT_ID
from spacy.tokens import Doc, Token

from ...kb import KB
from ...model import CONTEXT_ONLY, RESOLVED_BY, Actor, Location
from ..component import doc_text, entity_of
from ..paragraphs import dateline
from ..where import Gazetteer, qualified_place
from .acted_on import doer_local_country
from .mentions import PERSON_HOWS, Mentions
from .peoples import people_country
from .words import ActorWords

# the piece's actors must belong to its main country at least this often (one mention is no topic)
MIN_MENTIONS = 2
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
# `how` of the actors whose words name a place or country ("Germany", "Moscow", "Kharkiv", "Russian")
_PLACE_HOWS = frozenset({"kb:country", "kb:capital", "kb:government", "kb:demonym", "place:city"})
# how a country is found for counting the article's main country: not from context itself
_OWN_WORDS = frozenset(RESOLVED_BY) - frozenset(CONTEXT_ONLY)  # the mention's own words or a KB entry


@dataclass(slots=True)
class Setting:
    """The countries of a Doc's sentences and paragraphs (None: none or several) and its main
    country with the reason it was chosen."""

    sentence_starts: list[int] = field(default_factory=list)  # token index of each sentence's start
    sentence_country: list[str | None] = field(default_factory=list)
    paragraph_starts: list[int] = field(default_factory=list)  # char offset of each paragraph's start
    paragraph_country: list[str | None] = field(default_factory=list)
    main: str | None = None
    main_by: str | None = None  # "dateline" | "title" | "mentions"
    dateline_place: Location | None = None  # the dateline's town (or state, or country)
    main_place: Location | None = None  # the main country as a place (its representative point)
    named: dict[int, str] = field(default_factory=dict)  # token index -> the country it names
    homes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # the KB's peoples (peoples.py)

    def sentence_of(self, i: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, i) - 1)

    def paragraph_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.paragraph_starts, char) - 1)

    def country_at(self, i: int, char: int) -> tuple[str | None, str | None]:
        """The country the setting gives token `i` (at char offset `char`) and where it came from:
        its sentence's, else its paragraph's, else the article's main country."""
        country, by = self.local_country(i, char)
        if country is not None:
            return country, by
        return (self.main, "article") if self.main else (None, None)

    def local_country(self, i: int, char: int) -> tuple[str | None, str | None]:
        """`country_at` without the article's main country: token `i`'s sentence's one country,
        else its paragraph's (at char offset `char`), and which; (None, None) when neither names one."""
        si = self.sentence_of(i)
        if si < len(self.sentence_country) and self.sentence_country[si]:
            return self.sentence_country[si], "sentence"
        paragraph = self.paragraph_country_at(char)
        return (paragraph, "paragraph") if paragraph else (None, None)

    def paragraph_country_at(self, char: int) -> str | None:
        """The one country of the paragraph holding char offset `char`, if it names one."""
        pi = self.paragraph_of(char)
        return (self.paragraph_country[pi] or None) if pi < len(self.paragraph_country) else None

    def people_country(
        self, doc: Doc, tokens: list[int], local: bool, preps: frozenset[str]
    ) -> tuple[str | None, str | None]:
        """The country of a group named by a people without a state ("Uyghur activists"), if it is one."""
        return people_country(doc, tokens, self, local, preps)

    def doer_country(
        self,
        doc: Doc,
        tokens: list[int],
        mentions: Mentions,
        state: frozenset[str],
        envoys: frozenset[str] = frozenset(),
    ) -> tuple[str | None, str | None]:
        """`local_country` for a doer, without the nationality of the party it acts on (acted_on.py)."""
        return doer_local_country(doc, tokens, self, mentions, state, envoys)


class SettingReader:
    """Reads a Doc's `Setting` once its named actors are linked."""

    def __init__(self, kb: KB, gazetteer: Gazetteer, rules: ActorWords) -> None:
        self.kb = kb
        self.gazetteer = gazetteer
        self.destination_preps = rules.destination_preps
        self.venue_preps = rules.venue_preps
        self.manner_suffixes = rules.manner_suffixes
        self.stance_prefixes = rules.stance_prefixes
        # every spelling of a country, its demonyms and capital, as written (case matters in a
        # title: "US" is the country, "us" is not), longest first
        names: dict[str, str] = {}
        for c in kb.countries.values():
            for n in (c.name, *c.aliases, *c.demonyms, c.capital, *c.capital_aliases):
                if n and any(ch.isupper() for ch in n):
                    names.setdefault(n, c.iso3)
                    if n.startswith("the "):
                        names.setdefault(n[4:], c.iso3)
        self._title_names = names
        alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        self._title_re = re.compile(rf"(?<![\w.])(?:{alternatives})(?![\w])")

    def read(self, doc: Doc, mentions: Mentions) -> Setting:
        setting = Setting()
        actors, at = mentions.actors, mentions.at
        named = self._named_countries(doc, mentions)
        setting.named, setting.homes = dict(named), self.kb.peoples
        # sentences
        by_sentence: list[set[str]] = []
        for s in doc.sents:
            setting.sentence_starts.append(s.start)
            by_sentence.append(set())
        for i, iso in named:
            by_sentence[setting.sentence_of(i)].add(iso)
        setting.sentence_country = [next(iter(c)) if len(c) == 1 else None for c in by_sentence]
        # paragraphs
        text = doc_text(doc)
        setting.paragraph_starts = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]
        by_paragraph: list[set[str]] = [set() for _ in setting.paragraph_starts]
        for i, iso in named:
            by_paragraph[setting.paragraph_of(doc[i].idx)].add(iso)
        others: list[set[str]] = [set() for _ in setting.paragraph_starts]  # its people's and bodies'
        # the main country: dateline, title, most mentioned
        counts: Counter[str] = Counter()
        seen: set[int] = set()
        for i in sorted(at):
            k = at[i]
            a = actors[k]
            if k in seen or not a.country or a.resolved_by not in _OWN_WORDS or self._stance(doc, i):
                continue
            seen.add(k)
            counts[a.country] += 1
            others[setting.paragraph_of(a.span[0])].add(a.country)
        # a paragraph's people and bodies may not belong elsewhere ("Trump's call to Ukraine" is no Ukrainian paragraph)
        setting.paragraph_country = [
            next(iter(c)) if len(c) == 1 and o <= c else None for c, o in zip(by_paragraph, others, strict=True)
        ]
        dateline, setting.dateline_place = self._dateline(text) if not doc._.offset else (None, None)
        titled = self._title_countries(doc._.title)
        abroad = self._story_abroad(doc._.title, dateline, counts) if dateline else None
        if abroad:
            setting.main, setting.main_by = abroad, "title"
        elif dateline:
            setting.main, setting.main_by = dateline, "dateline"
        elif titled:
            best = max(titled, key=lambda iso: (counts[iso], -titled.index(iso)))
            setting.main, setting.main_by = best, "title"
        elif counts:
            (best, n), *rest = counts.most_common(2)
            if n >= MIN_MENTIONS and (not rest or rest[0][1] < n):
                setting.main, setting.main_by = best, "mentions"
        if setting.main is not None:
            country = self.kb.countries.get(setting.main)
            place = self.gazetteer.lookup(country.name) if country is not None else None
            setting.main_place = place if place is not None and place.country == setting.main else None
        return setting

    def _named_countries(self, doc: Doc, mentions: Mentions) -> list[tuple[int, str]]:
        """(token index, country) of each place or country name, once per name, outside the
        title of a person."""
        actors, at = mentions.actors, mentions.at
        out: list[tuple[int, str]] = []
        prev: str | None = None  # the country of the token before, inside one name
        # only the words of a mention or a KB entity can name a place: one array read finds them
        candidates = sorted(set(at).union(np.flatnonzero(doc.to_array(ENT_ID)).tolist()))
        last = -2
        for i in candidates:
            if i != last + 1:
                prev = None  # a word between ends the name
            last, tok = i, doc[i]
            a = actors[at[i]] if i in at else None
            kind, _, iso = tok.ent_id_.partition(":")
            if a is not None and (a.how in PERSON_HOWS or self._office(a, tok, at)):
                prev = None
            elif (
                kind in ("country", "capital", "government", "demonym")
                and iso in self.kb.countries
                and not (kind == "capital" and self._namesake_abroad(tok))
            ):
                if tok.ent_iob_ != "I" or prev != iso:
                    out.append((tok.i, iso))
                prev = iso
                continue
            elif a is not None and a.how == "place:city" and a.country and a.span[0] == tok.idx:
                out.append((tok.i, a.country))
            prev = None
        # a destination says where someone went, not where they are from ("officers traveled to Canada");
        # "Soviet-style" a manner, "pro-Beijing" a stance, not a place
        return [
            (i, iso)
            for i, iso in out
            if not self._destination(doc[i]) and not self._manner(doc, i) and not self._stance(doc, i)
        ]

    def _namesake_abroad(self, tok: Token) -> bool:
        """Is a capital's name here a namesake abroad its qualifier names ("London, Ontario")?"""
        return qualified_place(entity_of(tok) or tok.doc[tok.i : tok.i + 1], self.gazetteer) is not None

    def _stance(self, doc: Doc, i: int) -> bool:
        """Is the country word the second half of a stance ("pro-Beijing", "anti-American")?"""
        return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in self.stance_prefixes

    def _office(self, a: Actor, tok: Token, at: dict[int, int]) -> bool:
        """Is `a` an office held by one person ("the former French president"), named by a
        phrase the KB holds no one for? Its country word says whose office, not where."""
        if a.how != "context:agent":
            return False
        k = at[tok.i]
        head = tok
        while head.head.i != head.i and at.get(head.head.i) == k:
            head = head.head
        if head.tag_ not in ("NN", "NNP"):
            return False
        lemma = head.lemma_.lower()
        prev = head.doc[head.i - 1].lower_ + " " + lemma if head.i else lemma
        agent = self.kb.agents.get(prev) or self.kb.agents.get(lemma)
        return agent is not None and agent.person

    def _manner(self, doc: Doc, i: int) -> bool:
        """Is the country word the first half of a manner or time compound ("Soviet-style")?"""
        j = i + 1
        while j < len(doc) and doc[j].ent_iob_ == "I" and doc[j].ent_type_ == doc[i].ent_type_:
            j += 1  # past the rest of a longer name ("Cold War-era")
        return j + 1 < len(doc) and doc[j].text == "-" and doc[j + 1].lower_ in self.manner_suffixes

    def _destination(self, tok: Token) -> bool:
        prep = tok.head
        while prep.dep_ in ("compound", "conj", "appos") and prep.head.i != prep.i:
            prep = prep.head
        if prep.pos_ != "ADP" and prep.dep_ != "prep":
            return False
        return prep.lower_ in self.destination_preps

    def _dateline(self, text: str) -> tuple[str | None, Location | None]:
        """The country of a place opening the article's first line, if it is a dateline, and
        the place itself: its town when the gazetteer knows it in that country ("KABUL"), else
        the region it names ("VILLANOVA, Pa."), else the country."""
        m = dateline(text)
        if m is None:
            return None, None
        region = m.group("region")
        if region and region.endswith(".") and not self.kb.country_by_name.get(region.lower()):
            # an abbreviated state or province ("VILLANOVA, Pa."), not a town the gazetteer
            # could read ("Pa" is a town in Burkina Faso): the dateline is not read
            return None, None
        iso: str | None = None
        for name in (m.group("region"), m.group("place")):
            if not name:
                continue
            for form in dict.fromkeys((name, name.title())):
                iso = self.kb.country_by_name.get(form.lower()) or self.kb.capital_country.get(form.lower())
                if iso:
                    break
                place = self.gazetteer.lookup(form)
                if place is not None and place.country and place.kind in ("country", "state", "admin1", "city"):
                    iso = place.country
                    break
            if iso:
                break
        if not iso:
            return None, None
        for name in (m.group("place"), m.group("region")):
            for form in dict.fromkeys((name, name.title())) if name else ():
                place = self.gazetteer.lookup(form)
                if place is not None and place.country == iso and place.kind in ("country", "state", "admin1", "city"):
                    return iso, place
        return iso, None

    def _title_countries(self, title: str | None) -> list[str]:
        """The countries a title names, in order, each once."""
        if not title:
            return []
        # "pro-Beijing lawmakers walk out": a stance, not the story's country
        stances = tuple(f"{w}-" for w in self.stance_prefixes)
        found = [
            (self._title_names[m.group()], self._after_destination(title, m.start()))
            for m in self._title_re.finditer(title)
            if not title[: m.start()].lower().endswith(stances)
        ]
        # "US announces restrictions on flying to Cuba": a destination is where someone goes,
        # the story is the other country's (when the title names one)
        kept = [iso for iso, to in found if not to] or [iso for iso, _ in found]
        return list(dict.fromkeys(kept))

    def _story_abroad(self, title: str | None, dateline: str, counts: Counter[str]) -> str | None:
        """The country a story filed from a venue abroad is about: a title naming the dateline's
        country at most as a venue ("Colombia and rebels agree truce at Mexico City talks",
        datelined MEXICO CITY; actors.yaml venue_preps) and another country, not as a destination,
        whose actors the text names more often than the dateline country's. None: the dateline's."""
        if not title:
            return None
        stances = tuple(f"{w}-" for w in self.stance_prefixes)
        found = [
            (self._title_names[m.group()], self._word_before(title, m.start()))
            for m in self._title_re.finditer(title)
            if not title[: m.start()].lower().endswith(stances)
        ]
        if any(iso == dateline and before not in self.venue_preps for iso, before in found):
            return None
        others = [iso for iso, before in found if iso != dateline and before not in self.destination_preps]
        if not others:
            return None
        best = max(others, key=lambda iso: (counts[iso], -others.index(iso)))
        return best if counts[best] > counts[dateline] else None

    @staticmethod
    def _word_before(title: str, start: int) -> str:
        words = title[:start].split()
        return words[-1].lower() if words else ""

    def _after_destination(self, title: str, start: int) -> bool:
        words = title[:start].split()
        return bool(words) and words[-1].lower() in self.destination_preps
