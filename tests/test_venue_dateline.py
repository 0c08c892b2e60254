"""A story filed from a venue abroad (actors.yaml venue_preps, actors/setting.py): a title naming
the dateline's country at most as a venue ("... talks in Nairobi", datelined NAIROBI) and another
country whose actors the text names more often makes that country the article's main country,
so "the army" and "the rebels" are its own, not the venue's. All sentences are invented."""

from __future__ import annotations

import pytest

DAY = "2026-05-06"


def run(nlp, title: str, text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(trigger, source code, target code, cameo) of an article with its title line."""
    from newsgraph.pipeline import code_article

    from newsgraph.model import ArticleInput

    c = code_article(ArticleInput(text=title + "\n\n" + text, title=title, date=DAY), nlp=nlp)
    assert c.article.status == "ok", c.article.error
    return [(e.trigger, (e.source or {}).get("code"), (e.target or {}).get("code"), e.cameo) for e in c.events]


@pytest.fixture(scope="module")
def kunming(nlp):
    return run(
        nlp,
        "Myanmar junta and ethnic armies agree ceasefire after Kunming talks",
        "KUNMING, China, Jan 9 - Myanmar's military government and three ethnic armed groups agreed on "
        "Thursday to a ceasefire in Shan State after talks in the Chinese city.\n\nThe rebels freed 30 "
        "soldiers on Wednesday. Myanmar's junta said the army would withdraw from two towns. The rebels "
        "accused the army of bombing a market in Lashio.",
    )


def test_a_venue_city_the_title_does_not_name(kunming):
    # the venue is China's, the story Myanmar's: the rebels and the army are Myanmar's
    assert ("freed", "MMRREB", "MMRMIL", "0841") in kunming
    assert ("accused", "MMRREB", "MMRMIL", "1123") in kunming
    assert not any((s or "").startswith("CHN") or (t or "").startswith("CHN") for _, s, t, _ in kunming)


def test_a_venue_capital_after_in(nlp):
    rows = run(
        nlp,
        "Ethiopia and Oromo rebels open peace talks in Nairobi",
        "NAIROBI, May 4 - Ethiopian government negotiators and the Oromo Liberation Army opened peace talks "
        "in the Kenyan capital on Monday, Ethiopia's foreign ministry said.\n\nThe rebels accused the army "
        "of shelling villages on Sunday. Ethiopia's delegation said the army would release 40 captured fighters.",
    )
    assert ("opened", "ETHGOV", "ETHREB", "046") in rows
    assert not any((s or "").startswith("KEN") or (t or "").startswith("KEN") for _, s, t, _ in rows)


def test_a_venue_city_in_the_dateline_only(nlp):
    rows = run(
        nlp,
        "Yemen's government and Houthis swap prisoners after Geneva talks",
        "GENEVA, April 2 - Yemen's government and the Houthi rebels began exchanging hundreds of prisoners on "
        "Friday under a deal reached at talks in Switzerland, Yemeni officials said.\n\nThe rebels released "
        "120 soldiers and the government freed 300 fighters. The army accused the rebels of attacking its "
        "positions near Marib.",
    )
    assert ("released", "YEMREB", "YEMMIL", "0841") in rows
    assert ("accused", "YEMMIL", "YEMREB", "1123") in rows
    assert not any((s or "").startswith("CHE") or (t or "").startswith("CHE") for _, s, t, _ in rows)


def test_the_dateline_country_named_as_actor_in_the_title_stays(nlp):
    # negative: "Kenyan police" in the title is the dateline's country as an actor, not a venue
    rows = run(
        nlp,
        "Kenyan police fire tear gas at protesters in Nairobi",
        "NAIROBI, May 4 - Kenyan police fired tear gas at hundreds of protesters in Nairobi on Tuesday. "
        "Ethiopian and Somali traders joined the march.\n\nThe police arrested 20 people.",
    )
    assert ("arrested", "KENCOP", "KENCVL", "173") in rows


def test_the_dateline_country_mentioned_more_stays(nlp):
    # negative: the title's other country (Syrian refugees) is named less than the dateline's
    rows = run(
        nlp,
        "Syrian refugees protest in Ankara",
        "ANKARA, May 4 - Hundreds of Syrian refugees protested outside the parliament in Ankara on Monday, "
        "demanding the right to work.\n\nPolice detained 12 of them. Turkish officials said the protest was "
        "illegal. Turkey's interior minister said the detained would be released. Turkish lawmakers "
        "criticised the police.",
    )
    assert any(r[0] == "detained" and r[1] == "TURCOP" for r in rows)
