"""Issue 13 (item 2): mentions that stand for an actor named elsewhere. First person inside a
quotation is its speaker; a bare one-person office ("the president") is its holder; a later
title completes an earlier bare name; a party named beside a person makes a party member.
Invented sentences, each rule beside a near-identical negative."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc

from newsgraph.coding.pipeline import DocContext, new_doc
from newsgraph.model import Actor

DAY = "2019-03-12"


def parse(nlp, text: str, title: str | None = None, day: str = DAY) -> Doc:
    return nlp(new_doc(nlp, text, DocContext(dt.date.fromisoformat(day), "test", title)))


def at(doc: Doc, word: str, nth: int = 0) -> Actor | None:
    """The actor of the `nth` token spelled `word`."""
    toks = [t for t in doc if t.text == word]
    assert len(toks) > nth, f"no {word!r} #{nth} in {doc.text!r}"
    return doc._.actor_at.get(toks[nth].i)


def codes(a: Actor | None) -> tuple | None:
    return None if a is None else (a.country, a.sector, a.resolved_by)


# -- 1. first person inside a quotation --------------------------------------------------

QUOTED = "“We reject the new fuel tax and we will vote against it,” the Ghanaian trade minister said on Tuesday."


def test_we_in_a_quote_is_the_speakers_body(nlp):
    doc = parse(nlp, QUOTED)
    assert codes(at(doc, "We")) == ("GHA", "GOV", "pronoun")
    assert at(doc, "we") is at(doc, "We")  # one actor for the quotation's "we"


def test_we_in_a_quote_before_the_quote(nlp):
    doc = parse(nlp, "The Ghanaian trade minister said on Tuesday: “We reject the new fuel tax.”")
    assert codes(at(doc, "We")) == ("GHA", "GOV", "pronoun")


def test_we_in_narration_is_no_one(nlp):
    doc = parse(nlp, "We reject the new fuel tax and we will vote against it, the Ghanaian trade minister said on Tuesday.")
    assert at(doc, "We") is None and at(doc, "we") is None


def test_we_in_a_quote_with_no_speaker_is_no_one(nlp):
    doc = parse(nlp, "“We reject the new fuel tax and we will vote against it,” read a banner in Accra on Tuesday.")
    assert at(doc, "We") is None


def test_i_in_a_quote_is_the_speaker(nlp):
    doc = parse(nlp, "“I thank the people of Kenya for their welcome,” Vladimir Putin said on Monday.")
    speaker = at(doc, "Putin")
    assert speaker is not None and speaker.kb_id == "vladimir_putin"
    assert at(doc, "I") is speaker


def test_i_outside_a_quote_is_no_one(nlp):
    doc = parse(nlp, "I thank the people of Kenya for their welcome, Vladimir Putin said on Monday.")
    assert at(doc, "I") is None


def test_our_body_in_a_quote_is_the_speakers_countrys(nlp):
    doc = parse(nlp, "“Protesters attacked our embassy last night,” the French foreign ministry said on Monday.")
    assert codes(at(doc, "embassy")) == ("FRA", "GOV", "pronoun")
    doc = parse(nlp, "Protesters attacked our embassy last night, the French foreign ministry said on Monday.")
    assert (at(doc, "embassy") or Actor("", [0, 0], None, None, None, None, None)).country is None


def test_we_in_a_quote_makes_the_speaker_the_source(code):
    c = code("“We condemn the attack on the refugee camp,” the Ghanaian foreign ministry said on Tuesday.", DAY)
    assert [(e.cameo_root, e.source["code"]) for e in c.events if e.cameo_root == "11"] == [("11", "GHAGOV")]
    c = code("“We condemn the attack on the refugee camp,” read a banner in Accra on Tuesday.", DAY)
    assert not [e for e in c.events if e.cameo_root == "11" and e.source and e.source["country"]]


# -- 2. a bare one-person office is its holder ---------------------------------------------

def test_the_prime_minister_of_the_articles_country(nlp):
    doc = parse(nlp, "The prime minister criticised the opposition on Monday.", title="Spain's budget vote delayed")
    a = at(doc, "minister")
    assert a is not None and a.kb_id == "pedro_sanchez" and codes(a) == ("ESP", "GOV", "article")


def test_the_president_with_no_context_country_is_no_one(nlp):
    doc = parse(nlp, "The president criticised the opposition on Monday.", title="Budget vote delayed")
    a = at(doc, "president")
    assert a is not None and a.kb_id is None and a.country is None and a.sector == "GOV"


def test_an_office_the_kb_lacks_there_keeps_the_sector(nlp):
    """Spain's head of state is a king: "the president" of Spain is no KB person."""
    doc = parse(nlp, "The president criticised the opposition on Monday.", title="Spain's budget vote delayed")
    a = at(doc, "president")
    assert a is not None and a.kb_id is None and codes(a) == ("ESP", "GOV", "article")


def test_an_office_of_something_else_is_not_the_holder(nlp):
    doc = parse(nlp, "The club president criticised the opposition on Monday.", title="Spain's budget vote delayed")
    assert (at(doc, "president") or Actor("", [0, 0], None, None, None, None, None)).kb_id is None
    doc = parse(nlp, "The president of the football club criticised the referee.", title="Spain's budget vote delayed")
    assert (at(doc, "president") or Actor("", [0, 0], None, None, None, None, None)).kb_id is None


def test_the_office_is_the_holder_named_before(nlp):
    text = "Kenyan President Uhuru Kenyatta met Chinese Premier Li Keqiang on Monday. The president praised the deal."
    a = at(parse(nlp, text, title="Trade talks in Beijing"), "president")
    assert a is not None and a.kb_id == "uhuru_kenyatta" and a.resolved_by == "pronoun"


def test_of_two_holders_named_before_the_one_named_more(nlp):
    text = (
        "Kenyan President Uhuru Kenyatta met Ugandan President Yoweri Museveni on Monday. Kenyatta praised the deal, "
        "and Kenyatta invited investors. The president also criticised the press."
    )
    a = at(parse(nlp, text, title="Trade talks"), "president")
    assert a is not None and a.kb_id == "uhuru_kenyatta"
    # each named once: no one of the two, and no country to choose by
    text = "Kenyan President Uhuru Kenyatta met Ugandan President Yoweri Museveni on Monday. The president praised the deal."
    a = at(parse(nlp, text, title="Trade talks"), "president")
    assert a is not None and a.kb_id is None


def test_the_foreign_minister_is_not_a_foreign_group(nlp):
    doc = parse(nlp, "The foreign minister met the ambassador on Monday.", title="Kenya recalls envoy")
    assert codes(at(doc, "minister")) == ("KEN", "GOV", "article")


# -- 3. a later title completes an earlier bare name -------------------------------------

def test_a_later_title_codes_the_earlier_bare_name(nlp):
    text = (
        "Ricardo Mendoza said on Monday he would step down in August.\n\n"
        "Governor Ricardo Mendoza of Puerto Rico announced the decision in a video."
    )
    doc = parse(nlp, text, title="Storm season begins")
    first, later = at(doc, "Mendoza"), at(doc, "Mendoza", 1)
    assert codes(later) == ("PRI", "GOV", "appositive")
    assert first is not None and (first.country, first.sector) == ("PRI", "GOV")
    # negative: no title anywhere, nothing to complete
    text = "Ricardo Mendoza said on Monday he would step down in August.\n\nRicardo Mendoza announced it in a video."
    doc = parse(nlp, text, title="Storm season begins")
    assert all(a is None or a.country is None for a in (at(doc, "Mendoza"), at(doc, "Mendoza", 1)))


def test_a_second_surname_repeats_the_full_name(nlp):
    text = (
        "Governor Ricardo Mendoza Vargas of Puerto Rico announced his resignation on Monday.\n\n"
        "Protesters had demanded that Mendoza resign."
    )
    doc = parse(nlp, text, title="Storm season begins")
    later = at(doc, "Mendoza", 1)
    assert later is not None and later.country == "PRI" and later.name == "Ricardo Mendoza Vargas"


@pytest.mark.parametrize("word", ["Vargas"])
def test_the_last_surname_still_repeats_it(nlp, word):
    text = (
        "Governor Ricardo Mendoza Vargas of Puerto Rico announced his resignation on Monday.\n\n"
        f"Protesters had demanded that {word} resign."
    )
    later = at(parse(nlp, text, title="Storm season begins"), word, 1)
    assert later is not None and later.country == "PRI"


# -- 4. a party beside a person -------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Mark Delaney, a Republican, criticised the new tariffs on Tuesday.",
        "Mark Delaney, a Republican from Ohio, criticised the new tariffs on Tuesday.",
        "Since then, a Democrat, Mark Delaney, has criticised the new tariffs.",
    ],
)
def test_a_party_word_beside_a_person_makes_a_party_member(nlp, text):
    a = at(parse(nlp, text), "Delaney")
    assert codes(a) == ("USA", "PTY", "appositive")


def test_no_party_word_no_party(nlp):
    assert codes(at(parse(nlp, "Mark Delaney, a lawyer, criticised the new tariffs on Tuesday."), "Delaney")) in (
        None,
        (None, None, None),
    )
    # "democratic" uncapitalised is no party
    a = at(parse(nlp, "Mark Delaney, a democratic activist, criticised the new tariffs on Tuesday."), "Delaney")
    assert a is not None and a.country is None


def test_a_title_keeps_its_sector_the_party_gives_the_country(nlp):
    a = at(parse(nlp, "Mark Delaney, a Democratic senator, criticised the new tariffs on Tuesday."), "Delaney")
    assert codes(a) == ("USA", "LEG", "appositive")


def test_a_party_the_kb_lacks_gives_the_sector_and_context_the_country(nlp):
    text = "Ingrid Solberg, a member of the Progress Party, criticised the new tariffs on Tuesday."
    a = at(parse(nlp, text, title="Norway's budget talks collapse"), "Solberg")
    assert codes(a) == ("NOR", "PTY", "article")
    a = at(parse(nlp, text, title="Budget talks collapse"), "Solberg")
    assert a is not None and (a.country, a.sector) == (None, "PTY")
