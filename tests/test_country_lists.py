"""Compound actors inside one agent phrase (GUIDELINE: "'Russia and China condemned' gives one event
per actor; the same for compound targets"): a list of countries before the agent word ("Indian and
Pakistani troops", "US, British and French officials") is one actor per country, each with its own
text (actors/country_lists.py); an act a list of located agents reports with no doer named
("authorities in A and B announced that N were arrested") is each country's police's
(events/implied.py `_reporters_countries`). Invented sentences, each beside negatives."""

from __future__ import annotations

from tests.event_rows import DAY, acts


def _sources(code, text: str, cameo: str) -> list[tuple[str | None, str | None]]:
    """(source text, source code) of the events of one CAMEO code."""
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return [((e.source or {}).get("text"), (e.source or {}).get("code")) for e in c.events if e.cameo == cameo]


def _agents(code, text: str) -> list[tuple[str, str | None]]:
    """(text, code) of the actors with a sector (agent phrases), with each text checked against its span."""
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    for a in c.actors:
        assert text[a.span[0] : a.span[1]] == a.text
    return [(a.text, a.code) for a in c.actors if a.sector]


def test_coordinated_demonyms_are_one_actor_each(code):
    text = "Kenyan and Ugandan troops exchanged fire near the border on Monday."
    assert _agents(code, text) == [("Kenyan", "KENMIL"), ("Ugandan troops", "UGAMIL")]
    assert sorted(_sources(code, text, "193")) == [("Kenyan", "KENMIL"), ("Ugandan troops", "UGAMIL")]


def test_a_country_name_and_a_demonym_in_a_list_of_three(code):
    got = _sources(code, "US, Canadian and Mexican officials condemned the decision on Monday.", "111")
    assert got == [("US", "USAGOV"), ("Canadian", "CANGOV"), ("Mexican officials", "MEXGOV")]


def test_coordinated_demonyms_as_targets(code):
    got = {(c, t) for c, _, t in acts(code, "Police arrested Chilean and Peruvian fishermen near Arica on Monday.")}
    assert {("173", "CHL"), ("173", "PER")} <= got


def test_one_country_in_the_list_is_one_actor(code):
    # "foreign" names no country: one actor, the whole phrase
    assert _agents(code, "Kenyan and foreign troops patrolled the border on Monday.") == [
        ("Kenyan and foreign troops", "KENMIL")
    ]
    # two country words with no "and" are one kind of person, not a list
    assert [c for _, c in _agents(code, "British Pakistani doctors protested on Monday.")] == ["GBRHLH"]


def test_a_list_before_a_thing_or_a_language_is_no_actor(code):
    assert [t for t, _ in _agents(code, "Protesters waved Kenyan and Ugandan flags on Monday.")] == ["Protesters"]
    assert _agents(code, "The teacher spoke French and German fluently.") == [("The teacher", "EDU")]


def test_located_list_is_one_actor_each(code):
    got = _sources(code, "Officials in Chile and Peru criticised the decision on Monday.", "111")
    assert got == [("Officials", "CHLGOV"), ("Peru", "PERGOV")]


def test_an_arrest_reported_by_authorities_in_two_countries_is_each_countrys(code):
    text = "Yesterday, authorities in Chile and Peru announced that 40 suspected smugglers had been arrested."
    assert sorted(s for _, s in _sources(code, text, "173")) == ["CHLCOP", "PERCOP"]


def test_an_arrest_with_its_own_place_is_that_places(code):
    text = "Yesterday, authorities in Chile and Peru announced that 40 suspected smugglers had been arrested in Bolivia."
    assert [s for _, s in _sources(code, text, "173")] == ["BOLCOP"]


def test_reporting_police_do_not_accuse_each_other(code):
    got = acts(code, "Police in Spain and Portugal said twelve suspects were detained after the raids.")
    assert {s for c, s, _ in got if c == "173"} == {"ESPCOP", "PRTCOP"}
    assert [c for c, _, _ in got if c.startswith("11")] == []
