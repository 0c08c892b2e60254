"""Who speaks a quotation no speech verb cues (coding/quote_cues.py): continuation of the speaker
before it, and a quote set off from a clause of its own. Invented sentences, each with a negative."""

from __future__ import annotations

DAY = "2023-10-16"
SAID = "“We have done nothing wrong,” the Iranian foreign minister said on Monday."


def quotes(code, text: str):
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return c


def speakers(c) -> list[str | None]:
    return [(q.speaker or {}).get("code") for q in c.quotes]


# -- continuation ------------------------------------------------------------------------
def test_a_quote_only_paragraph_continues_the_speaker_before(code):
    c = quotes(code, SAID + "\n\n“We will not stop until the United States lifts every sanction on our people.”")
    assert speakers(c) == ["IRNGOV", "IRNGOV"]


def test_no_continuation_across_a_paragraph_of_narration(code):
    text = SAID + "\n\nThe talks resumed in Geneva later in the week.\n\n“We will not stop until the sanctions end.”"
    assert speakers(quotes(code, text)) == ["IRNGOV", None]


def test_a_new_paragraph_naming_another_speaker_is_that_speakers(code):
    text = SAID + "\n\n“The Americans are lying about the strait,” the Saudi foreign minister replied."
    assert speakers(quotes(code, text)) == ["IRNGOV", "SAUGOV"]


def test_no_continuation_of_a_quote_without_speaker(code):
    text = "Crowds gathered in front of the parliament. “Our ships will stay in the strait.”\n\n“We will not stop until the sanctions end.”"
    assert speakers(quotes(code, text)) == [None, None]


def test_the_next_sentence_of_the_same_paragraph_continues(code):
    c = quotes(code, SAID + " “We will keep our ships in the strait.”")
    assert speakers(c) == ["IRNGOV", "IRNGOV"]


def test_no_continuation_across_a_sentence_of_narration(code):
    c = quotes(code, SAID + " The Saudi envoy left the room. “Our ships will stay in the strait.”")
    assert speakers(c) == ["IRNGOV", None]


def test_a_continued_quote_codes_its_speakers_criticism(code):
    c = quotes(code, SAID + "\n\n“The Americans are lying about the strait.”")
    assert speakers(c) == ["IRNGOV", "IRNGOV"]
    assert any(e.cameo.startswith("11") and (e.source or {}).get("code") == "IRNGOV" for e in c.events)


# -- cues that are no speech verb ----------------------------------------------------------
def test_a_verb_with_its_complements_then_a_comma(code):
    c = quotes(code, "Biden defended his decision on Tuesday, “This is the right step for the security of the country.”")
    assert speakers(c) == ["USAGOV"] and c.quotes[0].cue == "defended"


def test_a_verb_and_particle_then_a_colon(code):
    c = quotes(code, "The Chinese foreign ministry hit back: “Washington is lying about our trade with Moscow.”")
    assert speakers(c) == ["CHNGOV"]
    assert any(e.cameo.startswith("11") and (e.source or {}).get("code") == "CHNGOV" for e in c.events)


def test_no_speaker_across_a_subordinate_clause(code):
    text = "The crowd waited in the square after the president left, “Washington is lying about our trade with Moscow.”"
    assert speakers(quotes(code, text)) == [None]


def test_no_speaker_for_a_verb_of_reading(code):
    text = "The front page of the newspaper read, “Washington is lying about our trade with Moscow.”"
    c = quotes(code, text)
    assert [q.speaker for q in c.quotes] == [None]
    text = "One placard read “Israel must stop the bombing now.”"
    assert [q.speaker for q in quotes(code, text).quotes] == [None]


def test_a_quote_a_naming_verb_calls_its_object_is_the_subjects_words(code):
    # GUIDELINE: a direct quotation of three or more words with an identifiable speaker; what the
    # ministry called the report is its words (was: no speaker; see tests/test_naming_quotes.py)
    c = quotes(code, "The Chinese foreign ministry called the report “a pack of lies from Washington” on Monday.")
    assert speakers(c) == ["CHNGOV"]


def test_a_participle_adjoined_to_a_verb_shares_its_subject(code):
    text = "The Iranian president rejected the talks on Monday, saying: “America will regret every sanction it imposes.”"
    assert speakers(quotes(code, text)) == ["IRNGOV"]


def test_a_participle_adjoined_to_a_noun_has_no_speaker(code):
    text = "Protesters carried a banner saying “Russia will pay for every attack on us.”"
    assert [q.speaker for q in quotes(code, text).quotes] == [None]


def test_according_to_names_the_speaker(code):
    assert speakers(quotes(code, "According to the Turkish foreign minister, “Greece is violating our airspace every day.”")) == ["TURGOV"]
    text = "“The regime in Tehran arms terrorists across the region,” according to a statement by the US Secretary of State."
    assert speakers(quotes(code, text)) == ["USAGOV"]


def test_according_to_reports_names_no_coded_speaker(code):
    text = "“The regime in Tehran arms terrorists across the region,” according to several reports."
    assert speakers(quotes(code, text)) == [None]


def test_according_to_a_statement_released_by_an_actor(code):
    text = "According to a statement released by the Turkish foreign ministry, “Greece is violating our airspace every day.”"
    assert speakers(quotes(code, text)) == ["TURGOV"]


def test_a_participle_hung_on_a_quoted_verb_takes_no_subject_from_the_quote(code):
    text = ("The Iranian president said the sanctions “hurt our farmers more than anyone else,” further saying, "
            "“Our doors remain open to talks with every neighbour.”")
    c = quotes(code, text)
    assert speakers(c)[0] == "IRNGOV"
    assert all(q.speaker is None or q.speaker.get("text") != "the sanctions" for q in c.quotes)


def test_a_quote_goes_on_inside_its_marks_into_the_next_sentence(code):
    text = "The Iranian foreign minister said on Monday: “We want peace in the region. The Americans are lying about the strait.”"
    c = quotes(code, text)
    assert speakers(c) == ["IRNGOV"]
    assert any(e.cameo.startswith("11") and (e.source or {}).get("code") == "IRNGOV" for e in c.events)


def test_a_two_sentence_quote_with_no_speaker_codes_no_source(code):
    c = quotes(code, "Crowds gathered in the square. “We want peace in the region. The Americans are lying about the strait.”")
    assert not any(e.cameo.startswith("11") and e.source for e in c.events)


def test_a_quote_whose_sentence_ended_takes_no_cue_from_the_next_sentence(code):
    text = "The Iranian foreign minister told reporters in Geneva, “we have done nothing wrong”. The Saudi envoy claimed he had lied."
    assert speakers(quotes(code, text)) == ["IRNGOV"]


def test_a_quote_closed_by_a_comma_takes_the_cue_after_it(code):
    text = "“We have done nothing wrong in the strait,” the Iranian foreign minister told reporters."
    assert speakers(quotes(code, text)) == ["IRNGOV"]


def test_we_in_a_continued_quote_is_the_speakers_side(code):
    c = quotes(code, SAID + "\n\n“We will destroy any American ship that enters our waters.”")
    assert any(e.cameo.startswith("13") and (e.source or {}).get("code") == "IRNGOV" for e in c.events)
    text = SAID + "\n\nThe talks resumed in Geneva.\n\n“We will destroy any American ship that enters our waters.”"
    assert not any(e.cameo.startswith("13") and (e.source or {}).get("code") == "IRNGOV" for e in quotes(code, text).events)


def test_a_next_sentence_saying_something_of_its_own_is_no_cue(code):
    text = "“They attacked me in the hotel room.” The two Iranian officers claimed she had lied."
    assert [q.speaker for q in quotes(code, text).quotes] == [None]
    text = "“They attacked me in the hotel room.” The Iranian foreign minister said."
    assert speakers(quotes(code, text)) == ["IRNGOV"]
