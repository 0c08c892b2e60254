"""Protests in the shapes news tells them (CAMEO 14): a sit-in staged or held (the tokenizer's
sit - in), the purpose of a protest ("took to the streets to demand X": the demand is made by
protesting, so done as the protest is; "plan to march to demand" stays planned), and
opposition supporters as the opposition (OPP, GUIDELINE Actors). Each beside a negative: a
swearing-in or a break-in, a verb of asking's infinitive, a plain supporter, a parade.
Sentences are invented."""

from __future__ import annotations

from tests.event_rows import coded


def _on(code, text: str, trigger: str):
    return [r for r in coded(code, text) if r[0].lower() == trigger]


# -- a sit-in staged, held or begun --------------------------------------------------------------
def test_staged_a_sit_in_is_a_demonstration(code):
    (r,) = _on(code, "Hundreds of nurses staged a sit-in outside the health ministry in Nairobi.", "staged")
    assert r[1:] == ("141", "KENHLH", "KENGOV", "actual")


def test_held_sit_ins_and_began_a_sit_in(code):
    assert [r[1] for r in _on(code, "Students held sit-ins at two universities in Khartoum on Tuesday.", "held")] == [
        "141"
    ]
    assert [r[1] for r in _on(code, "Dock workers began a sit-in at the port of Durban on Monday.", "began")] == ["141"]


def test_a_swearing_in_or_a_break_in_is_no_sit_in(code):
    assert not [r for r in coded(code, "The senator held the swearing-in of the new governor in Manila.") if r[1] == "141"]
    assert not [r for r in coded(code, "Burglars staged a break-in at the party offices in Nairobi.") if r[1] == "141"]
    assert not coded(code, "The minister was asked to sit in the front row in Nairobi.")


# -- the purpose of a protest is done by protesting -------------------------------------------------
def test_took_to_the_streets_to_demand_is_an_actual_demand(code):
    rows = coded(code, "Protesters took to the streets of Tbilisi to demand new elections.")
    assert ("took", "141", "GEOCVL") == rows[0][:3] and rows[0][4] == "actual"
    (d,) = [r for r in rows if r[0] == "demand"]
    assert d[1].startswith("10") and d[4] == "actual"


def test_marched_to_demand_is_an_actual_demand(code):
    (d,) = _on(code, "Thousands of students rallied in Accra to demand the release of their classmates.", "demand")
    assert d[1].startswith("10") and d[4] == "actual"


def test_plan_to_march_to_demand_stays_planned(code):
    (d,) = _on(code, "Teachers in Lagos plan to march on Saturday to demand higher salaries.", "demand")
    assert d[4] == "planned"


def test_urged_to_demand_is_no_demand_made(code):
    assert not [r for r in coded(code, "The president urged protesters to demand reforms peacefully.") if r[4] == "actual" and r[0] == "demand"]


# -- opposition supporters are the opposition ------------------------------------------------------
def test_opposition_supporters_are_opp(code):
    (r,) = _on(code, "Thousands of opposition supporters rallied in Kinshasa on Sunday.", "rallied")
    assert r[1:4] == ("141", "CODOPP", "CODGOV")


def test_opposition_supporters_demand_of_their_own_government(code):
    (d,) = _on(code, "Opposition supporters rallied in Harare on Sunday to demand reforms.", "demand")
    assert d[2:4] == ("ZWEOPP", "ZWEGOV")


def test_plain_supporters_stay_civilians(code):
    (r,) = _on(code, "Supporters of the president rallied in Ankara on Sunday.", "rallied")
    assert r[2] == "TURCVL"


# -- a protesting crowd fighting or pelting the police is a violent protest ---------------------
def test_protesters_clashing_with_police_is_a_violent_protest(code):
    (r,) = _on(code, "Protesters burned tyres and clashed with police in Port-au-Prince.", "clashed")
    assert r[1:4] == ("145", "HTICVL", "HTICOP")


def test_demonstrators_throwing_stones_at_police_is_a_violent_protest(code):
    (r,) = _on(code, "Demonstrators threw stones at police in Khartoum on Friday.", "threw")
    assert r[1:4] == ("145", "SDNCVL", "SDNCOP")
    (r,) = _on(code, "Hundreds of protesters hurled rocks and bottles at riot police in Santiago.", "hurled")
    assert r[1] == "145"


def test_rebels_clashing_or_a_thrown_grenade_or_flowers_is_no_protest(code):
    assert [r[1] for r in _on(code, "Rebels clashed with government troops near Idlib.", "clashed")] == ["190"]
    assert [r[1] for r in _on(code, "A man threw a grenade into a bar in Bujumbura.", "threw")] == ["183"]
    assert not _on(code, "The crowd threw flowers at the royal couple in London.", "threw")
    assert not _on(code, "The children threw stones into the river in Oslo.", "threw")


# -- a blockade by private persons obstructs passage -------------------------------------------
def test_a_blockade_by_protesters_or_students_obstructs_passage(code):
    assert [r[1] for r in _on(code, "Protesters set up a blockade on the main highway near La Paz.", "blockade")] == [
        "144"
    ]
    assert [r[1] for r in _on(code, "Protesters blockaded the port of Valparaiso on Monday.", "blockaded")] == ["144"]
    assert [r[1] for r in _on(code, "Hundreds of students besieged the parliament building in Dhaka.", "besieged")] == [
        "144"
    ]


def test_a_navys_blockade_and_a_gunmans_attack_keep_their_codes(code):
    assert [r[1] for r in _on(code, "The Saudi navy imposed a blockade on the port of Hodeidah.", "imposed")] == ["191"]
    assert [r[1] for r in _on(code, "A gunman shot two police officers in Paris.", "shot")] == ["180"]
