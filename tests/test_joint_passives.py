"""Joint acts told in the passive (events/reciprocal.py joint_parties, events.yaml joint_act_reports,
joint_documents): "talks between X and Y were held", "a pact between X and Y was signed" is
each party's act on the other, as "X and Y held talks" is; a mediator's verb, a single named
party, unnamed sides or a noun that is no joint act code nothing so. Sentences are invented;
each positive has a negative beside it."""

from __future__ import annotations

from tests.event_rows import acts, coded


def test_talks_held_between_two_parties_are_each_ones_act_on_the_other(code):
    assert sorted(acts(code, "Talks between Chad and Niger were held in Geneva on Thursday.")) == [
        ("040", "NER", "TCD"),
        ("040", "TCD", "NER"),
    ]
    # "between" on the verb
    assert sorted(acts(code, "Consultations were held between Chad and Niger in Geneva.")) == [
        ("040", "NER", "TCD"),
        ("040", "TCD", "NER"),
    ]
    # the same act said actively is coded the same way
    assert sorted(acts(code, "Chad and Niger held talks in Geneva on Thursday.")) == [
        ("040", "NER", "TCD"),
        ("040", "TCD", "NER"),
    ]


def test_modality_follows_the_verb(code):
    rows = coded(code, "Talks between Chad and Niger were not held on Thursday.")
    assert sorted((r[1], r[2], r[3], r[4]) for r in rows) == [
        ("040", "NER", "TCD", "negated"),
        ("040", "TCD", "NER", "negated"),
    ]


def test_an_agreement_signed_between_two_parties(code):
    assert sorted(acts(code, "A trade pact between Chile and Peru was signed in Lima on Friday.")) == [
        ("057", "CHL", "PER"),
        ("057", "PER", "CHL"),
    ]


def test_no_joint_act_without_two_named_parties_or_by_a_third_side(code):
    # the sides unnamed; one party and people who are no actor
    assert acts(code, "Talks between the two sides were held in Niamey on Thursday.") == []
    assert acts(code, "Talks between Chad and its neighbours were held in Geneva on Thursday.") == []
    # not a joint act: the thing between them was only discussed; a game is no talks
    assert acts(code, "Differences between Chad and Niger were discussed on Thursday.") == []
    assert acts(code, "A football match between Chad and Niger was held in Niamey.") == []
    # a third side's verb: brokered or cancelled, not done by the parties
    assert acts(code, "A ceasefire between Chad and Niger was brokered on Thursday.") == []
    assert acts(code, "Talks between Chad and Niger were cancelled on Thursday.") == []
    # held, not by a joint act's parties: elections in two countries
    assert acts(code, "Elections were held in Chad and Niger on Sunday.") == []


def test_a_prisoner_exchange_between_two_parties_frees_each_ones_captives(code):
    # triggers-nouns.yaml: "exchange" with a captive modifier (0841), mutual as the verb is
    assert sorted(acts(code, "A prisoner exchange between Chad and Niger took place on Sunday.")) == [
        ("0841", "NER", "TCD"),
        ("0841", "TCD", "NER"),
    ]
    rows = coded(code, "A hostage exchange between Chad and Niger will take place next week.")
    assert sorted((r[1], r[2], r[3], r[4]) for r in rows) == [
        ("0841", "NER", "TCD", "planned"),
        ("0841", "TCD", "NER", "planned"),
    ]
    # no captives: an exchange of fire or of views is no release
    assert acts(code, "An exchange of views between Chad and Niger took place on Sunday.") == []
