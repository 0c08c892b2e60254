"""Bare casualty reports (issue 14). All sentences are invented.

- an agentless passive of harm that counts its victims and says where ("at least five civilians
  were killed in Kano") is an unnamed attacker's act: no source, the victims (CVL of the place's
  country) as target (events/casualties.py);
- never an accident, a negated count ("no soldiers were injured"), a possibility ("could be
  killed"), people already named ("one of them"), a toll summed over time ("since 2011"), a
  two-sided fight or a general statement with no count ("civilians were hurt");
- in a whole article, a report that says neither whose victims nor where is dropped, and so is
  one that restates an act of force (or a crowd's violent repression, 175) the article codes on
  the same country; a report of a country's victims with no place stays when it restates nothing,
  and so does one of victims of another country than those the act it restates hit (another dyad).
"""

from __future__ import annotations

from .violence_checks import events, of, scode, tcode


def _reports(evs):
    return [e for e in evs if e.cameo_root in ("18", "19") and e.source is None]


def test_counted_victims_with_a_place_are_coded(code):
    evs = _reports(events(code, "At least five civilians were killed in Kano on Monday."))
    assert [tcode(e) for e in evs] == ["NGACVL"]


def test_a_crash_is_no_attack(code):
    assert not _reports(events(code, "At least five people were killed in a bus crash in Kano on Monday."))


def test_no_victims_is_no_event(code):
    assert not _reports(events(code, "No civilians were injured in Kano on Monday."))


def test_a_possibility_is_no_event(code):
    assert not _reports(events(code, "Five villagers could be killed in Kano, the mayor warned."))


def test_toll_since_a_date_is_no_event(code):
    assert not _reports(events(code, "More than 2,000 people have been killed in Kano since 2011."))


def test_two_sided_fight_is_no_report(code):
    assert not _reports(events(code, "Five fighters were killed in clashes in Kano on Monday."))


def test_uncounted_victims_are_no_report(code):
    assert not _reports(events(code, "Our citizens have been injured in Kano."))


def test_no_place_and_no_country_is_no_report(code):
    assert not _reports(events(code, "At least five civilians were killed on Monday."))


def test_a_countrys_victims_with_no_place_are_a_report(code):
    evs = _reports(events(code, "Three Turkish soldiers were killed on Monday."))
    assert [tcode(e) for e in evs] == ["TURMIL"]


def test_a_report_with_no_place_restating_an_attack_is_dropped(code):
    text = "Kurdish rebels attacked a Turkish army post in Hakkari on Monday. Three Turkish soldiers were killed."
    evs = events(code, text)
    assert of(evs, "19") or of(evs, "18")
    assert not [e for e in evs if e.trigger == "killed" and e.source is None]


def test_injuries_after_violent_repression_restate_it(code):
    text = "Police fired tear gas at protesters in Hong Kong on Monday. Sixty people were injured in Mong Kok, officials said."
    evs = events(code, text)
    assert [e.cameo for e in evs if e.cameo.startswith("17")] == ["175"]
    assert not [e for e in evs if e.trigger == "injured"]


def test_people_already_named_are_no_report(code):
    assert not _reports(events(code, "One of them was injured in Kano on Monday."))


def test_report_restating_an_attack_is_dropped_from_the_article(code):
    text = (
        "Gunmen attacked a market in Kano on Monday, killing a trader. "
        "At least five civilians were wounded in Kano, officials said."
    )
    evs = events(code, text)
    assert of(evs, "18") or of(evs, "19")  # the attack stays
    assert not [e for e in evs if e.trigger == "wounded"]


def test_report_on_another_country_stays(code):
    text = "Gunmen attacked a market in Kano on Monday. At least five civilians were wounded in Kabul on Tuesday."
    evs = events(code, text)
    assert [tcode(e) for e in evs if e.trigger == "wounded"] == ["AFGCVL"]


def test_kin_are_private_persons(code):
    evs = events(code, "A cousin of the mayor was shot dead in Kano on Monday.")
    assert [tcode(e) for e in evs if e.trigger == "shot"] == ["NGACVL"]


def test_kin_named_with_no_place_or_setting_stay_uncoded(code):
    assert not [e for e in events(code, "A cousin was shot dead on Monday.") if e.trigger == "shot"]


def test_a_bare_number_of_victims_is_counted(code):
    evs = _reports(events(code, "At least 14 were wounded in Kano on Monday."))
    assert [tcode(e) for e in evs] == ["NGACVL"]


def test_counted_others_are_victims(code):
    evs = _reports(events(code, "Eight others were wounded in Kano on Monday."))
    assert [tcode(e) for e in evs] == ["NGACVL"]


def test_a_bare_number_in_reported_speech_is_counted(code):
    evs = _reports(events(code, "Police said two had been killed in Kano on Monday."))
    assert [tcode(e) for e in evs] == ["NGACVL"]


def test_uncounted_others_are_no_report(code):
    assert not _reports(events(code, "The others were wounded in Kano on Monday."))


def test_a_number_of_people_already_named_is_no_report(code):
    assert not _reports(events(code, "Two of them had been killed in Kano on Monday."))


def test_a_bare_count_beside_a_weapon_restates_the_attack(code):
    text = "A bomb struck a market in Kano on Monday. Between the two blasts, at least 20 were killed."
    evs = events(code, text)
    assert not [e for e in evs if e.trigger == "killed"]


def _on(evs, trigger):
    return [(e.cameo, scode(e), tcode(e)) for e in evs if e.trigger == trigger]


def test_an_act_noun_with_no_doer_is_coded_on_its_participle_of_harm(code):
    evs = events(code, "The heavy shelling hit a bus in Donetsk on Thursday, killing eight people.")
    assert _on(evs, "killing") == [("194", None, "UKRCVL")]
    assert not _on(evs, "hit") and not _on(evs, "shelling")  # one act


def test_an_act_noun_modifying_a_campaign_gives_its_code(code):
    evs = events(code, "A massive air raid campaign struck the Idlib governorate on Monday, killing 50 people.")
    assert _on(evs, "killing") == [("195", None, "SYRCVL")]


def test_a_wave_of_bombings_is_coded_on_its_participle(code):
    evs = events(code, "A wave of bombings struck markets in Kano on Monday, killing 30 people.")
    assert _on(evs, "killing") == [("183", None, "NGACVL")]
    assert not _on(evs, "struck")


def test_a_participle_that_is_no_harm_codes_no_attack(code):
    evs = events(code, "The heavy shelling hit a bus in Donetsk on Thursday, prompting an inquiry.")
    assert not [e for e in evs if e.cameo_root in ("18", "19") and e.trigger == "prompting"]


def test_an_act_noun_modifying_a_named_doer_is_no_act(code):
    evs = events(code, "Russian occupation forces shelled a village near Kharkiv on Monday, killing two people.")
    assert all((scode(e) or "").startswith("RUS") for e in evs if e.trigger in ("shelled", "killing"))
    assert _on(evs, "shelled") or _on(evs, "killing")


def test_victims_of_another_country_than_the_attacks_target_are_another_dyad(code):
    # one attack, two dyads: the foreign engineer it killed, and the local civilians who also died
    text = "A bomb killed a Turkish engineer in Kabul on Monday. At least five Afghan civilians also died in the attack."
    assert {tcode(e) for e in _reports(events(code, text))} == {"TUR", "AFGCVL"}


def test_victims_of_the_attacks_own_target_country_restate_it(code):
    text = "A bomb killed two Afghan police officers in Kabul on Monday. At least five civilians also died in the attack."
    assert [tcode(e) for e in _reports(events(code, text))] == ["AFGCOP"]
