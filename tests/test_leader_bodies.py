"""A "leader" whose own modifier names a body outside the state (a union, church, students,
businesses, a community, rebels) leads that body, with its sector, and is never the country's
head of state or government (actors/titles.py `_own_leader`, actors/phrases.py generic heads,
actors.yaml generic_head_bodies). Invented sentences, each beside a negative."""

from __future__ import annotations

import pytest

from newsgraph.model import ArticleInput
from newsgraph.pipeline import code_article

DAY = "2023-10-16"


def leader(nlp, text: str):
    """The actor of the phrase that opens `text`."""
    c = code_article(ArticleInput(text=text, date=DAY), nlp=nlp)
    assert c.article.status == "ok", c.article.error
    return next(a for a in c.actors if a.span[0] == 0)


@pytest.mark.parametrize(
    "phrase, code",
    [
        ("The Kenyan union leader", "KENLAB"),  # agents.tsv: union LAB
        ("Kenya's union leader", "KENLAB"),
        ("The Kenyan trade union leader", "KENLAB"),
        ("The Kenyan rebel leader", "KENREB"),
        ("The Kenyan student leader", "KENEDU"),
        ("The Kenyan church leader", "KENREL"),
        ("The Kenyan business leader", "KENBUS"),
        ("The Kenyan religious leader", "KENREL"),  # generic_head_bodies
        ("The Kenyan community leader", "KENCVL"),
        ("The Kenyan labour leader", "KENLAB"),
    ],
)
def test_a_bodys_leader_is_no_head_of_state(nlp, phrase, code):
    a = leader(nlp, phrase + " criticised the new tax on Monday.")
    assert (a.code, a.kb_id, a.how) == (code, None, "context:agent"), phrase


@pytest.mark.parametrize("phrase", ["The Kenyan leader", "Kenya's leader", "The Kenyan government leader"])
def test_the_countrys_leader_is_its_head_of_state(nlp, phrase):
    # negative: no body named before "leader": the office holder the KB dates
    a = leader(nlp, phrase + " criticised the new tax on Monday.")
    assert (a.code, a.how) == ("KENGOV", "kb:office") and a.kb_id is not None, phrase


def test_a_body_word_gives_the_sector_of_plural_leaders_too(nlp):
    assert leader(nlp, "Kenyan community leaders criticised the new tax on Monday.").code == "KENCVL"
    # negative: "civilian leaders" are the government (the agent lexicon's CVL is skipped)
    assert leader(nlp, "Kenyan civilian leaders criticised the new tax on Monday.").code == "KENGOV"
