"""Two invented whole articles as a regression test (session 23, h3): a military coup (soldiers
seize state television and detain the president, the constitution is suspended, a curfew
imposed, the regional bloc suspends the country and threatens sanctions, a neighbour closes its
border, the junta promises elections) and an insurgent raid on villages (villagers killed and
abducted, the army's counter-offensive, displaced people, a governor's visit, a neighbouring
state's offer of troops). Both texts are invented (tests/data/articles/coup-raid-*.txt, hand
coding beside them); the events asserted are those a careful coder following the benchmark
GUIDELINE codes and the coder gets right, as (trigger, source code, target country, CAMEO root,
modality, date); a few things it must not code are asserted absent."""

from __future__ import annotations

import pytest

from tests.event_rows import slot_rows


@pytest.fixture(scope="module")
def coup(code):
    return slot_rows(code, "coup-raid-1.txt", "2026-03-19")


@pytest.fixture(scope="module")
def raid(code):
    return slot_rows(code, "coup-raid-2.txt", "2025-09-12")


def test_coup_the_seizure_of_power(coup):
    assert ("seize", "GNBMIL", "GNB", "17", "actual", "2026-03-19") in coup  # the headline
    # "the army had taken control of the West African country": its own army, so a coup (17), not
    # an occupation (19); "the West African country" is the story's country
    assert ("taken", "GNBMIL", "GNB", "17", "actual", "2026-03-19") in coup
    assert not any(r[0] == "taken" and r[3] == "19" for r in coup)
    assert any(r[0] == "detained" and r[2] == "GNB" and r[3] == "17" for r in coup)
    assert any(r[0] == "arrested" and r[1] == "GNBMIL" and r[2] == "GNB" and r[3] == "17" for r in coup)


def test_coup_the_regional_bloc_and_the_african_union(coup):
    assert ("demanded", "IGOWAS", "GNB", "10", "actual", "2026-03-19") in coup
    # "the bloc suspended Guinea-Bissau from all its decision-making bodies": ECOWAS named before
    assert ("suspended", "IGOWAS", "GNB", "16", "actual", "2026-03-19") in coup
    assert any(r[0] == "threatened" and r[1] == "IGOWAS" and r[3] == "13" and r[4] == "actual" for r in coup)
    # "The African Union also suspended the country's membership"
    assert ("suspended", "IGOAFU", "GNB", "16", "actual", "2026-03-19") in coup


def test_coup_foreign_reactions(coup):
    assert ("urged", "GINGOV", "GNB", "02", "actual", "2026-03-19") in coup
    assert ("suspending", "FRA", "GNB", "16", "actual", "2026-03-19") in coup
    assert any(r[0] == "warned" and r[1] == "USA" and r[3] == "13" and r[4] == "actual" for r in coup)


def test_coup_domestic_politics_and_background(coup):
    assert ("welcomed", "GNBOPP", "GNB", "05", "actual", "2026-03-19") in coup
    assert ("rejected", "GNBOPP", "GNB", "12", "actual", "2025-11-01") in coup
    assert any(r[0] == "accused" and r[1] == "GNBGOV" and r[3] == "11" for r in coup)
    assert any(r[0] == "attacked" and r[2] == "GNB" and r[5] == "2022-02-01" for r in coup)


def test_coup_not_coded(coup):
    # gunfire heard with no one named, a count of past coups, the junta's quoted justification
    assert not any(r[0] in ("heard", "had", "decided", "put") for r in coup)


def test_raid_the_attack_and_the_counter_offensive(raid):
    assert any(r[0] == "killed" and r[1] == "NGAREB" and r[2] == "NGA" and r[3] == "19" for r in raid)
    assert ("abducted", "NGAREB", "NGA", "18", "actual", "2025-09-12") in raid
    assert ("killed", "NGAMIL", "NGA", "19", "actual", "2025-09-11") in raid  # "on Thursday"
    assert ("abducted", "NGAREB", "NGA", "18", "actual", "2014-04-01") in raid  # Chibok, April 2014


def test_raid_the_governor_and_the_federal_government(raid):
    assert ("condemned", "NGAGOV", "NGA", "11", "actual", "2025-09-12") in raid
    assert ("urged", "NGAGOV", "NGA", "02", "actual", "2025-09-12") in raid
    assert ("criticised", "NGAGOV", "NGA", "11", "actual", "2025-09-12") in raid
    # Tinubu ordering his own security chiefs is no event between actors
    assert not any(r[0] == "ordered" for r in raid)


def test_raid_chads_offer(raid):
    assert ("telephoned", "TCDGOV", "NGA", "04", "actual", "2025-09-11") in raid
    assert ("offer", "TCDGOV", "NGA", "01", "actual", "2025-09-11") in raid
    assert any(r[0] == "ready" and r[1] == "TCD" and r[3] == "03" for r in raid)
    # "ready to send troops to help fight the insurgents": the fighting is only offered
    assert not any(r[0] == "fight" for r in raid)


def test_raid_aid_appeal_and_rights_group(raid):
    assert ("appealed", "IGOUNO", None, "02", "actual", "2025-09-12") in raid
    assert any(r[0] == "accused" and r[1] == "NGOAMN" and r[2] == "NGA" and r[3] == "11" for r in raid)
    # people who fled their homes: displacement, no actor's act
    assert not any(r[0] == "fled" for r in raid)
