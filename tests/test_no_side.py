"""Acts of force told by a verb of occurrence or outbreak whose sides the sentence does not name
(issue 14; events/unnamed.py sideless_outbreak): "the attack occurred in X", "heavy fighting
erupted in Y", "clashes broke out in Z", "a shootout took place near W" are the act noun's code
with no source, no target and the place, dropped at the article level when they have no place or
restate another act of force on the same country (casualties.py drop_restated). Never an accident
or a non-violent noun, never negated or hypothetical, and never with the sentence's named side
(coded by the rules that name it). All sentences are invented."""

from __future__ import annotations

from .violence_checks import events


def _on(evs, word: str):
    return [e for e in evs if e.trigger.lower() == word]


def _sideless(evs, word: str):
    return [e for e in _on(evs, word) if e.source is None and e.target is None]


def _place(e) -> str:
    return (e.location or {}).get("name") or (e.location or {}).get("text") or ""


# -- coded: no side named -------------------------------------------------------------------------
def test_attack_occurring_in_a_village_is_an_attack_with_the_place(code):
    evs = _sideless(events(code, "The attack occurred on Monday in Kitgum, in northern Uganda."), "occurred")
    assert [e.cameo_root for e in evs] == ["19"]
    assert "Kitgum" in _place(evs[0])


def test_fighting_erupting_in_a_town_is_fighting_with_the_place(code):
    evs = _sideless(events(code, "Heavy fighting erupted in Kismayo on Tuesday."), "erupted")
    assert [e.cameo_root for e in evs] == ["19"]
    assert "Kismayo" in _place(evs[0])


def test_clashes_breaking_out_are_fighting_with_the_place(code):
    evs = _sideless(events(code, "Clashes broke out in Bentiu on Monday."), "broke")
    assert [e.cameo_root for e in evs] == ["19"]
    assert "Bentiu" in _place(evs[0])


def test_shootout_taking_place_is_the_shootouts_code(code):
    evs = _sideless(events(code, "A shootout took place near a mosque in Peshawar on Friday."), "took")
    assert [e.cameo for e in evs] == ["193"]


# -- not coded: accidents, other nouns ------------------------------------------------------------
def test_incident_occurring_is_no_attack(code):
    assert not _on(events(code, "An incident occurred in Kismayo on Tuesday."), "occurred")


def test_fire_breaking_out_is_no_attack(code):
    assert not _on(events(code, "A fire broke out in a market in Bentiu on Monday."), "broke")


def test_quake_striking_is_no_attack(code):
    assert not [e for e in events(code, "A strong quake struck Kitgum on Monday.") if e.source is None]


def test_fighting_in_a_sentence_of_an_accident_is_no_attack(code):
    text = "Fighting erupted in Kismayo on Tuesday after a traffic accident at the market."
    assert not _on(events(code, text), "erupted")


# -- not coded: negated, hypothetical -------------------------------------------------------------
def test_no_clashes_reported_is_no_event(code):
    assert not [e for e in events(code, "No clashes were reported in Bentiu on Monday.") if e.source is None]


def test_no_clashes_breaking_out_is_no_event(code):
    assert not _on(events(code, "No clashes broke out in Bentiu on Monday."), "broke")


def test_fighting_that_could_erupt_is_no_event(code):
    assert not _on(events(code, "Officials warned that fighting could erupt in Kismayo."), "erupt")


def test_fighting_if_it_erupts_is_no_event(code):
    assert not _on(events(code, "The mission will withdraw if fighting erupts in Kismayo."), "erupts")


# -- not coded without a side: the sentence names one ---------------------------------------------
def test_clashes_between_named_sides_are_not_sideless(code):
    evs = events(code, "Clashes broke out between Somali troops and al-Shabab fighters in Kismayo on Monday.")
    assert not _sideless(evs, "broke")


def test_named_doers_attack_is_not_sideless(code):
    evs = events(code, "The Taliban attack occurred in Kandahar on Monday.")
    assert not _sideless(evs, "occurred")


# -- the article level ----------------------------------------------------------------------------
def test_outbreak_with_no_place_is_dropped(code):
    assert not _on(events(code, "Heavy fighting erupted on Tuesday."), "erupted")


def test_outbreak_restating_an_attack_the_article_codes_is_dropped(code):
    text = (
        "Somali troops attacked al-Shabab positions in Kismayo on Tuesday, killing three fighters. "
        "Heavy fighting erupted in the town later that day."
    )
    assert not _on(events(code, text), "erupted")


def test_killed_when_clashes_erupted_is_the_harms_act(code):
    evs = events(code, "Ten people were killed when clashes erupted in Bentiu on Monday.")
    assert not _on(evs, "erupted")


def test_shooting_on_a_date_occurring_is_a_shooting_with_the_place(code):
    evs = _sideless(events(code, "Saturday's shooting occurred in the town of Kitgum."), "occurred")
    assert [e.cameo_root for e in evs] == ["19"] and "Kitgum" in _place(evs[0])


def test_fire_set_by_someone_is_no_accident(code):
    text = "The attack took place in Kitgum, the town where a mob set fire to a bus last year."
    assert _sideless(events(code, text), "took")


def test_outbreak_restating_an_act_of_no_country_is_dropped(code):
    # the other act has no place or target of its own: the article's place fills it later
    text = "Ugandan soldiers opened fire on Tuesday, a spokesman said. The shooting took place in Kitgum."
    assert not _on(events(code, text), "took")


def test_outbreak_in_another_country_than_the_articles_act_is_kept(code):
    text = "Ugandan troops attacked a rebel camp in Goma on Monday. Heavy fighting erupted in Kitgum on Tuesday."
    evs = _sideless(events(code, text), "erupted")
    assert evs and "Kitgum" in _place(evs[0])
