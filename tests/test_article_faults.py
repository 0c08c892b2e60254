"""Whole-article faults left from session 21, each a general rule (sentences are invented; each
positive has negatives beside it):

- a statement restating the article's lead is of the lead's day, not of a paragraph's day that
  dates another act years before publication (when/__init__.py `_story_day`);
- a police or court subject that reports its own act ("Police said [they] detained a woman in
  Lagos") takes the country of that act's place (actors/acting_place.py);
- "the two Koreas", "both Koreas" name both states (actors.yaml plural_states, actors/pairs.py);
- a town's name qualified by a state or country after a comma ("Ontario, California", "London,
  Ontario") is its namesake there (where/placenames.py `qualified_place`, Gazetteer.named_in);
- "[Leeds] resident Peter Brown": a place the parser misread before an origin noun
  (actors/hometowns.py);
- "no longer", "no more" negate (modality.yaml negated_degrees), and "is no reliable partner"
  praises no one (events/quoted.py);
- a doer with no country of its own does not take that of a country its own verb acts on
  ("the federal government condemned Iran": actors/acted_on.py).
"""

from __future__ import annotations

from tests.event_rows import coded

LEAD = "On Wednesday, Governor John Carter of Ohio announced his resignation.\n\n"
BACKGROUND = "Carter began serving as governor on January 2, 2017. "
INTENT = "Carter announced he would resign as leader of the Republican Party."


def _dated(code, text: str, day: str = "2019-05-10") -> list[tuple[str, str | None]]:
    c = code(text, day)
    assert c.article.status == "ok", c.article.error
    return [(e.cameo, e.date) for e in c.events]


def _places(code, text: str) -> list[tuple[str | None, str | None, str | None]]:
    c = code(text, "2019-03-10")
    assert c.article.status == "ok", c.article.error
    return [
        ((e.source or {}).get("code"), (e.location or {}).get("name"), (e.location or {}).get("country"))
        for e in c.events
    ]


def test_a_statement_restating_the_lead_is_of_the_leads_day(code):
    # the intent (0341) was stated when the lead says Carter announced, not on the day he took office
    assert ("0341", "2019-05-08") in _dated(code, LEAD + BACKGROUND + INTENT)
    # with no lead to restate, the paragraph's day still carries, as in any story told in order
    assert ("0341", "2017-01-02") in _dated(
        code, "Governor John Carter of Ohio was sworn in on January 2, 2017. " + INTENT
    )
    # a recent paragraph day carries as before
    assert ("0341", "2019-05-06") in _dated(code, LEAD + "Carter met party leaders on May 6. " + INTENT)


def test_police_reporting_their_own_act_act_where_it_happened(code):
    assert [r[2] for r in coded(code, "Police said they detained a Canadian woman in Lagos on Tuesday.")] == ["NGACOP"]
    assert [r[2] for r in coded(code, "Police said they had arrested two British men in Dubai.")] == ["ARECOP"]
    # another doer's act reported by the police is no act of theirs: it places nothing
    assert "NGACOP" not in [r[2] for r in coded(code, "Police said a gang had kidnapped a Canadian woman in Lagos.")]
    # the police's own words still win
    assert [r[2] for r in coded(code, "Spanish police said they detained a Canadian woman in Lagos.")] == ["ESPCOP"]


def test_the_two_koreas_are_both_states(code):
    rows = coded(code, "The two Koreas agreed to hold talks.")
    assert {(r[2], r[3]) for r in rows if r[0] == "agreed"} == {("KOR", "PRK"), ("PRK", "KOR")}
    assert {r[3] for r in coded(code, "Japan criticised both Koreas on Monday.")} == {"KOR", "PRK"}
    assert {r[2] for r in coded(code, "Both Koreas condemned the missile test.")} == {"KOR", "PRK"}
    # one Korea is one state
    assert {r[3] for r in coded(code, "Japan criticised South Korea on Monday.")} == {"KOR"}


def test_a_town_qualified_by_a_state_or_country_is_its_namesake_there(code):
    assert _places(code, "Police in Ontario, California, arrested two men on Monday.") == [("USACOP", "Ontario", "USA")]
    assert _places(code, "Protesters marched in London, Ontario, on Saturday.")[0][1:] == ("London", "CAN")
    assert _places(code, "Police in Perth, Scotland, arrested a man on Friday.") == [("GBRCOP", "Perth", "GBR")]
    assert _places(code, "Police in Athens, Georgia, arrested a man on Friday.") == [("USACOP", "Athens", "USA")]
    # a qualifier of the name's own country, a list of places, a bare name: as before
    assert _places(code, "Police in Tbilisi, Georgia, arrested a man on Friday.") == [("GEOCOP", "Tbilisi", "GEO")]
    assert _places(code, "Police in Paris arrested a man on Friday.") == [("FRACOP", "Paris", "FRA")]
    assert _places(code, "Protesters rallied in Toronto, Ontario and Vancouver on Sunday.")[0][2] == "CAN"
    # a fronted place and the subject after its comma: the subject acts, it qualifies nothing
    assert _places(code, "In Moscow, Georgia protested against the ruling.")[0][1:] == ("Moscow", "RUS")


def test_a_misread_place_before_an_origin_noun(code):
    assert coded(code, "Leeds resident Peter Brown was arrested by police on Friday.")[0][3] == "GBRCVL"
    # an ordinary word before the noun names no place
    assert coded(code, "Local resident Peter Brown was arrested by police on Friday.")[0][3] == "CVL"


def test_no_longer_negates(code):
    said = "The German chancellor said the United States was {} reliable partner."
    assert [r[1] for r in coded(code, said.format("a"))] == ["051"]
    for words in ("no longer a", "no more a", "not a", "no"):
        assert coded(code, said.format(words)) == []
    # "would no longer cooperate" is an announced refusal, like "would not cooperate"
    assert [r[1:] for r in coded(code, "Russia said it would no longer cooperate with the inquiry.")] == [
        ("120", "RUS", None, "actual")
    ]


def test_a_country_acted_on_is_not_the_doers(code):
    # no state condemns itself: the doer takes no country of its object
    assert coded(code, "The federal government condemned Iran on Monday.")[0][2:4] == ("GOV", "IRN")
    assert coded(code, "The government condemned North Korea on Monday.")[0][2] == "GOV"
    # a place the act happened in is the doer's as before
    rows = coded(
        code, "Protesters in Brazil marched on Monday. The federal government condemned the violence in Brasilia."
    )
    assert [r[2] for r in rows if r[0] == "condemned"] == ["BRAGOV"]
