"""Trigger entries for common news phrasing, one family per case (rules/triggers-*.yaml,
rules/events.yaml light verbs). The sentences are written for these tests in news style;
each asserts the CAMEO code and, where the KB knows the actors, the source and target.
The negative cases are polysemous words that must not code as the event."""

from __future__ import annotations

import pytest

from newsgraph.pipeline import code_article
from tests.trigger_checks import check, code_of, events, one


# -- 01 statements, 02 appeals, 03 intents, 05 diplomatic cooperation --------------------
@pytest.mark.parametrize("text, trigger, cameo, source, target", [
    # (issuing or publishing a report is no event of its own: tests/test_contentless_acts.py)
    # convey / reiterate / register concern: pessimistic comment
    ("Germany reiterated its concern about the humanitarian situation in the Sahel.",
     "reiterated", "012", "DEU", None),
    ("Japan conveyed its concern over the missile launches to Beijing.", "conveyed", "012", "JPN", None),
    # exploring an option: consider policy option
    ("The Indian government is exploring the possibility of a new trade corridor.",
     "exploring", "014", "INDGOV", None),
    # attend a funeral, mark an anniversary: symbolic act
    ("The French president attended the funeral of the former Israeli president.",
     "attended", "017", "FRAGOV", None),
    ("Poland marked the anniversary of the Warsaw Uprising on Thursday.", "marked", "017", "POL", None),
    # a renewed call is an appeal, a reiterated commitment an intent to cooperate
    ("Turkey renewed its call for a ceasefire in the region.", "renewed", "020", "TUR", None),
    ("Japan reiterated its commitment to the defence of Taiwan.", "reiterated", "030", "JPN", "TWN"),
    # defend verbally: a policy-like object, or an actor defended "over" something
    ("The Hungarian prime minister defended Russia over the sanctions dispute.",
     "defended", "052", "HUNGOV", "RUS"),
    ("Beijing defended Russia's efforts in the Arctic.", "defended", "052", "CHNGOV", "RUS"),
    # an expressed wish: a statement (a claimed victory is none: tests/test_contentless_acts.py)
    ("The Turkish president expressed his wish that the two countries would settle their dispute.",
     "expressed", "010", "TURGOV", None),
    # an embassy opened: the converse of closing one
    ("Israel opened an embassy in Bahrain.", "opened", "050", "ISR", "BHR"),
])
def test_statements_appeals_and_support(nlp, text, trigger, cameo, source, target):
    check(nlp, text, trigger, cameo, source, target)


def test_defending_ones_own_efforts_defends_no_one(nlp):
    # a verbal defence (052) is of someone: of one's own efforts it is no dyad and no event
    # (events/partnerless.py); of Russia's efforts it is coded above
    got = events(nlp, "Beijing defended its efforts in the South China Sea.")
    assert [e.cameo for e in got if e.trigger == "defended"] == []


# -- 06-08 material cooperation -----------------------------------------------------------
@pytest.mark.parametrize("text, trigger, cameo, source, target", [
    # judicial cooperation
    ("A British court approved the extradition of the businessman to the United States.",
     "approved", "063", "GBRJUD", "USA"),
    # aid: equipment, weapons named by synonyms, money, troops for a mission
    ("Germany gave military equipment to Ukraine.", "gave", "070", "DEU", "UKR"),
    ("The United States gave 500 rifles to the Philippine army.", "gave", "072", "USA", "PHLMIL"),
    ("Norway contributed $20 million to the reconstruction fund.", "contributed", "071", "NOR", None),
    ("Ghana contributed troops to the UN mission in Mali.", "contributed", "074", "GHA", "IGOUNO"),
    # refugees accepted or hosted: grant asylum (not a hosted visit)
    ("Canada accepted 3,000 Syrian refugees last year.", "accepted", "075", "CAN", "SYRREF"),
    ("Jordan hosts more than 600,000 Syrian refugees.", "hosts", "075", "JOR", "SYRREF"),
    # easing restrictions, a state of emergency, tariffs
    ("China lifted travel curbs on Hong Kong residents.", "lifted", "081", "CHN", None),
    ("Ethiopia lifted the state of emergency on Tuesday.", "lifted", "0814", "ETH", None),
    ("India cut tariffs on American almonds.", "cut", "085", "IND", "USA"),
    # dissidents calling off their action
    ("The teachers' union cancelled the strike planned for Monday.", "cancelled", "082", "LAB", None),
    # property handed back
    ("The United States returned looted antiquities to Iraq.", "returned", "0842", "USA", "IRQ"),
    # disarmament
    ("The rebels laid down their arms in eastern Congo.", "laid", "0873", "REB", None),
    # objects handed back: manuscripts (property), remains (persons); hostages and arms handed over
    ("The United States returned the stolen manuscripts to Italy.", "returned", "0842", "USA", "ITA"),
    ("Germany returned the skulls of Herero victims to Namibia.", "returned", "0841", "DEU", "NAM"),
    ("Hamas handed over three hostages to the Red Cross.", "handed", "0841", "PSEREB", "NGOIRC"),
    ("Colombian rebels handed over their arms to UN monitors.", "handed", "0873", "COLREB", "IGOUNO"),
    # corridors and borders opened
    ("Russia opened a humanitarian corridor for civilians in Mariupol.", "opened", "0863", "RUS", "CVL"),
    ("Poland reopened its border with Belarus.", "reopened", "081", "POL", "BLR"),
    # a loan approved, nurses sent
    ("The IMF approved a $3 billion loan to Egypt.", "approved", "071", "IGOIMF", "EGY"),
    ("Cuba sent nurses to Italy.", "sent", "073", "CUB", "ITA"),
])
def test_material_cooperation(nlp, text, trigger, cameo, source, target):
    check(nlp, text, trigger, cameo, source, target)


# -- 09-13 verbal conflict, 16 reduce relations --------------------------------------------
@pytest.mark.parametrize("text, trigger, cameo, source, target", [
    ("Ukraine repeated its demand for the return of occupied territory.", "repeated", "100", "UKR", None),
    ("Pakistan levelled accusations against India over the dam.", "levelled", "112", "PAK", "IND"),
    ("India registered a strong protest with Pakistan over the shelling.", "registered", "114", "IND", "PAK"),
    ("The European Commission launched legal proceedings against Hungary.",
     "launched", "115", "IGOEUR", "HUN"),
    ("Israel gave Hamas a deadline to release the hostages.", "gave", "139", "ISR", None),
    ("Britain reduced aid to Uganda after the new law.", "reduced", "162", "GBR", "UGA"),
    ("The United Nations suspended food deliveries to the region.", "suspended", "162", "IGOUNO", None),
    ("Norway suspended donations to the Palestinian Authority.", "suspended", "162", "NOR", "PSEGOV"),
    ("Qatar ended its mediation between Israel and Hamas.", "ended", "165", "QAT", "ISR"),
    ("Russia threatened a military operation against Ukraine.", "threatened", "138", "RUS", "UKR"),
])
def test_verbal_conflict_and_reduced_relations(nlp, text, trigger, cameo, source, target):
    check(nlp, text, trigger, cameo, source, target)


# -- 14-20 material conflict ----------------------------------------------------------------
@pytest.mark.parametrize("text, trigger, cameo, source, target", [
    ("Rebels looted the central bank in the capital.", "looted", "171", "REB", None),
    ("Militants set fire to homes in the village.", "set", "1712", "REB", None),
    ("Soldiers burned houses in three villages.", "burned", "1712", "MIL", None),
    ("The Thai government extended the curfew in Bangkok.", "extended", "1723", "THAGOV", None),
    ("The Sri Lankan government imposed a state of emergency on Sunday.", "imposed", "1724", "LKAGOV", None),
    ("Russia strengthened its forces near the Ukrainian border.", "strengthened", "154", "RUS", None),
    # an air force's strikes and drones' hits are aerial weapons (195, GUIDELINE conventions)
    ("The Israeli air force carried out strikes against Hezbollah in Lebanon.",
     "carried", "195", "ISRMIL", "LBNREB"),
    ("Ukrainian drones hit Russian positions near Bakhmut.", "hit", "195", "UKRMIL", "RUS"),
    ("The Ukrainian army destroyed three Russian tanks near Avdiivka.", "destroyed", "190", "UKRMIL", "RUSMIL"),
    ("Israeli troops raided a Hamas base in Gaza.", "raided", "190", "ISRMIL", None),
    ("Israeli soldiers wounded three Palestinians in Hebron.", "wounded", "190", "ISRMIL", "PSE"),
    ("The Russian army encircled the town.", "encircled", "191", "RUSMIL", None),
    ("The Russian army took over the town of Avdiivka.", "took", "192", "RUSMIL", None),
    ("Protesters burned the American flag outside the embassy in Tehran.", "burned", "140", "IRNCVL", None),  # a crowd acts where it is (acting_place.py)
    ("Demonstrators burned an effigy of the Indian prime minister.", "burned", "140", "CVL", "INDGOV"),
    ("Islamic State militants held 20,000 civilians as human shields in Raqqa.", "held", "181", "IMGISI", "SYRCVL"),
    ("Iraqi troops captured the Grand Mosque in Mosul.", "captured", "192", "IRQMIL", None),
    # 'bases' has the lemma 'basis'
    ("The rebels captured two military bases near Aleppo.", "captured", "192", "REB", None),
    # a military operation launched is coded on the verb, as one begun or continued (issue 14);
    # Kurdish militants placed in Syria, one of their people's countries, are Syria's (test_stateless_peoples.py)
    ("Turkey launched a military operation against Kurdish militants in northern Syria.", "launched", "190", "TUR", "SYRREB"),
    # an act noun carried out is coded on the support verb with the noun's code, as "carried out
    # attacks" (triggers-verbs.yaml "@act"; tests/test_support_verb_acts.py)
    ("The Nigerian army carried out operations against Boko Haram.", "carried", "190", "NGAMIL", "NGAREB"),
])
def test_material_conflict_verbs(nlp, text, trigger, cameo, source, target):
    check(nlp, text, trigger, cameo, source, target)


# -- light verbs of intensity and perpetration pass their subject to the event noun -------
@pytest.mark.parametrize("text, trigger, cameo, source", [
    ("Houthi rebels stepped up attacks on ships in the Red Sea.", "attacks", "190", "YEMREB"),
    ("The Russian army intensified its shelling of Kharkiv.", "shelling", "194", "RUSMIL"),
    ("The Syrian army committed a massacre in the village.", "massacre", "202", "SYRMIL"),
])
def test_light_verbs_give_the_noun_its_source(nlp, text, trigger, cameo, source):
    e = one(nlp, text, trigger)
    assert e.cameo == cameo and e.rule.startswith("noun:")
    assert code_of(e.source) == source


# -- negatives: polysemous words that must not code -----------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("The storm hit the coast on Tuesday.", "hit"),
    ("The company hit its sales target for the quarter.", "hit"),
    ("The negotiators called it a day.", "called"),
    ("Apple took over the startup last year.", "took"),
    ("The minister took over the position of party chairman.", "took"),
    ("The company launched an operation in Brazil.", "launched"),
    ("The government extended the deadline for applications.", "extended"),
    ("Farmers burned crop residue in their fields.", "burned"),
    ("The police fired the officer after the incident.", "fired"),
    ("The Ukrainian army defended the city against attacks.", "defended"),
    ("The minister marked the occasion with a speech.", "marked"),
    ("Army doctors carried out surgical operations on wounded civilians.", "operations"),
    ("The Turkish army launched a rescue operation after the earthquake.", "operation"),
    ("The president returned home on Monday.", "returned"),
    ("Iranian forces returned fire at the vessel.", "returned"),
    ("China opened a new factory in Hungary.", "opened"),
    ("The Indian health ministry opened a new hospital in Delhi.", "opened"),
    ("The president sent a letter to the UN Secretary-General.", "sent"),
    ("Brazil sent its national team to the World Cup.", "sent"),
    ("The Ukrainian president captured the public's imagination.", "captured"),
    ("China burned more coal last year.", "burned"),
    ("Soldiers burned calories during the march.", "burned"),
    ("The police held the men as suspects.", "held"),
    ("The parliament approved the budget.", "approved"),
    ("The Spanish government set a deadline of 2035 for phasing out petrol cars.", "set"),
    ("Workers stopped work on the new bridge.", "stopped"),
    # round 3: object- or xcomp-conditioned entries keep these out
    ("The club trained young players for the new season.", "trained"),
    ("The army trained its guns on the village.", "trained"),
    ("The firm distributed profits to shareholders.", "distributed"),
    ("The party distributed leaflets to voters.", "distributed"),
    ("The ministry allocated funds for new schools.", "allocated"),
    ("The president flew to Paris on Monday.", "flew"),
    ("The customer returned the goods to the shop.", "returned"),
    ("The government used the money as a deposit.", "used"),
    ("The rebels used schools as bases.", "used"),
    ("Russia is ready to fight NATO.", "ready"),
    ("She is willing to die for her country.", "willing"),
])
def test_polysemous_words_do_not_code(nlp, text, trigger):
    assert not [e for e in events(nlp, text) if e.trigger.lower() == trigger.lower()]


def test_court_declaring_a_law_void_is_no_emergency(nlp):
    assert not [e for e in events(nlp, "The court declared the law unconstitutional.") if e.cameo == "1724"]


def test_hosting_a_minister_stays_a_hosted_visit(nlp):
    e = one(nlp, "Turkey hosted the Ukrainian foreign minister on Monday.", "hosted")
    assert e.cameo == "043"


def test_declining_to_resign_rejects_a_leadership_change(nlp):
    e = one(nlp, "The Peruvian president declined to resign despite the protests.", "declined")
    assert e.cameo == "1231"
    assert code_of(e.source) == "PERGOV"


@pytest.mark.parametrize("text", [
    "Last week the White House released a summary of the phone call.",
    "The utility announced the schedule in a press release on Monday.",
])
def test_release_of_documents_is_no_return_or_release(nlp, text):
    art = code_article(text, date="2024-03-01", nlp=nlp)
    assert not [e for e in art.events if e.cameo.startswith("084")]


def test_pleaded_guilty_is_no_appeal(nlp):
    art = code_article("Senator John Miller pleaded guilty to fraud at the Superior Court.", date="2024-03-01", nlp=nlp)
    assert not [e for e in art.events if e.cameo.startswith("02")]
    art = code_article("Zelensky pleaded with NATO for more air defence.", date="2024-03-01", nlp=nlp)
    assert [e for e in art.events if e.cameo == "020" and (e.target or {}).get("code") == "IGONAT"]


def test_announced_release_and_resignation(nlp):
    art = code_article("Iran's Foreign Ministry announced the release of two Kuwaiti nationals.", date="2024-03-01", nlp=nlp)
    assert [(e.cameo, (e.target or {}).get("country")) for e in art.events] == [("084", "KWT")]
    art = code_article("The Kenyan prime minister announced his resignation on Monday.", date="2024-03-01", nlp=nlp)
    assert [e.cameo for e in art.events] == ["0831"]


# -- round 3: hopes, readiness, aid handed out, training, disarmament, human shields ------
@pytest.mark.parametrize("text, trigger, cameo, source, target", [
    # "said it hoped": optimistic comment (the lemmatizer gives 'hop' for 'hoped')
    ("Hungary said it hoped the talks would succeed.", "hoped", "013", "HUN", None),
    ("Tehran hopes the sanctions will be lifted soon.", "hopes", "013", "IRNGOV", None),
    # "is ready/willing to help": intent to cooperate, subcode from the complement
    ("Iran is ready to help Iraq.", "ready", "030", "IRN", None),
    ("The United Nations is willing to send more resources to Colombia.", "willing", "033", "IGOUNO", None),
    ("Germany is ready to talk with France.", "ready", "036", "DEU", None),
    ("Turkey is willing to mediate between the two sides.", "willing", "039", "TUR", None),
    ("Hamas accepted a formula to end the crisis.", "accepted", "030", "PSEREB", None),
    # training foreign forces: military cooperation
    ("Britain trained Ukrainian soldiers last year.", "trained", "062", "GBR", "UKRMIL"),
    ("The US military trains Iraqi pilots.", "trains", "062", "USAMIL", None),
    # aid handed out or flown in
    ("Israel Defense Forces distributed food and medicine to refugees.", "distributed", "073", "ISRMIL", None),
    ("Turkey flew humanitarian aid into Gaza on Tuesday.", "flew", "073", "TUR", None),
    ("The European Union allocated humanitarian aid to Yemen.", "allocated", "073", "IGOEUR", "YEM"),
    # weapons handed back: disarmament
    ("The rebels returned their weapons to the army.", "returned", "0873", "REB", None),
    # civilians used as human shields: hostage-taking
    ("Hezbollah used Lebanese civilians as human shields.", "used", "181", "LBNREB", None),
])
def test_round3_phrasing(nlp, text, trigger, cameo, source, target):
    check(nlp, text, trigger, cameo, source, target)
