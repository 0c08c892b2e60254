"""Aid, cooperation and intents to cooperate: the kind of aid an aid noun's modifier names, for
aid given, pledged, asked for, demanded or cut (events.yaml aid_families, aid_nouns, aid_kinds;
events/matching.py `aid_kind`), aid given in other words (provide X with Y, disburse, extend,
rush, write off debt), the finer intent
of an infinitive of lending, extraditing, sharing or deepening ties (triggers-verbs.yaml 03), a
coordinated subject's intent to act together aimed at each other (events.yaml joint_aims;
events/reciprocal.py `_shared_aim`), the field of a cooperation as no act
(events/unreported.py `_field_of_cooperation`), a warning of a disaster as no threat, and
"intelligence" shared as information, no agency (actors.yaml information_nouns). Sentences are
invented; each positive has negatives beside it."""

from __future__ import annotations

from tests.event_rows import acts, coded


def codes(code, text: str) -> list[str]:
    return [e[0] for e in acts(code, text)]


def test_the_aid_nouns_modifier_names_the_kind_of_aid(code):
    assert acts(code, "The United States provided security assistance to Colombia.") == [("072", "USA", "COL")]
    assert acts(code, "India provided humanitarian assistance to Sri Lanka.") == [("073", "IND", "LKA")]
    assert codes(code, "Germany will give 50 million euros in development aid to Niger.") == ["071"]
    assert codes(code, "Turkey sent military supplies to Azerbaijan.") == ["072"]
    # no kind, or two kinds, named: the general code stays
    assert codes(code, "Turkey sent 50 tonnes of aid to Syria.") == ["070"]
    assert codes(code, "Canada sent humanitarian and military aid to Ukraine.") == ["070"]
    # an object that names its kind itself keeps it
    assert codes(code, "Sweden sent medical supplies to Iran.") == ["073"]


def test_pledges_and_appeals_take_the_kind_too(code):
    assert acts(code, "Japan pledged $10 million in humanitarian aid to Bangladesh.") == [("0333", "JPN", "BGD")]
    assert codes(code, "The EU offered financial assistance to Greece.") == ["0331"]
    assert codes(code, "Haiti appealed for emergency aid on Monday.") == ["0233"]
    assert codes(code, "Kyiv asked Washington for military help on Monday.") == ["0232"]
    # a plain pledge or appeal of aid stays general
    assert codes(code, "Qatar offered aid to Lebanon after the explosion.") == ["033"]
    assert codes(code, "Haiti appealed for aid on Monday.") == ["023"]


def test_cutting_aid_of_a_kind_is_no_aid_given(code):
    # cutting military aid is reducing it (162), of the kind named, never aid given (07)
    assert codes(code, "The United States cut military aid to Pakistan.") == ["1622"]


def test_an_intent_to_lend_or_extradite_is_its_finer_intent(code):
    assert ("0331", "IGOIMF", "ARG") in acts(code, "The IMF agreed to lend Argentina $50 billion.")
    assert ("0331", "JPN", "UKR") in acts(code, "Japan pledged to lend Ukraine $1 billion.")
    assert ("0313", "ESP", "ARG") in acts(code, "Spain agreed to extradite the banker to Argentina.")
    # the act itself stays planned beside the intent
    assert ("063", "ESP", "ARG", "planned") in [
        (c, s, t, m) for _, c, s, t, m in coded(code, "Spain agreed to extradite the banker to Argentina.")
    ]


def test_an_intent_to_deepen_cooperation_or_share_intelligence(code):
    assert ("0314", "IND", "PAK") in acts(code, "India agreed to share intelligence with Pakistan.")
    assert ("0312", "RUS", "BLR") in acts(code, "Russia and Belarus agreed to deepen military cooperation.")
    # sharing nothing coded ("power") is the plain intent, no intelligence
    assert codes(code, "The rival parties agreed to share power in Kenya.")[:1] != ["0314"]


def test_a_coordinated_intent_to_act_together_is_aimed_at_each_other(code):
    text = "Brazil and Argentina agreed to cooperate on security."
    assert {("030", "BRA", "ARG"), ("030", "ARG", "BRA")} <= set(acts(code, text))
    text = "India and Pakistan agreed to share intelligence on Monday."
    assert {("0314", "IND", "PAK"), ("0314", "PAK", "IND")} <= set(acts(code, text))
    # a partner of their own, or another recipient, stays the target
    text = "Brazil and Argentina agreed to cooperate with Chile on security."
    assert {t for c, _, t in acts(code, text) if c == "030"} == {"CHL"}
    text = "China and Russia pledged to send aid to Syria."
    assert {t for c, _, t in acts(code, text) if c == "033"} == {"SYR"}


def test_the_field_of_a_cooperation_is_no_act(code):
    text = "Mexico and the United States agreed to cooperate on fighting drug cartels."
    assert not any(c.startswith("19") for c in codes(code, text))
    text = "Kenya and Somalia signed an agreement on combating piracy on Monday."
    assert set(codes(code, text)) == {"057"}
    # a fight that is reported stays
    assert codes(code, "Mexican troops fought drug cartels in Sinaloa on Monday.") == ["190"]


def test_a_warning_of_a_disaster_is_no_threat(code):
    assert codes(code, "Aid agencies warned of famine in Yemen.") == []
    assert codes(code, "The UN warned of a humanitarian catastrophe in Idlib.") == []
    assert codes(code, "China warned the United States of consequences.") == ["130"]


def test_shared_intelligence_is_no_agency(code):
    text = "India and Pakistan agreed to share intelligence on Monday."
    assert not any(t and t.endswith("SPY") for _, _, t in acts(code, text))
    # an agency named as a doer stays one
    assert any(s and s.endswith("SPY") for _, s, _ in acts(code, "Pakistani intelligence arrested two men in Lahore."))


def test_negatives_of_aid(code):
    assert codes(code, "The aid was stolen by militants in Somalia.") == []
    assert codes(code, "Trade between China and Australia fell last year.") == []
    assert not any(c.startswith("07") for c in codes(code, "An aid worker was killed in South Sudan on Friday."))


def test_cutting_demanding_aid_of_a_kind(code):
    assert acts(code, "The UN suspended food aid to Somalia on Monday.") == [("1623", "IGOUNO", "SOM")]
    assert codes(code, "Washington froze economic assistance to Egypt.") == ["1621"]
    assert codes(code, "The European Union halted budget support to Mali.") == ["1621"]
    assert codes(code, "The opposition demanded humanitarian aid for Gaza.") == ["1033"]
    # no kind named: the general code
    assert codes(code, "The UN suspended aid to Somalia on Monday.") == ["162"]


def test_aid_given_in_other_words(code):
    assert ("071", "CHN", "PAK") in acts(code, "China agreed to provide Pakistan with $2 billion in loans.")
    assert acts(code, "The United States provided Ukraine with Javelin missiles.") == [("072", "USA", "UKR")]
    assert acts(code, "The United States provided Ukraine with military aid.") == [("072", "USA", "UKR")]
    assert acts(code, "Germany increased humanitarian aid to Syria.") == [("073", "DEU", "SYR")]
    assert acts(code, "Japan extended a $500 million credit line to Sri Lanka.") == [("071", "JPN", "LKA")]
    assert acts(code, "The European Union disbursed 1 billion euros to Ukraine.") == [("071", "IGOEUR", "UKR")]
    assert acts(code, "India rushed relief supplies to quake-hit Nepal.") == [("073", "IND", "NPL")]
    assert acts(code, "China cancelled Zambia's debt on Monday.") == [("071", "CHN", "ZMB")]
    assert acts(code, "Colombian police handed over the drug lord to US agents.") == [("063", "COLCOP", "USA")]
    # the same verbs with no aid: no aid event
    assert codes(code, "The government increased funding for schools.") == []
    assert codes(code, "Police rushed to the scene in Kabul.") == []
    assert codes(code, "The court extended the deadline to Friday.") == []


def test_aid_allowed_in_and_pledged_as_a_noun(code):
    assert codes(code, "Israel allowed aid trucks into Gaza on Sunday.") == ["0863"]
    assert codes(code, "Israel allowed trucks into Gaza on Sunday.") == []
    text = "Japan's pledge of $10 million in humanitarian aid to Bangladesh was welcomed."
    assert ("0333", "JPN", "BGD") in acts(code, text)
    # a pledge of something else keeps the plain intent
    assert ("030", "JPN", "BGD") in acts(code, "Bangladesh welcomed Japan's pledge of support.")


def test_a_gerund_after_the_preposition_names_the_act(code):
    # "in fighting ISIS" as "in the fight against ISIS": an alliance in war is military cooperation
    assert ("062", "CAN", "KEN") in acts(code, "Canada allied with Kenya in fighting al-Shabaab.")
    # a gerund done to a thing names no war: no military cooperation
    assert "062" not in codes(code, "Greece allied with France in fighting the fire.")
    assert ("050", "CAN", "KEN") in acts(code, "Canada allied with Kenya.")
