"""Doers that are no actor (events/non_actors.py, rules/doers.yaml): a generic "you", a thing its
owner stands in for, a private person's private act. Invented sentences, each with a negative
that looks alike and stays coded."""

from __future__ import annotations

from tests.event_rows import coded

CAIRO = "CAIRO - Lead author Amina Saleh of Egypt's Cairo University "


def _asks(code, text):
    return [(c, s, t) for trig, c, s, t, _ in coded(code, text) if c.startswith("02")]


def test_a_generic_you_asks_no_one(code):
    text = CAIRO + 'explained to the press, "If you had a neighbour that annoys you, you go and ask the priest to act."'
    assert _asks(code, text) == []


def test_an_addressed_you_in_the_past_is_the_addressee(code):
    text = CAIRO + 'said to the governor, "Last year you asked the priest to punish the thief."'
    assert ("020", "EGYGOV", "EGYREL") in _asks(code, text)


def test_a_work_is_not_its_owners_act(code):
    text = (
        'MOSCOW - "We were surprised," Russian army geologist Ivan Petrov told the newspaper. '
        '"Our work is calling for a complete revision of how we think about the mines," he told the magazine.'
    )
    assert _asks(code, text) == []


def test_our_army_is_an_actor(code):
    text = (
        'MOSCOW - "We were surprised," Russian army general Ivan Petrov told the newspaper. '
        '"Our army is calling for a complete revision of the law," he told the magazine.'
    )
    assert [s for _, s, _ in _asks(code, text)] == ["RUSMIL"]


def test_social_media_are_not_the_press(code):
    assert coded(code, "LIMA - Social media struggled to censor the videos of the attack on Monday.") == []


def test_national_media_are_the_press(code):
    got = coded(code, "LIMA - Peruvian media criticized the government on Monday.")
    assert [(c, s) for _, c, s, _, _ in got] == [("111", "PERMED")]


def test_a_familys_appeal_for_donations_is_private(code):
    assert _asks(code, "LIMA - The family of the singer asked for donations to pay for the funeral on Monday.") == []


def test_a_familys_appeal_to_the_government_is_coded(code):
    got = _asks(code, "LIMA - The family of the singer asked the government for compensation on Monday.")
    assert got == [("020", "PERCVL", "PERGOV")]


def test_a_firms_apology_to_no_one_is_private(code):
    got = coded(code, "LIMA - The company apologized on Monday for its website being slow.")
    assert not any(c.startswith("05") for _, c, _, _, _ in got)


def test_a_firms_apology_to_the_government_is_coded(code):
    got = coded(code, "LIMA - The company apologized to the Peruvian government on Monday.")
    assert [(c, t) for _, c, _, t, _ in got] == [("055", "PERGOV")]


SALEH = "Omar Saleh, a Briton, stabbed two people in London on Friday. "


def test_a_private_persons_promise_to_no_one_is_private(code):
    got = coded(code, SALEH + "Saleh had been released on the provision that he had agreed to wear an electronic tag.")
    assert [c for _, c, _, _, _ in got] == ["182"]
    assert [c for _, c, _, _, _ in coded(code, SALEH + "Saleh promised to pay the fine.")] == ["182"]


def test_a_private_persons_agreement_to_meet_a_leader_is_coded(code):
    got = coded(code, SALEH + "Saleh had agreed to meet Prime Minister Boris Johnson.")
    assert ("036", "GBR", "GBRGOV") in [(c, s, t) for _, c, s, t, _ in got]


def test_a_group_the_kb_lacks_is_no_private_person(code):
    got = coded(code, "The Haitian group Fanmi Nou agreed to postpone the march.")
    assert [(c, s) for _, c, s, _, _ in got] == [("030", "HTI")]


# private_codes, kin in the plural, a thing aimed at, the press as audience (doers.yaml)
def test_relatives_at_a_ceremony_are_private(code):
    got = coded(code, "LIMA - Relatives of the fisherman attended the launching ceremony in Callao on Sunday.")
    assert not any(c == "017" for _, c, _, _, _ in got)


def test_relatives_protesting_against_a_ministry_are_coded(code):
    got = coded(code, "LIMA - Relatives of the fisherman protested against the Peruvian interior ministry on Sunday.")
    assert any(c.startswith("14") for _, c, _, _, _ in got)


def test_the_president_at_a_ceremony_is_coded(code):
    got = coded(code, "LIMA - Peruvian President Martin Vizcarra attended the launching ceremony in Callao on Sunday.")
    assert ("017", "PERGOV") in [(c, s) for _, c, s, _, _ in got]


def test_a_familys_option_is_private(code):
    text = "LIMA - The family said on Monday they are considering selling their farm to a neighbour."
    assert not any(c == "014" for _, c, _, _, _ in coded(code, text))


def test_a_ministers_option_is_coded(code):
    text = "LIMA - Peru's finance minister said on Monday he is considering raising the fuel tax."
    assert any(c == "014" for _, c, _, _, _ in coded(code, text))


def test_a_private_persons_interview_is_private(code):
    text = (
        "Laura Finch, a professor at Boston University, led the study. "
        "Finch agreed to answer some questions for the Boston Globe's correspondent."
    )
    assert not any(c.startswith("03") for _, c, _, _, _ in coded(code, text))


def test_an_appeal_about_a_named_journalist_is_coded(code):
    text = (
        "On Monday, Leyla Demir, fiancée of Saudi journalist Omar Haddad, addressed reporters in Paris, "
        "calling for the killers of Haddad to be brought to justice."
    )
    assert [c for _, c, _, _, _ in coded(code, text)] == ["020"]


def test_a_firms_deal_with_a_government_is_coded(code):
    got = coded(code, "LIMA - The company agreed with the Peruvian government to build a bridge in Cusco.")
    assert any(c.startswith("03") and t == "PERGOV" for _, c, _, t, _ in got)


# idea_nouns (doers.yaml): a view or stance does nothing; people and weapons do
DENVER = "DENVER - Senator John Smith's "


def test_a_senators_politics_fight_no_one(code):
    assert coded(code, DENVER + "moderate politics have clashed with the stances of national leaders of his party.") == []
    assert coded(code, DENVER + "views clashed with the party's platform.") == []


def test_a_senators_supporters_clash_with_the_police(code):
    got = coded(code, DENVER + "supporters have clashed with the police in Denver.")
    assert [(c, t) for _, c, _, t, _ in got] == [("180", "USACOP")]


# bygone_modifiers (doers.yaml): a people of a past age is no actor of today; the people today is
def test_a_people_of_a_past_age_is_no_actor(code):
    assert coded(code, "Ancient Egyptians captured sacred birds from the wild for use in rituals.") == []
    assert coded(code, "Prehistoric Britons traded tin with Gaul.") == []


def test_the_same_people_today_is_an_actor(code):
    assert [c for _, c, _, _, _ in coded(code, "Egyptian police captured two smugglers in Cairo.")] == ["173"]
    assert [(c, s) for _, c, s, _, _ in coded(code, "Egyptians protested in Cairo on Friday.")] == [("141", "EGYCVL")]
