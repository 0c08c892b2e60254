"""Meetings others arranged and gatherings of an organisation attended (GUIDELINE "Meetings"), on
invented news sentences, each with a negative: a meeting reported arranged in the past was held
between its parties (the arranger is no party), one still being arranged is an intent to meet;
attending an organisation's assembly or summit is a visit to it (042) and its hosting (043)."""

from __future__ import annotations

DAY = "2023-10-16"  # a Monday


def rows(code, text: str) -> set[tuple[str | None, str | None, str, str]]:
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return {((e.source or {}).get("code"), (e.target or {}).get("code"), e.cameo, e.modality) for e in c.events}


def test_a_meeting_helped_arranged_in_the_past_was_held(code):
    got = rows(code, "In March, the envoy helped arrange a meeting between Emmanuel Macron and Javad Zarif.")
    assert ("FRAGOV", "IRNGOV", "040", "actual") in got and ("IRNGOV", "FRAGOV", "040", "actual") in got
    assert not any(m == "planned" for *_, m in got)


def test_a_meeting_set_up_in_the_past_was_held(code):
    got = rows(code, "The Swiss government set up a meeting between Emmanuel Macron and Javad Zarif last month.")
    assert ("FRAGOV", "IRNGOV", "040", "actual") in got


def test_a_meeting_others_still_work_to_arrange_is_no_intent_of_its_parties(code):
    # CAMEO 036 is the meeting sides' own intent to meet: the envoy's aim is not theirs
    got = rows(code, "The envoy worked to arrange a meeting between Emmanuel Macron and Javad Zarif.")
    assert not any(c == "036" or c.startswith("04") for _, _, c, _ in got)


def test_a_named_arranger_outside_the_meeting_states_no_intent_of_its_parties(code):
    got = rows(code, "Smithers worked to arrange a meeting between Emmanuel Macron and Javad Zarif.")
    assert not any(c == "036" for _, _, c, _ in got)


def test_a_meeting_being_arranged_with_no_arranger_named_is_an_intent_to_meet(code):
    got = rows(code, "A meeting between Emmanuel Macron and Javad Zarif is being arranged for next month.")
    assert ("FRAGOV", "IRNGOV", "036", "planned") in got and ("IRNGOV", "FRAGOV", "036", "planned") in got
    assert not any(c.startswith("04") for _, _, c, _ in got)


def test_an_upcoming_meeting_arranged_stays_planned(code):
    got = rows(code, "The envoy arranged an upcoming meeting between Emmanuel Macron and Javad Zarif.")
    assert not any(c.startswith("04") for _, _, c, _ in got)


def test_attending_an_organisations_summit_is_a_visit_to_it(code):
    got = rows(code, "Nigerian President Muhammadu Buhari attended the African Union summit on Sunday.")
    assert ("NGAGOV", "IGOAFU", "042", "actual") in got and ("IGOAFU", "NGAGOV", "043", "actual") in got
    assert not any(c == "040" for _, _, c, _ in got)


def test_attending_a_national_gathering_is_no_visit(code):
    got = rows(code, "Nigerian President Muhammadu Buhari attended the ruling party's convention on Sunday.")
    assert not any(c in ("042", "043") for _, _, c, _ in got)


def test_while_in_a_city_to_attend_an_assembly_the_main_subject_attends(code):
    got = rows(
        code,
        "While in New York to attend the UN General Assembly, Jair Bolsonaro told reporters that the fires were out.",
    )
    assert ("BRAGOV", "IGOUNO", "042", "actual") in got and ("IGOUNO", "BRAGOV", "043", "actual") in got


def test_while_in_a_city_to_attend_a_party_convention_is_no_visit(code):
    got = rows(
        code, "While in Lagos to attend his party's convention, Muhammadu Buhari told reporters that he would run."
    )
    assert not any(c in ("042", "043") for _, _, c, _ in got)


# -- sympathy: whom it is with ---------------------------------------------------------------
def sympathy(code, text: str) -> list[tuple[str | None, str | None]]:
    c = code(text, DAY)
    return [((e.source or {}).get("code"), (e.target or {}).get("code")) for e in c.events if e.cameo == "018"]


def test_condolences_with_the_family_of_a_named_victim_are_for_that_family(code):
    got = sympathy(
        code, 'The Canadian prime minister said, "Our condolences are with the family of Nigerian student Ada Okafor."'
    )
    assert got == [("CANGOV", "NGACVL")]


def test_condolences_conjoined_under_sympathies_with_a_family(code):
    got = sympathy(
        code,
        "Mark Carney said, \"Everyone's sympathies are with the family of Nigerian student Ada Okafor "
        'and our condolences to them for their loss."',
    )
    assert got == [("CANGOV", "NGACVL")]


def test_condolences_with_no_one_named_keep_a_null_target(code):
    got = sympathy(code, 'The Canadian prime minister said, "Our condolences are with everyone affected."')
    assert got == [("CANGOV", None)]
