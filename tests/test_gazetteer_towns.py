"""Towns and first-level divisions of GeoNames (cities1000) in the places stage only (issue 14)."""

from __future__ import annotations


from newsgraph.coding.where import locate, place_of
from newsgraph.coding.where import towns as towns_mod


def test_small_town_resolved_with_admin1_and_geonames_id(gaz):
    # Konduga (Borno, Nigeria) has fewer than 15,000 people: not a city of the big gazetteer
    assert gaz.lookup("Konduga") is None
    loc = gaz.town("Konduga", [])
    assert loc is not None and loc.country == "NGA" and loc.kind == "city"
    assert loc.geonames_id and loc.lat is not None and loc.lon is not None


def test_town_admin1_named(gaz):
    loc = gaz.town("Smith", ["USA"])  # Smith, Nevada
    assert loc is not None and loc.admin1 == "Nevada"


def test_disambiguation_by_the_text_country_both_ways(gaz):
    # "Jaba" is a small town of Syria and another's alternate name in Israel
    syria = gaz.town("Jaba", ["SYR"])
    assert syria is not None and syria.country == "SYR"
    israel = gaz.town("Jaba", ["ISR"])
    assert israel is not None and israel.country == "ISR"
    # no country: two small namesakes, neither is taken
    assert gaz.town("Jaba", []) is None
    assert gaz.town("Jaba", ["FRA"]) is None


def test_big_city_kept_against_small_namesake_in_the_text_country(gaz):
    paris = gaz.town("Paris", ["USA"])  # never Paris, Texas, in an American story
    assert paris is not None and paris.country == "FRA"
    hama = gaz.town("Hama", ["SYR"])
    assert hama is not None and hama.country == "SYR" and hama.geonames_id


def test_kind_word_after_name_and_lowercase(gaz):
    loc = gaz.town("Farah city", ["AFG"])
    assert loc is not None and loc.country == "AFG"
    assert gaz.town("konduga", []) is None  # no capital letter: no place


def test_actors_stage_unaffected(nlp, gaz):
    # the actors stage's lookup and place_of keep the big gazetteer: a name that is only a
    # small town is no actor's country
    doc = nlp("Konduga said on Monday that the talks would go on.")
    tok = next(t for t in doc if t.text == "Konduga")
    assert gaz.lookup("Konduga") is None
    assert place_of(tok, gaz) is None
    for a in doc._.actors:
        assert "Konduga" not in a.text or a.country != "NGA"


def test_places_stage_takes_the_town(nlp, gaz):
    doc = nlp("Gunmen attacked a market in Konduga on Monday.")
    trig = next(t for t in doc if t.lemma_ == "attack")
    loc = locate(next(doc.sents), trig, gaz)
    assert loc is not None and loc.country == "NGA" and loc.geonames_id
    # negative: a sentence without a place name
    doc = nlp("Gunmen attacked a market on Monday.")
    trig = next(t for t in doc if t.lemma_ == "attack")
    assert locate(next(doc.sents), trig, gaz) is None


def test_places_stage_uses_the_article_country(code):
    # the sentence's country (its Syrian troops, Damascus) picks Syria's Jaba among namesakes
    coded = code("Syrian troops attacked rebels in Jaba near Damascus on Monday.")
    places = [e.location for e in coded.events if e.location is not None and e.location["text"] == "Jaba"]
    assert places and all(p["country"] == "SYR" and p["admin1"] for p in places)
    # negative: no country in the text, two small namesakes: "Jaba" is kept as the named place it
    # is, but neither namesake's country or point is taken for it
    coded = code("Troops attacked rebels in Jaba on Monday.")
    places = [e.location for e in coded.events if e.location is not None and e.location["text"] == "Jaba"]
    assert places and all(p["country"] is None and p["lat"] is None and p["geonames_id"] is None for p in places)


def test_cache_rebuilt_when_missing(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(towns_mod, "_TOWNS", None)
    t = towns_mod.load_towns()
    assert (tmp_path / towns_mod._CACHE_NAME).exists()
    assert len(t.namesakes("konduga")) == 1
    # a second process (here: a cleared module cache) reads the file back
    monkeypatch.setattr(towns_mod, "_TOWNS", None)
    assert towns_mod.load_towns().names == t.names
