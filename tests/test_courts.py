"""Judicial and penal acts in whole articles (events/courts.py, events.yaml guilt_verbs,
clearing_verbs): a finding or plea of guilt establishes the crime it names, done by the one held
guilty to the one it was done to; a clearing, a charge or an accusation establishes nothing. The
victim's own demonym is its country. Sentences are invented; each positive has a negative."""

from __future__ import annotations

from tests.event_rows import DAY, coded


def crimes(code, text: str):
    """The acts of force coded, target by country (its sector is the setting's guess)."""
    return [(*e[:3], (e[3] or "")[:3]) for e in coded(code, text) if e[1].startswith("18")]


def test_found_guilty_of_a_crime_is_the_crime_by_the_convicted(code):
    text = "Two Kenyan police officers were found guilty of raping a Canadian tourist."
    assert crimes(code, text) == [("raping", "1821", "KENCOP", "CAN")]
    assert [e[4] for e in coded(code, text) if e[0] == "raping"] == ["actual"]
    assert crimes(code, "Two Kenyan police officers were acquitted of raping a Canadian tourist.") == []


def test_found_not_guilty_is_an_acquittal(code):
    # "not" on the adjective: no finding against anyone (116) and no crime established
    text = "Two Kenyan police officers were found not guilty of raping a Canadian tourist."
    assert [e[1] for e in coded(code, text)] == []
    assert [e[1] for e in coded(code, "A third Kenyan defendant was found not-guilty.")] == []
    assert [e[1] for e in coded(code, "The Kenyan High Court found the law not unconstitutional.")] == []
    # the finding of guilt beside it is still coded
    assert [e[1] for e in coded(code, "A third Kenyan defendant was found guilty.")] == ["116"]
    assert [e[1] for e in coded(code, "The Kenyan High Court found the law unconstitutional.")] == ["116"]


def test_a_court_convicting_someone_of_a_crime_is_not_the_courts_crime(code):
    text = "A Kenyan court convicted two Kenyan officers of murdering a Canadian tourist."
    assert crimes(code, text) == [("murdering", "1823", "KENCOP", "CAN")]
    assert crimes(code, "A Kenyan court found two Kenyan officers guilty of raping a Canadian tourist.") == [
        ("raping", "1821", "KENCOP", "CAN")
    ]
    # an acquittal establishes no act, neither the court's nor the accused's
    assert crimes(code, "A Kenyan court acquitted two Kenyan officers of murdering a Canadian tourist.") == []
    assert crimes(code, "A Kenyan court cleared two Kenyan officers of murdering a Canadian tourist.") == []


def test_a_guilty_plea_names_the_crime(code):
    assert crimes(code, "Two Kenyan officers pleaded guilty to raping a Canadian tourist.") == [
        ("raping", "1821", "KENCOP", "CAN")
    ]
    # a charge is an allegation: no crime coded
    assert crimes(code, "Two Kenyan officers were charged with raping a Canadian tourist.") == []
    assert crimes(code, "Two Kenyan officers were accused of raping a Canadian tourist.") == []


def test_the_victims_own_demonym_is_its_country(code):
    assert ("killed", "190", "UAF", "GBRCVL", "actual") in coded(code, "Gunmen killed two British tourists in Nairobi.")
    # with none, the country of the place
    assert ("killed", "190", "UAF", "KENCVL", "actual") in coded(code, "Gunmen killed two tourists in Nairobi.")


def test_a_prison_sentence_is_imprisonment(code):
    assert coded(code, "The Kenyan governor was sentenced to ten years in prison.") == [
        ("sentenced", "173", "KENJUD", "KENGOV", "actual")
    ]
    assert [e[:2] for e in coded(code, "A Nairobi court sentenced the Kenyan governor to life.")] == [
        ("sentenced", "173")
    ]
    # a death sentence or a date is no prison term: the court's sentencing (116)
    assert [e[:2] for e in coded(code, "The Kenyan governor was sentenced to death.")] == [("sentenced", "116")]
    assert [e[:2] for e in coded(code, "The Kenyan governor was sentenced on Monday.")] == [("sentenced", "116")]


def test_both_standing_alone_stands_for_the_ones_named_before(code):
    text = "Two Kenyan police officers were found guilty of fraud. Both received seven-year prison terms."
    assert ("terms", "173", "KENJUD", "KENCOP", "actual") in coded(code, text)
    # "both" as a determiner is no pronoun: the phrase's own noun
    text = "Two Kenyan police officers were found guilty of fraud. Both Kenyan ministers received prison terms."
    assert ("terms", "173", "KENJUD", "KENGOV", "actual") in coded(code, text)
    # with no one named before, "both" stands for no one
    assert coded(code, "Both received seven-year prison terms.") == []


def test_a_sentence_handed_down_is_undergone_by_no_giver(code):
    # the passive subject of a giving verb undergoes the act; its active subject gives it (events.yaml giving_verbs)
    assert ("sentences", "173", "KENJUD", "KENCOP", "actual") in coded(
        code, "Two Kenyan police officers were handed ten-year sentences."
    )
    text = "Judge Mary Otieno, presiding in the high court in Nairobi, handed down the sentence."
    assert not [e for e in coded(code, text) if e[2] == e[3]]
    assert not [e for e in coded(code, "The Nairobi court gave a harsh sentence on Monday.") if e[2] == e[3]]


def test_one_sent_to_face_trial_undergoes_it_not_the_sender(code):
    # the object of the verb a subjectless "to face" completes faces the act (courts.sent_to_face)
    text = "Spain extradited the former Peruvian president to face charges in Lima."
    assert ("charges", "115", "PERJUD", "PERELI", "actual") in coded(code, text)
    assert [e[3] for e in coded(code, "Spain flew the Peruvian minister home to face trial.")] == ["PERGOV"]
    # with no object, the one who goes faces it
    text = "The Peruvian minister returned to Lima to face trial."
    assert ("trial", "115", "PERJUD", "PERGOV", "actual") in coded(code, text)


def test_an_undergone_act_takes_the_date_of_its_verb(code):
    c = code("Two Kenyan officers were found guilty of fraud. Both on Thursday received seven-year prison terms.", DAY)
    assert [e.date for e in c.events if e.trigger == "terms"] == ["2023-10-12"]


def test_a_person_an_implied_police_holds_is_of_its_country(code):
    assert coded(code, "An individual has been arrested in Warsaw.") == [
        ("arrested", "173", "POLCOP", "POLCVL", "actual")
    ]
    assert ("charged", "115", "SAUJUD", "SAUCVL", "actual") in coded(
        code, "Eleven individuals have been charged with fraud in Saudi Arabia."
    )
    # a tourist is no person of the place; a thing found is no arrest
    assert coded(code, "A tourist has been arrested in Warsaw.") == [("arrested", "173", "POLCOP", None, "actual")]
    assert coded(code, "A bomb was found in Warsaw.") == []
