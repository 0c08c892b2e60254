"""Threats, ultimatums, accusations, investigations and denials by kind (CAMEO 13, 112x, 09x, 016).

- events/threats.py: the act a verb of threatening names ("threatened [to strike] X", "warned it
  could [recall] its ambassador") is the threat's content, not an event of its own; it gives the
  threat its 13x code (intents.yaml codes) and, when the threat names none, its target. A coercive
  act its doer says it may do is the threat alone. An ultimatum's demanded act is not coded.
- triggers-verbs.yaml accuse entries and Accusations.of_kind: the wrong an accusation's "of" phrase
  names gives 1121-1125; a warning of a natural hazard is no threat.
- events/investigated.py: what an investigation looks into gives 091-094.
- events/denials.py: an act a denial says did not happen is negated, never actual.

All sentences are invented; each positive has negatives beside it."""

from __future__ import annotations

from tests.event_rows import coded


def codes(code, text: str) -> list[tuple[str, str, str | None, str | None, str]]:
    return coded(code, text)


def on(code, text: str, trigger: str) -> list[tuple[str, str, str | None, str | None, str]]:
    return [e for e in coded(code, text) if e[0] == trigger]


def test_a_threatened_strike_is_a_threat_of_force_not_an_attack(code):
    assert codes(code, "North Korea threatened to strike Guam with missiles.") == [
        ("threatened", "1384", "PRK", "GUM", "actual")
    ]
    assert codes(code, "Turkey threatened to launch a military operation against Kurdish fighters in Syria.") == [
        ("threatened", "1384", "TUR", "SYRREB", "actual")
    ]
    # a strike that happened is an attack
    assert [e[1] for e in codes(code, "North Korean forces struck Guam with missiles.")] == ["190"]


def test_the_threatened_act_gives_the_threat_its_kind(code):
    cases = {
        "The Rwandan government threatened to expel the Belgian ambassador.": "1313",
        "Venezuela threatened to break diplomatic relations with Colombia.": "1313",
        "Washington threatened to impose sanctions on Turkey.": "1312",
        "The European Union threatened to suspend trade talks with Britain.": "134",
        "Sudan threatened to expel United Nations peacekeepers from Darfur.": "136",
        "The Philippine president threatened to declare martial law in Mindanao.": "1324",
        "The interior minister threatened to ban the opposition party.": "1322",
    }
    for text, cameo in cases.items():
        rows = codes(code, text)
        assert [(e[0], e[1], e[4]) for e in rows] == [("threatened", cameo, "actual")], text


def test_a_threat_that_names_no_one_is_aimed_at_whom_the_act_would_hit(code):
    assert codes(code, "The United States threatened to withdraw aid from Honduras.") == [
        ("threatened", "1311", "USA", "HND", "actual")
    ]


def test_a_warned_act_of_ones_own_side_is_the_threat(code):
    assert codes(code, "France warned it could recall its ambassador from Rome.") == [
        ("warned", "1313", "FRA", "ITAGOV", "actual")
    ]
    # a warning of another's act is no threat of the warner's to do it
    rows = on(code, "Kenyan officials warned that militants could attack the capital.", "warned")
    assert not any(e[1].startswith("138") for e in rows)


def test_an_act_its_doer_says_it_may_do_is_a_threat_only(code):
    assert codes(code, "The Pakistani army said it could strike militant camps in Afghanistan.") == [
        ("strike", "1384", "PAKMIL", "AFG", "actual")
    ]
    # an act announced as going to happen keeps its planned event beside the threat
    rows = codes(code, "Turkey said it would launch an offensive against Kurdish fighters in Syria.")
    assert [(e[1], e[4]) for e in rows] == [("1384", "actual"), ("190", "planned")]


def test_an_ultimatum_and_its_demanded_act(code):
    assert [e[:2] for e in codes(code, "The military council gave protesters 48 hours to leave the square.")] == [
        ("gave", "139")
    ]
    # time given as aid or a sentence is no ultimatum
    assert "139" not in [e[1] for e in codes(code, "Kenya gave Somalia 40 tonnes of food.")]


def test_the_wrong_alleged_gives_the_accusation_its_kind(code):
    cases = {
        "The opposition accused President Kabila of corruption.": "1121",
        "Human Rights Watch accused the Egyptian police of torture.": "1122",
        "Amnesty International accused Myanmar of human rights abuses.": "1122",
        "Pakistan accused India of violating the ceasefire in Kashmir.": "1123",
        "Syria accused Israel of bombing its airport.": "1123",
        "Ukraine accused Russia of war crimes in the Donbas.": "1124",
        "China accused the United States of spying on its companies.": "1125",
        "The prosecutor accused the former Peruvian minister of taking bribes.": "1121",
    }
    for text, cameo in cases.items():
        assert [e[1] for e in on(code, text, "accused")] == [cameo], text
    # a wrong of no listed kind stays the parent code
    assert [e[1] for e in on(code, "Iran accused Britain of arrogance.", "accused")] == ["112"]
    assert [e[1] for e in on(code, "Kenya accused Somalia of helping the rebels.", "accused")] == ["112"]
    assert [e[1] for e in on(code, "India accused Pakistan of sponsoring terrorism.", "accused")] == ["112"]


def test_a_warning_of_a_hazard_is_no_threat(code):
    assert codes(code, "The governor warned residents of heavy rains.") == []
    assert [e[1] for e in codes(code, "The Chinese army warned Taiwanese separatists.")] == ["130"]


def test_what_is_investigated_gives_the_investigation_its_kind(code):
    cases = {
        "Nigerian police launched a probe into the killing of two journalists.": "091",
        "Indonesian police opened a corruption investigation into the governor.": "091",
        "The United Nations investigated allegations of torture in Libyan prisons.": "092",
        "The army launched an inquiry into the airstrike in Yemen.": "093",
        "The International Criminal Court opened an investigation into war crimes in Afghanistan.": "094",
    }
    for text, cameo in cases.items():
        assert [e[1] for e in codes(code, text) if e[1].startswith("09")] == [cameo], text
    # an inquiry into an accident is none, one into an unnamed matter the parent code
    assert [e[1] for e in codes(code, "Police said they were investigating the attack.") if e[1].startswith("09")] == [
        "090"
    ]


def test_a_denied_act_is_not_reported_as_done(code):
    rows = codes(code, "The ministry denied that its troops had fired on civilians.")
    assert [(e[0], e[1], e[4]) for e in rows] == [("denied", "016", "actual"), ("fired", "190", "negated")]
    rows = codes(code, "The army rejected reports that soldiers had killed protesters in Khartoum.")
    assert ("killed", "negated") in [(e[0], e[4]) for e in rows]
    # a denial denied, and a plain report, leave the act as told
    rows = codes(code, "The government did not deny that police had arrested the journalists.")
    assert ("arrested", "actual") in [(e[0], e[4]) for e in rows]
    assert [(e[0], e[4]) for e in codes(code, "Police said they had arrested three men.")] == [("arrested", "actual")]
