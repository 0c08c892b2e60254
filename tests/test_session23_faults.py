"""Faults left from session 22 and kinds of miss from the places bench's judged sample, each
fixed by a general rule: an act only plotted, foiled or prevented did not take place
(events.yaml prevention; events/unreported.py); an act of force or protest
tried was made (events.yaml attempts: made_roots; events/attempts.py). Every sentence is invented;
each positive has negatives beside it."""

from __future__ import annotations

from tests.event_rows import coded


def codes(code, text: str) -> list[tuple[str, str]]:
    """(cameo, modality) of every event."""
    return [(e[1], e[4]) for e in coded(code, text)]


def test_a_foiled_or_prevented_act_did_not_happen(code):
    for text in (
        "Police foiled a plot to assassinate the governor of Lagos State.",
        "Indonesian police said they had prevented a bombing of a church in Surabaya.",
        "French police said they had foiled an attempt to storm the embassy in Paris.",
        "Police thwarted a bomb plot against the embassy.",
    ):
        assert not any(c.startswith(("18", "19")) for c, _ in codes(code, text)), text
    # an act only plotted is no act either, while the act told done stays
    assert codes(code, "Egyptian police arrested three men accused of plotting to bomb a church in Cairo.") == [
        ("173", "actual")
    ]
    assert codes(code, "Militants assassinated the governor of Kandahar province on Tuesday.") == [("186", "actual")]


def test_a_plan_not_prevented_keeps_its_act(code):
    # "stop" is no verb of prevention: a fighting stopped had gone on
    assert ("087", "actual") in codes(code, "The army stopped the fighting in Tripoli.")


def test_an_attack_tried_was_made(code):
    assert coded(code, "Militants attempted to storm a police station in Peshawar on Friday.") == [
        ("storm", "190", "REB", "PAKCOP", "actual")
    ]
    assert codes(code, "Protesters attempted to storm the parliament in Baghdad.") == [("145", "actual")]
    # ground only tried is attacked, not taken; a killing tried is an assault (an office holder's: 185)
    assert codes(code, "Houthi rebels attempted to capture the city of Marib.") == [("190", "actual")]
    assert codes(code, "The army made an attempt to retake the airport from the rebels.") == [("190", "actual")]
    assert codes(code, "Kidnappers tried to abduct a Chinese engineer in Karachi.") == [("180", "actual")]
    assert codes(code, "Gunmen tried to kill the mayor of Acapulco.") == [("185", "actual")]


def test_the_trying_gives_the_mood_and_other_acts_tried_stay_tried(code):
    assert codes(code, "The rebels will try to capture the city of Goma.") == [("190", "planned")]
    assert codes(code, "The rebels did not try to capture the city of Goma.") == [("190", "negated")]
    # an aim sought, an arrest or a meeting tried: not done
    assert codes(code, "The Islamic State seeks to overthrow the government of Iraq.") == [("190", "hypothetical")]
    assert codes(code, "Police tried to arrest the opposition leader in Kampala.") == [("173", "hypothetical")]
    assert codes(code, "The president tried to meet the Pope in Rome.") == [("040", "hypothetical")]


def test_a_wrongdoer_named_by_the_victim_is_not_of_the_victims_office(code):
    # events.yaml wrongdoer_nouns: "the mayor's killer" is no government official
    assert coded(code, "Police shot dead the mayor's killer in Tijuana on Monday.") == [
        ("shot", "193", "MEXCOP", "MEX", "actual")
    ]
    assert coded(code, "Police in Karachi arrested the governor's attacker.")[0][3] == "PAK"
    assert coded(code, "The judge's killers were arrested in Bogota on Friday.")[0][3] == "COL"
    # an office's own people and things stay the office's; kin are private persons
    assert coded(code, "Police arrested the minister's spokesman in Lagos.")[0][3] == "NGAGOV"
    assert coded(code, "Gunmen attacked the governor's convoy in Zamfara.")[0][3] == "NGAGOV"
    assert coded(code, "Police arrested the minister's son in Lagos.")[0][3] == "NGACVL"


def test_two_sides_that_agree_to_end_a_war_end_it_with_each_other(code):
    rows = coded(code, "Ethiopia and Eritrea agreed to end the war on Sunday.")
    assert not any(r[1].startswith("19") for r in rows)  # no war planned
    assert ("end", "087", "ETH", "ERI", "planned") in rows
    assert ("agreed", "0356", "ERI", "ETH", "actual") in rows
    rows = coded(code, "The rebels and the government of South Sudan agreed to end the fighting.")
    assert ("end", "087", "SSDGOV", "REB", "planned") in rows
    # one side's promise to end a war named by its place is aimed at that place, no war coded
    assert coded(code, "Saudi Arabia vowed to end the war in Yemen.") == [
        ("end", "0356", "SAU", "YEM", "actual"),
        ("end", "087", "SAU", "YEM", "planned"),
    ]


def test_a_gathering_attended_abroad_is_a_visit_to_its_host_country(code):
    # GUIDELINE "Meetings": each visitor's 042 to the host and the host's 043 to each, never
    # visitor with visitor; planned: 036 both ways (meetings._venue_host)
    rows = coded(code, "A summit in Hanoi next week will be attended by the leaders of Japan and Australia.")
    assert sorted((r[1], r[2], r[3], r[4]) for r in rows) == [
        ("036", "AUSGOV", "VNMGOV", "planned"),
        ("036", "JPNGOV", "VNMGOV", "planned"),
        ("036", "VNMGOV", "AUSGOV", "planned"),
        ("036", "VNMGOV", "JPNGOV", "planned"),
    ]
    rows = coded(code, "Leaders of Japan and Australia attended a summit in Hanoi.")
    assert ("attended", "042", "JPNGOV", "VNMGOV", "actual") in rows
    assert ("attended", "043", "VNMGOV", "AUSGOV", "actual") in rows
    assert not any({r[2], r[3]} == {"JPNGOV", "AUSGOV"} for r in rows)
    # at home, no visit; an organisation's gathering is still the organisation's
    assert coded(code, "The French president attended a conference in Paris on Monday.") == []
    assert ("attended", "042", "DEUGOV", "IGOGOT", "actual") in coded(code, "Merkel attended the G20 summit in Osaka.")


def test_warships_and_coast_guard_vessels_are_their_states_forces(code):
    # kb/agents.tsv: naval platforms stand for the navy that sails them, as "frigate" did
    assert coded(code, "A US destroyer fired warning shots at Iranian boats in the Gulf.")[0][2] == "USAMIL"
    assert coded(code, "A Chinese coast guard vessel fired water cannon at a Philippine supply boat.")[0][2:4] == (
        "CHNMIL",
        "PHL",
    )
    # a ship of no navy is no actor
    assert coded(code, "A Norwegian cruise ship carried 2000 passengers.") == []


def test_owning_up_to_ones_own_sides_hostile_act_is_acknowledging_responsibility(code):
    # triggers-verbs.yaml acknowledge/admit with a clause; mood.own_act_owned
    rows = coded(code, "US officials acknowledged that American soldiers mistakenly killed two Afghan policemen.")
    assert ("acknowledged", "015", "USAGOV", None, "actual") in rows
    assert ("killed", "190", "USAMIL", "AFGCOP", "actual") in rows
    rows = coded(code, "The Nigerian army admitted that its jets had bombed a refugee camp by mistake.")
    assert ("admitted", "015", "NGAMIL", None, "actual") in rows
    # the other side's act, an act of no hostility, no act: a quote, no 015
    for text in (
        "Pakistan acknowledged that Indian jets had struck a camp near Balakot.",
        "The minister admitted that he had met the rebels.",
        "Officials acknowledged that the economy had slowed.",
    ):
        assert not any(r[1] == "015" for r in coded(code, text)), text


def test_a_stated_readiness_to_settle_is_an_intent_to_settle(code):
    # triggers-adjectives.yaml ready/willing/prepared + settle/resolve/reconcile: 037
    assert coded(code, "Serbia is ready to resolve the dispute with Kosovo through dialogue.") == [
        ("ready", "037", "SRB", "XKX", "actual")
    ]
    assert coded(code, "Ethiopia said it was willing to settle its border dispute with Eritrea.") == [
        ("willing", "037", "ETH", "ERI", "actual")
    ]
    assert coded(code, "Egypt is ready for war.") == []
