"""Countries the actors stage reads for a nation named by its demonym ("the British"), a
legislator who speaks through a national outlet, and a hyphenated given name (invented
sentences, each rule beside a negative)."""

from __future__ import annotations

from newsgraph.model import ArticleInput
from newsgraph.pipeline import code_article

DAY = "2023-10-16"


def run(nlp, text: str, title: str | None = None):
    c = code_article(ArticleInput(text=text, date=DAY, title=title), nlp=nlp)
    assert c.article.status == "ok", c.article.error
    return c


def find(c, text: str):
    found = [a for a in c.actors if a.text.lower() == text.lower()]
    assert found, f"no actor {text!r} among {[a.text for a in c.actors]}"
    return found[0]


# -- 1. "the British": a nation named by a demonym with "the" and no noun after -------------
def test_the_french_acting_is_france(nlp):
    c = run(nlp, "The French pulled their soldiers out of Niger last year.")
    assert find(c, "French").country == "FRA"


def test_the_dutch_at_sentence_end_is_the_netherlands(nlp):
    c = run(nlp, "The border talks stalled after a quarrel with the Dutch.")
    assert find(c, "Dutch").country == "NLD"


def test_demonym_before_a_noun_is_not_the_nation(nlp):
    c = run(nlp, "The British envoy left Caracas on Monday.")
    assert "British" not in [a.text for a in c.actors]
    assert find(c, "The British envoy").country == "GBR"


def test_demonym_in_a_list_of_modifiers_is_not_the_nation(nlp):
    c = run(nlp, "The French and Spanish fleets sailed from Toulon.")
    assert "French" not in [a.text for a in c.actors]


def test_singular_demonym_with_the_is_no_nation(nlp):
    # "the Canadian" is one person, not Canada ("Canadian" takes an -s for the nation)
    c = run(nlp, "The Canadian won the race in Oslo.")
    assert "Canadian" not in [a.text for a in c.actors]


# -- 2. a legislator speaking through a national outlet -----------------------------------
_WAR = "Yemen rebels seize port as Saudi coalition retreats"


def test_senator_takes_the_country_of_the_outlet_he_spoke_on(nlp):
    text = (
        "Rebels in Yemen took the port of Mokha on Tuesday.\n\n"
        'Senator Harold Quimby spoke on CNN, "The rebels will now turn to Iran and Oman for help."'
    )
    assert find(run(nlp, text, _WAR), "Harold Quimby").country == "USA"


def test_senator_with_no_outlet_keeps_the_story_country(nlp):
    text = (
        "Rebels in Yemen took the port of Mokha on Tuesday.\n\n"
        'Senator Harold Quimby spoke at a rally, "The rebels will now turn to Iran and Oman for help."'
    )
    assert find(run(nlp, text, _WAR), "Harold Quimby").country != "USA"


def test_a_minister_is_not_read_from_the_outlet(nlp):
    # the outlet rule is for legislators: a minister with no country is the story's
    text = "Rebels in Yemen took the port of Mokha on Tuesday.\n\nMinister Harold Quimby spoke on CNN about the port."
    assert find(run(nlp, text, _WAR), "Harold Quimby").country != "USA"


# -- 3. a hyphenated given name the NER left out -------------------------------------------
def test_hyphenated_given_name_joins_the_person(nlp):
    c = run(nlp, "The union's secretary Wing-sze Lau said the strike would go on.")
    assert find(c, "Wing-sze Lau").how == "context:person"


def test_lowercase_hyphenated_word_is_not_a_given_name(nlp):
    c = run(nlp, "The ex-union secretary Lau said the strike would go on.")
    assert not [a for a in c.actors if a.text.lower().startswith(("ex-union", "union secretary"))]
    assert not [a for a in c.actors if "-" in a.text and a.how == "context:person"]


def test_hyphenated_title_is_not_a_given_name(nlp):
    c = run(nlp, "Ireland's Attorney-General Seamus Boyle said the case would go on.")
    people = [a.text for a in c.actors if "Boyle" in a.text]
    assert people and all("Secretary" not in t for t in people)


def test_senator_sits_in_the_legislature_the_story_names(nlp):
    text = (
        "The Kenyan parliament debated the budget on Tuesday.\n\n"
        'Senator Ann Hale spoke at a rally, "Somalia and Ethiopia must stop the raids."'
    )
    assert find(run(nlp, text, "Raids on the Somali border"), "Ann Hale").country == "KEN"


def test_two_countries_legislatures_say_nothing(nlp):
    text = (
        "The Kenyan parliament and the Ugandan parliament debated the budget on Tuesday.\n\n"
        'Senator Ann Hale spoke at a rally, "Somalia must stop the raids."'
    )
    assert find(run(nlp, text, "Raids on the Somali border"), "Ann Hale").country not in ("KEN", "UGA")


def test_two_nations_joined_by_and(nlp):
    c = run(nlp, "The Swiss and the Dutch signed the water treaty in Geneva.")
    assert find(c, "Swiss").country == "CHE"
