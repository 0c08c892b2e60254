"""Who does the act of a complement clause: a past participle completing a verb of causing
("had the envoy expelled": the haver's act, the envoy acted on), of perceiving or wanting
("saw the protesters arrested": no doer named), and the control verbs whose subject or object
does an infinitive (events/causatives.py, events.yaml causative_verbs, unnamed_doer_verbs,
subject_control). Invented sentences, each with a negative."""

from __future__ import annotations

from tests.event_rows import coded


def _on(code, text: str, trigger: str):
    return [(c, s, t, m) for w, c, s, t, m in coded(code, text) if w == trigger]


def test_had_the_object_expelled_is_the_havers_act_on_the_object(code):
    got = _on(code, "The French government had the Iranian diplomat expelled on Monday.", "expelled")
    assert got == [("161", "FRAGOV", "IRNGOV", "actual")]


def test_had_the_object_freed_either_parse_is_the_havers_act(code):
    # the parser makes the object the participle's subject here, the participle's noun above
    assert _on(code, "The Chinese government had the Uighur activists arrested.", "arrested") == [
        ("173", "CHNGOV", "CHNOPP", "actual")
    ]
    assert _on(code, "Russia had the Ukrainian sailors released on Friday.", "released") == [
        ("0841", "RUS", "UKR", "actual")
    ]


def test_the_object_of_have_is_never_the_doer(code):
    got = _on(code, "The Russian president had his opponent jailed.", "jailed")
    assert all(s != "RUSOPP" for _, s, _, _ in got)


def test_a_by_phrase_names_the_doer_and_a_tried_causative_is_not_done(code):
    text = "The families of the detainees tried to have the journalist released by the Iranian government."
    assert _on(code, text, "released") == [("0841", "IRNGOV", "IRNMED", "hypothetical")]


def test_what_befell_the_subject_is_no_act_of_the_subject(code):
    # "had his passport confiscated": the passport was taken from him, by someone unnamed
    got = _on(code, "The Iranian minister got his passport confiscated in Turkey.", "confiscated")
    assert all(s != "IRNGOV" for _, s, _, _ in got)
    assert _on(code, "The Kenyan minister had his car stolen in Nairobi on Monday.", "stolen") == []


def test_saw_the_object_arrested_keeps_the_unnamed_or_named_arrester(code):
    got = _on(code, "Opposition leaders in Kenya saw the protesters arrested by police on Monday.", "arrested")
    assert got == [("173", "KENCOP", "KENCVL", "actual")]
    got = _on(code, "Witnesses saw the opposition leader attacked by soldiers in Harare.", "attacked")
    assert [(c, s) for c, s, _, _ in got] == [("190", "MIL")]


def test_wanted_the_object_arrested_is_no_act_of_the_object_nor_the_wisher(code):
    got = _on(code, "Indian activists wanted the minister arrested.", "arrested")
    assert got == [("173", "INDCOP", "INDGOV", "hypothetical")]


def test_a_past_perfect_had_is_no_causative(code):
    got = _on(code, "The Kenyan police had arrested the opposition leader on Monday.", "arrested")
    assert got == [("173", "KENCOP", "KENOPP", "actual")]


def test_object_control_the_object_does_the_infinitive(code):
    got = _on(code, "The European Union persuaded Iran to release the French prisoners.", "release")
    assert [(c, s, t) for c, s, t, _ in got] == [("0841", "IRN", "FRA")]
    got = _on(code, "The court ordered the police to release the Pakistani journalist.", "release")
    assert [(c, s, t) for c, s, t, _ in got] == [("0841", "PAKCOP", "PAKMED")]


def test_subject_control_the_subject_does_the_infinitive(code):
    assert _on(code, "Iran promised France to release the prisoners.", "release") == [("0841", "IRN", None, "planned")]
    got = _on(code, "The Syrian government refused to release the detainees.", "release")
    assert got == [("0841", "SYRGOV", None, "negated")]


def test_the_purpose_of_a_call_or_visit_is_the_callers_act(code):
    # "telephoned X to urge": the caller urges (the object is whom he called, not the doer)
    got = _on(code, "The Japanese prime minister telephoned the Indian prime minister to urge restraint.", "urge")
    assert [s for _, s, _, _ in got] == ["JPNGOV"]
    got = _on(code, "The Turkish president visited Baghdad to pledge more aid.", "pledge")
    assert [s for _, s, _, _ in got] == ["TURGOV"]
    # a verb of persuading keeps its object as the doer of what it brings about
    got = _on(code, "The Japanese prime minister persuaded India to release the Japanese prisoners.", "release")
    assert [s for _, s, _, _ in got] == ["IND"]


def test_passive_control_the_passive_subject_does_the_infinitive(code):
    got = _on(code, "The Russian army was ordered to withdraw from the Ukrainian town.", "withdraw")
    assert [(c, s) for c, s, _, _ in got] == [("0874", "RUSMIL")]


def test_got_the_object_to_act_is_the_objects_act_even_parsed_as_a_purpose(code):
    # the parser hangs "to release" on "got" as a clause of purpose: still got's complement
    got = _on(code, "The US got Turkey to release the American pastor.", "release")
    assert [(c, s) for c, s, _, _ in got] == [("084", "TUR")]


def test_a_purpose_clause_of_another_verb_keeps_its_subjects_doer(code):
    got = _on(code, "The United States sent warships to attack the Houthi rebels.", "attack")
    assert [(c, s) for c, s, _, _ in got] == [("190", "USA")]
    got = _on(code, "The Iraqi army deployed troops to recapture Mosul.", "recapture")
    assert [(c, s) for c, s, _, _ in got] == [("192", "IRQMIL")]


def test_a_present_have_with_a_participle_is_a_state_not_an_act(code):
    assert _on(code, "The United States has about 5,000 troops deployed in Iraq.", "deployed") == []
    assert _on(code, "Russia has warships stationed in the Syrian port of Tartus.", "stationed") == []
    # the past tense is the causative: the president's act
    got = _on(code, "The Brazilian president had the army deployed to the border.", "deployed")
    assert [(c, s) for c, s, _, _ in got] == [("154", "BRAGOV")]
