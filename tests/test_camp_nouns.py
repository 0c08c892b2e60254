"""People named for their political camp, as a plural noun ("conservatives", "liberals",
"nationalists"): kb/agents.tsv codes them OPP like activists and critics, who campaign for a
stance outside office (GUIDELINE, Actors), of the setting's country. The adjective ("the
conservative party", "a liberal democracy") names no such group. Sentences are invented; each
positive has a negative."""

from __future__ import annotations

from tests.event_rows import DAY, coded


def sources(code, text: str, trigger: str) -> list[str | None]:
    """The source codes of the events on one trigger word."""
    return [e[2] for e in coded(code, text) if e[0] == trigger]


def test_conservatives_objecting_in_a_countrys_story_are_its_opposition(code):
    text = "Chile's senate approved the abortion bill. Conservatives condemned the vote on Tuesday."
    assert sources(code, text, "condemned") == ["CHLOPP"]
    text = "Chile's senate approved the abortion bill. The vote was criticised by liberals."
    assert sources(code, text, "criticised") == ["CHLOPP"]
    text = "Chile's senate approved the abortion bill. Angry nationalists denounced the decision."
    assert sources(code, text, "denounced") == ["CHLOPP"]


def test_the_adjective_names_no_camp(code):
    # the party keeps its own sector; a liberal democracy or conservative estimates are no actor
    text = "Chile's senate approved the bill. The conservative party condemned the vote on Tuesday."
    assert sources(code, text, "condemned") == ["CHLPTY"]
    assert coded(code, "Conservative estimates put the crowd at ten thousand people.") == []
    assert coded(code, "Chile is a liberal democracy with a progressive tax system.") == []


def test_a_party_named_by_its_capitalised_plural_is_not_the_camp(code):
    # "the Conservatives" of Britain are a named party, not a camp of the setting's country
    text = "In Britain, the Conservatives criticised the Labour plan."
    assert "GBROPP" not in [e[2] for e in coded(code, text)]
