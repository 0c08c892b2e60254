"""A group named by a people without a state of its own (kb/stateless-peoples.tsv) takes the
country the text places it in, else one of its people's countries the text names, else the one
country its people live in; never the article's first country when the sentence names one of
theirs (`coding/actors/peoples.py`): invented sentences, each with a negative."""

from __future__ import annotations

from tests.event_rows import DAY, acts

SYRIA = "The Syrian foreign minister met Lebanese officials in Damascus on Monday.\n\n"  # set in Syria


def _sources(code, text: str, cameo_root: str) -> list[str | None]:
    return [s for c, s, _ in acts(code, text) if c.startswith(cameo_root)]


def test_people_of_one_country_is_that_country_not_the_articles(code):
    text = SYRIA + "Uyghur activists protested against China outside the embassy in Istanbul."
    assert _sources(code, text, "14") == ["CHNOPP"]


def test_people_of_one_country_alone_is_that_country(code):
    assert _sources(code, "Rohingya students protested against the government on Tuesday.", "14") == ["MMREDU"]


def test_the_sentence_names_one_of_the_peoples_countries(code):
    text = SYRIA + "Baloch separatists attacked a Chinese convoy in Pakistan's Balochistan province."
    assert _sources(code, text, "19") == ["PAKSEP"]


def test_a_place_the_phrase_puts_the_group_in(code):
    assert _sources(code, SYRIA + "Tamil lawmakers in Sri Lanka criticized India.", "11") == ["LKALEG"]


def test_people_of_several_countries_takes_the_articles_when_one_of_theirs(code):
    text = "ANKARA - Turkish troops shelled several villages on Monday.\n\nKurdish militants attacked a police station."
    assert ("190", "TURREB") in [(c, s) for c, s, _ in acts(code, text)]


def test_refugees_keep_their_peoples_country_where_they_are(code):
    text = "Rohingya refugees in Bangladesh criticized the government of Myanmar."
    assert [s for c, s, _ in acts(code, text) if c.startswith("11")] == ["MMRREF"]


def test_a_states_own_force_stays_that_state(code):
    # "Iraqi" is a demonym: the people's word beside it changes nothing
    assert _sources(code, SYRIA + "Iraqi Kurdish fighters attacked Islamic State positions.", "19") == ["IRQREB"]


def test_a_peoples_name_as_a_persons_surname_is_no_people(code):
    c = code("LAHORE - Police arrested Ahmed Baloch on Monday. Sources said Baloch criticized the mayor.", DAY)
    assert all((e.source or {}).get("country") in (None, "PAK") for e in c.events)


def test_an_ordinary_group_still_takes_the_articles_country(code):
    assert _sources(code, SYRIA + "Opposition activists protested against Russia in Istanbul.", "14") != ["CHNOPP"]


def test_a_user_table_of_peoples_must_name_known_countries(tmp_path):
    import pytest

    from newsgraph.errors import KBError
    from newsgraph.kb import KB

    (tmp_path / "stateless-mine.tsv").write_text("name\taliases\tcountries\nAssyrians\tAssyrian\tIRQ\n")
    assert KB([tmp_path]).peoples["assyrian"] == ("IRQ",)
    (tmp_path / "stateless-bad.tsv").write_text("name\taliases\tcountries\nSomeone\t\tXXY\n")
    with pytest.raises(KBError, match="stateless-bad.tsv:2"):
        KB([tmp_path])


def test_an_armed_group_of_a_people_the_text_names_no_country_of_takes_none(code):
    text = "WASHINGTON - American officials met on Monday.\n\nKurdish militants attacked a police station."
    assert ("190", "USAREB") not in [(c, s) for c, s, _ in acts(code, text)]
    # the same words without the people's name: the article's armed group, as before
    text = "WASHINGTON - American officials met on Monday.\n\nMilitants attacked a police station."
    assert ("190", "USAREB") in [(c, s) for c, s, _ in acts(code, text)]
