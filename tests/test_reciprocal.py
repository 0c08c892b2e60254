"""Parties that act on each other (events/reciprocal.py, events.yaml reciprocal_verbs,
reciprocal_pronouns): a coordinated subject acting on "each other", or doing a reciprocal act
(clash, exchange, swap, trade) with no other party named, is coded as each party's act on the
other; a place the act happened in is no party. Sentences are invented; each positive has a
negative beside it."""

from __future__ import annotations

from tests.event_rows import acts, coded


def test_each_other_makes_each_party_the_others_target(code):
    # shelling alleged: an accusation of aggression (1123, accused_act_codes of the act 19x)
    assert sorted(acts(code, "Ethiopia and Eritrea accused each other of shelling border towns.")) == [
        ("1123", "ERI", "ETH"),
        ("1123", "ETH", "ERI"),
    ]
    assert sorted(acts(code, "Chad and Niger blamed one another for the attack.")) == [
        ("112", "NER", "TCD"),
        ("112", "TCD", "NER"),
    ]
    # "each other's": the owner of the object, each the other
    assert sorted(acts(code, "Qatar and Bahrain expelled each other's diplomats.")) == [
        ("161", "BHR", "QAT"),
        ("161", "QAT", "BHR"),
    ]
    assert sorted(acts(code, "Qatar and Bahrain expelled Oman's diplomats.")) == [
        ("161", "BHR", "OMN"),
        ("161", "QAT", "OMN"),
    ]
    # a third party named as the object: both act on it, not on each other
    assert sorted(acts(code, "Ethiopia and Eritrea accused Sudan of shelling border towns.")) == [
        ("1123", "ERI", "SDN"),
        ("1123", "ETH", "SDN"),
    ]


def test_a_clash_between_the_subjects_is_on_each_other_not_on_the_place(code):
    rows = coded(code, "Riot police and students clashed in Santiago on Thursday.")
    assert sorted((r[2], r[3]) for r in rows) == [("CHLCOP", "CHLEDU"), ("CHLEDU", "CHLCOP")]
    # a party after "with": both subjects clashed with it, not with each other
    rows = coded(code, "Riot police and soldiers clashed with students in Santiago on Thursday.")
    assert sorted((r[2], r[3]) for r in rows) == [("CHLCOP", "CHLEDU"), ("CHLMIL", "CHLEDU")]


def test_exchanges_and_swaps_are_mutual(code):
    assert sorted(acts(code, "Sudan and South Sudan swapped prisoners of war on Monday.")) == [
        ("0841", "SDN", "SSD"),
        ("0841", "SSD", "SDN"),
    ]
    assert sorted(acts(code, "Israel and Syria traded accusations after the raid.")) == [
        ("112", "ISR", "SYR"),
        ("112", "SYR", "ISR"),
    ]
    # one subject: no one to pair with
    assert acts(code, "Sudan exchanged prisoners on Monday.") == [("0841", "SDN", None)]


def test_not_every_act_of_a_coordinated_subject_is_mutual(code):
    # "fought" may be side by side; criticising names its target
    assert sorted(acts(code, "American and Afghan troops fought in Helmand province.")) == [
        ("190", "AFGMIL", None),
        ("190", "USAMIL", None),
    ]
    assert sorted(acts(code, "Egypt and Jordan criticised Turkey on Tuesday.")) == [
        ("111", "EGY", "TUR"),
        ("111", "JOR", "TUR"),
    ]


def test_a_fight_between_sides_is_by_each_side_on_the_other(code):
    # the noun's "between" phrase names the sides (events.yaml two_sided_acts), on the noun or
    # on the verb it is the subject of
    rows = coded(code, "Clashes between riot police and students erupted in Santiago on Thursday.")
    assert sorted((r[2], r[3]) for r in rows) == [("CHLCOP", "CHLEDU"), ("CHLEDU", "CHLCOP")]
    assert sorted(acts(code, "Heavy clashes between the Chadian army and Sudanese rebels continued near Abeche.")) == [
        ("190", "SDNREB", "TCD"),
        ("190", "TCDMIL", "SDN"),
    ]
    # one side named: no one to pair, and no side as the doer
    assert coded(code, "Clashes with riot police erupted in Santiago on Thursday.") == []


def test_a_fight_that_breaks_out_between_sides_named_on_the_verb(code):
    # "clashes erupted [between A and B]": the parser hangs the sides on the verb that tells the
    # fight happened; they are still the fight's sides, each on the other, in the "in X" place
    c = code("Clashes erupted between riot police and students in Santiago on Thursday.", "2023-10-16")
    rows = sorted(
        ((e.source or {}).get("code"), (e.target or {}).get("code"), (e.location or {}).get("name")) for e in c.events
    )
    assert rows == [("CHLCOP", "CHLEDU", "Santiago"), ("CHLEDU", "CHLCOP", "Santiago")]
    assert sorted(acts(code, "Fighting broke out between Sudanese troops and rebels near Kadugli on Monday.")) == [
        ("190", "SDNMIL", "SDN"),
        ("190", "SDNREB", "SDN"),
    ]
    # the verb misparsed as a clause on the noun ("Clashes [flared] between ..." as a verbless
    # phrase): the same sides
    assert sorted(acts(code, "Clashes flared between Sudanese troops and rebels near Kadugli.")) == [
        ("190", "SDNMIL", "SDN"),
        ("190", "SDNREB", "SDN"),
    ]
    # no named sides ("the two sides"), or no fight (a row, a debate, a fire): no pair of sides
    assert coded(code, "Heavy fighting broke out between the two sides in Kadugli.") == []
    assert coded(code, "A row erupted between Chile and Peru on Thursday.") == []
    assert coded(code, "A heated debate raged between Chile and Peru over the border.") == []
    assert coded(code, "A fire broke out between two warehouses in Kadugli.") == []


def test_a_fight_said_to_flare_go_on_or_resume_is_reported_by_its_verb(code):
    # "flared", "continued", "resumed" tell a fight happened as "broke out" does (triggers-verbs.yaml):
    # the sides on each other, the place the sentence's "in X"
    c = code("Fighting continued between Sudanese troops and rebels in Kadugli on Monday.", "2023-10-16")
    rows = sorted(
        ((e.source or {}).get("code"), (e.target or {}).get("code"), (e.location or {}).get("name")) for e in c.events
    )
    assert rows == [("SDNMIL", "SDNREB", "Kadugli"), ("SDNREB", "SDNMIL", "Kadugli")]
    assert sorted(acts(code, "Clashes resumed between riot police and students in Santiago on Friday.")) == [
        ("180", "CHLEDU", "CHL"),
        ("190", "CHLCOP", "CHL"),
    ]
    # no fight: tensions and tempers flare, a drought goes on
    assert coded(code, "Tensions flared between Chile and Peru on Thursday.") == []
    assert coded(code, "Tempers flared between the two ministers.") == []
    assert coded(code, "The drought continued in Kadugli.") == []


def test_parties_that_agree_on_an_agreement_made_it_with_each_other(code):
    # a coordinated subject agreeing to, reaching or striking an agreement (events.yaml
    # joint_documents: a deal, a truce) with no other party named: each the other's partner, in
    # the code the verb's entry gives
    assert sorted(acts(code, "Chad and Niger agreed on a truce along their border.")) == [
        ("0871", "NER", "TCD"),
        ("0871", "TCD", "NER"),
    ]
    assert sorted(acts(code, "Peru and Ecuador struck a trade deal on Tuesday.")) == [
        ("030", "ECU", "PER"),
        ("030", "PER", "ECU"),
    ]
    # a truce noun coded by its own entry (0871), reached by the subjects: the same pairing
    assert sorted(acts(code, "Chad and Niger reached a ceasefire.")) == [("0871", "NER", "TCD"), ("0871", "TCD", "NER")]
    assert sorted(acts(code, "Chad and Niger reached a ceasefire with Libya.")) == [
        ("0871", "NER", "LBY"),
        ("0871", "TCD", "LBY"),
    ]
    # failing to agree is still between them, negated
    rows = coded(code, "Peru and Ecuador could not reach an agreement on fishing rights.")
    assert sorted((r[2], r[3], r[4]) for r in rows) == [("ECU", "PER", "negated"), ("PER", "ECU", "negated")]
    # the passive: the truce's "between" names its parties (joint_parties), each on the other
    assert sorted(acts(code, "A truce between Chad and Niger was agreed on Monday.")) == [
        ("0871", "NER", "TCD"),
        ("0871", "TCD", "NER"),
    ]


def test_what_parties_agree_to_that_is_no_agreement_between_them_is_no_partner(code):
    # a plan or proposal is no agreement: each agrees to it, no one is the other's partner
    assert sorted(acts(code, "Chad and Niger agreed to the plan.")) == [("030", "NER", None), ("030", "TCD", None)]
    assert sorted(acts(code, "Chad and Niger agreed with the proposal.")) == [("030", "NER", None), ("030", "TCD", None)]
    # an agreement that names other parties is not the subjects' own with each other
    assert sorted(acts(code, "Chad and Niger agreed to a deal between Libya and Sudan.")) == [
        ("030", "NER", None),
        ("030", "TCD", None),
    ]
    # a partner named on the verb stays the partner; one subject has no one to pair with
    assert sorted(acts(code, "Peru and Ecuador reached a deal with Chile.")) == [
        ("030", "ECU", "CHL"),
        ("030", "PER", "CHL"),
    ]
    assert acts(code, "Chad agreed to a truce.") == [("0871", "TCD", None)]
    # disagreeing is no agreement verb
    assert sorted(acts(code, "Chad and Niger disagreed.")) == [("110", "NER", None), ("110", "TCD", None)]
