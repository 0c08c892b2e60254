"""Courts' rulings (triggers-verbs.yaml, the 116/115/12/10 entries beside "find guilty") and the
its/their that names the body whose act is judged (actors.yaml judging_verbs, actors/context.py).
A ruling that an act is unlawful, a ruling against a party, striking down a law and a finding of
contempt are legal findings against that party (116); an appeal of a ruling is legal action (115);
a court's order to a party is a demand (10); dismissing a party's lawsuit rejects it (12).
Sentences are invented; each positive has a negative beside it."""

from __future__ import annotations

from tests.event_rows import coded

BORDER = "The Kenyan government closed the border. "


def codes(code, text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(trigger, cameo, source code, target code) of every event but the BORDER sentence's own
    (a border closed by a state is 172: tests/test_seizures_borders.py)."""
    return [e[:4] for e in coded(code, text) if e[0] != "closed"]


def test_a_ruling_that_an_act_is_unlawful_is_a_finding_against_its_owner(code):
    # "its" is the body of the sentence before, not the court that rules
    assert codes(code, BORDER + "The court ruled its decision unlawful.") == [("ruled", "116", "KENJUD", "KENGOV")]
    assert codes(code, BORDER + "A Nairobi court ruled that its decision was unlawful.") == [
        ("ruled", "116", "KENJUD", "KENGOV")
    ]
    assert [e[:2] for e in codes(code, "The Kenyan Supreme Court declared the law unconstitutional.")] == [
        ("declared", "116")
    ]
    # ruling out talks is a rejection, ruling a country is no event, declaring a fact no finding
    assert [e[1] for e in codes(code, "The Kenyan High Court ruled out new talks with the opposition.")] == ["125"]
    assert codes(code, "President Ruto ruled the country for a decade.") == []
    assert codes(code, "The Kenyan Supreme Court declared that the talks had failed.") == []


def test_ruling_against_a_party_striking_down_a_law_and_contempt(code):
    assert codes(code, "The Kenyan Supreme Court ruled against the government.") == [
        ("ruled", "116", "KENJUD", "KENGOV")
    ]
    assert codes(code, "The Kenyan Supreme Court ruled in favour of the government.") == []
    assert [e[:2] for e in codes(code, "The Kenyan Supreme Court struck down the new tax law.")] == [("struck", "116")]
    # a person struck down is force, not a ruling
    assert [e[1] for e in codes(code, "Gunmen struck down a Kenyan police officer in Nairobi.")] == ["190"]
    assert codes(code, "A Nairobi judge found the Kenyan interior minister in contempt of court.") == [
        ("found", "116", "KENJUD", "KENGOV")
    ]
    assert codes(code, "Kenyan police found the interior minister in his office.") == []


def test_a_courts_order_to_a_party_is_a_demand(code):
    assert codes(code, "A Kenyan court ordered the government to release the activists.")[0] == (
        "ordered",
        "1053",
        "KENJUD",
        "KENGOV",
    )
    assert codes(code, "A Kenyan court ordered the government to publish the report.")[0] == (
        "ordered",
        "100",
        "KENJUD",
        "KENGOV",
    )
    assert [e[:2] for e in codes(code, "The court ordered the company to pay compensation.")] == [("ordered", "100")]
    # a leader ordering his own forces makes no demand of another party
    assert not [e for e in codes(code, "President Ruto ordered the Kenyan army to leave the town.") if e[1][:2] == "10"]


def test_an_appeal_of_a_ruling_is_legal_action_and_a_dismissed_lawsuit_a_rejection(code):
    assert coded(code, "The Kenyan government said it would appeal the ruling.") == [
        ("appeal", "115", "KENGOV", None, "planned")
    ]
    assert [e[1] for e in codes(code, "The Kenyan president appealed for calm.")] == ["020"]
    assert codes(code, "The Kenyan High Court dismissed the opposition's lawsuit.") == [
        ("dismissed", "120", "KENJUD", "KENOPP")
    ]
    assert codes(code, "The Kenyan president dismissed his chief of staff.") == []


def test_its_of_a_judged_act_is_another_body_and_never_the_judge_itself(code):
    assert codes(code, BORDER + "Uganda condemned its decision.") == [("condemned", "111", "UGA", "KENGOV")]
    # "its own": the subject's; alone in its text, "its" has no other body to stand for
    assert codes(code, BORDER + "Uganda condemned its own decision.") == [("condemned", "111", "UGA", None)]
    assert codes(code, "Uganda condemned its decision.") == [("condemned", "111", "UGA", None)]
    # defending one's own decision is aimed at no one, not at oneself: with no one else, a
    # defence (052) is no dyad and no event (events/partnerless.py)
    assert codes(code, "The Kenyan government defended its decision to close the border.") == []


def test_the_sentence_before_a_ruling_is_whole_though_the_parser_split_it_at_a_quoted_question(code):
    text = (
        'For weeks, the Kenyan administration has tried to add the question, "Where were you born?", '
        "to the census. In June, the Kenyan Supreme Court ruled against its attempt."
    )
    assert ("ruled", "116", "KENJUD", "KENGOV") in codes(code, text)
    # a quotation that opens a sentence is a sentence of its own: no look further back
    text = 'The Kenyan administration met. "We are ready." In June, the court ruled against its attempt.'
    assert ("ruled", "116", "KENJUD", "KENGOV") not in codes(code, text)
