"""Plain dataclasses passed between pipeline stages; their fields are the output contract.

`to_dict()` on `CodedArticle` gives exactly the JSON object `newsgraph code --json`
prints (see DESIGN.md, "Output contract"). Fields may be added, never renamed.
`iso_date` checks the one form a date is given in, by the command line and the API alike.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Status = Literal["ok", "skipped", "failed"]
Modality = Literal["actual", "planned", "negated", "hypothetical"]
Precision = Literal["day", "week", "month", "year"]
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass
class ArticleInput:
    """One article as read from a file, before any NLP.

    `status`/`error` are set by the reader when the input is already known to be
    unusable (empty, undecodable, malformed line), so the batch can report it.
    `origin` says where it came from ("file.jsonl:12") for messages.
    """

    text: str
    id: str | None = None
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    origin: str = ""
    status: Status = "ok"
    error: str | None = None


@dataclass
class ArticleMeta:
    id: str
    title: str | None
    date: str | None
    source: str | None
    url: str | None
    language: str | None
    status: Status
    error: str | None
    # where the article was read from ("feed.jsonl:12", "<stdin>", "api"): ids of articles
    # without an id or url of their own are hashes of their text, this says which input it was
    origin: str | None = None


@dataclass(slots=True)
class Actor:
    """An actor mention and its CAMEO codes.

    `resolved_by` (output) says where the actor's country (or, for an IGO/NGO, its code)
    came from, so that a user can keep or drop codings made from context only:

    - "kb": the knowledge base names it (a person with a dated role, a country, capital,
      government seat or demonym, an organisation, an office's holder on the day) or the
      gazetteer does (a city coded as its country);
    - "title": the mention's own words give the country ("Iranian Foreign Minister X",
      "Chinese leaders", "the mayor of Kharkiv", "the Kenyan National Police Service");
    - "appositive": an apposition or an of/for phrase beside the mention names the body it
      belongs to ("X, head of Iran's Quds Force", "a spokesman for the PMF");
    - "place": the place the phrase says the group is in ("lawmakers in Pakistan");
    - "sentence": the one country the sentence names (outside other people's titles);
    - "paragraph": the one country the paragraph names;
    - "article": the article's main country (its dateline, else its title, else the
      country its actors belong to most often; see docs/kb.md);
    - "pronoun": a possessive or pronoun ("their government", "the group", "they")
      standing for the last compatible actor before it, or a pair phrase ("the two
      leaders", "both countries") for the two actors of two countries named before it;
    - null: no country was found (a sector only, or nothing).

    A later mention of a name ("Lam" after "Carrie Lam") and he/she carry their first
    mention's or person's value.
    """

    text: str
    span: list[int]
    kb_id: str | None
    name: str | None
    country: str | None
    sector: str | None
    code: str | None
    # how the actor was found, internal ("kb:person", "kb:country", "context:agent", ...)
    how: str = field(default="", compare=False)
    resolved_by: str | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.resolved_by is None:
            self.resolved_by = default_resolved_by(self)

    def same_as(self, other: Actor | None) -> bool:
        """Whether two mentions name one actor ("Chile ... Chile", "Judge Miller ... he"): by KB
        entry when either has one, else by name, else by code: for a pronoun, which copies its
        antecedent's ("the Ugandan government ... it"), alone, else with the words ("the police ...
        police")."""
        if other is None:
            return False
        if self.kb_id or other.kb_id:
            return self.kb_id == other.kb_id
        if self.name or other.name:
            return self.name == other.name
        if self.code is None or self.code != other.code:
            return False
        return "pronoun" in (self.resolved_by, other.resolved_by) or _bare(self.text) == _bare(other.text)

    def ref(self) -> dict[str, Any]:
        """The actor as it appears inside an event or quote (no span)."""
        return {k: getattr(self, k) for k in ("text", "kb_id", "name", "country", "sector", "code", "resolved_by")}


#: `resolved_by` values from the most direct to the least; the last four are context only
RESOLVED_BY = ("kb", "title", "appositive", "place", "sentence", "paragraph", "article", "pronoun")
CONTEXT_ONLY = RESOLVED_BY[4:]


def _bare(text: str) -> str:
    words = text.lower().split()
    return " ".join(words[1:] if words and words[0] == "the" else words)


def default_resolved_by(actor: Actor) -> str | None:
    """`resolved_by` as the way an actor was found implies it: a KB or gazetteer entry is
    "kb", another actor with a country got it from its own words ("title"), none: null."""
    if actor.how.startswith(("kb:", "place:")):
        return "kb"
    return "title" if actor.country else None


@dataclass(slots=True)
class Location:
    text: str
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    # "city" | "state" (a US state) | "country" | "region" | "admin1" (a first-level division,
    # places stage only): a region is never given a country
    kind: str = field(default="city", compare=False)
    # the first-level division (province, governorate, state) of a town, as GeoNames names it
    admin1: str | None = field(default=None, compare=False)
    geonames_id: int | None = field(default=None, compare=False)
    # "sentence": the event's own sentence says where; "article": only the article's place (its
    # dateline or main place), a fallback a map may show but never the event's own place
    precision: str = field(default="sentence", compare=False)


@dataclass(slots=True)
class TimeRef:
    date: str
    date_end: str | None
    date_text: str | None
    date_precision: Precision | None


@dataclass(slots=True)
class Event:
    event_id: str
    sentence_index: int
    sentence: str
    trigger: str
    span: list[int]
    source: dict[str, Any] | None
    target: dict[str, Any] | None
    cameo: str
    cameo_name: str
    cameo_root: str
    plover: str | None
    quad_class: int
    goldstein: float
    modality: Modality
    date: str | None
    date_end: str | None
    date_text: str | None
    date_precision: Precision | None
    location: dict[str, Any] | None
    confidence: float
    rule: str
    # the whole noun phrases the source and target come from ("an arms depot of the Syrian
    # army" for the target "the Syrian army"): {text, span} or null; a target phrase may be
    # given when no target actor was found in it ("killed [dozens of civilians]")
    source_phrase: dict[str, Any] | None = None
    target_phrase: dict[str, Any] | None = None


@dataclass(slots=True)
class Quote:
    speaker: dict[str, Any] | None
    text: str
    cue: str | None
    span: list[int]
    sentence_index: int


@dataclass(slots=True)
class Flag:
    kind: str
    text: str
    span: list[int]
    claim: str
    kb_fact: str
    message: str


@dataclass
class CodedArticle:
    article: ArticleMeta
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    # where a failed article failed: "read" (the input) or "code" (the pipeline); not output
    failed_at: str | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON object: article, actors, events, quotes, flags."""
        return {"article": asdict(self.article), **{name: [_item(x) for x in items] for name, items in self._lists()}}

    def json_pieces(self) -> Iterator[str]:
        """`json.dumps(self.to_dict(), ensure_ascii=False)` in pieces, one list item at a time: the
        tens of thousands of events of a 5 MB article are never all held as dicts and text at once."""
        yield '{"article": ' + json.dumps(asdict(self.article), ensure_ascii=False)
        for name, items in self._lists():
            yield f', "{name}": ['
            for i, x in enumerate(items):
                yield (", " if i else "") + json.dumps(_item(x), ensure_ascii=False)
            yield "]"
        yield "}"

    def _lists(self) -> list[tuple[str, list[Any]]]:
        return [("actors", self.actors), ("events", self.events), ("quotes", self.quotes), ("flags", self.flags)]


def _item(x: Any) -> dict[str, Any]:
    """A list item of the contract's object (an actor without its internal `how`)."""
    d = asdict(x)
    if isinstance(x, Actor):
        d.pop("how")
    return d


def is_iso_date(value: object) -> bool:
    """Whether `value` is a string YYYY-MM-DD, the one form a date is given in: `date.fromisoformat`
    alone also takes 20231016 and 2023-W42-1, pydantic a number as a Unix time. Whether it names
    a day is `iso_date`'s question (the API leaves it to pydantic)."""
    return isinstance(value, str) and _ISO_DATE.fullmatch(value) is not None


def iso_date(text: str) -> dt.date:
    """`text` as a date if it is one in the form YYYY-MM-DD, else a ValueError saying so."""
    if is_iso_date(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:  # no such day (2023-13-45)
            pass
    raise ValueError(f"{text!r} is not a date in YYYY-MM-DD form")
