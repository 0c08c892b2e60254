"""A named private person the text gives no country, in a story set in one country, is one of
that country's people (actors/residents.py; GUIDELINE: CVL, private persons); each positive has
negatives beside it."""

from __future__ import annotations

from tests.event_rows import DAY

PERU_STORY = "LIMA - Peru's interior minister resigned on Monday. Peruvian police are searching for the killers. "


def criticisms(code, text: str) -> list[tuple[str | None, str | None]]:
    """(source code, target code) of the criticisms (111) coded."""
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return [((e.source or {}).get("code"), (e.target or {}).get("code")) for e in c.events if e.cameo == "111"]


def test_a_named_private_person_takes_the_one_country_of_the_story(code):
    text = PERU_STORY + "Maria Quispe criticised the government of Peru."
    assert criticisms(code, text) == [("PERCVL", "PERGOV")]


def test_what_the_text_gives_the_person_beats_the_story(code):
    # a nationality of their own
    text = PERU_STORY + "Maria Quispe, a Chilean, criticised the government of Peru."
    assert criticisms(code, text) == [("CHL", "PERGOV")]
    # a title gives the sector
    text = PERU_STORY + "Opposition leader Maria Quispe criticised the government of Peru."
    assert criticisms(code, text) == [("PEROPP", "PERGOV")]


def test_no_guess_where_a_mention_is_set_in_another_country(code):
    # the sentence places the person elsewhere: where she is is not said to be where she is from
    text = PERU_STORY + "In Bolivia, Maria Quispe criticised the government of Peru."
    assert criticisms(code, text) == []
    text = PERU_STORY + "Maria Quispe, from Santiago, Chile, criticised the government of Peru."
    assert all(src != "PERCVL" for src, _ in criticisms(code, text))
    # killed abroad in a story of the home country: no country for the victim
    c = code("WASHINGTON - The US president spoke on Monday. American officials praised the raid. "
             "Karim Hadad was killed by US special forces in Pakistan in 2011.", DAY)
    assert [(e.target or {}).get("code") for e in c.events if e.trigger == "killed"] == [None]


def test_no_guess_in_a_story_of_two_countries(code):
    text = (
        "The Indian and Pakistani foreign ministers met in Delhi on Monday. India and Pakistan agreed to "
        "talks. Ravi Malik criticised the Pakistani government."
    )
    assert criticisms(code, text) == []


def test_a_later_mention_by_the_surname_is_the_same_person(code):
    text = PERU_STORY + "Carlos Mendoza lost his son in the attack. Mendoza criticised the government of Peru."
    assert criticisms(code, text) == [("PERCVL", "PERGOV")]


def test_no_guess_for_a_person_the_text_gives_a_role_no_stage_read(code):
    # a title before the name, or a role in apposition: they may hold an office or speak for a body
    text = PERU_STORY + "Detective Inspector Maria Quispe criticised the government of Peru."
    assert ("PERCVL", "PERGOV") not in criticisms(code, text)
    text = PERU_STORY + "The head of the clinic, Carlos Mendoza, criticised the government of Peru."
    assert ("PERCVL", "PERGOV") not in criticisms(code, text)
    # a kin word beside the name is no role: a private person
    text = PERU_STORY + "The brother of a victim, Carlos Mendoza, criticised the government of Peru."
    assert criticisms(code, text) == [("PERCVL", "PERGOV")]
