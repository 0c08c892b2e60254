"""A sentence's own setting (actors/fronted.py): a body named by a generic word ("the army",
"the government") in a sentence opening with "In COUNTRY/PLACE," is that place's country's,
not the country of a body of the same word the article named before, nor (for an armed body)
the article's main country. Invented articles; each rule beside negatives that keep their
country: a body whose own words give one, an embassy, a place later in the clause, a
minister speaking in a meeting's city."""

from __future__ import annotations

from newsgraph.model import Actor, ArticleInput
from newsgraph.pipeline import code_article

DAY = "2019-11-20"


def actors(nlp, text: str) -> list[Actor]:
    c = code_article(ArticleInput(text=text, date=DAY), nlp=nlp)
    assert c.article.status == "ok", c.article.error
    return c.actors


def codes(nlp, text: str, words: str) -> list[str | None]:
    """The codes of the actors written `words`, in order."""
    return [a.code for a in actors(nlp, text) if a.text.lower() == words.lower()]


MALI = "Malian troops clashed with jihadists near Mopti on Monday.\n\nThe Malian army said five soldiers died.\n\n"


def test_a_fronted_country_sets_the_army_and_its_soldiers(nlp):
    text = MALI + "In neighbouring Niger, the army said its soldiers had killed 20 fighters near Diffa."
    assert codes(nlp, text, "the army") == ["NERMIL"]
    assert codes(nlp, text, "its soldiers") == ["NERMIL"]
    # with no setting of its own, the army is still the one named before
    text = MALI + "The army said its soldiers had killed 20 fighters near the border."
    assert codes(nlp, text, "the army") == ["MLIMIL"]
    assert codes(nlp, text, "its soldiers") == ["MLIMIL"]


def test_a_place_later_in_the_clause_is_where_it_happened_not_whose(nlp):
    text = MALI + "The army said its soldiers had killed 20 fighters in Niger."
    assert codes(nlp, text, "the army") == ["MLIMIL"]


def test_a_fronted_city_sets_the_government(nlp):
    text = (
        "The Turkish government accused Syria of shelling border villages.\n\n"
        "In Damascus, the government denied the accusation."
    )
    assert codes(nlp, text, "the government") == ["SYRGOV"]
    text = "The Turkish government accused Syria of shelling border villages.\n\nThe government denied it."
    assert codes(nlp, text, "the government") == ["TURGOV"]


def test_a_body_with_its_own_country_keeps_it(nlp):
    text = "Russian troops held exercises on Monday.\n\nIn Paris, the Russian army said the drills were routine."
    assert codes(nlp, text, "the Russian army") == ["RUSMIL"]


def test_an_embassy_is_not_of_the_country_it_sits_in(nlp):
    text = "The US Embassy in Kabul warned of attacks.\n\nIn Afghanistan, the embassy said it had closed its visa section."
    assert codes(nlp, text, "the embassy") == ["USAGOV"]


def test_a_one_person_office_is_not_set_by_a_meeting_place(nlp):
    text = (
        "Iran's foreign minister Javad Zarif criticised the sanctions on Tuesday.\n\n"
        "In Geneva, the foreign minister said Iran would not negotiate under pressure."
    )
    assert codes(nlp, text, "the foreign minister") == ["IRNGOV"]


def test_a_fronted_country_sets_groups_when_the_sentence_names_others(nlp):
    assert codes(nlp, "In Niger, police arrested two Nigerian smugglers on Monday.", "police") == ["NERCOP"]
    # a place later in the clause sets nothing when the sentence names two countries, except
    # for police, courts and crowds, who act where they are (acting_place.py)
    assert codes(nlp, "Police arrested two Nigerian smugglers in Niger on Monday.", "police") == ["NERCOP"]
    assert codes(nlp, "Soldiers arrested two Nigerian smugglers in Niger on Monday.", "soldiers") == ["MIL"]
    # the group's own words, a possessive, a foreign word, refugees keep what they give
    assert codes(nlp, "In Niger, Nigerian police arrested two smugglers on Monday.", "Nigerian police") == ["NGACOP"]
    text = "In Niger, the Malian government said its soldiers had killed two smugglers."
    assert codes(nlp, text, "its soldiers") == ["MLIMIL"]
    text = "In Niger, foreign journalists criticised the Nigerian government."
    assert codes(nlp, text, "foreign journalists") == ["MED"]


def test_a_fronted_country_sets_armed_groups_over_the_articles_country(nlp):
    text = MALI + "In Niger, soldiers killed 20 fighters near Diffa."
    assert codes(nlp, text, "soldiers")[-1] == "NERMIL"
    text = MALI + "Soldiers killed 20 fighters near the border."
    assert codes(nlp, text, "soldiers")[-1] == "MLIMIL"


def test_the_fronted_phrase_s_own_place_not_one_beside_it(nlp):
    assert codes(nlp, "In Niamey on Wednesday, police arrested two Nigerian smugglers.", "police") == ["NERCOP"]
    text = "In the north of Mali, soldiers killed 20 Nigerien fighters."
    assert codes(nlp, text, "soldiers") == ["MLIMIL"]
    # the border with a country is the other side of it; a phrase naming two countries sets none
    text = "In a village near the border with Mali, soldiers killed 20 Nigerien fighters."
    assert codes(nlp, text, "soldiers") == ["MIL"]
    assert codes(nlp, "In Niger and Nigeria, police arrested dozens of smugglers.", "police") == ["COP"]
    # a fronted phrase that names no place sets nothing: the police are Niger's by the place of
    # the arrest they report as their own (acting_place.py), not by the phrase
    text = "In a statement, police said they had arrested two Nigerian smugglers in Niger."
    assert codes(nlp, text, "police") == ["NERCOP"]
