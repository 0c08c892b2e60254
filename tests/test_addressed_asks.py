"""An ask made by a participle or purpose infinitive of asking after a verb that addresses
someone ("wrote to Y asking", "phoned Y, demanding") is aimed at the one addressed, and is the
addresser's even where the parser hangs the participle on the addressee (events.yaml
addressing_verbs, asking_words; events/calls.py): invented sentences, with negatives."""

from __future__ import annotations

from tests.event_rows import acts


def _asks(code, text):
    return [(c, s, t) for c, s, t in acts(code, text) if c.startswith(("02", "10"))]


def test_written_to_is_the_target_of_the_ask(code):
    got = _asks(code, "The Kenyan foreign minister wrote to the Tanzanian president asking for an urgent meeting.")
    assert [(s, t) for _, s, t in got] == [("KENGOV", "TZA")]


def test_the_writer_asks_when_the_participle_hangs_on_the_addressee(code):
    got = _asks(code, "The mayor of Lviv wrote to the German chancellor requesting air defence systems.")
    assert [(s, t) for _, s, t in got] == [("UKRGOV", "DEU")]


def test_a_letter_sent_to_someone(code):
    got = _asks(code, "Poland sent a letter to the Lithuanian government asking for more funds.")
    assert [(s, t) for _, s, t in got] == [("POL", "LTU")]


def test_phoned_with_a_demand_or_a_purpose(code):
    got = _asks(code, "The Iraqi prime minister phoned the Turkish president, demanding an end to the strikes.")
    assert [(c[:2], s, t) for c, s, t in got] == [("10", "IRQGOV", "TUR")]
    got = _asks(code, "The Kenyan president telephoned his Ugandan counterpart to urge restraint.")
    assert [(s, t) for _, s, t in got] == [("KENGOV", "UGA")]


def test_no_addressee_no_target(code):
    assert _asks(code, "The Kenyan minister wrote a book asking why the war began.") == []
    got = _asks(code, "The Kenyan foreign minister said on Monday, asking for an urgent meeting.")
    assert all(t is None for _, _, t in got)


def test_met_and_a_speakers_own_participle_are_left_as_they_were(code):
    # meeting addresses no one: the participle stays the met one's
    got = _asks(code, "The Kenyan minister met the Turkish president asking for nothing.")
    assert [(s, t) for _, s, t in got] == [("TURGOV", None)]
    # the speaker's own participle: the speaker's, aimed at no one
    got = _asks(code, "The German chancellor, requesting anonymity, said the talks had failed.")
    assert [(s, t) for _, s, t in got] == [("DEUGOV", None)]


def test_a_newspaper_written_to_is_no_target(code):
    got = _asks(code, "The Kenyan minister wrote to the paper demanding that Tanzania withdraw its troops.")
    assert all(s == "KENGOV" for _, s, _ in got)
    assert all(t != "MED" and t != "KENMED" for _, _, t in got)


def test_addressed_a_body_but_troops_sent_address_no_one(code):
    got = _asks(code, "The Kenyan president addressed the Ugandan parliament, urging calm.")
    assert [(s, t) for _, s, t in got] == [("KENGOV", "UGA")]
    # troops are no message: sending them to a place addresses no one there
    got = _asks(code, "France sent troops to Mali, demanding an end to the violence.")
    assert [(s, t) for _, s, t in got] == [("FRA", None)]
