"""What a speaker does inside a direct quotation that no trigger word names (issue 13,
coding/events/quoted.py): "you" is the cue's addressee; an evaluation of an actor or of an
actor's act is the speaker's praise (051), criticism (111) or accusation (112); a first-person
performative with an actor object and an obligation laid on another actor are appeals or
demands; the act takes the cue's date. Sentences are invented; each rule has a negative
beside it (an evaluation of a thing, of the speaker's own side, asked, denied, conditional or
hypothetical; a quotation inside the quotation; a speaker not coded; a fact reported)."""

from __future__ import annotations

import pytest

from tests.event_rows import DAY, acts


def quoted(code, text: str) -> list:
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return [e for e in c.events if e.rule.startswith("quote:")]


# -- second person: the cue's addressee ----------------------------------------------------------
def test_your_is_the_addressee_of_the_cue(code):
    got = acts(code, 'Rouhani told the Saudi ambassador: "Your presence has been a calamity for this region."')
    assert ("111", "IRNGOV", "SAU") in got


def test_a_thing_evaluated_before_an_addressee_is_no_act(code):
    got = acts(code, 'Rouhani told the Saudi ambassador: "The weather has been a calamity for this region."')
    assert not [a for a in got if a[0].startswith("11")]


def test_you_must_is_a_demand_of_the_addressee(code):
    got = acts(code, '"You must leave the country," the Iranian president told the British ambassador.')
    assert ("100", "IRNGOV", "GBR") in got


def test_you_must_with_no_one_addressed_demands_of_no_actor(code):
    got = acts(code, '"You must leave the country," the Iranian president said.')
    assert not [a for a in got if a[0].startswith("10")]


def test_your_said_to_no_one_named_criticises_an_unnamed_target(code):
    got = acts(code, '"Your presence has always been a calamity for this region," Rouhani continued.')
    assert ("111", "IRNGOV", None) in got


def test_you_in_a_plain_remark_is_no_act(code):
    assert quoted(code, '"You never know what will happen," Rouhani continued.') == []


# -- first-person performatives --------------------------------------------------------------------
def test_i_count_on_an_actor_is_an_appeal(code):
    got = acts(code, '"I count on Turkey to act with restraint," Jens Stoltenberg wrote.')
    assert ("020", "IGONAT", "TUR") in got


def test_i_counted_on_is_a_report_not_an_appeal(code):
    assert quoted(code, '"I counted on Turkey to act with restraint," Jens Stoltenberg wrote.') == []


def test_we_appreciate_an_actors_act_is_praise(code):
    got = acts(code, '"We appreciate the Iraqi government\'s quick response," the US defence secretary said.')
    assert ("051", "USAMIL", "IRQ") in got


def test_we_appreciate_an_uncoded_audience_is_no_act(code):
    assert quoted(code, '"We appreciate your patience," the French president told reporters.') == []


# -- obligations on another actor ------------------------------------------------------------------
def test_they_need_to_stand_by_us_is_an_appeal_to_them(code):
    got = acts(code, 'Erdogan cited the NATO treaty and said, "They need to stand by us."')
    assert ("020", "TURGOV", "IGONAT") in got


def test_we_need_to_stand_by_them_is_no_appeal(code):
    assert quoted(code, 'Erdogan cited the NATO treaty and said, "We need to stand by them."') == []


# -- evaluations of an actor or an actor's act -----------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ('"The Russian government is lying," the French president said on Tuesday.', ("112", "FRAGOV", "RUS")),
        ('"Russia\'s decision was a big mistake," the French president said.', ("111", "FRAGOV", "RUS")),
        ('"The Russian government made the right decision," the French president said.', ("051", "FRAGOV", "RUS")),
    ],
)
def test_an_evaluation_of_an_actor_is_the_speakers_act(code, text, expected):
    assert expected in acts(code, text)


@pytest.mark.parametrize(
    "text",
    [
        '"The weather is terrible," the French president said.',  # not an actor
        '"We made the right decision," the French president said.',  # the speaker's own side
        '"Our decision was a big mistake," the French president said.',
        '"The Russian government is not lying," the French president said.',  # denied
        '"The Russian government might be lying," the French president said.',  # hypothetical
        '"If the Russian government is lying, we will respond," the French president said.',
        '"Is the Russian government lying?" the French president asked.',  # asked
        '"Leaving them to die is a big mistake," the French president said.',  # no actor named
        '"The Russian army crossed the border on Monday," the French president said.',  # a fact reported
        "The French president said: \"Putin once told me: 'The Germans are lying'.\"",  # a quote in the quote
        '"The Russian government is lying," someone said.',  # a speaker not coded
    ],
)
def test_no_evaluation_of_a_thing_oneself_or_what_is_not_said_so(code, text):
    assert quoted(code, text) == []


# -- the cue's date --------------------------------------------------------------------------------
def test_a_quoted_act_takes_the_date_of_its_cue(code):
    c = code('Jens Stoltenberg wrote on Friday: "I count on Turkey to act with restraint."', DAY)
    (e,) = [e for e in c.events if e.rule.startswith("quote:")]
    assert (e.date, e.date_text) == ("2023-10-13", "Friday")


def test_a_quoted_act_with_an_undated_cue_keeps_the_publication_date(code):
    c = code('Jens Stoltenberg wrote: "I count on Turkey to act with restraint."', DAY)
    (e,) = [e for e in c.events if e.rule.startswith("quote:")]
    assert (e.date, e.date_text) == (DAY, None)


def test_a_quoted_trigger_with_no_date_takes_the_cues(code):
    c = code('The Kenyan president said on Friday: "We condemn the Somali raids."', DAY)
    (e,) = [e for e in c.events if e.trigger == "condemn"]
    assert (e.date, e.date_text) == ("2023-10-13", "Friday")


def test_a_planned_quoted_act_does_not_take_the_cues_date(code):
    c = code('The Kenyan president said on Friday: "We will withdraw our troops from Somalia."', DAY)
    planned = [e for e in c.events if e.trigger == "withdraw" and e.modality == "planned"]
    assert planned and all(e.date_text != "Friday" for e in planned)
    # the intent to withdraw (03x), a verbal act, was expressed on Friday (events/stated.py)
    assert [e.date_text for e in c.events if e.trigger == "withdraw" and e.modality == "actual"] == ["Friday"]
