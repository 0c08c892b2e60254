"""Offices whose head word takes the plural before a postposed modifier ("attorneys general",
"Surgeons General": actors/phrases.py), an act ordered of one's unnamed subordinates as the
commander's own (events.yaml ordering_verbs), and a lawsuit against a state of emergency as
aimed at its government (events.yaml policy_nouns). Sentences are invented; each positive has a
negative."""

from __future__ import annotations

from tests.event_rows import DAY, coded


def test_plural_office_with_postposed_modifier_is_the_office(code):
    # "attorneys general": the plural head noun before the term's last word
    assert coded(code, "Attorneys general from Oregon and Nevada sued the company.") == [
        ("sued", "115", "USAJUD", "BUS", "actual")
    ]
    # "Attorneys General": the plural parsed as a modifier of "General" is no general (MIL)
    assert coded(code, "Attorneys General from several states sued the administration.")[0][2] == "JUD"
    assert coded(code, "Surgeons general from three countries criticized the tobacco industry.")[0][2] == "GOV"
    # the singular office works as before, and a plural that makes no office is none
    assert coded(code, "The attorney general filed a lawsuit against the company.")[0][:3] == (
        "filed",
        "115",
        "JUD",
    )
    assert coded(code, "Lawyers general sued the company.") == []
    assert coded(code, "The general attacked the town.")[0][2] == "MIL"


def test_an_order_to_unnamed_staff_is_the_commanders_act(code):
    text = "The Chilean president ordered his staff to withhold economic aid to Peru."
    assert coded(code, text) == [("withhold", "1621", "CHLGOV", "PER", "actual")]
    assert coded(code, "The Chilean president ordered his staff to delay the aid to Peru.")[0][:4] == (
        "delay",
        "162",
        "CHLGOV",
        "PER",
    )
    # an object that is an actor does the act itself; an order of lunch and a delayed flight are none
    assert coded(code, "The Chilean president ordered the army to withhold aid to Peru.")[0][2] == "MIL"
    assert coded(code, "The Chilean president ordered lunch for his staff.") == []
    assert coded(code, "The Chilean president ordered his staff to delay the flight.") == []


def test_a_lawsuit_against_a_state_of_emergency_is_against_its_government(code):
    text = "Peru declared a state of emergency. The Peruvian attorney general filed a lawsuit against the state of emergency."
    assert ("filed", "115", "PERJUD", "PERGOV", "actual") in coded(code, text)
    # a state that is no measure of a government's is no target
    other = "Peru declared a state of emergency. The Peruvian attorney general filed a lawsuit against the state of the economy."
    assert ("filed", "115", "PERJUD", None, "actual") in coded(code, other)


# "froze $90 million in aid to Peru", with "to Peru" on the aid the amount counts
AID_TO = """
Chile Chile PROPN:NNP nsubj 1 B-GPE
froze freeze VERB:VBD ROOT 1
$ $ SYM:$ quantmod 4
90 90 NUM:CD compound 4
million million NUM:CD dobj 1
in in ADP:IN prep 4
aid aid NOUN:NN pobj 5
to to ADP:IN prep 6
Peru Peru PROPN:NNP pobj 7 B-GPE
. . PUNCT:. punct 1
"""


def test_the_target_of_an_amount_is_on_what_it_counts(nlp):
    from tests.handdoc import events, parse

    assert events(parse(nlp, AID_TO)) == [("162", "CHL", "PER", "actual")]
    # a noun the amount does not count ("near aid", on the verb) lends it no target
    table = AID_TO.replace("in in ADP:IN prep 4", "near near ADP:IN prep 1")
    assert ("162", "CHL", "PER", "actual") not in events(parse(nlp, table))
