"""A quotation that is what a verb of naming calls its object is the words of that verb's subject
("X called the attack 'an act of cowardice'", "described the plan as 'a betrayal'"):
quote_cues.naming_cue, rules/modality.yaml quote_naming_verbs."""

from __future__ import annotations

import pytest

DAY = "2023-10-16"


def quote(code, text: str):
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    assert len(c.quotes) == 1, [q.text for q in c.quotes]
    return c.quotes[0]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('Erdogan called the bombing "a cowardly act of terror" on Sunday.', "called"),
        ('Erdogan described the new border plan as "a betrayal of our people".', "described"),
        ('Erdogan referred to the election result as "a victory for democracy".', "referred"),
        ('Opposition parties protested, with Erdogan dismissing the claims as "lies without any basis".', "dismissing"),
    ],
)
def test_the_naming_verb_is_the_cue_and_its_subject_the_speaker(code, text, cue):
    q = quote(code, text)
    assert q.cue == cue
    assert q.speaker and q.speaker["kb_id"] == "recep_tayyip_erdogan" and q.speaker["country"] == "TUR"


@pytest.mark.parametrize(
    "text",
    [
        'The new bridge was called "A Road for All of Us" by its builders.',  # a name given, no naming subject
        'Erdogan called "Open the gates now!" to the guards.',  # the quote is the verb's only object
        'The committee read the plan, titled "A New Start for Everyone", on Monday.',  # a title
    ],
)
def test_no_speaker_when_no_subject_names_an_object_with_the_quote(code, text):
    q = quote(code, text)
    assert q.cue is None or q.cue not in ("called", "titled")
