"""The doer of an act of speaking or asking named by a noun, given by its "of" or "from" phrase
(a subjective genitive: "the request of the prime minister"), and such a noun answered by a verb
of responding as an act of its own (coding/events/noun_doers.py, noun_doers.yaml). Invented
sentences, each beside a negative: an objective genitive ("the arrest of the minister", "the
release of prisoners", "the killing of X", "the election of X") keeps naming the one acted on."""

from __future__ import annotations

DAY = "2023-10-16"  # a Monday


def rows(code, text: str) -> set[tuple[str | None, str | None, str, str]]:
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return {((e.source or {}).get("code"), (e.target or {}).get("code"), e.cameo, e.modality) for e in c.events}


def by_code(got, prefix: str):
    return {r for r in got if r[2].startswith(prefix)}


# -- rule 1: the "of" / "from" phrase of a speech or asking noun is its doer ------------------


def test_a_demand_of_actors_is_theirs_and_aimed_at_who_rejects_it(code):
    got = rows(code, "The Chilean government rejected the demands of the Chilean protesters on Tuesday.")
    assert any(s == "CHLCVL" for s, *_ in by_code(got, "10")), got
    assert all(t == "CHLGOV" for _, t, _, _ in by_code(got, "10"))


def test_the_release_of_prisoners_names_no_asker(code):
    got = rows(code, "The Chilean government refused the release of the Chilean protesters on Tuesday.")
    assert not by_code(got, "10") and not by_code(got, "02")


def test_an_appeal_from_an_organisation_is_its_own(code):
    got = rows(code, "The rebels ignored an appeal from the International Committee of the Red Cross.")
    assert any(s == "NGOIRC" and c.startswith("02") for s, _, c, _ in got), got


def test_an_appeal_from_a_place_names_no_speaker(code):
    got = rows(code, "The rebels ignored an appeal from last week.")
    assert not by_code(got, "02")


def test_the_invitation_of_a_president_is_his_and_aimed_at_the_guest(code):
    got = rows(code, "Narendra Modi arrived in Paris at the invitation of Emmanuel Macron on Monday.")
    assert ("FRAGOV", "INDGOV", "036", "actual") in got, got


def test_an_invitation_that_only_says_why_troops_are_there_is_no_act(code):
    got = rows(code, "Indian troops are in Mali at the invitation of the Malian government.")
    assert not by_code(got, "03"), got


def test_the_arrest_of_a_minister_is_done_to_him(code):
    got = rows(code, "Narendra Modi condemned the arrest of Emmanuel Macron on Monday.")
    assert not any(s == "FRAGOV" for s, *_ in got), got


def test_a_warning_of_the_un_is_its_own(code):
    got = rows(code, "The Somali government heeded the warning of the United Nations on Monday.")
    assert ("IGOUNO", "SOMGOV", "130", "actual") in got, got


def test_the_killing_of_a_leader_is_no_act_of_his(code):
    got = rows(code, "The Somali government mourned the killing of the United Nations envoy on Monday.")
    assert not any(s and s.startswith("IGOUNO") for s, *_ in got), got


def test_a_demand_of_what_is_no_actor_has_no_doer(code):
    got = rows(code, "The Somali government rejected the demands of the harsh season on Monday.")
    assert not by_code(got, "10")


def test_criticism_of_a_government_is_aimed_at_it_not_by_it(code):
    got = rows(code, "Opposition leaders echoed the criticism of the Kenyan government on Monday.")
    assert not any(s == "KENGOV" for s, *_ in got), got


# -- rule 2: an asking noun answered by a verb of responding is an act of its own -------------


def test_a_request_answered_is_an_actual_request_even_when_the_answer_is_planned(code):
    got = rows(code, "The army will comply with the request of the Kenyan president.")
    assert ("KENGOV", "KENMIL", "020", "actual") in got or any(
        s == "KENGOV" and c == "020" and m == "actual" for s, _, c, m in got
    ), got


def test_a_request_that_is_not_answered_keeps_its_mood(code):
    got = rows(code, "The army will comply with the law of the land.")
    assert not by_code(got, "02")


def test_an_invitation_named_by_an_accepting_verb_is_the_inviters_too(code):
    got = rows(code, "Iran accepted the invitation of the European Union on Monday.")
    assert any(s == "IGOEUR" and t == "IRN" and c == "036" and m == "actual" for s, t, c, m in got), got
    assert any(s == "IRN" and c == "036" for s, _, c, _ in got), got


def test_an_invitation_of_no_one_named_by_an_accepting_verb_is_only_the_acceptance(code):
    got = rows(code, "Iran accepted the invitation on Monday.")
    assert {s for s, *_ in by_code(got, "036")} <= {"IRN"}, got
