"""The API's request and answer bodies: they document it (`/openapi.json`), and FastAPI checks
every request and every answer against them."""

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from ..model import ArticleMeta, Event, Flag, Quote, is_iso_date

MAX_TEXT = 2_000_000  # characters of an article: the pipeline's nlp.max_length
RESOLVED_BY = (
    "Where the country came from: kb, title, appositive or place (the actor's own words, the KB or a phrase "
    "beside it), sentence, paragraph, article or pronoun (context only); null when none was found (and in "
    "events stored before schema version 2). See docs/kb.md."
)
PRECISION = (
    '"sentence": the event\'s own sentence gives the place; "article": the text gives the event no place '
    "of its own, and this is the article's (its dateline town, else its main country), a fallback "
    'a map shows apart. NULL (a store of version 2): read as "sentence".'
)


# -- request bodies ----------------------------------------------------------------


def _iso_date(value: Any) -> Any:
    """Only YYYY-MM-DD: pydantic alone would also take a number as a Unix time. pydantic then
    parses it, and says so if it names no day."""
    if not is_iso_date(value):
        raise ValueError("a date is a string YYYY-MM-DD")
    return value


IsoDate = Annotated[dt.date, BeforeValidator(_iso_date)]


class CodeIn(BaseModel):
    """An article to code (`POST /api/code`)."""

    text: str = Field(min_length=1, max_length=MAX_TEXT, description="The article text.")
    date: IsoDate | None = Field(None, description="Publication date: relative dates resolve against it.")
    title: str | None = Field(None, max_length=1000)


class ArticleIn(CodeIn):
    """An article to code and store (`POST /api/articles`)."""

    id: str | None = Field(
        None,
        min_length=1,
        max_length=500,
        description="Its id; by default a hash of the text (posting it again stores nothing).",
    )
    source: str | None = Field(None, max_length=500, description="The outlet.")
    url: str | None = Field(None, max_length=4096)


# -- response bodies (they document the API; FastAPI checks every answer against them) --


class Row(BaseModel):
    """A row of the store: the columns listed, and any added to the schema later."""

    model_config = ConfigDict(extra="allow")


class Health(BaseModel):
    status: Literal["ok"]
    events_in_memory: Literal["ready", "loading", "off"] = Field(
        description="Whether event pages come from memory (ready), or from the store while the events are "
        "read again after a write they could not take (loading), or because the server was started "
        "with --no-in-memory or they do not fit in memory (off)."
    )


class ActorOut(BaseModel):
    text: str
    span: list[int]
    kb_id: str | None
    name: str | None
    country: str | None
    sector: str | None
    code: str | None
    resolved_by: str | None = Field(
        None,
        description=RESOLVED_BY,
    )


class CodeOut(BaseModel):
    """The output contract (`newsgraph code --json`) plus the text the spans point into. An event's
    `source` is null for a threat or act of force (CAMEO roots 13-20) whose perpetrator the text
    does not name ("a car bomb killed ..."), as GDELT leaves Actor1 empty."""

    article: ArticleMeta
    actors: list[ActorOut]
    events: list[Event]
    quotes: list[Quote]
    flags: list[Flag]
    text: str


class EventRow(Row):
    """A merged event: a row of the store's `events` table. Its `source_*` columns are all null for
    a threat or act of force (CAMEO roots 13-20) whose perpetrator the text does not name. The
    actors' columns are the first report's, their `*_resolved_by` the most direct of all reports'."""

    event_key: str
    date: str | None
    cameo: str
    cameo_root: str
    cameo_name: str | None
    plover: str | None
    quad_class: int | None
    goldstein: float | None
    modality: str
    source_id: str | None
    source_code: str | None
    source_country: str | None
    source_sector: str | None
    source_name: str | None
    source_kb_id: str | None
    target_id: str | None
    target_code: str | None
    target_country: str | None
    target_sector: str | None
    target_name: str | None
    target_kb_id: str | None
    location_name: str | None
    location_country: str | None
    lat: float | None
    lon: float | None
    location_kind: str | None
    confidence: float | None
    num_mentions: int
    num_sources: int
    num_articles: int
    first_article: str | None
    first_sentence: str | None
    source_resolved_by: str | None = Field(description="How the source's country was found. " + RESOLVED_BY)
    target_resolved_by: str | None = Field(description="How the target's country was found. " + RESOLVED_BY)
    location_admin1: str | None = Field(
        default=None,
        description="The place's first-level division (province, governorate, state), as GeoNames names it.",
    )
    location_geonames_id: int | None = Field(default=None, description="The place's GeoNames id, when known.")
    location_precision: str | None = Field(default=None, description=PRECISION)


class EventsPage(BaseModel):
    events: list[EventRow]
    total: int = Field(description="Events matching the filters, over all pages.")
    page: int
    size: int


class DyadPeriod(Row):
    period: str = Field(description="First day of the period.")
    events: int
    mentions: int
    goldstein_sum: float
    goldstein_mean: float | None
    q1: int
    q2: int
    q3: int
    q4: int


class DyadSeries(BaseModel):
    source: str | None
    target: str | None
    by: str
    series: list[DyadPeriod]


class ActorRank(Row):
    id: str
    code: str | None
    name: str | None
    country: str | None
    sector: str | None
    as_source: int
    as_target: int
    total: int


class Actors(BaseModel):
    actors: list[ActorRank]


class CountryCount(BaseModel):
    country: str = Field(description="ISO3.")
    as_source: int
    as_target: int
    events: int = Field(description="Events with the country on either side, each counted once.")


class Place(BaseModel):
    name: str | None
    country: str | None
    kind: str | None = Field(description="city, state, country or region.")
    lat: float
    lon: float
    precision: str = Field(default="sentence", description=PRECISION)
    events: int


class Places(BaseModel):
    countries: list[CountryCount]
    places: list[Place]


class Node(BaseModel):
    id: str = Field(description="ISO3.")
    events: int = Field(description="Events over the edges returned.")


class Edge(BaseModel):
    source: str
    target: str
    events: int
    goldstein_mean: float | None


class Network(BaseModel):
    nodes: list[Node]
    edges: list[Edge]


class StoredArticle(Row):
    """The article's row of the store, without its text."""

    id: str
    title: str | None
    date: str | None
    source: str | None
    url: str | None
    language: str | None
    status: str
    error: str | None
    origin: str | None
    n_events: int | None
    n_quotes: int | None
    n_flags: int | None
    ingested_at: str | None


class ActorRef(BaseModel):
    text: str | None
    kb_id: str | None
    name: str | None
    country: str | None
    sector: str | None
    code: str | None
    resolved_by: str | None = Field(None, description="The merged event's. " + RESOLVED_BY)


class Phrase(BaseModel):
    text: str
    span: list[int]


class Location(BaseModel):
    text: str | None
    name: str | None
    country: str | None
    lat: float | None
    lon: float | None
    kind: str | None
    admin1: str | None = Field(default=None, description="The first-level division, as GeoNames names it.")
    geonames_id: int | None = Field(default=None, description="The place's GeoNames id, when known.")
    precision: str = Field(default="sentence", description=PRECISION)


class Mention(BaseModel):
    """One report of an event in the article, shaped like a contract event, with its merged event;
    `source` is null when the text does not name the perpetrator (CAMEO roots 13-20)."""

    event_key: str
    event_id: str
    sentence_index: int | None
    sentence: str | None
    trigger: str | None
    span: list[int | None]
    source: ActorRef | None
    target: ActorRef | None
    source_phrase: Phrase | None
    target_phrase: Phrase | None
    cameo: str
    cameo_name: str | None
    cameo_root: str | None
    plover: str | None
    quad_class: int | None
    goldstein: float | None
    modality: str
    date: str | None
    date_end: str | None
    date_text: str | None
    date_precision: str | None
    location: Location | None = Field(description="The merged event's place, when this report names one.")
    confidence: float | None
    rule: str | None
    num_mentions: int
    num_articles: int
    num_sources: int


class Speaker(BaseModel):
    text: str | None
    code: str | None
    country: str | None
    kb_id: str | None


class QuoteOut(BaseModel):
    speaker: Speaker | None
    text: str | None
    cue: str | None
    span: list[int | None]
    sentence_index: int | None


class FlagOut(BaseModel):
    kind: str | None
    text: str | None
    span: list[int | None]
    claim: str | None
    kb_fact: str | None
    message: str | None


class ArticleOut(BaseModel):
    """A stored article as the page renders it: spans are offsets into `text`."""

    article: StoredArticle
    actors: list[ActorOut]
    events: list[Mention]
    quotes: list[QuoteOut]
    flags: list[FlagOut]
    text: str | None
