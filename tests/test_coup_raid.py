"""Rules found coding two invented whole articles on a military coup and an insurgent raid
(session 23, h3; tests/data/articles/coup-raid-*.txt). Every sentence here is invented, in other
words and other countries than the articles; each positive has negatives beside it.

- "the bloc" names again the organisation named just before, as "the group" does (actors.yaml
  `context.group_nouns`);
- an organisation suspending a member from itself or its organs reduces relations with that
  member (CAMEO 160; triggers-verbs.yaml suspend + from);
- "the country" / "the nation" with no words naming a country of its own is the story's main
  country, where the sentence names no other (actors.yaml `story_country_nouns`,
  coding/actors/story_country.py);
- a country's own army taking control of that country or its capital is a coup (events.yaml
  `own_state_codes`: 192 -> 170, GUIDELINE coups 17), not an occupation;
- a coup noun that names where it was ("the coup in Niger", "the military takeover in Mali") is
  that country's armed forces' act: the target of a reaction to it (coups.py);
- national and presidential guards are armed forces (kb/agents.tsv);
- the aim of an act only offered or asked for ("offered to send troops to [fight] X", "ready to
  send troops to help [fight] X") is not done either (participants.asked_for).
"""

from __future__ import annotations

from tests.event_rows import acts


def test_the_bloc_is_the_organisation_named_before(code):
    assert ("160", "IGOWAS", "MLI") in acts(
        code, "ECOWAS leaders met in Accra on Sunday. The bloc suspended Mali from its institutions."
    )
    assert ("020", "IGOASN", "MMR") in acts(
        code, "ASEAN foreign ministers gathered in Jakarta. The bloc urged Myanmar to end the violence."
    )
    assert ("160", "IGOAFU", "SDN") in acts(
        code, "The African Union held an emergency session on Friday. The bloc suspended Sudan from all its activities."
    )


def test_the_bloc_with_no_organisation_before_is_no_one(code):
    # no organisation in the sentence or the one before: "the bloc" stands for no one
    assert acts(code, "Heavy rain fell in Lagos. The bloc suspended Mali from its institutions.") == []


def test_suspended_from_an_organisation_or_its_organs(code):
    assert ("160", "IGOAFU", "GIN") in acts(code, "The African Union suspended Guinea from all its bodies on Friday.")
    assert ("160", "IGOARL", "SYR") in acts(code, "The Arab League suspended Syria from the organisation in 2011.")
    assert ("160", "IGOWAS", "BFA") in acts(code, "ECOWAS suspended Burkina Faso from its decision-making organs.")


def test_suspended_from_games_or_a_post_is_no_reduced_relation(code):
    assert not [a for a in acts(code, "The league suspended the Ghanaian striker from three matches.") if a[0] == "160"]
    assert not [a for a in acts(code, "The ministry suspended the Kenyan official from his post.") if a[0] == "160"]


def test_the_country_is_the_story_country(code):
    text = (
        "Niger coup leaders name new cabinet\n\n"
        "Soldiers seized power in Niger on Wednesday. "
        "The African Union suspended the country's membership on Thursday. "
        "The World Bank halted aid to the West African country."
    )
    found = acts(code, text)
    assert ("160", "IGOAFU", "NER") in found
    assert any(a[1] == "IGOWBK" and a[2] == "NER" and a[0].startswith("16") for a in found)


def test_the_country_beside_another_country_or_a_foreign_dateline_is_no_one(code):
    # the sentence names another country: "the country" may be either
    found = acts(
        code,
        "Sudan talks\n\nSudan's army fought rebels on Monday. "
        "Egypt's president visited Ethiopia and suspended the country's membership of the forum.",
    )
    assert not any(a[0].startswith("16") and a[2] == "SDN" for a in found)
    # a dateline from a neighbouring capital is not the story's country when another is named more
    found = acts(
        code,
        "DAKAR, May 2 - Gambian soldiers detained Gambia's president in Banjul. "
        "The Gambian army said Gambia's borders were closed. "
        "The African Union suspended the country's membership.",
    )
    assert not any(a[0] == "160" and a[2] == "SEN" for a in found)


def test_an_army_taking_its_own_country_is_a_coup(code):
    assert ("170", "GABMIL", "GAB") in acts(
        code, "Gabon coup\n\nThe army took control of Gabon on Wednesday, officers said on state television."
    )
    assert ("170", "MLIMIL", "MLI") in acts(code, "Mali coup\n\nMalian soldiers seized control of Bamako on Tuesday.")
    assert ("170", "BFAMIL", "BFA") in acts(
        code, "Burkina Faso coup\n\nBurkinabe troops took control of the West African country overnight."
    )


def test_foreign_or_rebel_ground_taken_is_no_coup(code):
    # another state's forces occupy; ground taken from rebels keeps its code
    found = acts(code, "Russian troops took control of Ukraine's capital region.")
    assert not any(a[0] == "170" for a in found)
    found = acts(code, "Syria fighting\n\nThe Syrian army took control of the town from the rebels.")
    assert not any(a[0] == "170" for a in found)


def test_the_aim_of_an_offered_act_is_not_done(code):
    assert not [
        a for a in acts(code, "Kenya offered to send police officers to fight the gangs in Haiti.") if a[0][:2] == "19"
    ]
    assert not [
        a
        for a in acts(code, "Chad said it was ready to send troops to help fight the insurgents in Nigeria.")
        if a[0][:2] in ("19", "13")
    ]
    assert not [
        a for a in acts(code, "Ghana is willing to send soldiers to fight the militants in Togo.") if a[0][:2] == "19"
    ]
    assert not [
        a for a in acts(code, "The UN urged Ethiopia to deploy troops to help fight al-Shabaab.") if a[0][:2] == "19"
    ]


def test_the_aim_of_a_done_act_is_coded(code):
    assert any(
        a[0][:2] == "19" and a[1] == "FRA" for a in acts(code, "France sent troops to fight the rebels in Mali.")
    )
    assert any(
        a[0][:2] == "19" and a[1] == "RWA"
        for a in acts(code, "Rwanda deployed soldiers to fight the insurgents in Mozambique.")
    )


def test_a_coup_named_by_its_place_is_that_countrys_army(code):
    assert ("111", "IGOAFU", "NER") in acts(code, "The African Union condemned the coup in Niger on Wednesday.")
    assert ("111", "IGOWAS", "MLI") in acts(code, "ECOWAS condemned the military takeover in Mali.")
    assert ("051", "USA", "SDN") in acts(code, "The United States welcomed the coup in Sudan.")


def test_a_takeover_of_no_army_or_a_coup_of_no_place_names_no_one(code):
    assert acts(code, "Shareholders condemned the takeover in Germany.") == []
    assert all(a[2] is None for a in acts(code, "The African Union condemned the coup attempt."))


def test_national_and_presidential_guards_are_armed_forces(code):
    # a state's guard corps are its armed forces (kb/agents.tsv), not civilians ("national" CVL)
    found = acts(code, "Guinea unrest\n\nThe presidential guard fired on protesters in Conakry on Monday.")
    assert any(a[1] == "GINMIL" for a in found)
    found = acts(code, "Mali crisis\n\nThe national guard clashed with special forces in Bamako.")
    assert any(a[1] == "MLIMIL" for a in found) and not any(a[1] == "MLICVL" for a in found)
    # a national of a country is still a private person
    assert any(a[0] == "173" and a[2] == "FRA" for a in acts(code, "Police detained a French national in Cairo."))
