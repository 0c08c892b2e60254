"""First-level divisions of a country as places (coding/where/towns.py, gazetteer.py): "Borno State",
"Helmand Province", a bare "Punjab" by the article's countries; a named town over its division;
the division's country reaching the actors. Invented sentences, each with a negative."""

from __future__ import annotations

from tests.event_rows import DAY


def _places(code, text: str, trigger: str):
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return [(e.location or {}) for e in c.events if e.trigger.lower() == trigger]


def _targets(code, text: str, trigger: str):
    c = code(text, DAY)
    return [(e.target or {}).get("code") for e in c.events if e.trigger.lower() == trigger]


def test_a_state_is_its_country_not_a_foreign_town_of_a_like_name(code):
    # "Borno" is also an alternate name of Borna, Germany: the state is Nigeria's
    places = _places(code, "Gunmen killed six villagers in Borno state on Tuesday.", "killed")
    assert places and all(p["country"] == "NGA" and p["kind"] == "admin1" for p in places)
    assert "NGACVL" in _targets(code, "Gunmen killed six villagers in Borno state on Tuesday.", "killed")
    # negative: the German town by its own name, in a German story
    places = _places(code, "German police arrested two men in Borna, near Leipzig, on Tuesday.", "arrested")
    assert places and all(p["country"] == "DEU" for p in places)


def test_a_province_no_town_is_named_after(code):
    places = _places(code, "A roadside bomb killed four soldiers in Helmand province on Sunday.", "killed")
    assert places and all(p["country"] == "AFG" and p["name"] == "Helmand" for p in places)
    assert all(p["lat"] is None for p in places)  # no town of its own: no map point


def test_a_bare_division_name_shared_by_two_countries_goes_by_the_article(code):
    pak = _places(code, "ISLAMABAD - Pakistani police arrested five men in Punjab on Monday.", "arrested")
    assert pak and all(p["country"] == "PAK" for p in pak)
    ind = _places(code, "NEW DELHI - Indian police arrested five men in Punjab on Monday.", "arrested")
    assert ind and all(p["country"] == "IND" for p in ind)


def test_punjab_by_its_kind_word_and_without_any_country(gaz):
    assert gaz.town("Punjab", []) is None  # two divisions of the name, nothing to choose by
    assert gaz.town("Punjab Province", []).country == "PAK"
    assert gaz.town("Punjab state", []).country == "IND"


def test_a_town_named_like_a_foreign_division_stays_the_town(code, gaz):
    # Borno is also a small town of Lombardy: an Italian story keeps it
    loc = gaz.town("Borno", ["ITA"])
    assert loc is not None and loc.country == "ITA" and loc.kind == "city"
    places = _places(code, "Italian police arrested two men in Borno, near Brescia, on Monday.", "arrested")
    assert places and all(p["country"] == "ITA" for p in places)
    # and a German story keeps Borna, a division in no German story
    assert gaz.town("Borna", ["DEU"]).country == "DEU"


def test_the_seat_town_wins_a_bare_name_the_kind_word_names_the_division(gaz):
    assert gaz.town("Kandahar", ["AFG"]).kind == "city"
    province = gaz.town("Kandahar Province", ["AFG"])
    assert province is not None and province.kind == "admin1" and province.country == "AFG"


def test_a_common_word_division_only_with_its_kind_word(gaz):
    rivers = gaz.town("Rivers State", [])
    assert rivers is not None and rivers.country == "NGA" and rivers.kind == "admin1"
    assert (gaz.town("Rivers", []) or rivers).kind != "admin1"  # "Rivers" alone is no Nigerian state


def test_an_arabic_division_without_its_article(gaz):
    anbar = gaz.town("Anbar province", [])
    assert anbar is not None and anbar.country == "IRQ"
    # the article is only the Arabic one ("An Najaf"), never a name's first word ("An Giang")
    assert gaz.town("Giang", []) is None or gaz.town("Giang", []).kind != "admin1"


def test_a_foreign_alternate_name_is_not_a_division_when_english_spells_it_otherwise(gaz):
    # "Amara" is Iraq's Al-Amarah; Ethiopia's region is "Amhara" in English
    assert gaz.lookup("Amara").country == "IRQ"


def test_a_town_with_its_division_beside_it(code):
    places = _places(code, "Gunmen killed six villagers in Konduga, Borno State, on Tuesday.", "killed")
    assert places and all(p["name"] == "Konduga" and p["admin1"] == "Borno" for p in places)
    # negative: a town named alone keeps what the gazetteer knows of it (no division)
    places = _places(code, "Gunmen killed six villagers in Konduga on Tuesday.", "killed")
    assert places and all(p["name"] == "Konduga" and p["admin1"] is None for p in places)


def test_a_district_of_a_province_is_the_district_of_that_country(code):
    text = "Insurgents attacked a police checkpoint in the Nawzad district of Helmand province on Sunday."
    places = _places(code, text, "attacked")
    assert places and all(p["text"] == "Nawzad" and p["country"] == "AFG" for p in places)
    # negative: the province named alone is the province
    places = _places(code, "Insurgents attacked a police checkpoint in Helmand province on Sunday.", "attacked")
    assert places and all(p["name"] == "Helmand" for p in places)
