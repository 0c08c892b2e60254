"""Diplomatic rows and sanctions in the words wire reports use for them (session 23, helper h1):

- "declared X persona non grata": the Latin predicate the parser misreads as a clause is mended
  (events/misparsed_verbs.py) and read as an expulsion of diplomats, 161 (GUIDELINE: expelling an
  ambassador 161) aimed at the diplomats' country (triggers-verbs.yaml, declare + grata);
- "imposed asset freezes on X": the plural noun the parser reads as a verb with "asset" for its
  subject is the object again (misparsed_verbs.py), a sanction 163 as "imposed sanctions" is;
- "sent/delivered/handed a note of protest", "a protest note": a diplomatic protest 114, no
  demonstration 141 (triggers-verbs.yaml, the note a light noun);
- "stood in solidarity with X": support 051, as "expressed solidarity with X";
- "X is open to dialogue/talks with Y": a stated will to talk, 036 (triggers-adjectives.yaml);
- a headline's two clauses "X expels ..., Y vows to respond": the vow does not make the
  expulsion planned (events/syntax.py governors);
- "the bloc", "the alliance": the EU (or another bloc the KB knows) and NATO named again
  (actors/org_kinds.py, actors.yaml `org_kind_nouns`);
- "the foreign ministry", "Foreign Minister X": "foreign" names the office, not a group foreign
  to the story (actors.yaml `context.office_after_modifiers`), so the office takes the country
  of its context; and the country named on the envoy it summons or expels ("Russia's
  ambassador") is not the doer's (actors/acted_on.py).

All sentences are invented; each positive has negatives beside it."""

from __future__ import annotations

import pytest

from tests.event_rows import acts


@pytest.mark.parametrize(
    "text, row",
    [
        ("Poland declared the Belarusian military attache persona non grata.", ("161", "POL", "BLR")),
        ("The Russian envoy was declared persona non grata by Lithuania on Monday.", ("161", "LTU", "RUS")),
        ("Hungary declared persona non grata two Ukrainian diplomats.", ("161", "HUN", "UKR")),
        ("Norway on Thursday declared three Russian diplomats persona non grata.", ("161", "NOR", "RUS")),
    ],
)
def test_persona_non_grata_is_an_expulsion(code, text, row):
    assert row in acts(code, text)


def test_persona_non_grata_outside_a_declaration_is_nothing(code):
    assert acts(code, "The singer said she felt like persona non grata in her home town.") == []


@pytest.mark.parametrize(
    "text, row",
    [
        (
            "The EU on Monday imposed asset freezes and travel bans on eleven Iranian officials.",
            ("163", "IGOEUR", "IRN"),
        ),
        ("Washington imposed an asset freeze on two Venezuelan generals.", ("163", "USAGOV", "VEN")),
        ("Britain announced asset freezes against five Belarusian judges.", ("163", "GBR", "BLR")),
        ("Canada imposed asset freezes on three Haitian gang leaders.", ("163", "CAN", "HTI")),
    ],
)
def test_asset_freezes_are_sanctions(code, text, row):
    assert row in acts(code, text)


@pytest.mark.parametrize(
    "text",
    ["Analysts said inflation rises when the currency falls.", "The minister said growth slows in winter."],
)
def test_a_reported_clause_in_the_present_stays_a_clause(code, text):
    assert acts(code, text) == []


@pytest.mark.parametrize(
    "text, row",
    [
        ("Beijing sent a letter of protest to Tokyo over the visit.", ("114", "CHNGOV", "JPN")),
        ("Seoul delivered a protest note to the Japanese embassy.", ("114", "KORGOV", "JPN")),
        ("The Foreign Ministry handed the Polish ambassador a protest note on Friday.", ("114", "GOV", "POL")),
    ],
)
def test_a_note_of_protest_is_an_official_complaint(code, text, row):
    found = acts(code, text)
    assert row in found
    assert not [r for r in found if r[0].startswith("14")]


def test_a_protest_joined_by_a_crowd_is_still_a_demonstration(code):
    assert acts(code, "Thousands of students joined a protest against the government in Dhaka.")[0][0] == "141"


@pytest.mark.parametrize(
    "text, row",
    [
        ("Britain said it stood in full solidarity with Norway.", ("051", "GBR", "NOR")),
        ("Estonia stands in solidarity with Finland, the prime minister said.", ("051", "EST", "FIN")),
        ("The Swedish government is standing in solidarity with Denmark.", ("051", "SWEGOV", "DNK")),
    ],
)
def test_standing_in_solidarity_is_support(code, text, row):
    assert row in acts(code, text)


def test_standing_somewhere_is_nothing(code):
    assert acts(code, "The crowd stood in the rain outside the stadium.") == []


@pytest.mark.parametrize(
    "text, row",
    [
        ("The EU remained open to dialogue with Iran on its nuclear programme.", ("036", "IGOEUR", "IRN")),
        ("Seoul said it was open to talks with Pyongyang.", ("036", "KORGOV", "PRK")),
        ("Colombia's government is open to negotiations with the ELN rebels.", ("036", "COLGOV", "COL")),
    ],
)
def test_open_to_talks_is_intent_to_negotiate(code, text, row):
    assert row in acts(code, text)


@pytest.mark.parametrize(
    "text", ["The border crossing was open to traffic on Sunday.", "The museum is open to visitors from Tuesday."]
)
def test_open_to_other_things_is_nothing(code, text):
    assert acts(code, text) == []


def test_a_headline_vow_does_not_make_the_clause_before_it_planned(code):
    c = code("Norway expels three Russian diplomats over spy ring, Moscow vows to respond", "2025-11-20")
    assert [(e.cameo, e.modality) for e in c.events if e.trigger == "expels"] == [("161", "actual")]
    c = code("Japan imposes sanctions on Pyongyang, North Korea threatens to retaliate", "2025-11-20")
    assert [(e.cameo, e.modality) for e in c.events if e.trigger == "imposes"] == [("163", "actual")]
    # a reported clause keeps its own future
    c = code("Russia will expel two Estonian diplomats, the ministry said.", "2025-11-20")
    assert [(e.cameo, e.modality) for e in c.events] == [("161", "planned")]


def test_the_bloc_and_the_alliance_name_the_organisation_again(code):
    assert ("111", "IGONAT", "RUS") in acts(
        code, "NATO leaders met in Brussels on Monday. The alliance condemned Russia."
    )
    found = acts(code, "The European Union imposed sanctions on Iran. The bloc also froze the assets of two judges.")
    assert [r for r in found if r[0] == "163"] == [("163", "IGOEUR", "IRN"), ("163", "IGOEUR", "IRN")]
    assert ("051", "USAGOV", "IGOEUR") in acts(
        code, "The EU imposed sanctions on Iran on Monday. Washington applauded the bloc for its decision."
    )


def test_a_bloc_or_alliance_of_its_own_words_is_no_organisation(code):
    # "the ruling alliance", "the opposition bloc": a party grouping, not NATO or the EU
    found = acts(code, "NATO met on Monday. The ruling alliance condemned the opposition in Ankara.")
    assert not [r for r in found if r[1] == "IGONAT" and r[0] == "111"]
    found = acts(code, "The EU met on Monday. The opposition bloc criticised the budget in Kyiv.")
    assert not [r for r in found if r[1] == "IGOEUR"]
    # with no organisation named before, "the bloc" is no one
    assert not [r for r in acts(code, "The bloc condemned the coup.") if (r[1] or "").startswith("IGO")]


@pytest.mark.parametrize(
    "text, row",
    [
        ("OSLO - The foreign ministry summoned Russia's ambassador.", ("114", "NORGOV", "RUS")),
        ("OSLO - Foreign Minister Espen Barth Eide summoned Russia's ambassador.", ("114", "NORGOV", "RUS")),
        ("WARSAW - The foreign ministry expelled two Belarusian diplomats.", ("161", "POLGOV", "BLR")),
        ("NAIROBI - The foreign ministry summoned Uganda's envoy on Monday.", ("114", "KENGOV", "UGA")),
    ],
)
def test_a_foreign_ministry_is_of_its_story_not_of_the_envoy_it_summons(code, text, row):
    assert acts(code, text) == [row]


@pytest.mark.parametrize(
    "text", ["OSLO - Foreign journalists criticised Russia.", "OSLO - Foreign troops attacked the town."]
)
def test_foreign_groups_stay_foreign(code, text):
    assert not [r for r in acts(code, text) if (r[1] or "").startswith("NOR")]


@pytest.mark.parametrize(
    "text, row",
    [
        ("The Kremlin, asked about the case on Thursday, declined to comment.", ("011", "RUSGOV", None)),
        ("Pyongyang, asked about the talks, rejected the offer.", ("120", "PRKGOV", None)),
        ("The Kremlin, Peskov said, declined to comment.", ("011", "RUSGOV", None)),
    ],
)
def test_a_participle_set_off_after_the_subject_leaves_it_the_verbs(code, text, row):
    assert row in acts(code, text)


def test_a_plain_passive_and_a_conjoined_verb_have_no_subject_to_move(code):
    assert acts(code, "He was asked about the case and declined to comment.") == []
