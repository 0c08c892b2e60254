"""The "of" phrase of a noun of a transitive act is the one acted on, not its doer ("the killing
of a diplomat", "the murder of a journalist": noun_doers.of_acted_on): with no possessor, "by"
phrase or light verb's subject the act of force has no named doer and is coded with no source;
a noun of an intransitive act keeps its "of" phrase as the doer. Invented sentences, each with a
negative."""

from __future__ import annotations

from tests.event_rows import acts


def _on(code, text, root):
    return [(c, s, t) for c, s, t in acts(code, text) if c.startswith(root)]


def test_the_killing_of_a_diplomat_is_an_unnamed_doers_act_on_him(code):
    got = _on(code, "The killing of a French diplomat in Lagos on Monday shocked residents.", "19")
    assert got == [("190", None, "FRA")]


def test_the_murder_of_a_journalist_names_no_doer(code):
    got = _on(code, "The murder of a Mexican journalist in Tijuana sparked protests.", "18")
    assert got == [("1823", None, "MEX")]


def test_a_by_phrase_is_the_doer_and_the_of_phrase_the_one_acted_on(code):
    got = _on(code, "The killing of a French diplomat by Nigerian soldiers sparked outrage.", "19")
    assert got == [("190", "NGAMIL", "FRA")]
    got = _on(code, "The murder of a Mexican journalist by a drug cartel sparked protests.", "18")
    assert got == [("1823", "MEXCRM", "MEX")]


def test_a_possessor_is_the_doer(code):
    got = _on(code, "Turkey's shelling of Syrian villages was condemned on Monday.", "19")
    assert got == [("194", "TURMIL", "SYR")]


def test_the_release_of_prisoners_by_a_state_is_the_states_act_on_them(code):
    got = _on(code, "The release of prisoners by Iran was welcomed by the United Nations.", "08")
    assert [(c, s) for c, s, _ in got] == [("084", "IRN")]


def test_an_intransitive_act_keeps_its_of_phrase_as_the_doer(code):
    assert _on(code, "The visit of the Pope to Kenya ended on Monday.", "04") == [("042", "VATREL", "KEN")]
    got = _on(code, "The protest of Kenyan farmers in Nairobi ended on Monday.", "14")
    assert [(c, s) for c, s, _ in got] == [("141", "KENCVL")]


def test_an_attack_of_rebels_on_a_base_is_the_rebels_act(code):
    # "attack" takes its target from "on": its "of" phrase is the doer, never left unnamed
    got = _on(code, "The attack of Somali militants on a Kenyan army base killed five soldiers.", "19")
    assert got and all(s == "SOMREB" for _, s, _ in got)


def test_killed_in_the_bombing_of_a_base_is_an_unnamed_bombers_act(code):
    # the verb of harm codes the act noun's act; its "of" phrase names what was hit, not who hit it
    got = _on(code, "Two Kenyan soldiers were killed in the bombing of a Kenyan army base in Somalia.", "18")
    assert got == [("183", None, "KEN")]


def test_a_light_verbs_subject_is_the_doer(code):
    got = acts(code, "Nigerian soldiers carried out the killing of a French diplomat on Monday.")
    assert got and all(s == "NGAMIL" and t == "FRA" for _, s, t in got)


def test_an_act_of_holding_ground_of_a_country_names_no_unknown_attacker(code):
    # an invasion, occupation or blockade is a state's (events.yaml held_ground_codes): its "of"
    # phrase is the land it was done to, and with no doer named it is not coded with no source
    assert _on(code, "The sanctions were imposed on Iraq after the invasion of Kuwait in 1990.", "19") == []
    assert _on(code, "The blockade of Qatar began in 2017.", "19") == []
    # the invader named: its act on the country
    got = _on(code, "Iraq's invasion of Kuwait in 1990 was condemned by the United Nations.", "19")
    assert got == [("192", "IRQ", "KWT")]
