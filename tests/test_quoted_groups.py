"""Groups inside a speaker's own quoted words (actors/quoted_groups.py): a quoted they is
never the speaker's side, "our X" is the speaker's country's, "this country" is the
speaker's where the text is set there, and a quantified "we" ("we all", "all of us") is no
one. Invented sentences, each rule beside a negative."""

from __future__ import annotations

from tests.event_rows import coded


def actor(nlp, text: str, word: str, nth: int = 0) -> str | None:
    """The code of the actor the `nth` token `word` of `text` stands for, else None."""
    doc = nlp(text)
    toks = [t for t in doc if t.text == word]
    a = doc._.actor_at.get(toks[nth].i)
    return a.code if a is not None else None


RAID = "Israeli soldiers raided the camp on Monday. "


def test_a_quoted_they_is_not_the_speakers_side(nlp, code):
    # the speaker's own group is "we": "they" is the soldiers named before, not Hamas
    text = RAID + 'Hamas spokesman Yusuf Nasser said: "They are bombing our homes."'
    assert actor(nlp, text, "They") == "ISRMIL"
    assert ("bombing", "190", "ISRMIL", "PSEGOV", "actual") in coded(code, text)
    # with only the speaker's side before it, a quoted "they" is no one
    assert actor(nlp, 'Hamas officials said on Monday: "They are bombing our homes."', "They") is None


def test_a_body_in_the_speakers_title_is_not_a_quoted_they(nlp):
    # "the United Nations" of the speaker's title is not those she speaks of
    text = 'Former US Ambassador to the United Nations Jane Porter wrote: "We must stand by our allies if we expect them to stand by us."'
    assert actor(nlp, text, "them") is None
    # a group named before the quotation still is
    text = 'The rebels attacked a checkpoint in Kunduz on Monday. Afghan Defence Minister Karim Zaman said: "They killed five of our soldiers."'
    assert actor(nlp, text, "They") == "AFGREB"


def test_a_reported_they_still_stands_for_the_speaker(nlp):
    # negative: indirect speech, not a quotation: "they" is the officials themselves
    assert actor(nlp, "Hamas officials said that they had fired rockets at Israel.", "they") == "PSEREB"


def test_a_quoted_they_does_not_reach_back_past_the_sentence_before(nlp):
    text = (
        "The rebels attacked a checkpoint in Kunduz on Monday.\n\n"
        "The minister visited Kabul on Tuesday. He met the president.\n\n"
        'Afghan Defence Minister Karim Zaman said: "They must be punished."'
    )
    assert actor(nlp, text, "They") is None


def test_our_people_in_a_quotation_are_the_speakers_country(nlp):
    text = '"Our people will not bow to pressure from Washington," Iranian Foreign Minister Hossein Karimi said.'
    assert actor(nlp, text, "people") == "IRNCVL"
    # negative: "their people" is someone else's, never the speaker's
    text = '"Their people will not bow to pressure from Washington," Iranian Foreign Minister Hossein Karimi said.'
    assert actor(nlp, text, "people") != "IRNCVL"


def test_this_country_is_the_speakers_where_the_text_is_set_there(nlp, code):
    text = '"Boko Haram attacked this country," Nigerian Information Minister Musa Bello said.'
    assert actor(nlp, text, "country") == "NGAGOV"
    assert ("attacked", "190", "NGAREB", "NGAGOV", "actual") in coded(code, text)
    # negative: a visitor's "this country" is the host's, which the speaker does not give
    text = (
        "PARIS - Nigerian Foreign Minister Musa Bello spoke at a conference in Paris on Monday. "
        '"Terrorists attacked this country in 2015," he said.'
    )
    assert actor(nlp, text, "country") is None
    # negative: outside a quotation "this country" is no one
    assert actor(nlp, "Nigerian Information Minister Musa Bello said this country was attacked.", "country") is None


def test_a_quantified_we_is_no_one(nlp, code):
    minister = "Nigerian Information Minister Musa Bello said."
    assert actor(nlp, '"We all know that terrorists want to divide us," ' + minister, "We") is None
    assert actor(nlp, '"We must all stand together," ' + minister, "We") is None
    rows = coded(code, '"All of us must condemn this attack," ' + minister)
    assert not [r for r in rows if r[1].startswith("11")]
    # negative: the speaker's own "we" is the speaker's government
    assert actor(nlp, '"We condemn this attack," ' + minister, "We") == "NGAGOV"
    assert ("condemn", "111", "NGAGOV", None, "actual") in coded(code, '"We condemn this attack," ' + minister)
