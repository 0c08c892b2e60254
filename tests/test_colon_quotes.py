"""Quotations a colon introduces after a clause of narration (coding/colon_quotes.py): the marked
quotation right after the colon, and the block quotation (an indented paragraph with no quote
marks after a paragraph ending with a colon), are the words of the clause's subject."""

from __future__ import annotations

from tests.event_rows import quote

DAY = "2023-10-16"


def coded(code, text: str):
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return c


def test_a_long_clause_before_a_colon_gives_its_subject(code):
    text = (
        "The Kenyan opposition leader Raila Odinga rejected every one of the arguments the government "
        'made in the assembly: "In our view, the decision of the finance minister to raise the tax is a betrayal."'
    )
    q = quote(code, text, "In our view")
    assert q.speaker and q.speaker["text"].endswith("Odinga") and q.speaker["country"] == "KEN"


def test_a_body_giving_its_decision_before_a_colon_speaks(code):
    text = (
        "The Supreme Court of Kenya gave its decision after a week of hearings on the new tax on "
        'fertiliser: "In our view, the decision of the finance minister to raise the tax is not a '
        'question for the courts."'
    )
    q = quote(code, text, "In our view")
    assert q.speaker and q.speaker["country"] == "KEN" and q.speaker["sector"] == "JUD"


def test_an_indented_paragraph_after_a_colon_is_a_block_quotation(code):
    text = (
        "Lawyers for the government asked the court to set the tax aside. Judge Amos Wako rejected "
        "the request:\n\n\n The power to tax belongs to the assembly alone, and no minister may "
        "impose a levy that the assembly has not approved.\n\n\n – Judge Amos Wako\n\n"
        "The government said it would appeal."
    )
    q = quote(code, text, "The power to tax belongs")
    assert q.speaker and q.speaker["text"].endswith("Wako")
    assert q.text.endswith("has not approved.")
    assert not [q for q in coded(code, text).quotes if "Judge Amos Wako" in q.text]


def test_a_plain_paragraph_after_a_quotation_is_no_quotation(code):
    text = (
        'Judge Amos Wako said, "The power to tax belongs to the assembly alone."\n\n'
        " The government said on Monday that it would appeal the ruling to the Supreme Court."
    )
    c = coded(code, text)
    assert [q.text for q in c.quotes] == ["The power to tax belongs to the assembly alone."]


def test_an_indented_list_after_a_colon_with_no_speaker_is_no_quotation(code):
    text = (
        "The fair in Nairobi ran for three days. Other workshops included:\n\n\n"
        " Making masks from recycled paper for children and their parents."
    )
    assert coded(code, text).quotes == []


def test_a_sign_before_a_colon_gives_no_block_quotation(code):
    text = (
        "Protesters marched to the assembly in Nairobi. A large banner read:\n\n\n"
        " No taxation without representation for the farmers of this country."
    )
    assert coded(code, text).quotes == []


def test_a_body_named_by_its_of_phrase_speaks_before_a_colon(code):
    text = (
        "The government of Kenya issued a statement agreeing that the tax should be decided by the "
        'assembly and not by judges: "imposition of a tax by judicial order would fail to respect the '
        'will of the people."'
    )
    q = quote(code, text, "imposition of a tax")
    assert q.speaker and q.speaker["country"] == "KEN" and q.speaker["sector"] == "GOV"
