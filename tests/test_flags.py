"""The `flags` stage: where the text contradicts the KB, and only there."""

from __future__ import annotations

import pytest

DAY = "2023-10-16"


def coded(code, text: str, date: str = DAY):
    c = code(text, date)
    assert c.article.status == "ok", c.article.error
    return c


def flags(c, kind: str | None = None):
    return [f for f in c.flags if kind is None or f.kind == kind]


# -- a person given another country's office -------------------------------------------------
def test_person_given_another_countrys_title(code):
    text = ("Speaking in Ankara, French President Vladimir Putin said the talks with Turkey had been useful "
            "and that both sides agreed on the main points.")
    c = coded(code, text)
    [f] = flags(c)
    assert f.kind == "office_country"
    assert f.text == "French President"
    assert text[f.span[0]:f.span[1]] == f.text
    assert "Vladimir Putin" in f.claim and "France" in f.claim
    assert "Russia" in f.kb_fact
    assert "Putin" in f.message and "France" in f.message and "Russia" in f.message
    # the flag does not change the coding: the person stays Russian
    putin = [a for a in c.actors if a.kb_id == "vladimir_putin"]
    assert putin and all(a.code == "RUSGOV" for a in putin)


@pytest.mark.parametrize("office", ["Germany's top diplomat", "The German foreign minister"])
def test_person_given_another_countrys_office_by_apposition(code, office):
    text = (f"{office}, Sergei Lavrov, met the Chinese foreign minister, Wang Yi, in Beijing "
            "on Monday to discuss the war in Ukraine.")
    c = coded(code, text)
    [f] = flags(c)
    assert f.kind == "office_country"
    assert f.text == office
    assert "Germany" in f.claim and "Lavrov" in f.claim
    assert "Russia" in f.kb_fact
    met = [e for e in c.events if e.trigger == "met"]
    assert met and met[0].source["kb_id"] == "sergey_lavrov"


def test_office_of_country_in_apposition(code):
    text = ("The top diplomat of Germany, Sergei Lavrov, met the Chinese foreign minister, Wang Yi, in Beijing "
            "on Monday to discuss the war in Ukraine.")
    c = coded(code, text)
    assert [f.kind for f in c.flags] == ["office_country"]
    met = [e for e in c.events if e.trigger == "met"]
    assert met and met[0].source["kb_id"] == "sergey_lavrov"


def test_office_apposition_after_participle_clause(code):
    text = ("Speaking to reporters on Monday, the head of US diplomacy, Sergei Lavrov, said the talks with China "
            "were useful and that both sides agreed on the main points.")
    c = coded(code, text)
    assert len(flags(c, "office_country")) == 1
    assert all(a.kb_id != "antony_blinken" for a in c.actors)


def test_founding_article_has_its_two_known_errors(founding):
    kinds = sorted(f.kind for f in founding.flags)
    assert kinds == ["credit_country", "office_country"]
    office = flags(founding, "office_country")[0]
    assert office.text == "The head of US diplomacy" and "Lavrov" in office.claim
    credit = flags(founding, "credit_country")[0]
    assert "Belt and Road" in credit.claim and "Russia" in credit.claim and "China" in credit.kb_fact


# -- an initiative credited to the wrong country ------------------------------------------------
def test_initiative_credited_to_the_wrong_country_in_apposition(code):
    text = ("Italy joined the Belt and Road Initiative, the flagship program of Japanese foreign policy, in 2019, "
            "but the government in Rome later pulled out of the scheme.")
    c = coded(code, text)
    [f] = flags(c)
    assert f.kind == "credit_country"
    assert "Japanese" in f.text
    assert text[f.span[0]:f.span[1]] == f.text
    assert "Japan" in f.claim and "China" in f.kb_fact


def test_initiative_credited_by_possessive(code):
    text = "Italy joined Russia's Belt and Road Initiative in 2019, but the government in Rome later pulled out."
    [f] = flags(coded(code, text))
    assert f.kind == "credit_country"
    assert "Russia" in f.claim


def test_initiative_credited_by_demonym(code):
    text = "Italy joined the Russian Belt and Road Initiative in 2019, but the government in Rome later pulled out."
    assert [f.kind for f in coded(code, text).flags] == ["credit_country"]


# -- no flag where the text agrees or says nothing -------------------------------------------------
@pytest.mark.parametrize("text", [
    "Russian Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi in Beijing on Monday to discuss Ukraine.",
    "The Russian foreign minister, Sergei Lavrov, arrived in Beijing on Monday for talks with Wang Yi.",
    "Italy joined China's Belt and Road Initiative in 2019, but the government in Rome later pulled out of the scheme.",
    "Italy withdrew from the Chinese Belt and Road Initiative, a programme of Chinese foreign policy, in 2023.",
    "Turkish President Recep Tayyip Erdogan arrived in Baku on Sunday for talks on the gas pipeline.",
    "Lavrov met Blinken in New Delhi on Thursday; the US secretary of state urged Russia to return to the grain deal.",
])
def test_no_flag_when_the_text_agrees(code, text):
    assert coded(code, text).flags == []


def test_no_flag_for_title_of_the_other_person_in_coordination(code):
    # regression: 'US President' was claimed for Erdogan
    text = ("US President Donald Trump and Turkish President Recep Tayyip Erdogan spoke by phone on Sunday "
            "about the situation in northern Syria.")
    assert coded(code, text, "2019-10-16").flags == []


def test_no_flag_for_kb_surname_inside_unknown_name(code):
    text = "Dr Ali bin Tamim praised the agreement signed with India on Sunday and called it a turning point."
    assert coded(code, text).flags == []


def test_no_flag_for_kb_surname_inside_unknown_name_with_title(code):
    # regression: the name was linked to the Emir of Qatar and the Emirati title flagged
    text = ("Dr Ali bin Tamim, the Emirati minister of state, praised the agreement signed with India on Sunday "
            "and called it a turning point.")
    assert coded(code, text).flags == []


def test_no_flag_for_unknown_person_with_title(code):
    text = "Maria Lindqvist, the Swedish trade minister, met Chinese officials in Beijing on Monday."
    assert coded(code, text).flags == []


def test_role_on_article_date_decides(code):
    # Boris Johnson was Foreign Secretary in 2017: "British Foreign Secretary" agrees, no flag.
    text = ("British Foreign Secretary Boris Johnson met Lavrov in Moscow on Friday for the first talks "
            "between the two countries in five years.")
    assert coded(code, text, "2017-12-22").flags == []
