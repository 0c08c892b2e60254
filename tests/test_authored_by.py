"""A "by" phrase on a report, count or estimate names its author, not the doer of the passive verb
the phrase hangs near (doers.yaml authored_nouns, events/by_agents.authored). All sentences are
invented: the authors of the figures are no doers, the passive's own "by" agent stays one.
"""

from __future__ import annotations

import pytest

from .event_rows import acts


@pytest.mark.parametrize(
    "text",
    [
        "Most of the crops near Kandahar were burned with a count by the Red Cross showing 300 farms hit.",
        "Dozens of houses were destroyed in Gaza with some estimates by Israeli troops.",
        "Two men were arrested in the town with a report by the BBC saying they were students.",
    ],
)
def test_author_of_figures_is_no_doer(code, text: str) -> None:
    sources = [s for _, s, _ in acts(code, text)]
    assert not any(s and (s.startswith("NGO") or s.endswith("MIL") or s.endswith("MED")) for s in sources), sources


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # the passive's own "by" phrase, hung on a place or a time by the parser
        ("Two journalists were arrested on Monday in Paris by police.", ("173", "FRACOP", "FRA")),
        ("Three activists were detained in Minsk on Friday by riot police.", ("173", "BLRCOP", "BLR")),
        # an act noun's "by" phrase names its doer
        (
            "Dozens of houses in the valley were destroyed on Sunday in the shelling by Russian forces.",
            ("1712", "RUSMIL", None),
        ),
    ],
)
def test_passive_agent_stays_the_doer(code, text: str, row) -> None:
    assert row in acts(code, text)
