"""Rules found by coding two invented whole articles (a summit, a nuclear dispute; session 23,
h5), each tried on further invented sentences in other words and countries, positives with
negatives beside them:

- a person named by an organisation's title alone ("the UN Secretary-General ... He urged") or
  by a capitalised title ("Oman's Foreign Minister ... He was received") is a he/she candidate
  (actors/pronouns.py), and a relative clause's "who" is its antecedent when an object pronoun
  is resolved ("met X, who urged him": him is not X);
- "received" with a person as object (or passive subject) is hosting (043, with the visit 042);
- a gerund a denial governs ("denied targeting civilians") is negated, not hypothetical
  (events/denials.py);
- "has not ruled out X" leaves X open: no negated rejection (modality.yaml negated_openings);
- a delegation walking out of talks or a summit halts negotiations (164), a labour walkout
  stays a strike (143);
- "Secretary of State X" is the KB person X (actors/entities.py: the title's "of" phrase ends
  the title, not a longer name);
- "restored/reinstated sanctions on X" imposes them (163);
- a relative clause on a list ("Britain, France and Germany, which reimposed ...") is each
  member's act (events/participants.py).

All sentences are invented."""

from __future__ import annotations

from tests.event_rows import DAY, coded


def rows(code, text: str) -> list[tuple[str, str, str | None, str | None, str]]:
    """(trigger, cameo, source, target, modality) of every event."""
    return coded(code, text)


def dyads(code, text: str) -> set[tuple[str | None, str | None, str]]:
    """(source, target, cameo) of every event."""
    return {(s, t, c) for _, c, s, t, _ in coded(code, text)}


# --------------------------------------------------------------------------- title-only persons


def test_an_igo_title_alone_is_the_he_of_the_next_sentence(code):
    assert ("IGOUNO", "ISR", "020") in dyads(
        code, "The United Nations Secretary-General spoke in Geneva. He urged Israel to stop the offensive."
    )
    assert ("IGONAT", "LTU", "051") in dyads(
        code, "The NATO Secretary General arrived in Vilnius on Monday. He praised Lithuania for its defence spending."
    )
    # a person named in the pronoun's own sentence still wins
    found = rows(
        code,
        "The UN Secretary-General spoke on Monday. Hungarian Prime Minister Viktor Orban said he would veto the plan.",
    )
    assert found and all(s == "HUNGOV" for _, _, s, _, _ in found)


def test_a_capitalised_title_is_the_he_or_she_received_by_a_host(code):
    found = dyads(
        code, "Oman's Foreign Minister arrived in Tehran on Thursday. He was received by President Ebrahim Raisi."
    )
    assert ("IRNGOV", "OMNGOV", "043") in found and ("OMNGOV", "IRNGOV", "042") in found
    found = dyads(
        code, "Kenya's Defence Minister landed in Kampala on Monday. She was received by President Yoweri Museveni."
    )
    assert ("UGAGOV", "KENGOV", "043") in found and ("KENGOV", "UGAGOV", "042") in found


def test_receiving_a_person_is_hosting_a_letter_is_not(code):
    found = dyads(code, "President Lula received Emmanuel Macron at the Planalto palace on Tuesday.")
    assert ("BRAGOV", "FRAGOV", "043") in found and ("FRAGOV", "BRAGOV", "042") in found
    assert rows(code, "The ministry received a letter from Moscow on Monday.") == []


def test_an_object_pronoun_in_a_relative_clause_is_not_the_antecedent(code):
    text = (
        "Nigerian President Bola Tinubu held talks with South African President Cyril Ramaphosa, "
        "who pressed him to reopen a border post."
    )
    assert ("ZAFGOV", "NGAGOV", "020") in dyads(code, text)
    text = (
        "Brazilian President Lula da Silva met Argentine President Alberto Fernandez, who invited him to Buenos Aires."
    )
    assert ("ARGGOV", "BRAGOV", "036") in dyads(code, text)
    assert ("USAGOV", "INDGOV", "051") in dyads(
        code, "Indian Prime Minister Narendra Modi spoke with Joe Biden, who praised him for the trade deal."
    )
    # a coordinated verb keeps its own reading
    assert ("ZAFGOV", "NGAGOV", "020") in dyads(code, "Ramaphosa met Tinubu and urged him to reopen the border.")


# --------------------------------------------------------------------------- denials, "not ruled out"


def test_a_denied_gerund_is_negated(code):
    for text in (
        "The militia denied targeting civilians.",
        "Myanmar's army denied killing villagers in Sagaing.",
        "The Ethiopian government denied bombing the market in Amhara.",
    ):
        found = rows(code, text)
        assert any(c == "016" for _, c, _, _, _ in found), text
        force = [m for _, c, _, _, m in found if c.startswith("19")]
        assert force == ["negated"], (text, found)
    # an admission is no denial: the act is reported as done
    assert [
        m for _, c, _, _, m in rows(code, "Myanmar's army admitted killing villagers in Sagaing.") if c == "190"
    ] == ["actual"]


def test_not_ruling_out_is_no_rejection(code):
    for text in (
        "Japan said it had not ruled out further sanctions against North Korea.",
        "The European Union has not ruled out sending observers to Venezuela.",
        "Germany did not rule out a boycott of the World Cup.",
    ):
        assert not any(c.startswith("12") for _, c, _, _, _ in rows(code, text)), text
    # ruling something out is a rejection
    assert ("JPN", "PRK", "125") in dyads(code, "Japan ruled out talks with North Korea.")


# --------------------------------------------------------------------------- walkouts


def test_walking_out_of_talks_halts_negotiations(code):
    assert [(c, s) for _, c, s, _, _ in rows(code, "The Sudanese delegation walked out of the summit on Friday.")] == [
        ("164", "SDNGOV")
    ]
    text = "Venezuela's envoy walked out of the United Nations General Assembly session as the US president spoke."
    assert ("VENGOV", "IGOUNO", "164") in dyads(code, text)
    assert any(
        c == "164" for _, c, _, _, _ in rows(code, "Russia's foreign minister walked out of a G20 meeting in Bali.")
    )


def test_other_walkouts_are_no_halted_talks(code):
    assert [c for _, c, _, _, _ in rows(code, "Dockworkers walked out on Wednesday in Rotterdam.")] == ["143"]
    assert not any(
        c == "164" for _, c, _, _, _ in rows(code, "Opposition lawmakers walked out of parliament in Nairobi.")
    )


# --------------------------------------------------------------------------- "Secretary of State X"


def test_a_title_with_an_of_phrase_keeps_the_kb_person(code):
    c = code("Secretary of State Antony Blinken condemned Iran on Monday.", DAY)
    assert [(e.source or {}).get("kb_id") for e in c.events] == ["antony_blinken"]
    assert [(e.source or {}).get("code") for e in c.events] == ["USAGOV"]
    assert dyads(code, "Secretary of Defense Lloyd Austin visited Manila on Monday.") == {("USAMIL", "PHLGOV", "042")}
    assert dyads(code, "Minister of Foreign Affairs Sergei Lavrov condemned Israel on Monday.") == {
        ("RUSGOV", "ISR", "111")
    }


# --------------------------------------------------------------------------- sanctions restored


def test_restored_or_reinstated_sanctions_are_imposed(code):
    assert dyads(code, "Britain restored sanctions on Iran in September 2022.") == {("GBR", "IRN", "163")}
    assert dyads(code, "Canada reinstated sanctions on Venezuela last year.") == {("CAN", "VEN", "163")}
    assert rows(code, "The European Union will restore its arms embargo on Belarus next month.") == [
        ("restore", "163", "IGOEUR", "BLR", "planned")
    ]
    # restored ties are diplomatic cooperation; restored power is nobody's act
    assert dyads(code, "Washington restored diplomatic ties with Havana in 2015.") == {("USAGOV", "CUBGOV", "050")}
    assert rows(code, "Power was restored to the capital after the storm.") == []


# --------------------------------------------------------------------------- relative clauses on lists


def test_a_relative_clause_on_a_list_is_each_members_act(code):
    text = "Britain, France and Germany, which reimposed sanctions on Iran in 2022, urged Tehran to reverse course."
    found = dyads(code, text)
    assert {("GBR", "IRN", "163"), ("FRA", "IRN", "163"), ("DEU", "IRN", "163")} <= found
    found = dyads(code, "Peru and Chile, which recalled their ambassadors from Caracas last week, met in Lima.")
    assert {("PER", "VEN", "161"), ("CHL", "VEN", "161")} <= found
    # one antecedent, one doer
    found = dyads(code, "Britain, which imposed sanctions on Iran in 2022, urged Tehran to reverse course.")
    assert [s for s, _, c in found if c == "163"] == ["GBR"]
