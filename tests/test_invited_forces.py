"""Armed forces that come into a country at its government's request cooperate militarily with
the one who asked (CAMEO 062; triggers-verbs.yaml, 06): not a visit (042) nor an occupation
(192), and the request stays the asker's own act (020). A fronted "at X's request" the parser
split off its preposition is mended (misparsed_verbs.py), and "..., then returned" is the main
subject's next act, no passive adjunct (adjuncts.py). Invented sentences, each with negatives."""

from __future__ import annotations

from tests.event_rows import acts


def test_troops_arriving_at_a_governments_request_cooperate_with_it(code):
    found = acts(code, "Russian troops arrived in Kazakhstan at the request of the Kazakh government.")
    assert ("062", "RUSMIL", "KAZ") in found
    assert ("020", "KAZGOV", "RUS") in found  # the request is the government's own act
    assert not [a for a in found if a[0] == "042"]


def test_entering_at_a_request_is_no_occupation(code):
    found = acts(code, "Russian troops entered Kazakhstan at the request of President Tokayev.")
    assert ("062", "RUSMIL", "KAZ") in found
    assert not [a for a in found if a[0].startswith("19")]
    # with no request it stays an occupation, and an arrival a visit
    assert ("192", "RUSMIL", "KAZ") in acts(code, "Russian troops entered Kazakhstan on Monday.")
    assert ("042", "RUSMIL", "KAZ") in acts(code, "Russian troops arrived in Kazakhstan on Monday.")


def test_a_fronted_request_split_by_the_parser(code):
    # the parser reads "at" as a subordinator and "request" as the subject of "returned"
    for text in (
        "Kenyan troops withdrew from Somalia in 2012, then at the Somali government's request returned three years later.",
        "German soldiers left Mali in 2014, then at Mali's request returned two years later.",
        "Turkish troops left Libya in 2015, then at the request of the Libyan government returned in 2017.",
    ):
        found = acts(code, text)
        doer = found[0][1]  # the departure before it is still coded, first
        assert found[0][0] == "0874", found
        assert ("062", doer) in [a[:2] for a in found], found
        assert [a for a in found if a[0] == "020" and a[2] == doer[:3]], found  # the request, asking them


def test_a_real_subordinate_clause_is_not_mended(code):
    found = acts(code, "French troops left Mali in 2014, after the Malian government's request failed.")
    assert not [a for a in found if a[0].startswith("06")]


def test_no_cooperation_by_others_nor_by_an_invitation_nor_a_lasting_stay(code):
    # people who are no armed force, an invitation (its own noun codes it) and a stay
    refugees = acts(code, "Refugees returned to Syria at the request of the Syrian government.")
    assert not [a for a in refugees if a[0].startswith("06")]
    invited = acts(code, "Russian troops arrived in Kazakhstan at the invitation of President Tokayev.")
    assert ("036", "KAZGOV", "RUS") in invited
    assert not [a for a in invited if a[0].startswith("06")]
    stay = acts(code, "Russian troops are in Syria at the request of the Syrian government.")
    assert not [a for a in stay if a[0].startswith("06")]


def test_then_and_a_past_tense_is_the_subjects_next_act(code):
    # "..., then ... returned": no participle of what was done to the troops (adjuncts.py)
    text = "U.S. marines left Somalia in 1994, then at the Somali government's request returned two decades later."
    assert ("062", "USAMIL", "SOM") in acts(code, text)
    # a participle after the comma is still one: "charged" is done to the man, by no one named here
    charged = acts(code, "A Kenyan man appeared in court in Nairobi on Monday, charged with murder.")
    assert not [a for a in charged if a[1] and a[1].startswith("KENCVL")]
