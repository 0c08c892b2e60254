"""Trigger entries of vocabulary round 4 (rules/triggers-*.yaml): appeals "for" aid and
releases, commitments, aid shipped, airlifted and donated, refugees received, repeals,
lawsuits, refusals, strikes, alerts, expulsions ordered, cyberattacks. The sentences are
written for these tests in news style; each asserts the CAMEO code and, where the KB knows
the actors, the source and target. The negative cases are polysemous words that must not
code as the event."""

from __future__ import annotations

import pytest

from tests.trigger_checks import check, code_of, events, one


# -- 01 statements ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger, cameo, source, target", [
    # surprise or shock at a decision: pessimistic comment
    ("China expressed surprise at the decision by the United States.", "expressed", "012", "CHN", "USA"),
    ("Russia voiced surprise over the remarks of the German chancellor.", "voiced", "012", "RUS", "DEUGOV"),
    ("Japan expressed shock at the killing of the journalist.", "expressed", "012", "JPN", None),
    # a minute of silence, a wreath placed: symbolic act
    ("Poland held a minute of silence for the victims.", "held", "017", "POL", None),
    ("The Irish parliament observed a moment of silence for the victims.", "observed", "017", "IRLLEG", None),
    ("The French president placed a wreath at the Tomb of the Unknown Soldier.", "placed", "017", "FRAGOV", None),
])
def test_statements(nlp, text, trigger, cameo, source, target):
    check(nlp, text, trigger, cameo, source, target)


# -- 02 appeals: the object of "for" picks the subcode --------------------------------------------
@pytest.mark.parametrize("text, trigger, cameo, source, target", [
    ("Lebanon appealed for international aid after the explosion.", "appealed", "023", "LBN", None),
    ("Pakistan appealed to the IMF for loans.", "appealed", "0231", "PAK", "IGOIMF"),
    ("Ukraine appealed for more weapons.", "appealed", "0232", "UKR", None),
    ("The Syrian government appealed for food and medicine.", "appealed", "0233", "SYRGOV", None),
    ("The European Union appealed for the release of the Swedish diplomat.", "appealed", "0253", "IGOEUR", None),
    ("Nepal called for international assistance after the earthquake.", "called", "023", "NPL", None),
    ("Sri Lanka called on China for new loans.", "called", "0231", "LKA", "CHN"),
    ("Ukraine called for more fighter jets.", "called", "0232", "UKR", None),
    ("The Sudanese government called for food and medicine for Darfur.", "called", "0233", "SDNGOV", None),
    ("The European Union called for the release of the detained journalists.", "called", "0253", "IGOEUR", None),
    # "the supply of X" may be of weapons: supplies stay the parent 023
    ("Ukraine called for the supply of more weapons.", "called", "023", "UKR", None),
    ("Sri Lanka asked India for financial assistance.", "asked", "0231", "LKA", "IND"),
    ("Zambia asked China for loans.", "asked", "0231", "ZMB", "CHN"),
    ("Ukraine asked Germany for tanks.", "asked", "0232", "UKR", "DEU"),
    ("Haiti asked the United States for food.", "asked", "0233", "HTI", "USA"),
    # press / push for, press X to: appeals; campaign only for a release
    ("The Philippines pressed for a code of conduct in the South China Sea.", "pressed", "020", "PHL", None),
    ("The United States pressed Israel to allow more aid into Gaza.", "pressed", "020", "USA", "ISR"),
    ("The European Union pressed for the release of the detained journalists.", "pressed", "0253", "IGOEUR", None),
    ("Japan pushed for talks on the disputed islands.", "pushed", "020", "JPN", None),
    ("Canada pushed for the release of the two Canadians detained in China.", "pushed", "0253", "CAN", None),
    ("Amnesty International campaigned for the release of the journalists.", "campaigned", "0253", "NGOAMN", None),
])
def test_appeals_for(nlp, text, trigger, cameo, source, target):
    check(nlp, text, trigger, cameo, source, target)


@pytest.mark.parametrize("text, trigger, cameo, source", [
    # the appeal noun after a light verb takes the verb's subject as its source
    ("The UN launched an appeal for aid in Sudan.", "appeal", "023", "IGOUNO"),
    ("The Red Cross launched an appeal for funds to help Yemen.", "appeal", "0231", "NGOIRC"),
    ("The World Food Programme launched an appeal for food in Gaza.", "appeal", "0233", "IGOWFP"),
    ("Amnesty International launched an appeal for the release of the activist.", "appeal", "0253", "NGOAMN"),
    ("Somalia's request for aid was rejected.", "request", "023", "SOM"),
])
def test_appeal_nouns(nlp, text, trigger, cameo, source):
    e = one(nlp, text, trigger)
    assert e.cameo == cameo and e.rule.startswith("noun:")
    assert code_of(e.source) == source


# -- 03 committed to a cooperative aim --------------------------------------------------------------
@pytest.mark.parametrize("text, trigger, cameo, source, target", [
    # spaCy tags "committed" as a verb (acomp) ...
    ("The United States is committed to the defence of the Philippines.", "committed", "030", "USA", "PHL"),
    ("Britain said it was committed to the talks with the European Union.", "committed", "036", "GBR", None),
    ("Turkey said it was committed to a settlement in Cyprus.", "committed", "037", "TUR", None),
    ("Russia said it was committed to the truce in Syria.", "committed", "0356", "RUS", None),
    # ... or as an adjective
    ("Japan remains committed to its alliance with the United States.", "committed", "030", "JPN", None),
    ("China remains committed to dialogue with the United States.", "committed", "036", "CHN", None),
    ("Greece remains committed to a solution in Cyprus.", "committed", "037", "GRC", None),
    ("Russia said it remained committed to the ceasefire in Syria.", "committed", "0356", "RUS", None),
])
def test_committed_to(nlp, text, trigger, cameo, source, target):
    check(nlp, text, trigger, cameo, source, target)


# -- 06-08 material cooperation and yielding ---------------------------------------------------------
@pytest.mark.parametrize("text, trigger, cameo, source, target", [
    ("The United States provided intelligence to Ukraine.", "provided", "064", "USA", "UKR"),
    # aid airlifted, shipped, donated, earmarked
    ("Jordan airlifted humanitarian aid to Gaza.", "airlifted", "073", "JOR", "PSE"),
    ("The United States airlifted food and medicine to Gaza.", "airlifted", "073", "USA", "PSE"),
    ("Turkey shipped humanitarian aid to Somalia.", "shipped", "073", "TUR", "SOM"),
    ("Poland shipped weapons to Ukraine.", "shipped", "072", "POL", "UKR"),
    ("Egypt shipped medical supplies to Sudan.", "shipped", "073", "EGY", "SDN"),
    ("Norway donated $5 million to the World Food Programme.", "donated", "071", "NOR", "IGOWFP"),
    ("Estonia donated ammunition to Ukraine.", "donated", "072", "EST", "UKR"),
    ("China donated vaccines to Cambodia.", "donated", "073", "CHN", "KHM"),
    ("The European Union earmarked humanitarian aid for Yemen.", "earmarked", "073", "IGOEUR", "YEM"),
    # troops to a peacekeeping mission
    ("Bangladesh deployed troops to the UN mission in South Sudan.", "deployed", "074", "BGD", "IGOUNO"),
    # refugees received or welcomed: asylum
    ("Uganda received thousands of refugees from South Sudan.", "received", "075", "UGA", "REF"),
    ("Germany welcomed 1,000 Afghan refugees.", "welcomed", "075", "DEU", "AFGREF"),
    # remains handed back (spaCy's lemma of "remains" is "remain")
    ("North Korea returned the remains of American soldiers to the United States.", "returned", "0841", "PRK", "USA"),
    ("Russia handed over the remains of Ukrainian soldiers to Ukraine.", "handed", "0841", "RUS", "UKR"),
    # repeals
    ("Japan repealed sanctions on Iran.", "repealed", "085", "JPN", "IRN"),
    ("The Indian government repealed the ban on Chinese apps.", "repealed", "081", "INDGOV", None),
    ("The Turkish parliament repealed the law on foreign agents.", "repealed", "0832", "TURLEG", None),
])
def test_material_cooperation_and_yielding(nlp, text, trigger, cameo, source, target):
    check(nlp, text, trigger, cameo, source, target)


# -- 11-13 disapproval, rejection, threats; 16 expulsions ordered --------------------------------------
@pytest.mark.parametrize("text, trigger, cameo, source, target", [
    ("Ukraine took Russia to the International Court of Justice.", "took", "115", "UKR", "RUS"),
    ("Iran declined to release the British tanker.", "declined", "1243", "IRN", None),
    ("Israel declined to lift the blockade of Gaza.", "declined", "124", "ISR", None),
    ("The rebels declined to disarm.", "declined", "1246", "REB", None),
    ("The Philippines declined to extradite the businessman to China.", "declined", "1213", "PHL", None),
    ("Russia refused to extradite the suspects to Britain.", "refused", "1213", "RUS", "GBR"),
    ("Russia voted against the UN resolution on Syria.", "voted", "120", "RUS", None),
    ("Israel set an ultimatum for Hamas.", "set", "139", "ISR", "PSEREB"),
    ("The United States threatened to sanction Turkey.", "threatened", "1312", "USA", "TUR"),
    ("Mali ordered the UN peacekeepers to leave the country.", "ordered", "1661", "MLI", "IGOUNO"),
    ("Burundi ordered the UN human rights observers to leave.", "ordered", "1662", "BDI", "IGOUNO"),
    ("Sudan ordered foreign aid agencies to leave Darfur.", "ordered", "1663", "SDN", None),
    ("Niger ordered the French ambassador to leave the country.", "ordered", "161", "NER", "FRAGOV"),
])
def test_verbal_conflict_and_expulsions(nlp, text, trigger, cameo, source, target):
    check(nlp, text, trigger, cameo, source, target)


# -- 14-18 strikes, alerts, intercepts, coercion, assault ------------------------------------------------
@pytest.mark.parametrize("text, trigger, cameo, source, target", [
    # the labour strike is the object of "on" ("went on strike")
    ("Kenyan teachers went on strike over pay.", "went", "143", "KENEDU", None),
    ("French rail workers remained on strike for a third week.", "remained", "143", "FRALAB", None),
    # on alert: military or police is not in the words
    ("Pakistan put its troops on high alert.", "put", "150", "PAK", None),
    ("The Indian army placed its forces on high alert.", "placed", "150", "INDMIL", None),
    ("South Korean troops remained on high alert.", "remained", "150", "KORMIL", None),
    ("Chinese fighter jets intercepted an American surveillance plane.", "intercepted", "150", "CHNMIL", None),
    ("Prosecutors pressed charges against the former French president.", "pressed", "115", "JUD", "FRAELI"),
    # coercion with no CAMEO code of its own: the general code 170
    ("Belarus forced a Ryanair plane to land in Minsk.", "forced", "170", "BLR", None),
    ("Iran launched a cyberattack on Israel.", "launched", "170", "IRN", "ISR"),
    ("China carried out cyberattacks against Taiwan.", "carried", "170", "CHN", "TWN"),
    ("Russia conducted cyberattacks against Ukraine.", "conducted", "170", "RUS", "UKR"),
    ("Russian cyberattacks on Ukraine increased last year.", "cyberattacks", "170", "RUS", "UKR"),
    ("Militants hacked five villagers to death in Congo.", "hacked", "1823", "REB", "CODCVL"),
])
def test_material_conflict(nlp, text, trigger, cameo, source, target):
    check(nlp, text, trigger, cameo, source, target)


# -- negatives: polysemous words that must not code ----------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("The minister went on a trip to Paris.", "went"),
    ("The Iranian foreign minister went on to say that talks would continue.", "went"),
    ("The French president remained on the stage after the speech.", "remained"),
    ("The government put the plan on hold.", "put"),
    ("The Chinese premier placed the report on the table.", "placed"),
    ("The Indian president pressed ahead with the reforms.", "pressed"),
    ("The Indian president pressed the button to launch the satellite.", "pressed"),
    ("Russian troops pushed into the town of Avdiivka.", "pushed"),
    ("Joe Biden campaigned for president in Ohio.", "campaigned"),
    ("The Kenyan president campaigned for the ruling party.", "campaigned"),
    ("The Syrian army committed atrocities against civilians.", "committed"),
    ("Nancy Pelosi said the United States was committed to keeping its border safe.", "committed"),
    ("The French president remains committed to his reforms.", "committed"),
    ("The army airlifted troops to the border.", "airlifted"),
    ("The Chinese government airlifted its citizens out of Sudan.", "airlifted"),
    ("Japan shipped cars to Europe.", "shipped"),
    ("The parliament repealed the tax on fuel.", "repealed"),
    ("The Ukrainian president took his son to the hospital.", "took"),
    ("Iran declined to return to the negotiating table.", "declined"),
    ("Russia voted against the war in parliament.", "voted"),
    ("Lawmakers voted against the motion of no confidence.", "voted"),
    ("Police intercepted a shipment of cocaine from Colombia.", "intercepted"),
    # a court's order to a party is a demand (test_rulings.py); anyone else's order is none
    ("The company ordered its workers to pay for the tools.", "ordered"),
    ("The storm forced a Ryanair plane to land in Dublin.", "forced"),
    ("Chinese hackers hacked the website of the Indian parliament.", "hacked"),
    ("The workers stopped the car.", "stopped"),
])
def test_polysemous_words_do_not_code(nlp, text, trigger):
    assert not [e for e in events(nlp, text) if e.trigger.lower() == trigger.lower()]


@pytest.mark.parametrize("text, trigger, cameo", [
    # the refinements leave the other readings of the same verbs alone
    ("Russia deployed troops to the border with Ukraine.", "deployed", "154"),
    ("The Chinese president received the Russian ambassador.", "received", "043"),
    ("Germany welcomed the agreement between Israel and the UAE.", "welcomed", "051"),
    ("Mozambique asked South Africa for a meeting.", "asked", "020"),
])
def test_other_readings_keep_their_codes(nlp, text, trigger, cameo):
    assert one(nlp, text, trigger).cameo == cameo


# -- the `modifier` condition: a word modifying the act's noun decides the code ----------------
@pytest.mark.parametrize("text, trigger, cameo, source, target", [
    ("The Russian and US navies began a joint military exercise in the Sea of Japan.", "began", "062", "RUSMIL", "USAMIL"),
    ("Jordan and the United States began a new round of joint military exercises.", "began", "062", "JOR", "USA"),
    ("India held military exercises near the border.", "held", "150", "IND", None),
    ("Indian farmers began a one-day hunger strike on Saturday.", "began", "142", "INDAGR", None),
    ("Nigerian doctors went on hunger strike over unpaid wages.", "went", "142", "NGAHLH", None),
    ("Nigerian doctors went on strike over unpaid wages.", "went", "143", "NGAHLH", None),
    ("The European Commission launched legal action against the Polish government.", "launched", "115", "IGOEUR", "POLGOV"),
])
def test_modifier_decides_the_code(nlp, text, trigger, cameo, source, target):
    check(nlp, text, trigger, cameo, source, target)


def test_military_action_is_no_lawsuit(nlp):
    assert not [e for e in events(nlp, "Turkey launched military action against Kurdish fighters.") if e.cameo == "115"]
