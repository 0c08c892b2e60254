"""Issue 13 items 3-5 and the asked-for acts, on invented news sentences, each with a negative:
violence whose perpetrator the text does not name (source null), passives and bans that keep
their actor, compound actors, meetings and joint statements, and acts that are only asked for."""

from __future__ import annotations

DAY = "2023-10-16"  # a Monday


def events(code, text: str):
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return c.events


def src(e) -> str | None:
    return (e.source or {}).get("code")


def tgt(e) -> str | None:
    return (e.target or {}).get("code")


def country(ref) -> str | None:
    return (ref or {}).get("country")


# -- item 3: violence with no named perpetrator ------------------------------------------------
def test_act_noun_subject_of_a_verb_of_force_is_coded_without_source(code):
    evs = events(code, "Two bombings struck a mosque in Peshawar, Pakistan, on Friday.")
    assert [(e.trigger, e.cameo, e.source) for e in evs] == [("bombings", "183", None)]
    assert country(evs[0].target) == "PAK" and evs[0].date == "2023-10-13"


def test_act_noun_with_a_named_doer_keeps_it(code):
    evs = events(code, "A bombing by the Islamic State group struck a mosque in Peshawar on Friday.")
    assert [(e.trigger, e.cameo, src(e)) for e in evs] == [("bombing", "183", "IMGISI")]


def test_a_weapon_as_subject_gives_its_code_and_no_source(code):
    evs = events(code, "Rockets struck an air base in Iraq on Sunday.")
    assert [(e.trigger, e.cameo, e.source, country(e.target)) for e in evs] == [("struck", "194", None, "IRQ")]
    evs = events(code, "A bomb killed four soldiers near a market in Kabul.")
    assert [(e.cameo, e.source) for e in evs] == [("183", None)]


def test_an_unidentified_doer_noun_is_no_source(code):
    evs = events(code, "An attacker stabbed the mayor of Gdansk on stage.")
    assert [(e.trigger, e.cameo, e.source, tgt(e)) for e in evs] == [("stabbed", "182", None, "POLGOV")]
    evs = events(code, "Unknown assailants vandalised a synagogue in Berlin.")
    assert [(e.cameo, e.source, country(e.target)) for e in evs] == [("1712", None, "DEU")]


def test_a_named_or_unresolved_doer_is_not_an_unidentified_one(code):
    # a pronoun or a name the stage cannot resolve is someone the text names: no event
    assert events(code, "They stabbed the mayor of Gdansk on stage.") == []
    # a doer noun with an actor in its phrase is that actor's
    evs = events(code, "Taliban gunmen attacked a checkpoint in Kandahar.")
    assert evs and all(e.source is not None for e in evs)


def test_a_passive_with_no_agent_reports_victims_not_an_attack(code):
    assert events(code, "Five civilians were killed in Aleppo on Monday.") == []
    # with an unidentified agent it is an attack
    evs = events(code, "The mayor of Gdansk was stabbed by an attacker on Sunday.")
    assert [(e.cameo, e.source, tgt(e)) for e in evs] == [("182", None, "POLGOV")]


def test_victims_of_an_act_noun_are_its_target(code):
    evs = events(code, "Two policemen were killed in a bombing on Sunday.")
    assert [(e.trigger, e.cameo, e.source, tgt(e)) for e in evs] == [("bombing", "183", None, "COP")]


def test_an_act_noun_on_a_target_is_coded_without_source(code):
    evs = events(code, "Markets fell a week after an attack on oil facilities in Kuwait.")
    assert [(e.trigger, e.source, country(e.target)) for e in evs] == [("attack", None, "KWT")]


def test_no_null_source_for_two_sided_fighting_or_attributed_acts(code):
    assert events(code, "The war in Ukraine continued through the winter.") == []
    assert events(code, "Fighting in Idlib killed ten civilians.") == []
    # "accused of involvement in the kidnapping": someone's act, not an unidentified one's
    evs = events(code, "The court named him as a suspect in the kidnapping of two children in Kenya.")
    assert all(e.source is not None for e in evs)


def test_no_null_source_outside_threats_and_force(code):
    # an appeal, a statement or cooperation never lacks its source
    assert events(code, "Calls for a ceasefire in Gaza grew on Monday.") == []
    assert all(e.source is not None for e in events(code, "An agreement with Kenya was signed on Monday."))


def test_no_null_source_event_without_a_target(code):
    assert events(code, "The talks collapsed on Monday after the attack.") == []
