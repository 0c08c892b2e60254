"""The one reader of the YAML rule files (newsgraph.rulefile)."""

from __future__ import annotations

import pytest

from newsgraph.events import RuleError as EventsRuleError
from newsgraph.events import load_triggers
from newsgraph.rulefile import RuleError, read_yaml


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
