"""The one reader of the YAML rule files (newsgraph.rulefile)."""

from __future__ import annotations

import pytest

from newsgraph.events import RuleError as EventsRuleError
from newsgraph.events import load_triggers
from newsgraph.rulefile import RULES_DIR, RuleError, checked, checked_entries, load_rules, read_yaml
from newsgraph.ruleschemas import SCHEMAS, ActorRules, DemandRules, FlagRules, TriggerEntry


def test_a_rule_file_reads_as_before(tmp_path):
    p = tmp_path / "triggers-mine.yaml"
    p.write_text("- lemma: berate\n  pos: verb\n  cameo: '111'\n", encoding="utf-8")
    assert read_yaml(p) == [{"lemma": "berate", "pos": "verb", "cameo": "111"}]
    assert [t.cameo for t in load_triggers([p])[("berate", "verb")]] == ["111"]


def test_a_file_that_is_not_yaml_names_the_file_and_line(tmp_path):
    p = tmp_path / "triggers-broken.yaml"
    p.write_text("- lemma: berate\n  pos: verb\n  cameo: '111\n- lemma: [unclosed\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"triggers-broken\.yaml:\d+: not valid YAML") as err:
        load_triggers([p])
    assert isinstance(err.value, EventsRuleError)  # the old import path still names the same error


# Each rule file kind has a declared schema (newsgraph.ruleschemas); a file that breaks it is an
# error naming the file, the line and the key.


@pytest.mark.parametrize("schema", SCHEMAS, ids=lambda s: s.file)
def test_every_bundled_rule_file_fits_its_schema(schema):
    rules = load_rules(schema)
    assert isinstance(rules, schema)
    assert all(getattr(rules, name) for name in schema.model_fields)  # no key came out empty


def _actors_yaml(tmp_path, replace: str, by: str):
    text = (RULES_DIR / "actors.yaml").read_text(encoding="utf-8")
    assert replace in text
    p = tmp_path / "actors.yaml"
    p.write_text(text.replace(replace, by, 1), encoding="utf-8")
    line = text[: text.index(replace) + 1].count("\n") + 1  # `replace` starts with its line's newline
    return p, line


def test_a_misspelled_key_names_file_line_and_key(tmp_path):
    p, line = _actors_yaml(tmp_path, "\nname_particles:", "\nname_particle:")
    with pytest.raises(RuleError) as err:
        checked(p, read_yaml(p), ActorRules)
    assert str(err.value).startswith(f"{p}:{line}: ")
    assert "unknown key 'name_particle' (did you mean 'name_particles'?)" in str(err.value)


def test_a_missing_key_is_an_error_not_an_empty_list(tmp_path):
    p, _ = _actors_yaml(tmp_path, "\nformer:", "\n# former:")
    with pytest.raises(RuleError, match=r"actors\.yaml:\d+: former: missing key"):
        checked(p, read_yaml(p), ActorRules)


def test_a_nested_unknown_key_names_its_own_line(tmp_path):
    p, line = _actors_yaml(tmp_path, "\n  not_terms:", "\n  not_term:")
    with pytest.raises(RuleError, match=rf"actors\.yaml:{line}: located_in\.not_term: unknown key 'not_term'"):
        checked(p, read_yaml(p), ActorRules)


def test_yaml_reading_on_as_true_is_caught(tmp_path):
    p = tmp_path / "flags.yaml"
    p.write_text("attribution_nouns: [policy,\n  on, plan]\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"flags\.yaml:2: attribution_nouns\[1\]: .*got True .*quote the word"):
        checked(p, read_yaml(p), FlagRules)


def test_an_unquoted_cameo_code_is_caught(tmp_path):
    p = tmp_path / "demands.yaml"
    p.write_text("demand_auxiliaries: [must]\ncodes:\n  '04': '104'\n  '05': 105\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"demands\.yaml:4: codes\.05: input should be a valid string, got 105"):
        checked(p, read_yaml(p), DemandRules)


def test_a_trigger_entry_with_an_unknown_key_names_its_line(tmp_path):
    p = tmp_path / "triggers-mine.yaml"
    p.write_text(
        "- {lemma: berate, pos: verb, cameo: '111'}\n- lemma: scold\n  cameo: '111'\n  targt: [dobj]\n",
        encoding="utf-8",
    )
    with pytest.raises(RuleError, match=r"triggers-mine\.yaml:4: \[1\]\.targt: unknown key 'targt'"):
        checked_entries(p, read_yaml(p), TriggerEntry)
    assert [
        e.lemma
        for e in checked_entries(
            RULES_DIR / "triggers-adjectives.yaml", read_yaml(RULES_DIR / "triggers-adjectives.yaml"), TriggerEntry
        )
    ][:2] == ["skeptical", "sceptical"]
