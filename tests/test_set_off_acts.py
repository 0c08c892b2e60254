"""An indefinite act noun set off after its clause stands for that clause's act (events/set_off_acts.py,
events.yaml set_off_determiners): "X did Y, a move Z condemned", "..., a decision criticised by Z",
"..., a step that drew praise from Z" report Z's reaction to X's act, aimed at X (CAMEO codes
criticism, praise and rejection at the doer of the act). Each with negatives: no reaction, no doer
named, no set-off noun. Sentences and articles are invented for these tests."""

from __future__ import annotations

from tests.event_rows import acts


def reactions(code, text: str):
    """(cameo, source code, target country or code) of the criticisms (11) and praise (05)."""
    return [a for a in acts(code, text) if a[0].startswith(("11", "05"))]


def test_a_move_the_reactor_condemned_is_aimed_at_the_clauses_doer(code):
    text = "Hungary expelled three Serbian diplomats on Tuesday, a move Serbia condemned as hostile."
    assert reactions(code, text) == [("111", "SRB", "HUN")]
    # a relative word, and a participle with its doer in a "by" phrase
    assert reactions(code, "Hungary expelled three Serbian diplomats on Tuesday, a move that Serbia denounced.") == [
        ("111", "SRB", "HUN")
    ]
    assert reactions(code, "Hungary expelled three Serbian diplomats on Tuesday, a decision criticised by Serbia.") == [
        ("111", "SRB", "HUN")
    ]


def test_praise_of_a_set_off_step(code):
    text = "Chile freed four Peruvian fishermen on Sunday, a step welcomed by Peru."
    assert reactions(code, text) == [("051", "PER", "CHL")]


def test_a_reaction_noun_a_set_off_move_drew(code):
    text = "Hungary expelled three Serbian diplomats on Tuesday, a move that drew condemnation from Serbia."
    assert reactions(code, text) == [("111", "SRB", "HUN")]


def test_the_doer_is_the_main_clauses_not_a_participles(code):
    # the noun hangs on "the arrests", inside "condemning ...": the move is the parliament's resolution
    text = (
        "Police in Togo detained dozens of students on Friday. The European Parliament adopted a resolution "
        "condemning the arrests, a move the Togolese foreign ministry denounced as interference."
    )
    assert reactions(code, text) == [("111", "IGOEUR", "TGO"), ("111", "TGOGOV", "IGOEUR")]


def test_no_reaction_in_the_nouns_clause_codes_nothing_more(code):
    text = "Hungary expelled three Serbian diplomats on Tuesday, a move that surprised observers."
    assert reactions(code, text) == []


def test_an_unnamed_doer_gives_no_target(code):
    # an agentless passive names no one whose act the move was
    text = "Three Serbian diplomats were expelled on Tuesday, a move Serbia condemned."
    assert [t for _, _, t in reactions(code, text)] in ([], [None])


def test_a_noun_not_set_off_is_read_as_before(code):
    # "a move by X to ...": the owner in the phrase; "the move" points back to an earlier act
    assert reactions(code, "Serbia condemned a move by Hungary to expel three diplomats.") == [("111", "SRB", "HUN")]
    assert reactions(code, "Hungary expelled three Serbian diplomats on Tuesday. Serbia condemned the move.") == [
        ("111", "SRB", "HUN")
    ]
    # a person set off by a comma is no act: the reaction in its clause stays aimed at no one
    text = "Police in Togo arrested the activist on Monday, a man the government has criticised for years."
    assert [t for c, _, t in acts(code, text) if c == "111"] in ([], [None])


def test_a_reaction_naming_another_actor_is_not_aimed_at_the_clauses_doer(code):
    # "blamed on Y": Y is accused, not the doer of the clause before
    text = "Hungary expelled three Serbian diplomats on Tuesday, a move Serbia blamed on Austria."
    assert "HUN" not in [t for _, _, t in reactions(code, text)]
