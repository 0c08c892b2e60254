"""Disaster aid and epidemic measures, from two invented whole articles (an earthquake in
Pakistan with foreign rescue teams; an Ebola outbreak in Uganda with border closures), each rule
tried on further invented sentences in other words and countries, with negatives beside them:

- a possessive country before a KB state office named for another country ("Pakistan's Foreign
  Office": actors/entities.py `_other_states_office`);
- a disaster the parser took for the object of "after" is still the doer of its clause's harm
  (events/hazards.py `_subject_taken_for_object`), and a dateline's city is no second subject;
- a high commissioner (a Commonwealth ambassador) summoned, recalled or expelled
  (triggers-verbs.yaml);
- a person named with a purged title ("sacked Health Minister X": matching.py `_titled`);
- "to help X do": X is the aid's target (participants.py);
- "doses" (lemmas.yaml, a plural under verb_tags NNS) as an aid object;
- a closed border or halted flights bar traffic, not the state's own people (own_people.yaml
  named_only); a state suspending flights to another country (172, then 163);
- a rescue or medical team sent, flown, dispatched, or arriving somewhere is humanitarian aid
  (events.yaml aid_teams; events/aid_teams.py), and a band "from A and B" is each member's;
- an offer of condolences (a statement, CAMEO 01) is no offer a later "declined the offer"
  answers (earlier.py); a reaction in a relative clause on an act noun is aimed at its doer;
- sympathy for victims placed only by the sympathiser's own sentence is for the story's
  country (events/condolences.py `mourned_abroad`).

All sentences are invented."""

from __future__ import annotations

from tests.event_rows import acts


def test_a_possessive_country_owns_an_office_named_like_anothers(code):
    assert acts(code, "Pakistan's Foreign Office declined the offer on Wednesday.") == [("120", "PAKGOV", None)]
    assert acts(code, "Kenya's State Department condemned the attack.") == [("111", "KENGOV", None)]
    # the KB's own country, said or not, keeps the KB body
    assert acts(code, "Britain's Foreign Office condemned the attack.") == [("111", "GBRGOV", None)]
    assert acts(code, "The Foreign Office condemned the attack.") == [("111", "GBRGOV", None)]


def test_a_disaster_after_a_preposition_kills_no_one_for_the_sentence_subject(code):
    assert acts(
        code,
        "In 2005, India sent relief supplies to Pakistan after an earthquake in Kashmir killed more than 73,000 people.",
    ) == [("073", "IND", "PAK")]
    assert acts(code, "Turkey sent aid to Syria after a flood in Idlib killed 40 people.") == [("070", "TUR", "SYR")]
    # an armed doer there is still one
    assert ("190", "REB", "MIL") in acts(code, "The army withdrew from the town after militants killed 12 soldiers.")
    # a dateline's city the parser made a second subject is not the quake's doer
    assert (
        acts(code, "ISLAMABAD, November 12, 2025 -- An earthquake killed 1,200 people in northern Pakistan on Monday.")
        == []
    )


def test_a_high_commissioner_is_an_ambassador(code):
    assert acts(code, "Uganda's foreign ministry summoned Kenya's high commissioner on Thursday.") == [
        ("114", "UGAGOV", "KEN")
    ]
    assert acts(code, "Nigeria summoned the British High Commissioner over the remarks.") == [("114", "NGA", "GBR")]
    assert acts(code, "India recalled its high commissioner from Islamabad.") == [("161", "IND", "PAK")]
    # a police commissioner is no envoy
    assert acts(code, "The mayor summoned the police commissioner to explain the shooting.") == []


def test_a_minister_named_with_the_title_is_sacked(code):
    assert acts(code, "Kenya's president fired Interior Minister Peter Mwangi after the riots.") == [
        ("172", "KENGOV", "KEN")
    ]
    assert [a[0] for a in acts(code, "The president sacked Defence Minister John Okoth on Monday.")] == ["172"]
    assert acts(code, "Health Minister Grace Namara visited the hospital.") == []


def test_the_one_aid_helps_is_its_target(code):
    assert acts(code, "China pledged $5 million to help Uganda fight the outbreak.") == [("033", "CHN", "UGA")]
    assert acts(code, "Japan pledged 10 million dollars to help Nepal rebuild schools.") == [("030", "JPN", "NPL")]
    assert acts(code, "Germany donated 2 million euros to help Mozambique recover from the cyclone.") == [
        ("071", "DEU", "MOZ")
    ]


def test_vaccine_doses_are_aid(code):
    assert acts(code, "India shipped 30,000 doses to Bangladesh.") == [("073", "IND", "BGD")]
    # a doctor giving a patient a dose is care, not aid between actors
    assert acts(code, "The doctor gave the patient two doses of morphine.") == []


def test_borders_and_flights_closed_bar_traffic_not_the_own_people(code):
    assert acts(code, "Peru shut its border on Monday.") == [("172", "PER", None)]
    assert acts(code, "Iran shut down the internet on Monday.") == [("1721", "IRN", "IRN")]
    assert acts(code, "Kuwait suspended flights to Iran over the outbreak.") == [("163", "KWT", "IRN")]
    assert acts(code, "Rwanda's government suspended all flights to and from Uganda on Wednesday.") == [
        ("163", "RWAGOV", "UGA")
    ]
    assert acts(code, "China halted flights from Italy.") == [("163", "CHN", "ITA")]
    # an airline's suspension is no state's act
    assert acts(code, "Emirates suspended flights to Kabul on Monday.") == []


def test_rescue_and_medical_teams_are_humanitarian_aid(code):
    assert acts(code, "Rescue teams from Turkey and China arrived in northern Pakistan on Wednesday.") == [
        ("073", "TUR", "PAK"),
        ("073", "CHN", "PAK"),
    ]
    assert acts(code, "Chinese rescuers arrived in Kathmandu on Monday.") == [("073", "CHN", "NPL")]
    assert acts(code, "Japan sent a medical team to Turkey after the earthquake.") == [("073", "JPN", "TUR")]
    assert acts(code, "Algeria dispatched rescuers to Morocco.") == [("073", "DZA", "MAR")]
    assert acts(code, "Spain flew a search-and-rescue team to Ecuador.") == [("073", "ESP", "ECU")]
    # no sender named, or a team of no aid
    assert acts(code, "Rescue teams arrived in the flooded village on Monday.") == []
    assert acts(code, "The Brazilian football team arrived in Doha.") == []


def test_an_offer_of_condolences_is_not_the_offer_declined(code):
    found = acts(
        code,
        "Kenya's president offered his condolences. Japan offered to send rescuers to Nepal. Nepal declined the offer.",
    )
    assert ("120", "NPL", "JPN") in found
    assert not any(a[0].startswith("12") and a[2] == "KEN" for a in found)


def test_a_reaction_in_a_relative_clause_is_aimed_at_the_act_it_names(code):
    found = acts(
        code,
        "Kenya on Thursday closed its border with Uganda. Uganda's foreign ministry summoned Kenya's high "
        'commissioner in Kampala on Thursday over the closure, which it called "hasty and unjustified".',
    )
    assert ("111", "UGAGOV", "KEN") in found
    found = acts(
        code, "Israel carried out airstrikes on Gaza. Egypt condemned the strikes, which it called a grave violation."
    )
    assert found.count(("111", "EGY", "ISR")) == 2


def test_sympathy_for_victims_of_the_story(code):
    found = acts(
        code,
        "ISLAMABAD, November 12, 2025 -- An earthquake killed 1,200 people in northern Pakistan on Monday.  "
        "India's prime minister expressed condolences to the families of the victims on Monday night.",
    )
    assert found == [("018", "INDGOV", "PAK")]
