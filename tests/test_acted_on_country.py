"""A victim's nationality is not the doer's (actors/acted_on.py): a doer with no country of its own
words does not take the sentence's one country when only a demonym of the party its verb acts on
names it. Invented sentences, each with a negative."""

from __future__ import annotations

from tests.event_rows import acts


def test_demonym_of_the_arrested_is_not_the_polices(code):
    assert acts(code, "Police detained two German students on Friday.") == [("173", "COP", "DEU")]


def test_demonym_of_the_abducted_or_indicted_is_not_the_doers(code):
    assert ("181", "UAF", "JPN") in acts(code, "Gunmen abducted a Japanese engineer on Tuesday.")
    assert ("115", "JUD", "BRA") in acts(code, "Prosecutors indicted a Brazilian businessman on Monday.")


def test_the_article_setting_still_gives_the_doer_a_country(code):
    assert ("173", "PERCOP", "DEU") in acts(code, "LIMA - Police detained two German students on Friday.")


def test_a_place_or_the_doers_own_words_still_give_it(code):
    assert ("173", "CHLCOP", "DEU") in acts(code, "In Chile, police detained two German students on Friday.")
    assert ("173", "DEUCOP", "DEU") in acts(code, "German police detained two students on Friday.")


def test_a_states_own_body_acted_with_still_gives_the_sentence_country(code):
    assert ("141", "CHLEDU", "CHL") in acts(code, "Students marched with Chilean police on Friday.")
    assert ("141", "CHLEDU", "CHL") in acts(code, "Chilean students protested on Friday.")


def test_a_demonym_on_a_states_own_official_still_gives_the_sentence_country(code):
    assert ("173", "PERCOP", "PER") in acts(code, "Police detained a former Peruvian minister on Friday.")
