"""`newsgraph kb unknown`: names the KB lacks, counted over a corpus (issue 3)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.model import Actor, ArticleMeta, CodedArticle
from newsgraph.unknown import unknown_names


def article(aid: str, *actors: Actor) -> CodedArticle:
    return CodedArticle(ArticleMeta(aid, None, None, None, None, "en", "ok", None), list(actors))


def person(name: str, country: str | None = None, kb_id: str | None = None, how: str = "context:person") -> Actor:
    return Actor(name, [0, len(name)], kb_id, name, country, "GOV" if country else None, None, how=how)


def test_counts_mentions_and_articles_most_frequent_first():
    coded = [
        article("a", person("Amara Diouf", "SEN"), person("Amara Diouf"), person("Jon Tell")),
        article("b", person("Amara Diouf"), person("Vladimir Putin", "RUS", kb_id="vladimir_putin", how="kb:person")),
        article("c", person("Jon Tell")),
    ]
    names = unknown_names(coded)
    assert [(n.name, n.mentions, n.articles) for n in names] == [("Amara Diouf", 3, 2), ("Jon Tell", 2, 2)]
    assert names[0].country == "SEN" and names[0].sector == "GOV" and names[0].example == "a"


def test_kb_actors_and_agents_are_not_listed():
    agent = Actor("the police", [0, 10], None, None, None, "COP", "COP", how="context:agent")
    assert unknown_names([article("a", agent, person("Putin", "RUS", "vladimir_putin", "kb:person"))]) == []


def test_cli_lists_an_unknown_person_from_real_text(tmp_path, nlp):
    corpus = tmp_path / "corpus.jsonl"
    lines = [
        {"id": "1", "date": "2024-05-15", "text": "Senegalese minister Amara Dioufé met Kenyan officials in Dakar. "
                                                  "Dioufé said the talks went well."},
        {"id": "2", "date": "2024-05-16", "text": "On Monday, trade minister Amara Dioufé criticised the new tariffs."},
    ]
    corpus.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    result = CliRunner().invoke(main, ["kb", "unknown", str(corpus), "--json", "--top", "5"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    diouf = [r for r in rows if r["name"] == "Amara Dioufé"]
    assert diouf and diouf[0]["kind"] == "person" and diouf[0]["articles"] == 2 and diouf[0]["mentions"] >= 2
