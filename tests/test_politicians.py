""" "Politicians" are party people (kb/agents.tsv `politician` PTY, as PETRARCH2's Phoenix agents
dictionary has POLITICIAN [~PTY]): "politicians in Sri Lanka criticised the government" is
coded with Sri Lanka's party people as its source; before the row, the plural group noun named
no actor and the criticism was lost. Invented sentences."""

from __future__ import annotations

from tests.event_rows import acts


def test_politicians_in_a_country_are_its_party_people(code):
    got = acts(code, "Politicians in Sri Lanka criticised the government on Monday.")
    assert ("111", "LKAPTY", "LKA") in got


def test_a_politicians_own_country_by_demonym(code):
    got = acts(code, "Kenyan politicians condemned the attack on the Ugandan embassy.")
    assert [a for a in got if a[1] == "KENPTY"]


def test_politics_is_no_actor(code):
    got = acts(code, "Politics in Sri Lanka criticised the government on Monday.")
    assert not [a for a in got if (a[1] or "").endswith("PTY")]
