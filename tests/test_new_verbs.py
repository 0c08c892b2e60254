"""More verbs of force, protest and force posture (issue 14): verbs and phrasal verbs a CAMEO
coder codes that had no trigger entry. Sentences are invented; each positive has a negative
beside it that keeps the plain, non-political use of the same verb out. `entry` reads the
matcher at the verb (whether a source is found is the coder's business)."""

from __future__ import annotations

import pytest

from tests.trigger_checks import entry


@pytest.mark.parametrize(
    "text, word, cameo",
    [
        # assault and killing by assault
        ("A shopkeeper was beaten to death by a mob in the market.", "beaten", "1823"),
        ("Pilgrims left early to beat the crowds at the shrine.", "beat", None),
        ("Villagers clubbed the thief with sticks.", "clubbed", "182"),
        ("The woman was stoned to death by militants.", "stoned", "1823"),
        ("Attackers hacked at the farmers with machetes.", "hacked", "182"),
        ("Hackers hacked the ministry's servers.", "hacked", None),
        ("Gunmen sprayed the bus with gunfire.", "sprayed", "193"),
        ("Farmers sprayed the fields with pesticide.", "sprayed", None),
        # bombs thrown and planted; blasts tearing through or rocking a place
        ("A militiaman threw a grenade into a crowded cafe.", "threw", "183"),
        ("Protesters threw flowers at the parade.", "threw", None),
        ("Insurgents planted a bomb under the bridge.", "planted", "183"),
        ("Volunteers planted trees along the river.", "planted", None),
        # idioms of "strike" and "kill" that are no act of force, beside the act itself
        ("Rebels struck a checkpoint near the border.", "struck", "190"),
        ("The film struck a chord with young voters.", "struck", None),
        ("The warlord struck fear into the villagers.", "struck", None),
        ("Gunmen killed six soldiers at the checkpoint.", "killed", "190"),
        ("The senate killed the bill on Tuesday.", "killed", None),
        ("A powerful blast ripped through a busy market.", "ripped", "183"),
        ("The striker ripped through the defence to score.", "ripped", None),
        ("A huge explosion rocked the capital on Monday.", "rocked", "183"),
        ("A corruption scandal rocked the ruling party.", "rocked", None),
        # attacks widened or pressed on with
        ("Government forces expanded their military operations in the north.", "expanded", "190"),
        ("The firm expanded its operations in Asia.", "expanded", None),
        ("The army advanced on the town from the south.", "advanced", "190"),
        ("Shares advanced two percent on Monday.", "advanced", None),
        ("Gunmen sacked three villages near the border.", "sacked", "171"),
        ("The club sacked its manager after the defeat.", "sacked", None),
        # property burned or destroyed by force
        ("Separatists burned down two saw mills near the border.", "burned", "1712"),
        ("The old theatre burned down in 1836.", "burned", None),
        ("The rebels set the palace ablaze.", "set", "1712"),
        ("The rebels set a deadline for the talks.", "set", None),
        ("A car bomb attack destroyed the embassy.", "destroyed", "190"),
        ("The earthquake destroyed the roads to the town.", "destroyed", None),
        # air campaigns launched
        ("Aid groups launched a relief operation in the province.", "launched", None),
        ("The air force launched an aerial campaign on the city.", "launched", "195"),
        ("The party launched its election campaign in the capital.", "launched", None),
        # offensives beaten back, shells raining down, people mowed down
        ("Government troops foiled the rebel offensive near the dam.", "foiled", "190"),
        ("Police foiled a plan to smuggle cigarettes.", "foiled", None),
        ("Shells rained down on the old city overnight.", "rained", "190"),
        ("Heavy rain rained down on the stadium.", "rained", None),
        ("Soldiers mowed down dozens of protesters.", "mowed", "190"),
        ("Volunteers mowed the grass in the park.", "mowed", None),
        # forces put in place
        ("The government dispatched troops to the border town.", "dispatched", "154"),
        ("The agency dispatched food to the flooded region.", "dispatched", None),
        ("Tanks were stationed in the main square.", "stationed", "154"),
        ("The new teacher was stationed in the village school.", "stationed", None),
        # joining or pressing on with an act of force or protest
        ("Two battalions participated in the attack on the airport.", "participated", "190"),
        ("Fifty countries participated in the conference.", "participated", None),
        ("Students participated in a protest against the fee rise.", "participated", "141"),
        ("The rebels pressed on with their offensive despite heavy losses.", "pressed", "190"),
    ],
)
def test_new_verb_entries(nlp, text, word, cameo):
    assert entry(nlp, text, word) == cameo
