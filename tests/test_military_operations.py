"""Military operations (CAMEO 08 de-escalation, 15 force posture, 19 fight): a truce the sides
agree or agree to is declared (0871, triggers-verbs.yaml agree + ceasefire), not only an intent
to cooperate, while a trade truce is no ceasefire; troops moved are deployed (154, no target, as
deploy) and moved out are withdrawn (0874, also with the "of" phrase the parser hangs
on the particle: participants.py, matching.py prep_heads); an armed subject's surrender is
military (0874), a gunman's to police is not; a weapon the actors stage took for its owner's
forces still names the kind of force ("US drones struck": 195, force_acts.py owned_weapon_code),
also of what an aircraft fires; troops ordered somewhere are deployed (154); armed forces that cross
into a country or regain control of a place take ground (192).
Sentences are invented; each positive has negatives beside it."""

from __future__ import annotations

from tests.event_rows import acts, coded


def _on(code, text: str, trigger: str) -> list[tuple[str, str | None, str | None]]:
    return [(r[1], r[2], r[3]) for r in coded(code, text) if r[0] == trigger]


def test_a_ceasefire_agreed_or_agreed_to_is_declared(code):
    assert sorted(acts(code, "Armenia and Azerbaijan agreed to a ceasefire on Thursday.")) == [
        ("0871", "ARM", "AZE"),
        ("0871", "AZE", "ARM"),
    ]
    assert sorted(acts(code, "Russia and Ukraine agreed a truce late on Monday.")) == [
        ("0871", "RUS", "UKR"),
        ("0871", "UKR", "RUS"),
    ]
    # a partner named on the verb
    assert [a[:2] for a in acts(code, "The Colombian government agreed a ceasefire with the ELN rebels.")] == [
        ("0871", "COLGOV")
    ]
    # actual: the truce is made by agreeing to it, not a future act
    assert {r[4] for r in coded(code, "Armenia and Azerbaijan agreed to a ceasefire on Thursday.")} == {"actual"}


def test_a_truce_of_no_fighting_and_other_agreements_are_not_ceasefires(code):
    assert {c for c, _, _ in acts(code, "The US and China agreed to a trade truce on Saturday.")} == {"030"}
    # agreeing to talks or to an act stays the intent it was
    assert not any(c == "0871" for c, _, _ in acts(code, "The rebels agreed to hold talks with the government."))
    assert not any(c == "0871" for c, _, _ in acts(code, "Armenia and Azerbaijan agreed to a prisoner exchange."))


def test_troops_moved_are_deployed(code):
    assert acts(code, "The Turkish army moved troops to the Iraqi border on Monday.") == [("154", "TURMIL", None)]
    assert acts(code, "Russia moved tanks closer to the Ukrainian border.") == [("154", "RUS", None)]
    assert [a[0] for a in acts(code, "The Pentagon ordered 2,000 troops to the Middle East.")] == ["154"]
    # an order to act is no deployment, nor is a judge's order
    assert not any(c == "154" for c, _, _ in acts(code, "The president ordered troops to withdraw from the city."))
    assert acts(code, "The judge ordered the defendant to the cells.") == []
    # weapons sent are military aid, peacekeepers a mission, engineers and collections nothing
    assert [c for c, _, _ in acts(code, "Turkey sent weapons to the Libyan government.")] == ["072"]
    assert [c for c, _, _ in acts(code, "Britain sent 200 peacekeepers to South Sudan.")] == ["074"]
    assert acts(code, "The company sent a team of engineers to the plant on Monday.") == []
    assert acts(code, "The museum moved its collection to a new building in Lyon.") == []


def test_troops_moved_or_pulled_out_of_a_place_withdraw_from_it(code):
    assert acts(code, "The United States pulled its troops out of Syria in October.") == [("0874", "USA", "SYR")]
    assert acts(code, "US troops pulled out of Syria in October.") == [("0874", "USAMIL", "SYR")]
    assert [c for c, _, _ in acts(code, "The Malian government moved its troops out of the capital.")] == ["0874"]
    # a driver pulling out of a parking lot is no retreat
    assert acts(code, "The Canadian driver pulled out of the parking lot.") == []


def test_an_armed_surrender_is_military_a_gunmans_is_not(code):
    assert [a[:2] for a in acts(code, "Hundreds of Boko Haram fighters surrendered to Nigerian troops.")] == [
        ("0874", "NGAREB")
    ]
    # weapons handed in are disarmament; a gunman giving himself up to police a plain yielding
    assert [c for c, _, _ in acts(code, "The rebel fighters surrendered their weapons to the Malian army.")] == ["0873"]
    assert [c for c, _, _ in acts(code, "LIMA - The gunman surrendered to police after a standoff.")] == ["080"]


def test_an_aerial_weapon_named_for_its_owner_is_an_air_strike(code):
    assert _on(code, "US drones struck al-Shabaab positions in southern Somalia.", "struck")[0][:2] == ("195", "USAMIL")
    assert _on(code, "Russian warplanes pounded rebel-held areas of Idlib.", "pounded")[0][:2] == ("195", "RUSMIL")
    assert _on(code, "Syrian helicopter gunships struck rebel positions near Hama.", "struck")[0][:2] == (
        "195",
        "SYRMIL",
    )
    assert _on(code, "The Nigerian Air Force bombed a Boko Haram camp.", "bombed")[0][:2] == ("195", "NGAMIL")
    # the aircraft's second act is still its own; an aircraft shot down is no weapon of the harm told after it
    assert _on(code, "Israeli jets were scrambled and struck Hamas positions in Gaza.", "struck")[0][0] == "195"
    assert (
        _on(code, "A helicopter that was bombing rebel positions in Mogadishu was shot down.", "bombing")[0][0] == "195"
    )
    downed = "A US transport helicopter was shot down near Fallujah, killing 16 soldiers."
    assert [c for c, *_ in _on(code, downed, "killing")] == ["190"]
    # what an aircraft fires is aerial fire; rockets fired at drones are the rockets' own
    assert _on(code, "Israeli helicopters fired missiles at a car in Gaza.", "fired")[0][:2] == ("195", "ISRMIL")
    assert _on(code, "Hezbollah fighters fired rockets at Israeli drones.", "fired")[0][0] == "194"
    # troops and tanks are no aerial weapons; a verb with a finer code of its own keeps it
    assert _on(code, "Nigerian troops attacked Boko Haram insurgents near Maiduguri.", "attacked")[0][0] == "190"
    assert _on(code, "The Nigerian armed forces attacked a Boko Haram camp.", "attacked")[0][0] == "190"
    assert _on(code, "Israeli tanks shelled Hamas positions in northern Gaza.", "shelled")[0][0] == "194"
    # a storm pounding a coast is no act of force
    assert acts(code, "The storm pounded the coast of Florida on Sunday.") == []


def test_armed_forces_crossing_into_a_country_or_regaining_a_place_take_ground(code):
    assert acts(code, "Turkish troops crossed into Syria on Wednesday.") == [("192", "TURMIL", "SYR")]
    assert [a[:2] for a in acts(code, "The Iraqi army regained control of the town on Friday.")] == [("192", "IRQMIL")]
    # migrants crossing, a party regaining a chamber, police a prison: no armed forces taking ground
    assert acts(code, "Thousands of migrants crossed into Greece on Monday.") == []
    assert acts(code, "Republicans regained control of the House in 2010.") == []
    assert acts(code, "Police regained control of the prison after a riot.") == []
