"""Verbs the small parser misread, mended before the events stage (events/misparsed_verbs.py): a
sentence's only verb hung as an adjective of its object, and a verb with a hyphenated prefix
split into three words. Invented sentences, each with a negative."""

from __future__ import annotations

from tests.event_rows import acts, coded


def test_only_verb_read_as_adjective_of_its_object_is_the_verb(code):
    # "relinquished" / "ceded" parsed as an amod of the root "control", "the French" its sibling
    assert ("080", "FRA", "TUN") in acts(code, "The French relinquished control of the port to Tunisia in 1963.")
    assert ("080", "GBR", "KEN") in acts(code, "In 1963, the British ceded control of the colony to Kenya.")


def test_participle_before_a_noun_in_a_sentence_with_a_verb_stays_an_adjective(code):
    assert [r for r in acts(code, "The relinquished territory was returned to Egypt on Monday.") if r[0] == "080"] == []
    got = acts(code, "The Israeli occupied territories remained calm on Monday.")
    assert [r for r in got if r[0].startswith("19")] == []


def test_co_prefixed_verb_split_by_the_hyphen_is_the_verb(code):
    got = coded(code, "Senator Mary Okafor co-sponsored the president's bill with two Democrats on Monday.")
    assert [(t, c) for t, c, *_ in got] == [("sponsored", "051")]
    got = coded(code, "The president's resolution was co-sponsored by Senator Mary Okafor on Monday.")
    assert [(t, c) for t, c, *_ in got] == [("sponsored", "051")]


def test_co_sponsored_bill_as_a_modifier_is_no_act(code):
    got = coded(code, "A co-sponsored bill was debated in the Senate on Monday.")
    assert [r for r in got if r[1] == "051"] == []


def test_re_and_co_prefixed_verbs_are_the_verb_with_its_subject(code):
    assert ("081", "KEN", "SOM") in acts(code, "Kenya re-opened its border with Somalia on Monday.")
    assert ("043", "FRA", "DEU") in acts(code, "France co-hosted the summit with Germany on Monday.")


def test_past_form_opening_the_object_after_a_verbless_subject_is_the_verb(code):
    # "captured" hung as an amod of "villages", itself an apposition inside the subject
    got = acts(code, "Militants led by Omar Haji, captured villages in the Gedo region.")
    assert [r[:2] for r in got if r[0] == "192"] == [("192", "REB")]


def test_have_before_a_participle_of_its_object_is_the_perfect(code):
    # "targeted" hung as an amod of "fishermen", the object of "had"
    text = "The ambush had targeted fishermen and cattle herders from Ethiopia's Nyangatom community, who are normally armed in that region, he said."
    assert [r[0] for r in acts(code, text)] == ["190"]


def test_have_with_adjectives_of_its_object_stays_possession(code):
    assert acts(code, "The town had damaged roads and destroyed bridges after the storm.") == []


def test_noun_coordinated_with_a_finite_verb_is_a_verb(code):
    # "hit" tagged a root noun, "bomb" its compound, "wrecked" its conjunct
    got = coded(code, "On Thursday, a bomb hit and wrecked some school buses in a car park in northern Kabul.")
    assert [t for t, *_ in got] == ["hit"]
    # and its subject hung as a compound of the verb: "mortar"
    got = acts(code, "On Sunday, a mortar hit and destroyed some market stalls in a square in central Mosul.")
    assert [r[0] for r in got] == ["194"]


def test_counter_prefixed_attack_is_an_attack_by_its_subject(code):
    assert ("190", "MIL", None) in acts(code, "Government troops counter-attacked the rebel positions on Sunday.")
    assert [r for r in acts(code, "The rebels counter-attacked near the airport on Sunday.") if r[0] == "190"] == [
        ("190", "REB", None)
    ]


def test_past_form_after_a_participle_or_time_word_of_a_verbless_subject_is_the_verb(code):
    # "shot" hung as a clause of "motorcycles", the object of "riding"; "protested" of "women"
    got = coded(code, "Taliban insurgents riding motorcycles shot at the soldiers.")
    assert [(t, c) for t, c, *_ in got] == [("shot", "193")]
    got = coded(code, "Some 50 women today protested in Banja Luka.")
    assert [(t, c) for t, c, *_ in got] == [("protested", "141")]


def test_reduced_relative_after_a_verbless_subject_stays_a_modifier(code):
    # no object, no "at", no time word: "killed in a raid" describes the militants
    got = coded(code, "Militants riding motorcycles killed in a raid in Kandahar.")
    assert [r for r in got if r[0] == "killed"] == []


def test_noun_heading_a_clause_with_its_own_subject_is_a_present_verb(code):
    # "target" tagged a noun, yet the parser gave it a subject and an object in a "while" clause
    text = "While the Turkish Armed Forces target Kafr Hamra, rebel forces are shelling the nearby town of Khan Touman."
    assert ("target", "190", "TURMIL") in [(t, c, s) for t, c, s, *_ in coded(code, text)]


def test_noun_with_its_own_article_stays_a_noun(code):
    got = coded(code, "Officials said the main target was the airport in Kabul.")
    assert [r for r in got if r[0] == "target"] == []


def test_past_tense_hung_on_the_name_after_it_is_the_verb(code):
    # "captured" (VBD) hung as an adjective of "Srebrenica", an apposition of the root "forces"
    text = (
        "Ethiopian armed forces midday Saturday captured Srebrenica, the one-time stronghold of the rebels,"
        " and set their flag flying over the fortress."
    )
    assert [(t, s) for t, _, s, *_ in coded(code, text) if t == "captured"] == [("captured", "ETHMIL")]


def test_past_participle_before_a_noun_stays_an_adjective(code):
    got = coded(code, "The captured Knin fortress was returned to Serbia on Monday.")
    assert [r for r in got if r[0] == "captured"] == []


def test_past_form_after_the_participles_phrase_opens_the_clause(code):
    # "attacked" hung as an adjective of "mourners", the object of "numbering" after "about 20"
    got = coded(code, "Fulani herdsmen numbering about 20 attacked mourners and killed four people.")
    assert [t for t, c, s, *_ in got if s == "AGR"] == ["attacked", "killed"]


def test_participle_before_the_noun_of_a_listed_object_stays_an_adjective(code):
    got = coded(code, "Rebels riding stolen trucks and captured tanks.")
    assert [r for r in got if r[0] == "captured"] == []
