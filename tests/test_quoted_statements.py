"""Statements whose content is in a direct quotation (issue 14; GUIDELINE.md: a statement a coder
can classify is an event, a bare "X said" is a quote): sympathy and prayer (018,
condolences.py `quoted_sympathy`), a harm the speaker says he will do (13, quoted.py
`_threat`), and a speaker named by a surname the article spelled otherwise before
(actors/speakers.py), so that "we warn ..." in his words is his. Sentences are invented; each
rule has a negative beside it (a bare "said", a prayer for no one, a third party's feelings,
a threat reported of someone else, a negated one)."""

from __future__ import annotations

from tests.event_rows import DAY, acts


def codes(got, root: str) -> list:
    return [a for a in got if a[0].startswith(root)]


# -- sympathy ---------------------------------------------------------------------------------
def test_thoughts_and_prayers_are_with_a_named_official(code):
    got = acts(
        code, '"Our thoughts and prayers are with the Canadian ambassador and his loved ones," Olaf Scholz wrote.'
    )
    assert ("018", "DEUGOV", "CAN") in got


def test_thoughts_about_the_weather_are_no_sympathy(code):
    got = acts(code, '"Our thoughts are with the budget and the tax reform," Olaf Scholz wrote.')
    assert not codes(got, "01")


def test_we_are_with_someone_in_our_prayers(code):
    got = acts(code, 'Olaf Scholz tweeted "We are with the Canadian ambassador in our thoughts and prayers."')
    assert ("018", "DEUGOV", "CAN") in got


def test_we_are_with_someone_without_thoughts_is_no_sympathy(code):
    got = acts(code, 'Olaf Scholz tweeted "We are with the Canadian ambassador on this question."')
    assert not codes(got, "01")


def test_lets_pray_for_the_victims_has_a_null_target(code):
    got = acts(code, 'Emmanuel Macron wrote "Let\'s all pray for the victims of this attack."')
    assert ("018", "FRAGOV", None) in got


def test_praying_for_peace_is_for_no_one(code):
    got = acts(code, 'Emmanuel Macron wrote "Let\'s all pray for peace and for rain."')
    assert not codes(got, "01")


def test_a_third_partys_prayers_are_not_the_speakers(code):
    got = acts(code, 'Emmanuel Macron said "The villagers pray for the victims every night."')
    assert not codes(got, "01")


def test_a_bare_said_is_no_statement(code):
    got = acts(code, 'Emmanuel Macron said "The ceremony took place on Sunday."')
    assert not got


# -- threats in the speaker's own words --------------------------------------------------------
def test_if_x_does_that_i_will_destroy_its_economy(code):
    got = acts(
        code,
        'President Joe Biden wrote: "If Venezuela does anything I consider unfair, I will totally destroy '
        'the economy of Venezuela."',
    )
    assert ("130", "USAGOV", "VEN") in got


def test_a_harm_reported_of_someone_else_is_no_threat_by_the_speaker(code):
    got = acts(code, "President Joe Biden said Venezuela will destroy its own economy.")
    assert not [a for a in got if a[0].startswith("13") and a[1] == "USAGOV"]


def test_a_harm_the_speaker_will_not_do_is_no_threat(code):
    got = acts(code, 'President Joe Biden wrote: "We will not destroy the economy of Venezuela."')
    assert not codes(got, "13")


# -- a speaker whose surname the article spells two ways ----------------------------------------
def test_we_warn_in_the_words_of_a_respelled_speaker(code):
    text = (
        "Iranian military spokesman Yusuf Karimi said the navy had fired missiles at the port. "
        '"We warn the Saudis that our strikes will continue", Karimy said.'
    )
    got = acts(code, text)
    assert [a for a in got if a[0].startswith("13") and a[2] == "SAU" and (a[1] or "").startswith("IRN")]


def test_a_different_surname_is_no_respelling(code):
    text = (
        "Iranian military spokesman Yusuf Karimi said the navy had fired missiles at the port. "
        '"We warn the Saudis that our strikes will continue", Kazemi said.'
    )
    got = acts(code, text)
    assert not [a for a in got if a[0].startswith("13") and (a[1] or "").startswith("IRN")]


# -- criticism and accusation in the speaker's words -------------------------------------------
def test_dismay_at_a_named_government_is_disapproval(code):
    got = acts(
        code, '"I am deeply disappointed by the Thai government," Amnesty International director Maria Lopez said.'
    )
    assert ("110", "NGOAMN", "THA") in got


def test_dismay_at_a_governments_conduct_is_criticism(code):
    got = acts(code, '"We are appalled at the Thai government\'s conduct," President Emmanuel Macron said.')
    assert ("111", "FRAGOV", "THA") in got


def test_dismay_at_a_thing_is_no_criticism(code):
    got = acts(code, '"I am deeply disappointed by the result," President Emmanuel Macron said.')
    assert not codes(got, "11")


def test_a_third_partys_dismay_is_not_the_speakers(code):
    got = acts(code, '"The farmers are disappointed by the Thai government," President Emmanuel Macron said.')
    assert not codes(got, "11")


def test_an_act_told_with_an_unlawful_manner_is_an_accusation(code):
    got = acts(
        code,
        '"The Thai authorities have chosen to suppress the protests in an unlawful way," said Maria Lopez, '
        "the Thailand director of Amnesty International.",
    )
    assert ("1122", "NGOAMN", "THA") in got


def test_the_same_act_told_plainly_by_a_compatriot_is_no_accusation(code):
    got = acts(
        code,
        '"The Thai authorities have chosen to suppress the protests," said Maria Lopez, '
        "the Thailand director of Amnesty International.",
    )
    assert not codes(got, "112")
