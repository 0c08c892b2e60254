"""An attacker the article identifies is the doer of the attack it reported without one
(events/identified_doers.py, events.yaml identified_doers). GUIDELINE: "The source is null only
for unidentified attackers": once the text names, describes, holds or shoots the attacker, the
attack is theirs, of their own country, else of the police's or the setting's. A sought, blamed
or unknown attacker identifies no one, nor does a role noun when the article tells of two
attackers or two attacks. Articles are invented; each positive has a negative beside it."""

from __future__ import annotations

from newsgraph.coding.events.ids import event_id
from tests.event_rows import DAY, acts

STABBED = "A local official was stabbed on stage in Gdynia, Poland, on Sunday. "


def force(code, text: str) -> list[tuple[str, str | None, str | None]]:
    """(cameo, source code, target country) of the acts of force, police shootings left out."""
    return [a for a in acts(code, text) if a[0][:2] in ("18", "19", "20") and a[0] != "193"]


def test_an_attacker_described_and_arrested_did_the_stabbing(code):
    text = STABBED + "He was taken to hospital. The attacker, a 35-year-old local man, was arrested at the scene."
    assert force(code, text) == [("182", "POL", "POL")]
    # sought, not identified: the attacker is unknown and the stabbing keeps no doer
    text = STABBED + "He was taken to hospital. Police are searching for the attacker."
    assert force(code, text) == [("182", None, "POL")]


def test_the_attackers_own_nationality_is_their_country(code):
    text = STABBED + "He was taken to hospital. The attacker, a Ukrainian, was arrested at the scene."
    assert force(code, text) == [("182", "UKR", "POL")]


def test_suspects_arrested_or_named_are_the_doers(code):
    assert force(code, STABBED + "Police arrested two suspects on Monday.") == [("182", "POL", "POL")]
    text = STABBED + "Police identified the suspect as Jan Kowalski, a 35-year-old electrician."
    assert force(code, text) == [("182", "POL", "POL")]
    # an attacker shot by police is identified too, and is not the doer of the shooting of himself
    text = STABBED + "The attacker was shot dead by police."
    assert force(code, text) == [("182", "POL", "POL")]
    assert ("193", "POLCOP", "POL") in acts(code, text)


def test_an_unknown_or_second_attacker_leaves_the_attack_with_no_doer(code):
    text = STABBED + "Police said unknown attackers fled the scene. Two suspects were later arrested."
    assert force(code, text) == [("182", None, "POL")]
    text = STABBED + "One attacker was arrested at the scene. Police are searching for another attacker."
    assert force(code, text) == [("182", None, "POL")]


def test_two_attacks_in_one_article_take_no_doer(code):
    text = (
        STABBED + "A bomb exploded at a market in Warsaw on Monday, killing two shoppers. "
        "The attacker, a 35-year-old local man, was arrested at the scene."
    )
    assert {a[1] for a in force(code, text)} == {None}


def test_suspected_militants_identify_no_bomber(code):
    text = (
        "A bomb exploded at a market in Peshawar, Pakistan, on Sunday, killing ten shoppers. "
        "Officials blamed suspected militants. Police are looking for the perpetrators."
    )
    assert {a[1] for a in force(code, text)} == {None}


def test_a_lone_attackers_attack_is_unconventional_violence(code):
    text = (
        "Three officers were killed in an attack on a police station in Lyon, France, on Thursday. "
        "The attacker, a man, was shot dead by police."
    )
    assert force(code, text) == [("180", "FRA", "FRA")]


def test_the_id_of_an_identified_attackers_act_names_them(code):
    # the stabbing given its attacker is identified by that source (events/ids.py), stably and
    # uniquely; a stabbing whose attacker is only sought keeps the id of an act with no source
    text = STABBED + "He was taken to hospital. The attacker, a 35-year-old local man, was arrested at the scene."
    first, again = code(text, DAY), code(text, DAY)
    stab = next(e for e in first.events if e.cameo == "182")
    assert stab.source is not None
    article, at = first.article.id, stab.span[0]  # one piece: its offsets are the article's
    assert stab.event_id == event_id(article, at, stab.source, stab.target)
    assert stab.event_id != event_id(article, at, None, stab.target)
    assert [e.event_id for e in again.events] == [e.event_id for e in first.events]
    assert len({e.event_id for e in first.events}) == len(first.events)
    sought = code(STABBED + "He was taken to hospital. Police are searching for the attacker.", DAY)
    stab = next(e for e in sought.events if e.cameo == "182")
    assert stab.source is None
    assert stab.event_id == event_id(sought.article.id, stab.span[0], None, stab.target)
