"""Displeasure stated of an actor with what another did (triggers-adjectives.yaml, CAMEO 110/111),
also where the parser reads the participle as a passive ("was disappointed by", felt_participles.py),
and the verbs of speaking ill and of proposing an act the lexicon gained beside it. Invented
sentences, with the look-alikes that must not be coded: a modifier, a mood of no actor, a storm,
a passive act, a travel warning, advice to no one."""

from __future__ import annotations

from tests.event_rows import acts, coded


def test_a_participle_of_displeasure_is_its_adjective(code):
    got = acts(code, "The Chilean president said he was deeply disappointed by Peru's decision.")
    assert ("110", "CHLGOV", "PER") in got
    got = acts(code, "The Kenyan foreign ministry was dismayed by Uganda's decision to close the border.")
    assert ("110", "KENGOV", "UGA") in got
    got = acts(code, "Rights groups were outraged by the Egyptian government's crackdown.")
    assert [a for a in got if a[0] == "111"] == [("111", "EGYHRI", "EGY")]


def test_an_adjective_of_displeasure_with_what_displeases(code):
    assert ("111", "KENGOV", "GBR") in acts(code, "The Kenyan president was angry over the British envoy's remarks.")
    assert ("110", "INDGOV", "PAK") in acts(code, "The Indian government is unhappy with Pakistan's response.")
    assert ("111", "BRAGOV", "ARG") in acts(code, "Brazil's president was furious at Argentina's decision.")


def test_a_mood_or_a_modifier_is_no_comment(code):
    assert coded(code, "Disappointed fans of the team left the stadium early.") == []
    assert coded(code, "The fans were disappointed by the team's loss in Lima.") == []
    assert coded(code, "The Chilean president said he was disappointed.") == []
    assert coded(code, "The Japanese government was not disappointed by the Chinese decision.") == []


def test_a_passive_act_keeps_its_doer(code):
    """A participle no adjective entry reads stays a passive: "committed by" names the doer."""
    assert coded(code, "The report was prepared by the Russian foreign ministry.") == []
    got = acts(code, "The Egyptian government is committed to dialogue with Ethiopia.")
    assert got == [("036", "EGYGOV", "ETH")]


def test_speaking_ill_of_an_actor(code):
    assert acts(code, "The Turkish president lashed out at the French president on Tuesday.") == [
        ("111", "TURGOV", "FRA")
    ]
    assert acts(code, "The Venezuelan president hit out at the American government.") == [("111", "VENGOV", "USA")]
    assert acts(code, "The Iranian leader railed against the Saudi government.") == [("111", "IRNGOV", "SAU")]
    assert acts(code, "The Iranian president insulted the Saudi king.") == [("111", "IRNGOV", "SAU")]
    assert coded(code, "A storm lashed the coast of Florida.") == []
    assert ("110", "CHN", "JPN") in acts(code, "China voiced strong objections to the Japanese minister's visit.")


def test_proposing_that_others_act(code):
    got = acts(code, "The European Union advised the Greek government to cut spending.")
    assert got == [("020", "IGOEUR", "GRC")]
    assert coded(code, "The British foreign office advised against all travel to Libya.") == []
    assert coded(code, "Doctors recommend eight hours of sleep.") == []
