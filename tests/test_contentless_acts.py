"""Acts with nothing a CAMEO code can classify are no events (GUIDELINE Scope): a bare statement
issued, released, made or published (its content keeps its own trigger), a bare declaration or a
claimed election victory (what is declared keeps its entry); a trip that reaches no
host (CAMEO 042 is a visit of one actor to another); an offer of goods, services or a gift (no
intent to cooperate, 03x). Invented sentences, each with the near twin that is still coded."""

from __future__ import annotations

import pytest

from tests.event_rows import acts, coded


def _on(code, text: str, trigger: str) -> list[tuple[str, str | None, str | None]]:
    """(cameo, source code, target code) of the events on one trigger word."""
    return [(c, s, t) for w, c, s, t, _ in coded(code, text) if w == trigger]


# -- statements --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, trigger",
    [
        ("The Chilean foreign ministry issued a statement on Monday.", "issued"),
        ("The Chilean foreign ministry released a statement after the vote.", "released"),
        ("The Chilean senator made the announcement on Twitter.", "made"),
        ("The Chilean president made a brief statement to reporters.", "made"),
        ("The Chilean health ministry published a report on Friday.", "published"),
        ("The Chilean navy released the data on Monday.", "released"),
        ("No cause had yet been released for the fire by Chilean authorities.", "released"),
        ("The Chilean interior ministry issued a statement that a prisoner had been stabbed.", "issued"),
    ],
)
def test_a_bare_statement_is_no_event(code, text, trigger):
    assert _on(code, text, trigger) == []


@pytest.mark.parametrize(
    "text, trigger",
    [
        # declared mourning is no bare declaration: a symbolic act (017, GUIDELINE.md conventions;
        # tests/test_symbolic_statements.py)
        ("The Chilean senator declared his candidacy for president.", "declared"),
        ("The Chilean mayor declared Monday a public holiday.", "declared"),
        ("The Chilean opposition leader claimed victory in the presidential election.", "claimed"),
    ],
)
def test_a_bare_declaration_or_claimed_victory_is_no_event(code, text, trigger):
    assert _on(code, text, trigger) == []


@pytest.mark.parametrize(
    "text, cameo",
    [
        ("The Chilean government declared a curfew in Santiago.", "1723"),
        ("The Chilean army declared martial law in the province.", "1724"),
        ("The Chilean government declared the Peruvian rebel group a terrorist organisation.", "112"),
        ("The Chilean president declared his support for the French plan.", "051"),
        ("The Chilean president declared an end to the fighting in the north.", "010"),
        ("Chile declared a new partnership with Peru.", "050"),
    ],
)
def test_what_is_declared_is_still_coded(code, text, cameo):
    assert [x for x, _, _ in _on(code, text, "declared")] == [cameo]


def test_support_declared_for_no_one_named_is_no_event(code):
    # support (051) is of someone: of no one named it is no dyad (events/partnerless.py); of the
    # French plan it is coded above
    assert _on(code, "The Chilean president declared his support for the plan.", "declared") == []


def test_a_statements_content_is_still_coded(code):
    c = "The Chilean foreign ministry issued a statement condemning the attack on its embassy in Lima."
    assert ("111", "CHLGOV") in [(x, s) for x, s, _ in acts(code, c)]
    c = "The Chilean foreign ministry released a statement criticising the Peruvian government."
    assert ("111", "CHLGOV", "PERGOV") in _on(code, c, "criticising")
    assert [x for x, _, _ in _on(code, "The Chilean government issued a statement of condemnation.", "issued")] == [
        "111"
    ]
    c = "The Chilean foreign ministry issued a statement calling for restraint."
    assert [x for x, _, _ in _on(code, c, "calling")] == ["020"]


def test_releasing_people_is_still_a_release(code):
    assert [x for x, _, _ in _on(code, "Chile released two Peruvian prisoners on Friday.", "released")] == ["0841"]


# -- visits ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Police arrived and arrested the man.", "arrived"),
        ("Chilean officers arrived at the supermarket six minutes later.", "arrived"),
        ("The Chilean church group was travelling from Santiago to a theme park.", "travelling"),
        ("The Chilean president visited the wounded in hospital on Monday.", "visited"),
    ],
)
def test_a_trip_to_no_host_is_no_visit(code, text, trigger):
    assert _on(code, text, trigger) == []


def test_a_visit_to_a_host_is_still_coded(code):
    assert _on(code, "The Chilean president travelled to Peru on Monday.", "travelled") == [("042", "CHLGOV", "PER")]
    assert _on(code, "The Chilean foreign minister arrived in Lima for talks.", "arrived")[0][:2] == ("042", "CHLGOV")
    assert [(e[1], e[4]) for e in coded(code, "The Chilean president will visit Peru next week.")] == [
        ("042", "planned")
    ]
    # a noun that calls it a visit keeps it, with its host
    assert [x for x, _, _ in _on(code, "The Chilean president's visit to Peru was postponed.", "visit")] == ["042"]


# -- offers ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, trigger",
    [
        ("The Chilean firm offered a discount to its customers.", "offered"),
        ("The inn is the only business offering food and accommodation in the Chilean town.", "offering"),
        ("Chilean police officers offered the tourist a tour of their headquarters.", "offered"),
        ("The painting was offered to the Chilean president in 2017.", "offered"),
    ],
)
def test_an_offer_of_goods_or_a_gift_is_no_intent_to_cooperate(code, text, trigger):
    assert _on(code, text, trigger) == []


@pytest.mark.parametrize(
    "text, cameo",
    [
        ("Chile offered to mediate between Peru and Bolivia.", "039"),
        ("Chile offered aid to Peru after the earthquake.", "033"),
        ("Chile offered its support to Peru.", "032"),
        ("The Chilean government offered a deal to the rebels.", "030"),
        ("Chile offered talks with Bolivia.", "036"),
        ("Chile offered condolences to the families of the victims.", "018"),
        ("The Chilean government offered to cooperate with the inquiry.", "030"),
    ],
)
def test_an_offer_of_cooperation_is_still_coded(code, text, cameo):
    assert {x for x, _, _ in _on(code, text, "offered")} == {cameo}


# -- a poll share, an accident looked into -------------------------------------------------------
def test_a_poll_share_is_no_support(code):
    assert _on(code, "The Chilean senator had only reached 3 percent support in two polls.", "support") == []
    assert _on(code, "Peru thanked the Chilean president for his support.", "thanked")[0][0] == "051"
    assert _on(code, "Peru voiced its support for the Chilean president.", "voiced") == [("051", "PER", "CHLGOV")]


def test_an_accident_looked_into_is_no_investigation(code):
    assert (
        _on(code, "The crash was being investigated by Chilean police and the transport board.", "investigated") == []
    )
    assert _on(code, "Chilean police are investigating the crash of the bus.", "investigating") == []
    # a crime, or a fire or blast that may be arson or a bombing, is still looked into
    assert [x for x, _, _ in _on(code, "Chilean police are investigating the shooting.", "investigating")] == ["090"]
    assert [
        x for x, _, _ in _on(code, "Chilean police are investigating the fire at the mosque.", "investigating")
    ] == ["090"]


# -- a hazard warning --------------------------------------------------------------------------------
def test_a_natural_hazard_warning_is_no_threat(code):
    text = "The Chilean weather service has issued a flash flood warning covering the south."
    assert _on(code, text, "issued") == []
    assert _on(code, "A storm warning was issued by Chilean authorities.", "issued") == []
    # a warning to an actor, or against a deed, is still a threat
    assert _on(code, "The Chilean army issued a warning to Peru.", "issued") == [("130", "CHLMIL", "PER")]
    text = "The Chilean air force issued warnings against attempts to enter the base."
    assert [x for x, _, _ in _on(code, text, "issued")] == ["130"]
