"""A title the text gives a KB person beats a KB role they do not hold that day
(actors/text_titles.py): the KB knows Yuriko Koike only as Japan's defence minister (2007) and
Donald Tusk as Poland's prime minister (2007-2014, from 2023-12-13) and European Council
president (2014-2019). A title right before the name or in apposition recodes the person when
the KB role of the day is not held that day ("former": an elite), or when it names another
country than a held role of a body (no country's); a held role of a country, whatever the
title says (another country's title is a slip the flags stage reports), a name with no title, a
predicate ("X was ...") and an indefinite description ("X, a Portuguese diplomat") leave the
KB role. The sentences are invented; each positive has a negative beside it."""

from __future__ import annotations


def sources(code, text: str, day: str) -> list[str | None]:
    c = code(text, day)
    assert c.article.status == "ok", c.article.error
    return [(e.source or {}).get("code") for e in c.events]


def test_a_title_before_the_name_beats_a_role_left_years_before(code):
    day = "2019-06-30"
    assert sources(code, "Tokyo Governor Yuriko Koike criticised the central government.", day) == ["JPNGOV"]
    # no title: the KB role closest to the day stays
    assert sources(code, "Yuriko Koike criticised the central government.", day) == ["JPNMIL"]


def test_a_title_in_apposition_recodes_every_mention_of_the_person(code):
    day = "2019-06-30"
    text = "Yuriko Koike, the governor of Tokyo, criticised the central government. Koike also criticised the Chinese government."
    assert sources(code, text, day) == ["JPNGOV", "JPNGOV"]
    assert sources(code, "The governor of Tokyo, Yuriko Koike, criticised the government.", day) == ["JPNGOV"]
    # a predicate says what the person was, not the title they hold
    assert sources(code, "Yuriko Koike was the governor of Tokyo. She criticised the government.", day) == ["JPNMIL"]


def test_a_former_office_is_no_current_office(code):
    got = sources(code, "Former defence minister Yuriko Koike criticised the central government.", "2019-06-30")
    assert got == ["JPNELI"]


def test_a_held_role_the_title_agrees_with_stays(code):
    day = "2007-08-01"
    assert sources(code, "Japanese Defence Minister Yuriko Koike criticised the Chinese government.", day) == ["JPNMIL"]
    assert sources(code, "Tokyo Governor Yuriko Koike criticised the Chinese government.", day) == ["JPNMIL"]


def test_a_title_of_another_country_beats_a_held_role_of_a_body(code):
    day = "2019-06-30"
    assert sources(code, "Polish opposition leader Donald Tusk criticised the government.", day) == ["POLOPP"]
    assert sources(code, "Donald Tusk, the Polish opposition leader, criticised the government.", day) == ["POLOPP"]
    # the held role's own title, no title, a former office: the EU role stays
    assert sources(code, "European Council President Donald Tusk criticised the Italian government.", day) == [
        "IGOEUR"
    ]
    assert sources(code, "Donald Tusk criticised the Italian government.", day) == ["IGOEUR"]
    assert sources(code, "Former Polish prime minister Donald Tusk criticised the Italian government.", day) == [
        "IGOEUR"
    ]


def test_a_held_office_of_a_country_stays_whatever_the_title_says(code):
    # another country's title on a current office holder is a slip the flags stage reports
    day = "2019-06-30"
    assert sources(code, "Japanese Prime Minister Vladimir Putin criticised the government.", day) == ["RUSGOV"]
    assert sources(code, "Russian President Vladimir Putin criticised the government.", day) == ["RUSGOV"]


def test_a_description_gives_no_office(code):
    text = "UN Secretary-General Antonio Guterres, a Portuguese diplomat, criticised the attack."
    assert sources(code, text, "2021-06-30") == ["IGOUNO"]


def test_the_title_of_the_day_between_two_terms(code):
    # between his EU term and his second term as prime minister, Tusk led Poland's opposition
    assert sources(code, "Polish opposition leader Donald Tusk criticised the government.", "2023-10-16") == ["POLOPP"]
    assert sources(code, "Polish Prime Minister Donald Tusk criticised the Russian government.", "2024-03-01") == [
        "POLGOV"
    ]
