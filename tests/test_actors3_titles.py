"""Issue 13: speakers and doers with a title the actors stage left without a country.
Invented sentences, each rule beside a near-identical negative (GUIDELINE.md: an actor
belongs to the country of the office the text gives)."""

from __future__ import annotations

from newsgraph.pipeline import code_article

from newsgraph.model import Actor, ArticleInput

DAY = "2019-05-07"


def run(nlp, text: str, title: str | None = None, day: str = DAY):
    c = code_article(ArticleInput(text=text, date=day, title=title), nlp=nlp)
    assert c.article.status == "ok", c.article.error
    return c


def actor(c, text: str) -> Actor:
    found = [a for a in c.actors if a.text.lower() == text.lower()]
    assert found, f"no actor {text!r} among {[a.text for a in c.actors]}"
    return found[0]


# -- a monarch by bare title ("the Queen", which the NER often tags as a person) ----------


def test_the_queen_in_a_story_about_one_country_is_its_monarch(nlp):
    c = run(nlp, "The Queen opened the new session of parliament on Tuesday.", "UK parliament opens new session")
    q = actor(c, "The Queen")
    assert (q.country, q.sector, q.kb_id) == ("GBR", "GOV", "elizabeth_ii")


def test_the_queen_in_a_story_naming_no_country_has_none(nlp):
    c = run(nlp, "The Queen opened the new session of parliament on Tuesday.", "Parliament opens new session")
    assert actor(c, "The Queen").country is None


def test_a_queen_of_a_scene_is_no_actor(nlp):
    c = run(nlp, "A queen of the drag scene performed on Tuesday.", "UK nightlife thrives")
    assert not [a for a in c.actors if "queen" in a.text.lower()]


def test_the_king_of_a_country_is_still_an_office(nlp):
    c = run(nlp, "The King of Spain praised the rescue workers on Sunday.", "Floods in Spain", "2025-06-01")
    assert actor(c, "The King of Spain").country == "ESP"


# -- the Pope's office is the Holy See's ---------------------------------------------------


def test_pope_by_title_and_name_is_the_vatican(nlp):
    c = run(nlp, "Pope Leo praised the rescue workers on Sunday.", "Floods in Italy", "2025-06-01")
    assert (actor(c, "Pope Leo").country, actor(c, "Pope Leo").sector) == ("VAT", "REL")
    assert c.events and c.events[0].source["code"] == "VATREL"


def test_the_pope_by_title_is_the_vatican(nlp):
    c = run(nlp, "The Pope praised the rescue workers on Sunday.", "Floods in Italy", "2025-06-01")
    assert actor(c, "The Pope").country == "VAT"


def test_a_surname_pope_is_no_title(nlp):
    c = run(nlp, "Alexander Pope praised the rescue workers on Sunday.", "Poetry prize", "2025-06-01")
    assert actor(c, "Alexander Pope").country is None


# -- a title broken by a bracket -----------------------------------------------------------


def test_a_bracket_between_title_and_name(nlp):
    c = run(nlp, "Labour MP (Member of Parliament) Jane Dobbs criticised the budget on Monday.", "UK budget vote")
    assert (actor(c, "Jane Dobbs").country, actor(c, "Jane Dobbs").sector) == ("GBR", "LEG")


def test_a_bracket_and_no_name_after_it_names_no_one(nlp):
    c = run(nlp, "Jane Dobbs, a voter (not an official), criticised the budget on Monday.", "UK budget vote")
    assert actor(c, "Jane Dobbs").sector is None


# -- "Regional" before one person's title ---------------------------------------------------


def test_a_regional_governor_takes_the_country(nlp):
    c = run(nlp, "Regional Governor Juan Dela Paz condemned the attack on Monday.", "Floods hit the Philippines")
    assert (actor(c, "Juan Dela Paz").country, actor(c, "Juan Dela Paz").sector) == ("PHL", "GOV")


def test_regional_leaders_take_no_country(nlp):
    c = run(nlp, "Regional leaders condemned the attack on Monday.", "Floods hit the Philippines")
    assert actor(c, "Regional leaders").country is None
