"""Speech acts with content are events (issue 13): what a speaker does with words when the words
say it - calling something by a word of disapproval or approval, alleging, attributing an
attack, appealing for a resignation, and speech-act nouns carried by a light noun ("statements
of condemnation came from X"). Sentences are invented for these tests; each rule has a negative
beside it."""

from __future__ import annotations

import pytest

DAY = "2023-10-16"


def coded(code, text: str):
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return c


def triples(c, trigger: str) -> list[tuple[str, str | None, str | None]]:
    """(cameo, source country, target country) of the events with this trigger word."""
    return [
        (e.cameo, e.source.get("country"), (e.target or {}).get("country"))
        for e in c.events
        if e.trigger.lower() == trigger.lower()
    ]


# -- calling something by a word of disapproval or approval ---------------------------------------
@pytest.mark.parametrize(
    "text, trigger, expected",
    [
        ("The French foreign minister called the German plan a grave abuse of power.", "called", ("111", "FRA", "DEU")),
        (
            "The French foreign minister called the German proposal reckless and irresponsible.",
            "called",
            ("111", "FRA", "DEU"),
        ),
        ("The Kenyan president described the Somali raids as a cowardly act.", "described", ("111", "KEN", "SOM")),
        ("The Indian government branded the Pakistani militants terrorists.", "branded", ("112", "IND", "PAK")),
        (
            "The Japanese prime minister called the Greek agreement a historic achievement.",
            "called",
            ("051", "JPN", "GRC"),
        ),
    ],
)
def test_calling_something_a_word_of_judgement_is_a_speech_act(code, text, trigger, expected):
    assert expected in triples(coded(code, text), trigger)


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("The French foreign minister called the German plan a new approach to energy.", "called"),
        ("The Chinese minister called the talks deep and very productive.", "called"),
        ("The Kenyan president described the Somali raids as a surprise.", "described"),
        ("The French foreign minister called the German ambassador on Monday.", "called"),
    ],
)
def test_calling_something_a_neutral_word_is_no_event(code, text, trigger):
    assert triples(coded(code, text), trigger) == []


def test_an_actor_called_by_a_predicate_adjective_of_its_act(code):
    c = coded(code, "The Egyptian foreign minister considered the Turkish move inappropriate.")
    assert ("111", "EGY", "TUR") in triples(c, "considered")
    plain = coded(code, "The Egyptian foreign minister considered the Turkish offer carefully.")
    assert [t for t in triples(plain, "considered") if t[0].startswith("11")] == []


# -- allegations and attributions ---------------------------------------------------------------
def test_alleging_a_clause_accuses_its_subject(code):
    c = coded(code, "The Russian ambassador alleged the Ukrainian army was shelling civilians.")
    assert ("112", "RUS", "UKR") in triples(c, "alleged")


def test_alleging_an_act_noun_accuses_its_owner(code):
    c = coded(code, "The Saudi government alleged Iranian involvement in the attack.")
    assert ("112", "SAU", "IRN") in triples(c, "alleged")


def test_the_alleged_act_is_no_accusation(code):
    c = coded(code, "The alleged abuse took place in a Nigerian prison.")
    assert triples(c, "alleged") == []


def test_attributing_an_attack_is_an_accusation(code):
    c = coded(code, "The Afghan government attributed the bombing to Pakistani militants.")
    assert ("112", "AFG", "PAK") in triples(c, "attributed")
    c = coded(code, "The Afghan government attributed the price rise to Pakistani tariffs.")
    assert triples(c, "attributed") == []


# -- appeals for a change in leadership ------------------------------------------------------------
def test_calling_for_a_resignation_appeals_to_its_owner(code):
    c = coded(code, "Kenyan protesters called for the Kenyan president's resignation.")
    assert [t for t in triples(c, "called") if t[0] == "0241"] == [("0241", "KEN", "KEN")]
    # the resignation asked for has not happened
    assert triples(c, "resignation") == []


def test_calling_for_talks_stays_a_plain_appeal(code):
    c = coded(code, "The French president called for new talks on Monday.")
    assert [t[0] for t in triples(c, "called")] == ["020"]


# -- speech-act nouns: statements of condemnation, expressions of condolence ----------------------
def test_a_speech_noun_coming_from_speakers_is_their_act(code):
    c = coded(code, "Statements of condemnation have come from the French government and the German government.")
    assert sorted(triples(c, "condemnation")) == [("111", "DEU", None), ("111", "FRA", None)]


def test_a_speech_noun_made_by_a_speaker_is_its_act(code):
    # condemnation (111) may lack a target; an accusation (112) of no one named is no event
    # (events/partnerless.py)
    c = coded(code, "Similar condemnations of the attack were made by the Yemeni government.")
    assert ("111", "YEM", None) in triples(c, "condemnations")


def test_a_speech_noun_coming_from_a_place_is_no_actor(code):
    c = coded(code, "Statements of condemnation have come from around the world.")
    assert triples(c, "condemnation") == []


def test_a_statement_of_condemnation_issued_is_a_condemnation(code):
    c = coded(code, "The French government issued a statement of condemnation.")
    assert [t[0] for t in triples(c, "issued")] == ["111"]
    # a bare statement, with no content to classify, is no event (GUIDELINE Scope)
    c = coded(code, "The French government issued a statement on Monday.")
    assert [t[0] for t in triples(c, "issued")] == []


# -- a bare announcement is a quote cue ------------------------------------------------------------
def test_announcing_a_clause_is_no_statement_event(code):
    c = coded(code, "The Kenyan government announced that it would raise school fees.")
    assert triples(c, "announced") == []
    c = coded(code, "The Kenyan government announced new school fees on Monday.")
    assert triples(c, "announced") == []


# -- a reaction to "the move" reacts to an act an earlier sentence reported -----------------------
def test_criticising_the_move_targets_the_doer_of_the_earlier_act(code):
    c = coded(code, "Kenya expelled the Somali ambassador on Monday. The Somali government criticised the move.")
    assert ("111", "SOM", "KEN") in triples(c, "criticised")


def test_seconding_the_call_targets_the_caller_not_the_latest_doer(code):
    c = coded(code, "The French president called for new talks on trade. Germany met Italy on Tuesday. "
                    "The call was seconded by the Spanish government.")
    assert ("051", "ESP", "FRA") in triples(c, "seconded")


@pytest.mark.parametrize("text", [
    # no act reported before
    "The Somali government criticised the move.",
    # an indefinite noun points back at nothing
    "Kenya expelled the Somali ambassador on Monday. The Somali government criticised a move by Ethiopia.",
    # a denied act is no act to react to
    "Kenya did not expel the Somali ambassador. The Somali government criticised the move.",
])
def test_no_earlier_act_no_anaphoric_target(code, text):
    assert [t for t in triples(coded(code, text), "criticised") if t[2] == "KEN"] == []


# -- support held is not support given -----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan government has always claimed it has public support.",
        "The ruling party of Ghana still enjoys strong support among farmers.",
        "The Peruvian president has lost the support of the unions.",
        "The Chilean opposition lacks support in the capital.",
    ],
)
def test_support_held_is_no_act_of_support(code, text):
    """"X has / enjoys / lacks / lost support" says who is supported, not that X supports anyone."""
    c = coded(code, text)
    assert [e.cameo for e in c.events if e.trigger == "support"] == []


@pytest.mark.parametrize(
    "text, trigger, expected",
    [
        ("Germany expressed support for the Kenyan government.", "expressed", ("051", "DEU", "KEN")),
        ("The Kenyan president voiced his support for Uganda's bid.", "voiced", ("051", "KEN", "UGA")),
    ],
)
def test_support_given_is_still_support(code, text, trigger, expected):
    c = coded(code, text)
    assert expected in [t for tr in (trigger, "support") for t in triples(c, tr)]
