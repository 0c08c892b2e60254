"""Rules found by coding whole invented articles on a trade dispute and a state visit (wave 2,
h11). Sentences are invented; each positive has a negative beside it.

- An errand noun takes its going verb's mood and date (events/errands.py `errand_verb`, read by
  events/mood.py and when/attach.py `_host`): "will fly to X on Friday for talks with Y" is a
  planned meeting on Friday.
- A participle of speech hung on a past report ("..., saying he would meet") reports a future, as
  "said he would meet" does (mood.py `_past_report`): planned, not hypothetical.
- A "they" subject right after a pair phrase subject ("the two presidents") stands for the pair
  (actors/pairs.py `_carry`, events/phrase_actors.py `paired_with`).
- A threat's condition names its target (events.yaml conditioned_codes, condition_marks):
  "threatened to widen tariffs if Beijing did not stop" is aimed at China.
- An accepted invitation "to visit X" with no inviter named is aimed at X (events.yaml
  invitation_codes).
- A dateline opening the first paragraph after a heading line, or after a date line, is a
  dateline (paragraphs.py `dateline`), and the parser keeps it and the lead's first word whole.
"""

from __future__ import annotations

DAY = "2025-09-25"  # a Thursday


def coded(code, text: str) -> list[tuple[str, str, str | None, str | None, str]]:
    """(trigger, cameo, source code, target code, modality) of every event, published on DAY."""
    return [
        (e.trigger, e.cameo, (e.source or {}).get("code"), (e.target or {}).get("code"), e.modality)
        for e in _events(code, text)
    ]


def _events(code, text: str, day: str = DAY):
    c = code(text, day)
    assert c.article.status == "ok", c.article.error
    return c.events


def _row(e) -> tuple[str, str | None, str | None, str, str]:
    return (e.trigger, (e.source or {}).get("code"), (e.target or {}).get("code"), e.modality, e.date)


# --------------------------------------------------------------------------- errands


def test_errand_talks_take_the_planned_going_and_its_day(code):
    rows = [_row(e) for e in _events(code, "Lula will fly to Kuala Lumpur on Friday for talks with Anwar Ibrahim.")]
    talks = [r for r in rows if r[0] == "talks"]
    assert ("talks", "BRAGOV", "MYSGOV", "planned", "2025-09-26") in talks
    assert all(r[3] == "planned" for r in talks)


def test_errand_talks_after_a_past_going_are_actual_on_its_day(code):
    rows = [_row(e) for e in _events(code, "Lula flew to Tokyo on Monday for talks with the Japanese prime minister.")]
    assert ("talks", "BRAGOV", "JPNGOV", "actual", "2025-09-22") in rows


def test_errand_talks_after_a_possible_going_stay_hypothetical(code):
    rows = [_row(e) for e in _events(code, "Lula may travel to Tokyo next week for talks with the Japanese premier.")]
    talks = [r for r in rows if r[0] == "talks"]
    assert talks and all(r[3] == "hypothetical" for r in talks)


def test_talks_not_on_an_errand_keep_their_own_mood(code):
    rows = [_row(e) for e in _events(code, "Lula will call for talks with the Japanese prime minister.")]
    assert not any(r[0] == "talks" and r[3] == "planned" and r[4] != DAY for r in rows)


# --------------------------------------------------------------------------- reported future


def test_a_participle_of_speech_reports_a_future_meeting(code):
    text = (
        'The US President praised the deal on Friday, calling it "fair" and saying he would meet the Chinese President.'
    )
    rows = coded(code, text)
    meets = [r for r in rows if r[0] == "meet"]
    assert ("meet", "036", "USAGOV", "CHNGOV", "planned") in meets
    assert not any(r[4] == "hypothetical" for r in meets)


def test_a_conditional_under_a_participle_of_speech_stays_hypothetical(code):
    rows = coded(code, "The president praised the talks, saying he would meet the rebels if they disarmed.")
    assert any(r[0] == "meet" and r[4] == "hypothetical" for r in rows)


def test_a_present_participle_of_speech_is_no_past_report(code):
    rows = coded(code, "The president is calling for talks and saying he would meet the rebels.")
    assert not any(r[0] == "meet" and r[4] == "planned" for r in rows)


# --------------------------------------------------------------------------- pair pronoun

PAIR = (
    "Lula met Prabowo in Jakarta on Thursday. In a joint statement, the two presidents called for a "
    "ceasefire in Gaza. They also condemned the attacks on civilian shipping in the Red Sea."
)


def test_they_after_the_two_presidents_is_both(code):
    rows = [r for r in coded(code, PAIR) if r[0] == "condemned"]
    assert {r[2] for r in rows} == {"BRAGOV", "IDNGOV"}


def test_they_after_another_group_is_that_group(code):
    text = (
        "Lula met Prabowo in Jakarta on Thursday. The two presidents signed a trade pact. "
        "Protesters gathered outside the palace. They demanded the release of jailed activists."
    )
    rows = [r for r in coded(code, text) if r[0] == "demanded"]
    assert rows and not any(r[2] in ("BRAGOV", "IDNGOV") for r in rows)


# --------------------------------------------------------------------------- threats


def test_a_threat_is_aimed_at_the_subject_of_its_condition(code):
    text = "Washington threatened to widen the tariffs to consumer goods if Beijing did not stop its retaliation."
    rows = [r for r in coded(code, text) if r[0] == "threatened"]
    assert rows and all(r[2] == "USAGOV" and r[3] == "CHNGOV" for r in rows)


def test_a_warning_of_a_response_is_aimed_at_the_subject_of_its_condition(code):
    text = "China warned that Beijing would respond firmly if Washington broke its word."
    rows = [r for r in coded(code, text) if r[0] == "warned"]
    assert rows and rows[0][1].startswith("13") and rows[0][3] == "USAGOV"


def test_a_condition_on_the_threatener_itself_names_no_target(code):
    rows = [
        r
        for r in coded(code, "Iran threatened to close the Strait of Hormuz if it was attacked.")
        if r[0] == "threatened"
    ]
    assert rows and all(r[3] is None for r in rows)


def test_a_condition_with_no_actor_names_no_target(code):
    rows = [
        r
        for r in coded(code, "The minister warned that prices would rise if the drought continued.")
        if r[0] == "warned"
    ]
    assert all(r[3] is None for r in rows)


# --------------------------------------------------------------------------- datelines


def test_a_dateline_after_a_heading_or_a_date_line_is_read():
    from newsgraph.coding.paragraphs import dateline

    for text in ("US and China agree truce\n\nWASHINGTON, June 13 - The", "Friday, January 4, 2019\nKABUL - The"):
        m = dateline(text)
        assert m is not None and m["place"] in ("WASHINGTON", "KABUL"), text


def test_no_dateline_after_a_sentence_or_inside_the_text():
    from newsgraph.coding.paragraphs import dateline

    assert dateline("The army attacked a post.\n\nWASHINGTON - The") is None
    assert dateline("Talks resumed. WASHINGTON - The") is None


def test_the_lead_after_a_heading_and_dateline_is_one_sentence(nlp):
    text = (
        "Brazil and Indonesia sign accords during Lula's visit\n\n"
        "JAKARTA, Sept 25 - Brazilian President Luiz Inacio Lula da Silva and Indonesian President "
        "Prabowo Subianto signed eight agreements on Thursday."
    )
    sents = [s.text for s in nlp(text).sents]
    assert "JAKARTA, Sept 25 -" in sents
    assert any(s.startswith("Brazilian President Luiz") and s.endswith("Thursday.") for s in sents)


# --------------------------------------------------------------------------- invitations


def test_an_accepted_invitation_to_visit_is_aimed_at_the_host(code):
    rows = [
        r for r in coded(code, "The Chinese leader accepted an invitation to visit Washington.") if r[0] == "accepted"
    ]
    assert rows == [("accepted", "036", "CHNGOV", "USAGOV", "actual")]


def test_an_accepted_invitation_to_a_gathering_names_no_host(code):
    rows = [
        r for r in coded(code, "The Chinese leader accepted an invitation to attend the summit.") if r[0] == "accepted"
    ]
    assert rows and all(r[3] is None for r in rows)


def test_an_accepted_proposal_is_not_aimed_at_those_it_acts_on(code):
    rows = [r for r in coded(code, "The rebels accepted a proposal to free the hostages.") if r[0] == "accepted"]
    assert rows and all(r[3] is None for r in rows)
