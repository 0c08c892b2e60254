"""Police, courts and crowds act where they are (actors/acting_place.py, actors.yaml
`located_in.acting_sectors`, `acting_terms`): with no country of their own words they take the
country of the place of their own act, not the nationality of the one they act on. Sentences
are invented; each positive has negatives beside it."""

from __future__ import annotations

from tests.event_rows import coded


def sources(code, text: str) -> list[str | None]:
    return [e[2] for e in coded(code, text)]


def test_police_are_of_the_country_where_they_arrest(code):
    assert sources(code, "Police detained a Canadian woman in Lagos on Monday.") == ["NGACOP"]
    assert sources(code, "Police arrested two German tourists at Cairo airport.") == ["EGYCOP"]
    # the woman's nationality is not the police's, with a place or without one as before
    assert coded(code, "Police detained a Canadian woman in Lagos on Monday.")[0][3] == "CANCVL"


def test_courts_and_prosecutors_act_where_they_sit(code):
    assert sources(code, "Judges jailed three Dutch men in Jakarta.") == ["IDNJUD"]
    assert sources(code, "Prosecutors charged a Chinese businessman in Toronto.") == ["CANJUD"]


def test_crowds_protest_where_they_are(code):
    assert sources(code, "Protesters stormed the Turkish consulate in Athens.") == ["GRCCVL"]


def test_a_country_or_place_of_their_own_wins(code):
    # the group's own place, its own demonym, its origin
    assert sources(code, "Police in Madrid detained a Canadian woman in Lagos.") == ["ESPCOP"]
    assert sources(code, "Canadian police detained a woman in Lagos.") == ["CANCOP"]
    assert sources(code, "Police from Germany arrested a man in Spain.") == ["DEUCOP"]


def test_groups_often_foreign_to_where_they_are_take_no_place(code):
    # an international police body and armed men cross borders: the place is not theirs
    assert sources(code, "Europol detained a Canadian woman in Lagos.") == ["IGOEUR"]
    for text in ("Soldiers arrested a British man in Dubai.", "Militants kidnapped a Canadian woman in Lagos."):
        assert not any((s or "").startswith(("ARE", "NGA")) for s in sources(code, text))


def test_no_place_leaves_the_setting_as_before(code):
    assert sources(code, "LIMA - Police arrested two men on Tuesday.") == ["PERCOP"]


def test_a_states_forces_named_for_the_state_act_at_home(code):
    # "security forces", "government troops": the state's own forces where they act
    assert set(sources(code, "Security forces opened fire on demonstrators in Khartoum.")) == {"SDNMIL"}
    assert sources(code, "Government troops attacked rebel bases in Mosul.") == ["IRQMIL"]
    # forces with a country of their own words keep it; bare "forces" and foreign ones take no place
    assert sources(code, "Chadian security forces attacked militants in Nigeria.") == ["TCDMIL"]
    assert sources(code, "Foreign forces attacked militants in Nigeria.") != ["NGAMIL"]
    assert sources(code, "Forces attacked militants in Nigeria.") != ["NGAMIL"]


def test_an_act_near_a_town_is_in_its_country(code):
    assert sources(code, "Government forces shelled rebel positions near Idlib.") == ["SYRMIL"]
    # bare "forces" near a town take no place, as in it
    assert sources(code, "Forces shelled rebel positions near Idlib.") != ["SYRMIL"]
