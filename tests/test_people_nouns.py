"""A people without a state named as a whole by its plural noun ("the Kurds", "Uyghurs";
kb/stateless-peoples.tsv) is a group of that people's civilians (CVL) whose country the text
around it gives, as for "Kurdish activists" (`coding/actors/people_nouns.py`, `peoples.py`):
invented sentences, each beside look-alikes that name no such group."""

from __future__ import annotations

from tests.event_rows import acts

SYRIA = "The Syrian foreign minister met Lebanese officials in Damascus on Monday.\n\n"  # set in Syria


def _sources(code, text: str, cameo_root: str) -> list[str | None]:
    return [s for c, s, _ in acts(code, text) if c.startswith(cameo_root)]


def test_the_plural_noun_is_the_peoples_civilians_of_the_country_the_sentence_names(code):
    assert _sources(code, "The Kurds accused Ankara of war crimes on Tuesday.", "11") == ["TURCVL"]


def test_a_people_of_one_country_is_that_country_not_the_articles(code):
    assert _sources(code, SYRIA + "Uyghurs protested against China in Istanbul on Tuesday.", "14") == ["CHNCVL"]
    assert _sources(code, "The Rohingya accused Myanmar of genocide on Tuesday.", "11") == ["MMRCVL"]


def test_the_place_its_own_phrase_gives(code):
    assert _sources(code, SYRIA + "The Tamils in Sri Lanka demanded autonomy on Tuesday.", "10") == ["LKACVL"]


def test_the_adjective_still_names_the_group_noun_sector(code):
    assert _sources(code, "Kurdish activists accused Ankara of war crimes on Tuesday.", "11") == ["TUROPP"]


def test_a_language_or_a_persons_name_is_no_people(code):
    assert _sources(code, "The Turkish teacher spoke Kurdish to Ankara officials on Tuesday.", "11") == []
    assert all(s != "PAKCVL" for s in _sources(code, "Qandeel Baloch criticized Pakistan on Tuesday.", "11"))
