"""`newsgraph explain`: the parse, the actors and why each trigger word did or did not fire (issue 3)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.explain import explain


def run_json(*args: str) -> dict:
    result = CliRunner().invoke(main, ["explain", *args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def outcome(data: dict, word: str) -> str:
    found = [t for t in data["triggers"] if t["token"] == word]
    assert found, f"{word!r} not traced: {[t['token'] for t in data['triggers']]}"
    return found[0]["outcome"]


def test_coded_trigger_names_its_rule(nlp):
    data = run_json("Lavrov will visit Pyongyang on Wednesday.", "--date", "2023-10-16")
    visit = [t for t in data["triggers"] if t["token"] == "visit"][0]
    assert visit["outcome"].startswith("coded 1") and visit["rule"] == "verb:visit->042"
    assert data["events"][0]["modality"] == "planned" and data["events"][0]["date"] == "2023-10-18"
    lavrov = [a for a in data["resolved_actors"] if a["text"] == "Lavrov"][0]
    assert lavrov["code"] == "RUSGOV" and lavrov["how"] == "kb:person"


def test_trigger_without_a_source_actor_is_reported(nlp):
    data = run_json("The talks collapsed on Monday after the attack.", "--date", "2023-10-16")
    assert "no source actor" in outcome(data, "attack")
    assert data["events"] == []


def test_unmet_conditions_and_verbs_without_entries(nlp):
    result = explain("Ukraine signed the letter and Russia slept.", nlp, "2024-05-15")
    signed = [t for t in result.triggers if t["token"] == "signed"]
    assert signed and signed[0]["outcome"] == "no entry's conditions hold"
    assert "slept" in result.verbs_without_entries


def test_parse_table_marks_actors(nlp):
    result = explain("Chinese leaders condemned the sanctions.", nlp)
    by_text = {t["text"]: t for t in result.tokens}
    assert by_text["leaders"]["actor"] == "CHNGOV" and by_text["condemned"]["pos"] == "VERB"


def test_readable_output_shows_the_rule_table(nlp):
    result = CliRunner().invoke(main, ["explain", "Russia imposed sanctions on Ukraine.", "--date", "2024-05-15"])
    assert result.exit_code == 0, result.output
    assert "trigger words" in result.output and "impose" in result.output
