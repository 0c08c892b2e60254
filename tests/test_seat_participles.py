"""A place joined by a hyphen to "based" or "headquartered" before a body ("a Texas-based company",
actors.yaml seat_participles) is where the body is based: its country, whatever other country the
sentence names; a nationality beside it wins ("a US-based Chinese activist" is Chinese).
Sentences are invented; each positive has a negative."""

from __future__ import annotations

from tests.event_rows import acts


def test_a_body_based_in_a_place_is_of_its_country(code):
    assert acts(code, "A Texas-based company sued the Mexican government.") == [("115", "USABUS", "MEX")]
    assert acts(code, "A London-based company sued the Mexican government.") == [("115", "GBRBUS", "MEX")]
    assert acts(code, "A Nairobi-based rights group criticised the Ugandan government.") == [
        ("111", "KENHRI", "UGA")
    ]


def test_a_nationality_beside_the_seat_wins(code):
    assert acts(code, "A US-based Chinese activist criticised the Chinese government.") == [("111", "CHNOPP", "CHN")]
    # with no seat named, a body the text places nowhere takes the sentence's one country
    assert acts(code, "A company sued the Mexican government.") == [("115", "MEXBUS", "MEX")]
