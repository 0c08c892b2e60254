"""A town only the places stage's gazetteer knows, named as an actor, gives it its country
(actors/town_actors.py): a name the NER tagged a place, one it mistook for a body that is a
town of the text's own countries, or one a place noun names ("the town of X"). Never a
person's surname, a body named after a town, or a town abroad the text does not speak of.
Sentences are invented; each positive has a negative beside it."""

from __future__ import annotations

from newsgraph.model import ArticleInput
from newsgraph.pipeline import code_article

DAY = "2023-10-16"


def run(nlp, text: str):
    c = code_article(ArticleInput(text=text, date=DAY), nlp=nlp)
    assert c.article.status == "ok", c.article.error
    return c


def country_of(c, text: str) -> str | None:
    """The country of the actor named `text` (None: no such actor, or none given)."""
    return next((a.country for a in c.actors if a.text == text), None)


def targets(c, trigger: str) -> list[str | None]:
    return [(e.target or {}).get("country") for e in c.events if e.trigger == trigger]


def test_a_town_of_the_stories_country_is_its_country(nlp):
    c = run(nlp, "Gunmen attacked Dapchi on Sunday, killing 12 villagers. Nigerian police said the attackers fled.")
    assert country_of(c, "Dapchi") == "NGA"
    assert targets(c, "attacked") == ["NGA"]


def test_a_name_the_ner_took_for_a_body_needs_the_story_to_be_set_there(nlp):
    # with no country in the text, a name tagged as a body is no town of anywhere
    c = run(nlp, "Gunmen attacked Dapchi on Sunday, killing 12 villagers.")
    assert country_of(c, "Dapchi") is None
    assert targets(c, "attacked") == [None]


def test_a_place_noun_names_a_town(nlp):
    c = run(nlp, "Jihadists seized the town of Tessalit on Friday.")
    assert country_of(c, "Tessalit") == "MLI"
    assert targets(c, "seized") == ["MLI"]
    c = run(nlp, "Jihadists seized the village of Aguelhok on Friday.")
    assert targets(c, "seized") == ["MLI"]


def test_without_a_place_noun_a_name_taken_for_a_person_stays_one(nlp):
    c = run(nlp, "Turkish troops shelled Tessalit on Monday.")
    assert country_of(c, "Tessalit") is None


def test_a_surname_is_no_town(nlp):
    # "Hajin" is a Syrian town, but here the surname of the man named in full before
    c = run(nlp, "Kevin Hajin was born in Ohio. Last year Hajin joined the race for the Senate.")
    assert "SYR" not in {a.country for a in c.actors}


def test_a_body_named_after_a_town_is_no_town(nlp):
    c = run(nlp, "Soldiers stormed the Dapchi Hotel in Lagos.")
    assert country_of(c, "Dapchi") is None
    assert targets(c, "stormed") == ["NGA"]  # Lagos, where the hotel is
    c = run(nlp, "Dapchi Bank froze the accounts of Nigerian farmers.")
    assert [(a.text, a.sector) for a in c.actors if "Dapchi" in a.text] == [("Dapchi Bank", "BUS")]


def test_the_texts_countries_choose_among_namesakes(nlp):
    # Sokolo is a town of Mali and of Côte d'Ivoire: the story's country decides
    c = run(nlp, "Gunmen attacked the village of Sokolo, Malian officials said.")
    assert targets(c, "attacked") == ["MLI"]
    c = run(nlp, "Gunmen attacked the village of Sokolo, Ivorian officials said.")
    assert targets(c, "attacked") == ["CIV"]
    # with none, a name several countries' towns share gives no country
    c = run(nlp, "Gunmen attacked the village of Sokolo.")
    assert targets(c, "attacked") == [None]


def test_a_group_in_a_town_is_of_the_towns_country(nlp):
    # the sentence's other country ("French troops") is no guess for villagers the text puts in a Malian town
    rest = " protested against French troops on Friday. Mali's government later condemned the violence."
    c = run(nlp, "Villagers in Sokolo" + rest)
    assert country_of(c, "Villagers") == "MLI"
    # only "in"/"at" (actors.yaml located_in), and never an armed group, often foreign to where it is
    assert country_of(run(nlp, "Villagers near Sokolo" + rest), "Villagers") == "FRA"
    c = run(nlp, "Soldiers in Sokolo fired on French troops on Friday. Mali's government later condemned the violence.")
    assert country_of(c, "Soldiers") is None


def test_a_town_must_be_the_whole_name(nlp):
    # "Hall" is a town in Austria and Germany, not the hall a name ends in
    c = run(nlp, "Officials at Drapers' Hall said two people were stabbed. Austrian police were called.")
    assert "Drapers' Hall" not in [a.text for a in c.actors]
    assert [a.resolved_by for a in c.actors if a.text == "Officials"] != ["place"]  # the setting gives theirs
