"""Statements and symbolic acts that carry content (CAMEO 01 and 05; GUIDELINE.md: "declared
mourning 017", statements coded when a coder can classify them):

- declared, decreed, announced or observed mourning is a symbolic act (017), also when the
  mourning is carried by a span of time ("three days of mourning", "a day of mourning": events.yaml
  light_nouns) or the parser reads the complement as a time phrase ("declared Monday a day of
  mourning": events/matching.py `_objects`); flags lowered to or flown at half-mast (017);
- a message of sympathy sent as a telegram is a message (018);
- naming a person a state's president recognises that government (054, "recognised X as interim
  president");
- defending an act of force or a measure in words (052: "defended the airstrikes", "the ban");
- considering an option "against" or "on" someone aims it at them (014);
- agreeing to a view ("agreed that ...", "agreed on the need for ...") is express accord (019),
  each with the other for a coordinated subject; agreeing to do something stays an intent (03);
- thanks or congratulations sent or conveyed to someone, a congratulatory message, are praise
  (051); an accepted apology is forgiveness (056, GUIDELINE.md); mourning a death is 017 (PETRARCH).

Sentences are invented; each positive has negatives beside it."""

from __future__ import annotations

from tests.event_rows import acts


def codes(code, text: str) -> list[str]:
    return [a[0] for a in acts(code, text)]


def test_declared_mourning_is_a_symbolic_act(code):
    assert acts(code, "Kenya's government declared three days of national mourning after the bombing.") == [
        ("017", "KENGOV", None)
    ]
    assert acts(code, "The Argentine government declared a national day of mourning for the victims.") == [
        ("017", "ARGGOV", None)
    ]
    assert acts(code, "The Peruvian government declared Monday a day of mourning.") == [("017", "PERGOV", None)]
    assert acts(code, "Lebanon observed three days of mourning.") == [("017", "LBN", None)]
    assert acts(code, "The Indian government announced three days of mourning for the former minister.") == [
        ("017", "INDGOV", None)
    ]


def test_other_declarations_stay_uncoded(code):
    # a bare declaration or a candidacy has no content a coder can classify
    assert codes(code, "The Peruvian president declared his candidacy on Monday.") == []
    assert codes(code, "The Peruvian president declared that the election was over.") == []
    # a span of time is no act of its own
    assert codes(code, "The talks between Peru and Chile resumed a day later.") != ["017"]


def test_flags_at_half_mast(code):
    assert acts(code, "Singapore lowered its flags to half-mast in memory of the former leader.") == [
        ("017", "SGP", None)
    ]
    assert acts(code, "The Irish government flew flags at half-mast on all state buildings.") == [
        ("017", "IRLGOV", None)
    ]
    # lowering or flying something else is nothing
    assert codes(code, "Irish sailors lowered the boat to the water.") == []
    assert codes(code, "The Irish government flew the delegation to Paris.") != ["017"]


def test_a_telegram_of_condolences(code):
    assert acts(code, "The Russian government sent a telegram of condolences to the US government.") == [
        ("018", "RUSGOV", "USA")
    ]


def test_recognised_as_president(code):
    assert acts(code, "France recognised the opposition leader as Venezuela's interim president.") == [
        ("054", "FRA", "VEN")
    ]
    # a leader of anything else is no state office
    assert codes(code, "Police recognised the man as the leader of the gang.") == []


def test_defending_an_act_of_force_or_a_measure(code):
    assert acts(code, "Israel's government defended the airstrikes against Hamas.")[:1] == [("052", "ISRGOV", "PSE")]
    assert ("052", "USAGOV", "CHN") in acts(code, "The US government defended the ban on Chinese telecoms firms.")
    # defending a place with force is no verbal defence
    assert "052" not in codes(code, "Afghan troops defended the city against the rebel attack.")


def test_considered_options_are_aimed_at_their_target(code):
    assert acts(code, "The United States is considering new sanctions against Iran.") == [("014", "USA", "IRN")]
    assert acts(code, "Germany is weighing options after the vote.") == [("014", "DEU", None)]


def test_agreeing_to_a_view_is_accord(code):
    assert acts(code, "Russia and China agreed that the crisis in Venezuela must be resolved peacefully.") == [
        ("019", "RUS", "CHN"),
        ("019", "CHN", "RUS"),
    ]
    assert acts(code, "France agreed with Germany on the need for reform of the eurozone.") == [("019", "FRA", "DEU")]
    # agreeing to do something is an intent to cooperate, as before
    assert ("030", "ETH", "ERI") in acts(code, "Ethiopia agreed to cooperate with Eritrea on border security.")


def test_thanks_and_congratulations_sent(code):
    assert acts(code, "India conveyed its gratitude to France for its support.") == [("051", "IND", "FRA")]
    assert acts(code, "The Chinese government sent a congratulatory message to the Russian government.") == [
        ("051", "CHNGOV", "RUS")
    ]
    # a message of no kind, and condolences, are not praise
    assert codes(code, "The Nigerian army sent a message to the rebels.") == []
    assert codes(code, "Germany's government sent condolences to Turkey after the earthquake.") == ["018"]


def test_an_accepted_apology_is_forgiveness(code):
    assert acts(code, "South Korea accepted Japan's apology.") == [("056", "KOR", "JPN")]
    assert "056" not in codes(code, "South Korea accepted Japan's proposal.")


def test_mourning_a_death(code):
    # the one mourned is the owner of the death (owner_targets): a former office holder here
    assert [a[:2] for a in acts(code, "Pakistan's prime minister mourned the death of the former president.")] == [
        ("017", "PAKGOV")
    ]
    assert codes(code, "The Pakistani family mourned for weeks.") == []
