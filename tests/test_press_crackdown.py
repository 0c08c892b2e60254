"""Rules read while coding a press crackdown and a parliamentary crisis (session 23, helper h6).
All sentences are invented; each positive has negatives beside it.

- A past participle fronted before its main clause with no subject of its own ("[Detained]
  without a warrant, the journalists were ...") is a reduced passive: the main clause's subject
  is its patient, its doer unnamed (coding/adjuncts.py `fronted_passive_adjunct`).
- Walking out of a legislature, or boycotting it or its sittings, is a protest (143); walking
  out of talks halts them (164) (triggers-verbs.yaml).
- A state revoking, cancelling, suspending or withdrawing a licence, permit or accreditation
  imposes an administrative sanction (172) on the holder (triggers-verbs.yaml).
- A charge, lawsuit or verdict (115, 116) is an act a later "criticised [the charges]" points
  back to, though its root is a reaction root (events.yaml `reacted_to_codes`).
- A time phrase of a binding verb's to-infinitive ("agreed to meet again on Sunday") dates the
  later act, not the agreement (modality.yaml `planned` and `committing_verbs`, when/attach.py)."""

from __future__ import annotations

from tests.event_rows import DAY, acts, coded


def test_a_fronted_participle_acts_on_the_main_subject(code):
    rows = coded(code, "Detained without a warrant, the Egyptian journalist was held for three weeks.")
    assert [(r[1], r[2], r[3]) for r in rows] == [("173", "EGYCOP", "EGYMED")]
    rows = coded(code, "Charged with sedition last year, the Thai student leader appeared in court on Monday.")
    assert [(r[1], r[2]) for r in rows] == [("115", "THAJUD")]
    assert rows[0][3].startswith("THA")
    rows = coded(code, "Arrested in 2019, the Hong Kong publisher was sentenced to 20 years by a court on Friday.")
    # the arrest's patient is the publisher, not the court that is the sentence's doer
    assert ("Arrested", "173") in [(r[0], r[1]) for r in rows]
    assert not any(r[0] == "Arrested" and (r[3] or "").endswith("JUD") for r in rows)


def test_a_fronted_participle_is_not_the_main_subjects_own_act(code):
    # the accused minister is no accuser
    assert not any(
        r[1].startswith("11") for r in coded(code, "Accused of corruption, the Peruvian minister resigned on Monday.")
    )
    # a perfect participle ("having arrested") and an active clause keep the subject as doer
    rows = coded(code, "Having arrested the men, Nigerian police charged them with robbery.")
    assert ("arrested", "173", "NGACOP") in [r[:3] for r in rows]
    rows = coded(code, "Asked about the sanctions, the Chinese foreign minister criticised Washington.")
    assert [(r[1], r[2], r[3]) for r in rows] == [("111", "CHNGOV", "USAGOV")]


def test_a_clause_with_its_own_passive_subject_keeps_it(code):
    # "after a surprise attack was carried out by X": the attack, not the main clause's soldiers
    text = "At least three Turkish soldiers were killed and ten others were wounded after an attack was carried out by Islamic State."
    rows = coded(code, text)
    assert any(r[0] == "killed" and r[3] == "TURMIL" for r in rows)
    assert not any(r[0] == "carried" and (r[3] or "").startswith("TUR") for r in rows)


def test_walking_out_of_or_boycotting_a_legislature_is_a_protest(code):
    rows = coded(code, "Opposition lawmakers walked out of parliament in Tbilisi on Tuesday.")
    assert [(r[0], r[1]) for r in rows] == [("walked", "143")]
    assert rows[0][2].startswith("GEO")
    assert [
        (r[1], r[2]) for r in coded(code, "The Georgian opposition has boycotted parliament since the election.")
    ] == [("143", "GEOOPP")]
    assert [(r[1], r[2]) for r in coded(code, "Serbia's opposition boycotted parliamentary sessions for a month.")] == [
        ("143", "SRBOPP")
    ]


def test_walking_out_elsewhere(code):
    # out of talks: halted negotiations; a labour walkout stays a strike; out of a building: nothing
    assert [r[1] for r in coded(code, "The Venezuelan delegation walked out of the talks in Oslo.")] == ["164"]
    assert [r[1] for r in coded(code, "Nurses walked out on Wednesday over pay.")] == ["143"]
    assert coded(code, "The Bolivian minister walked out of the building after the speech.") == []
    # boycotted talks are refused talks, as before
    assert [r[1] for r in coded(code, "The Kenyan opposition boycotted the talks.")] == ["125"]


def test_a_state_revoking_a_licence_sanctions_its_holder(code):
    rows = acts(code, "Kenya's media regulator suspended the licence of three television stations on Monday.")
    assert rows == [("172", "KENGOV", "KEN")]
    rows = acts(
        code, "The Bangladeshi information ministry revoked the licence of the Daily Dhaka newspaper on Sunday."
    )
    assert rows == [("172", "BGDGOV", "BGD")]
    rows = acts(code, "Zimbabwe's government cancelled the operating permit of an independent radio station.")
    assert rows == [("172", "ZWEGOV", "ZWE")]


def test_a_licence_lapsing_or_taken_by_no_state_is_no_sanction(code):
    assert acts(code, "The company's licence expired last year.") == []
    assert acts(code, "The Kenyan bank revoked the loan.") == []


def test_criticism_of_charges_is_aimed_at_who_charged(code):
    text = (
        "A Turkish court on Monday charged four Kurdish mayors with terrorism. "
        "The German foreign ministry urged Ankara to respect the rule of law. "
        "The European Union condemned the charges on Tuesday."
    )
    assert ("111", "IGOEUR", "TUR") in acts(code, text)
    assert ("111", "IGOEUR", "DEU") not in acts(code, text)
    text = (
        "An Iranian court sentenced the French researcher to five years on Saturday. "
        "The German foreign ministry summoned Iran's ambassador. The European Union condemned the sentence."
    )
    assert ("111", "IGOEUR", "IRN") in acts(code, text)
    # a reaction is still to the latest act, not to another reaction
    assert ("111", "GBRGOV", "RUS") in acts(code, "Russia expelled two British diplomats. London condemned the move.")


def dated(code, text: str) -> list[tuple[str, str, str, str | None]]:
    """(trigger, cameo, modality, date) of every event, the story dated Monday 2023-10-16."""
    return [(e.trigger, e.cameo, e.modality, e.date) for e in code(text, DAY).events]


def test_an_agreement_is_not_dated_by_the_act_agreed_on(code):
    rows = dated(code, "The Kenyan and Ugandan presidents agreed to meet again on Sunday.")
    assert ("agreed", "036", "actual", "2023-10-16") in rows  # not the Sunday before the story
    assert ("meet", "036", "planned", "2023-10-22") in rows
    rows = dated(code, "Iran and Saudi Arabia agreed to hold talks in Baghdad next week.")
    assert {r[3] for r in rows if r[0] == "agreed"} == {"2023-10-16"}
    assert {r[3] for r in rows if r[0] == "hold"} == {"2023-10-23"}
    rows = dated(code, "Russia agreed to release the Ukrainian prisoners on Friday.")
    assert {r[3] for r in rows if r[0] == "agreed"} == {"2023-10-16"}


def test_the_agreements_own_date_and_other_verbs_keep_theirs(code):
    rows = dated(code, "Iran and Saudi Arabia agreed on Tuesday to hold talks in Baghdad next week.")
    assert {r[3] for r in rows if r[0] == "agreed"} == {"2023-10-10"}
    # a verb that binds no later act ("is expected to meet") still takes its infinitive's date
    rows = dated(code, "Putin is expected to meet Xi Jinping on Wednesday.")
    assert {r[3] for r in rows if r[0] == "meet"} == {"2023-10-18"}
    # a plain act keeps its own date
    rows = dated(code, "The Polish president visited Kyiv on Saturday.")
    assert rows and rows[0][3] == "2023-10-14"
