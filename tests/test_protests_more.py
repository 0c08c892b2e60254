"""Protests and protesters' demands in shapes other than "X protested" (issue 14,
events/protests.py): the "by V-ing" manner clause, a crowd given as an estimate, a relative
clause on a counted crowd, demand nouns with an "of" phrase or a sentence-opening "Their",
protesters' demands aimed at their own government; each beside a negative (a passive
participle, a parade, a protest of innocence, a demand by a state, a "Their" of non-protesters).
Sentences are invented."""

from __future__ import annotations

from tests.event_rows import DAY, PERU, dyad
from tests.event_rows import events_in_peru as events


# -- "by V-ing": how they protested, not who did it --------------------------------------------
def test_protested_by_banging_is_the_report(code):
    (e,) = events(code, "Peruvian senators protested by banging on their desks during the debate.", "protested")
    assert e.cameo_root == "14" and dyad(e) == ("PER", "PERGOV")


def test_a_passive_participle_with_a_by_agent_is_background(code):
    assert not events(code, "The decree protested by the unions was signed on Monday.", "protested")


# -- a crowd given as an estimate ------------------------------------------------------------
def test_what_organisers_estimated_at_a_crowd_marched(code):
    (e,) = events(code, "On Sunday, what organisers estimated at 30,000 Peruvians marched through Lima.", "marched")
    assert e.cameo_root == "14" and dyad(e) == ("PER", "PERGOV")


def test_marching_in_a_parade_is_no_protest(code):
    assert not events(code, "Soldiers marched through Lima during the parade.", "marched")


# -- not a demonstration: a claim of innocence ---------------------------------------------------
def test_protested_that_he_was_innocent_is_no_demonstration(code):
    assert not events(code, "The former mayor protested that he was innocent.", "protested")


def test_a_protest_of_innocence_is_no_demonstration(code):
    assert not events(code, "The court rejected his protest of innocence.", "protest")


def test_a_crowd_protesting_still_is(code):
    (e,) = events(code, "Thousands of Peruvians protested in Lima on Sunday.", "protested")
    assert e.cameo_root == "14" and dyad(e) == ("PER", "PERGOV")


# -- a relative clause on a counted crowd -------------------------------------------------------
def test_protesters_numbering_in_thousands_who_filled_the_streets(code):
    text = "The reform was one of the demands of the protesters, numbering in the thousands, who have filled the streets of Lima since June."
    (e,) = events(code, text, "filled")
    assert e.cameo_root == "14" and dyad(e) == ("PER", "PERGOV")


def test_fans_filling_a_stadium_are_no_protest(code):
    text = "The fans, numbering in the thousands, who have filled the stadium since noon, cheered."
    assert not events(code, text, "filled")


# -- demand nouns ------------------------------------------------------------------------
def test_the_demands_of_the_protesters_are_on_their_government(code):
    (e,) = events(code, "The reform was one of the four demands of the protesters in Lima.", "demands")
    assert e.cameo_root == "10" and dyad(e) == ("PER", "PERGOV")


def test_the_demands_of_a_state_name_no_government_of_the_setting(code):
    (e,) = events(code, "The reform was one of the four demands of the United States.", "demands")
    assert e.source["country"] == "USA" and e.target is None


def test_their_demands_after_a_protesters_sentence(code):
    text = "Protesters have blocked roads across Peru for weeks. Their demands have included dissolving Congress."
    (e,) = events(code, text, "demands")
    assert e.cameo_root == "10" and dyad(e) == ("PER", "PERGOV")


def test_their_demands_after_a_sentence_about_ministers(code):
    text = "The ministers met in Lima on Monday. Their demands have included dissolving Congress."
    assert not events(code, text, "demands")


def test_a_ministers_demand_names_no_own_government(code):
    (e,) = events(code, "Peru's foreign minister demanded an apology.", "demanded")
    assert e.target is None


# -- "met with protests": the place of the verb, protesters of its country -----------------------
def test_met_with_protests_in_a_city(code):
    (e,) = events(code, "In Cusco the anniversary was met with protests.", "protests")
    assert e.cameo_root == "14" and dyad(e) == ("PER", "PERGOV") and e.location["text"] == "Cusco"


def test_met_with_applause_is_no_protest(code):
    c = code(PERU + "In Cusco the minister was met with applause.", DAY)
    assert not [e for e in c.events if e.cameo_root == "14"]


# -- protesters no actor stands for: of the setting's country -----------------------------------
def test_protesters_demanded_new_elections(code):
    (e,) = events(code, "Protesters demanded new elections.", "demanded")
    assert e.cameo_root == "10" and dyad(e) == ("PER", "PERGOV")


def test_demands_a_verb_answers_are_the_askers_and_the_answer_is_aimed_at_them(code):
    """The rejection is coded on its verb, aimed at the protesters; their demand is their own act,
    aimed at the government that answers it (events/noun_doers.py), not a second reading of the
    verb."""
    c = code(PERU + "The government rejected the demands of the protesters.", DAY)
    got = {(e.trigger.lower(), e.cameo_root, (e.source or {}).get("code"), (e.target or {}).get("code")) for e in c.events}
    assert got == {("rejected", "12", "PERGOV", "PERCVL"), ("demands", "10", "PERCVL", "PERGOV")}
