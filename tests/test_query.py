"""The query side of the store, on a small store coded from real sentences by the real pipeline.

The corpus (ingested once for the module):
  a1 Reuters 2023-10-16, a2 AP 2023-10-16: Putin visited China -> one event, two outlets
  a3 Reuters 2023-11-20: Lavrov visited China
  a4 BBC 2023-11-21: Russia attacked Ukraine (190, -10) / Ukraine condemned Russia (111, -2)
  a5 TASS 2023-11-22: Russia would not attack Ukraine (190, negated)
  a6 BBC 2023-10-17: Putin will visit China in December (042, planned, dated 2023-12-01)
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest

from newsgraph.ingest import ingest
from newsgraph import query
from newsgraph.read import iter_articles
from newsgraph.store import Store

ARTICLES = [
    ("a1", "2023-10-16", "Reuters", "Russian President Vladimir Putin visited China on Monday."),
    ("a2", "2023-10-16", "AP", "Russian President Vladimir Putin visited China on Monday."),
    ("a3", "2023-11-20", "Reuters", "Russian Foreign Minister Sergei Lavrov visited China on Monday."),
    ("a4", "2023-11-21", "BBC", "Russia attacked Ukraine on Tuesday. Ukraine condemned Russia."),
    ("a5", "2023-11-22", "TASS", "Lavrov said Russia would not attack Ukraine."),
    ("a6", "2023-10-17", "BBC", "Putin will visit China in December."),
]
INJECTION = "RUS' OR 1=1 --"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, nlp) -> Store:
    """Ingested with the real pipeline, then reopened read-only as the CLI would."""
    tmp = tmp_path_factory.mktemp("query")
    src = tmp / "articles.jsonl"
    src.write_text("".join(json.dumps({"id": i, "date": d, "source": s, "text": t}) + "\n"
                           for i, d, s, t in ARTICLES), encoding="utf-8")
    path = tmp / "store.duckdb"
    with Store(path) as s:
        ingest(s, iter_articles([src]), nlp=nlp)
    with Store(path, read_only=True) as s:
        yield s


def keys(page: dict) -> list[tuple[str, str, str, str]]:
    return [(e["date"], e["cameo"], e["source_id"], e["modality"]) for e in page["events"]]


# -- dyads -------------------------------------------------------------------------

def test_dyads_monthly_counts_goldstein_and_quad_classes(store: Store) -> None:
    series = query.dyads(store, "RUS", "CHN", by="month")
    assert [(r["period"], r["events"], r["mentions"], r["goldstein_sum"], r["q1"]) for r in series] == [
        ("2023-10-01", 1, 2, 1.9, 1), ("2023-11-01", 1, 1, 1.9, 1), ("2023-12-01", 1, 1, 1.9, 1)]
    assert all(r["q2"] == r["q3"] == r["q4"] == 0 and r["goldstein_mean"] == 1.9 for r in series)
    # the December visit is only planned
    assert [r["period"] for r in query.dyads(store, "RUS", "CHN", modality="actual")] == ["2023-10-01", "2023-11-01"]

    (nov,) = query.dyads(store, "rus", "ukr")
    assert (nov["period"], nov["events"], nov["goldstein_sum"], nov["goldstein_mean"], nov["q4"]) == (
        "2023-11-01", 2, -20.0, -10.0, 2)
    (nov,) = query.dyads(store, "UKR", "RUS")
    assert (nov["events"], nov["goldstein_sum"], nov["q3"]) == (1, -2.0, 1)


def test_dyads_actor_codes_ids_gaps_and_dates(store: Store) -> None:
    assert query.dyads(store, "RUSGOV", "CHN") == query.dyads(store, "RUS", "CHN")
    # Putin visited in October and plans December: November is an empty period, not left out
    assert [(r["period"], r["events"], r["goldstein_mean"]) for r in query.dyads(store, "vladimir_putin", "CHN")] == [
        ("2023-10-01", 1, 1.9), ("2023-11-01", 0, None), ("2023-12-01", 1, 1.9)]
    weeks = query.dyads(store, "RUS", "CHN", by="week", modality="actual")
    assert [r["period"] for r in weeks] == ["2023-10-16", "2023-10-23", "2023-10-30", "2023-11-06", "2023-11-13",
                                           "2023-11-20"]
    assert [r["events"] for r in weeks] == [1, 0, 0, 0, 0, 1]
    days = query.dyads(store, "RUS", "CHN", by="day", date_from="2023-11-01", date_to="2023-11-30")
    assert [(r["period"], r["events"]) for r in days] == [("2023-11-20", 1)]
    assert query.dyads(store, "CHN", "USA") == []
    assert query.dyads(store, INJECTION, "CHN") == []


# -- actors ------------------------------------------------------------------------

def test_actors_ranking(store: Store) -> None:
    ranked = query.actors(store)
    assert [(a["id"], a["as_source"], a["as_target"], a["total"]) for a in ranked] == [
        ("country:RUS", 2, 1, 3), ("country:UKR", 1, 2, 3), ("country:CHN", 0, 3, 3),
        ("vladimir_putin", 2, 0, 2), ("sergey_lavrov", 1, 0, 1)]
    putin = ranked[3]
    assert (putin["code"], putin["name"], putin["country"], putin["sector"]) == (
        "RUSGOV", "Vladimir Putin", "RUS", "GOV")
    assert [a["id"] for a in query.actors(store, role="source")] == [
        "country:RUS", "vladimir_putin", "country:UKR", "sergey_lavrov"]
    assert [a["id"] for a in query.actors(store, role="target", limit=2)] == ["country:CHN", "country:UKR"]
    assert [a["id"] for a in query.actors(store, date_from="2023-12-01")] == ["vladimir_putin", "country:CHN"]


# -- events ------------------------------------------------------------------------

def test_events_newest_first_and_paged(store: Store) -> None:
    everything = query.events(store)
    assert (everything["total"], everything["page"], everything["size"]) == (6, 1, 50)
    dates = [e["date"] for e in everything["events"]]
    assert dates == sorted(dates, reverse=True) and dates[0] == "2023-12-01"
    pages = [query.events(store, page=p, size=4) for p in (1, 2, 3)]
    assert [len(p["events"]) for p in pages] == [4, 2, 0]
    assert all(p["total"] == 6 for p in pages)
    assert [e["event_key"] for p in pages for e in p["events"]] == [e["event_key"] for e in everything["events"]]


def test_events_filters(store: Store) -> None:
    assert keys(query.events(store, source="RUS", target="UKR")) == [
        ("2023-11-22", "190", "country:RUS", "negated"), ("2023-11-21", "190", "country:RUS", "actual")]
    assert query.events(store, root="19")["total"] == 2
    assert query.events(store, quad=3)["events"][0]["cameo"] == "111"
    assert keys(query.events(store, modality="planned")) == [("2023-12-01", "042", "vladimir_putin", "planned")]
    assert query.events(store, date_from="2023-11-01", date_to="2023-11-30")["total"] == 4
    assert query.events(store, source="RUSGOV", date_to="2023-10-31")["total"] == 1
    (visit,) = query.events(store, source="vladimir_putin", modality="actual")["events"]
    assert (visit["num_mentions"], visit["num_sources"], visit["num_articles"], visit["goldstein"]) == (2, 2, 2, 1.9)
    assert query.events(store, source="RUS", target="UKR", root="19", quad=4, modality="actual",
                        date_from="2023-11-21", date_to="2023-11-21")["total"] == 1


def test_events_text_search(store: Store) -> None:
    # in a sentence ("Sergei Lavrov visited", "Lavrov said") or an actor name ("Sergey Lavrov")
    assert {e["cameo"] for e in query.events(store, q="LAVROV")["events"]} == {"042", "190"}
    assert keys(query.events(store, q="sergei")) == [("2023-11-20", "042", "sergey_lavrov", "actual")]
    assert keys(query.events(store, q="Sergey")) == [("2023-11-20", "042", "sergey_lavrov", "actual")]
    assert query.events(store, q="would not attack")["total"] == 1
    assert query.events(store, q="%")["total"] == 0
    assert query.events(store, q="  ")["total"] == 6


def test_quotes_in_values_are_data(store: Store) -> None:
    for kwargs in ({"source": INJECTION}, {"target": INJECTION}, {"q": "' OR 1=1 --"}, {"q": "Russia's"}):
        assert query.events(store, **kwargs) == {"events": [], "total": 0, "page": 1, "size": 50}
    assert query.events_table(store, source=INJECTION).num_rows == 0
    assert query.mentions_table(store, event_key=INJECTION).num_rows == 0


@pytest.mark.parametrize("call, name", [
    (lambda s: query.events(s, page=0), "page"),
    (lambda s: query.events(s, size=0), "size"),
    (lambda s: query.events(s, size=1001), "size"),
    (lambda s: query.events(s, root="4"), "root"),
    (lambda s: query.events(s, root="190"), "root"),
    (lambda s: query.events(s, quad=5), "quad"),
    (lambda s: query.events(s, modality="maybe"), "modality"),
    (lambda s: query.events(s, date_from="2023-13-01"), "date_from"),
    (lambda s: query.events(s, date_from="20231016"), "date_from"),  # the one form: YYYY-MM-DD
    (lambda s: query.events(s, date_from="2023-12-01", date_to="2023-11-01"), "date_from"),
    (lambda s: query.events(s, source=" "), "source"),
    (lambda s: query.dyads(s, "RUS", "CHN", by="year"), "by"),
    (lambda s: query.dyads(s, "RUS", "CHN", date_to="yesterday"), "date_to"),
    (lambda s: query.actors(s, limit=0), "limit"),
    (lambda s: query.actors(s, role="both"), "role"),
    (lambda s: query.events_table(s, as_="polars"), "as_"),
])
def test_bad_values_raise_naming_the_parameter(store: Store, call, name: str) -> None:
    with pytest.raises(ValueError, match=f"^{name}: "):
        call(store)


# -- tables ------------------------------------------------------------------------

def test_tables_arrow_and_pandas(store: Store) -> None:
    table = query.events_table(store)
    assert isinstance(table, pa.Table) and table.num_rows == 6
    assert {"event_key", "date", "cameo", "goldstein", "source_code", "target_country", "num_sources"} <= set(
        table.column_names)
    assert table.schema.field("date").type == pa.date32()
    df = query.events_table(store, root="19", as_="pandas")
    assert isinstance(df, pd.DataFrame) and df.shape[0] == 2 and set(df["modality"]) == {"actual", "negated"}

    visit = query.events(store, source="vladimir_putin", modality="actual")["events"][0]["event_key"]
    mentions = query.mentions_table(store, event_key=visit, as_="pandas")
    assert sorted(mentions["article_id"]) == ["a1", "a2"]
    assert sorted(mentions["article_source"]) == ["AP", "Reuters"]
    assert set(mentions["sentence"]) == {ARTICLES[0][3]}
    assert query.mentions_table(store, article_id="a4").num_rows == 2
    assert query.mentions_table(store).num_rows == 7

    series = query.dyads_table(store, "RUS", "CHN", as_="pandas")
    assert list(series.columns) == ["period", "events", "mentions", "goldstein_sum", "goldstein_mean",
                                    "q1", "q2", "q3", "q4"]
    assert series["events"].tolist() == [1, 1, 1] and series["goldstein_sum"].sum() == pytest.approx(5.7)
    arrow = query.dyads_table(store, "RUS", "UKR")
    assert arrow.schema.field("period").type == pa.date32() and arrow.column("q4").to_pylist() == [2]
