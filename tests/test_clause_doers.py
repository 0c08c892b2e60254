"""The doer of an agentless passive of harm named in another clause of the same act (issue 14):
the side a victim was fighting ("was killed while fighting the army"; "in clashes with [settlers]",
a crowd or private persons of a country, too), and the doer of a clause
of time whose object is an act of force or a weapon ("after rebels launched a barrage of
rockets"). Each beside a negative. All sentences are invented."""

from __future__ import annotations

from .violence_checks import events, of, scode, tcode


def _killed(code, text: str):
    return [e for e in of(events(code, text), "19") if e.trigger == "killed"]


# -- "while fighting X" -----------------------------------------------------------------------
def test_killed_while_fighting_an_army_is_that_armys_act(code):
    evs = _killed(code, "A rebel commander was killed near Homs on Monday while fighting the Syrian army.")
    assert evs and scode(evs[0]) == "SYRMIL"


def test_killed_while_fighting_an_armed_group_is_that_groups_act(code):
    evs = _killed(code, "Two Syrian soldiers were killed near Homs on Monday while fighting Islamic State militants.")
    assert evs and scode(evs[0]) == "IMGISI" and tcode(evs[0]) == "SYRMIL"


def test_killed_while_fighting_against_rebels_is_the_rebels_act(code):
    text = "Hundreds of Iranian soldiers have been killed in Syria while fighting against armed opposition groups."
    evs = _killed(code, text)
    assert evs and scode(evs[0]) == "REB" and tcode(evs[0]) == "IRNMIL"


def test_killed_while_fighting_a_fire_names_no_doer(code):
    assert not _killed(code, "A farmer was killed in Kenya on Monday while fighting a fire.")


def test_killed_while_fighting_civilians_names_no_armed_doer(code):
    assert not _killed(code, "A Kenyan farmer was killed near Nakuru on Monday while fighting protesters.")


# -- "after X launched ..." ---------------------------------------------------------------------
def test_killed_after_a_barrage_is_its_launchers_act(code):
    text = "Ten civilians were killed in Aleppo on Saturday after Syrian rebels launched a barrage of rockets."
    evs = _killed(code, text)
    assert evs and scode(evs[0]) == "SYRREB" and tcode(evs[0]) == "SYRCVL"


def test_killed_after_an_announcement_is_not_its_announcers_act(code):
    text = "Ten civilians were killed in Aleppo on Saturday after Syrian rebels announced a truce."
    assert not any(scode(e) == "SYRREB" for e in _killed(code, text))


def test_a_later_act_is_not_the_doer(code):
    text = "Ten civilians were killed in Aleppo on Saturday; after that Syrian rebels withdrew."
    assert not any(scode(e) == "SYRREB" for e in _killed(code, text))


# -- unidentified doers stay unnamed but the act is coded ------------------------------------
def test_victims_hacked_by_attackers_are_coded_with_no_source(code):
    evs = of(
        events(code, "The villagers were chased and hacked to death by the attackers in Kibuye, Rwanda on Monday."),
        "18",
    )
    assert any(e.source is None and tcode(e) == "RWACVL" for e in evs)


def test_victims_of_unnamed_attackers_with_no_country_are_not_coded(code):
    evs = of(events(code, "The villagers were chased and hacked to death by the attackers."), "18")
    assert not any(e.target for e in evs)


# -- helpers for the coder's hooks (clash_doer, agent_group), called on a parse ----------------
def _victims(nlp, text: str, verb: str):
    coder = nlp.get_pipe("newsgraph_events")
    doc = nlp(text)
    tok = next(t for t in doc if t.text == verb)
    return coder, doc, tok


def _codes(found):
    return [a.code for a in found.actors] if found is not None else None


def test_killed_in_clashes_with_an_army_is_that_armys_act(nlp):
    coder, doc, tok = _victims(
        nlp, "Twelve Kurdish fighters were killed in clashes with Turkish troops near Afrin.", "killed"
    )
    act = next(t for t in doc if t.text == "clashes")
    assert _codes(coder.victims.clash_doer(tok, act)) == ["TURMIL"]


def test_killed_in_a_crash_with_a_truck_is_no_clash(nlp):
    coder, doc, tok = _victims(
        nlp, "Two Nigerian farmers were killed in a crash with a Turkish truck in Kano.", "killed"
    )
    act = next(t for t in doc if t.text == "crash")
    assert coder.victims.clash_doer(tok, act) is None


def test_killed_by_a_people_is_that_people_of_the_setting(nlp):
    coder, doc, tok = _victims(nlp, "About 40 villagers were killed by Tutsis in Uvira, Congo on Friday.", "killed")
    assert _codes(coder.victims.agent_group(tok, coder.who.subject(tok))) == ["CODCVL"]


def test_killed_by_militiamen_of_a_people_are_armed_men(nlp):
    text = "The villagers were hacked to death by Hutu militiamen in Kibuye, Rwanda on Monday."
    coder, doc, tok = _victims(nlp, text, "hacked")
    assert _codes(coder.victims.agent_group(tok, coder.who.subject(tok))) == ["RWAUAF"]


def test_killed_by_the_attackers_names_no_people(nlp):
    coder, doc, tok = _victims(
        nlp, "About 40 villagers were killed by the attackers in Uvira, Congo on Friday.", "killed"
    )
    assert coder.victims.agent_group(tok, coder.who.subject(tok)) is None



def test_killed_in_clashes_with_an_army_is_coded_as_that_armys_act(code):
    """End to end through the coder's act-noun path (the hook beside `clause_doer`)."""
    evs = _killed(code, "Four rebels were killed in clashes with the Syrian army near Hama on Monday.")
    assert evs and scode(evs[0]) == "SYRMIL" and tcode(evs[0]) == "SYRREB"


def test_killed_by_a_named_people_takes_the_setting_country(code):
    evs = _killed(code, "About 60 villagers were killed by Hutu militiamen in the town of Kiliba, Congo, on Friday.")
    assert evs and scode(evs[0]) == "CODUAF" and tcode(evs[0]) == "CODCVL"


def test_killed_by_the_attackers_stays_unnamed(code):
    evs = _killed(code, "About 60 villagers were killed by the attackers in the town of Kiliba, Congo, on Friday.")
    assert evs and evs[0].source is None and tcode(evs[0]) == "CODCVL"


# -- "in clashes with" a crowd or private persons ------------------------------------------------
def _harm(code, text: str):
    return [e for e in events(code, text) if e.cameo_root in ("18", "19") and e.trigger in ("killed", "shot")]


def test_killed_in_a_clash_with_settlers_is_the_settlers_act(code):
    evs = _harm(code, "A Palestinian teenager was shot dead on Friday in a clash with Israeli settlers near Nablus.")
    assert evs and scode(evs[0]) == "ISRCVL" and tcode(evs[0]) == "PSECVL"


def test_policemen_killed_in_clashes_with_protesters_are_the_protesters_victims(code):
    evs = _harm(code, "Two policemen were killed in clashes with Kenyan protesters in Nairobi on Monday.")
    assert evs and (scode(evs[0]) or "").startswith("KEN") and tcode(evs[0]) == "KENCOP"


def test_a_clash_with_unnamed_neighbours_names_no_side(code):
    assert not _harm(code, "Two men were killed in a clash with their neighbours in Nairobi on Monday.")
