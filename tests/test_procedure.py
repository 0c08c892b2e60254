"""Acts of office holders and legislatures: resigning, proposing one's own legislation (0344),
a vote against a bill (120), legalising (081), a ban a signed law makes (172, aimed at the
state's own people: events/own_people.py), and the office an "as" phrase gives a name no other
stage made an actor (actors/as_office.py). Invented sentences, each beside a negative."""

from __future__ import annotations

from tests.event_rows import DAY, acts


def actor_codes(code, text: str) -> dict[str, str | None]:
    c = code(text, DAY)
    return {a.text: a.code for a in c.actors}


def test_resigned_as_an_office_gives_the_name_that_office(code):
    text = "On Monday, Tomas Varga Lindqvist resigned as the mayor of Nairobi, Kenya."
    assert acts(code, text) == [("0831", "KENGOV", None)]
    assert acts(code, "On Monday, Tomas Varga Lindqvist resigned himself to defeat in Nairobi, Kenya.") == []


def test_sworn_in_as_gives_the_office_but_codes_no_event(code):
    text = "Oleksiy Brandt-Morales was sworn in as the president of Ghana on Monday."
    assert actor_codes(code, text).get("Oleksiy Brandt-Morales") == "GHAGOV"
    assert acts(code, text) == []  # CAMEO has no code for taking office
    # an "as" phrase that names no office gives none
    assert (
        actor_codes(code, "Oleksiy Brandt-Morales served as a reminder of Ghana's past.").get("Oleksiy Brandt-Morales")
        != "GHAGOV"
    )


def test_a_plain_resignation_has_no_target(code):
    assert acts(code, "The Kenyan minister resigned on Friday.") == [("0831", "KENGOV", None)]


def test_proposing_ones_own_legislation_is_an_intent_to_change_institutions(code):
    assert acts(code, "Senator Amos Kiprono of Kenya proposed an amendment to the Kenyan constitution.") == [
        ("0344", "KENLEG", None)
    ]
    assert acts(code, "Kenyan Senator Amos Kiprono introduced a bill to cut taxes.") == [("0344", "KENLEG", None)]
    assert acts(code, "Kenyan Senator Amos Kiprono proposed marriage to his partner.") == []


def test_a_vote_against_a_bill_is_a_rejection(code):
    assert acts(code, "The Kenyan Senate voted against the bill on Tuesday.") == [("120", "KENLEG", None)]
    assert acts(code, "Kenyan voters voted in the election on Tuesday.") == []


def test_a_vote_against_any_course_of_action_is_a_rejection(code):
    # whatever a body votes against, not only a bill or a resolution
    assert acts(code, "The Kenyan Senate voted against a delay of the referendum.") == [("120", "KENLEG", None)]
    assert acts(code, "The Kenyan Senate voted against confirming the nominee.") == [("120", "KENLEG", None)]
    # voting for it is no rejection
    assert acts(code, "The Kenyan Senate voted for a delay of the referendum.") == []


def test_a_vote_against_a_person_or_a_war_is_left_out(code):
    # an election, and a legislator's record on his own state's war
    assert acts(code, "The Kenyan Senate voted against him on Tuesday.") == []
    assert acts(code, "The Kenyan Senate voted against the war in Somalia.") == []


def test_legalising_eases_a_prohibition_on_the_states_own_people(code):
    assert acts(code, "The Kenyan parliament voted to legalize cannabis.") == [("081", "KENLEG", "KEN")]
    assert acts(code, "The Kenyan parliament voted to elect a speaker.") == []


def test_a_signed_law_that_bans_is_aimed_at_the_states_people(code):
    assert acts(code, "Kenya's president signed a law banning plastic bags.") == [("172", "KENGOV", "KEN")]
    assert acts(code, "Kenya's president signed autographs for fans.") == []
    # a signed international agreement stays 057, with its other party
    assert acts(code, "Kenya's president signed a trade agreement with Uganda.") == [("057", "KENGOV", "UGA")]
    # a ban on another country's goods is a sanction on that country, not on the own people
    assert acts(code, "The Kenyan government banned imports from Uganda.") == [("163", "KENGOV", "UGA")]


def test_a_country_named_as_a_whole_bans_as_its_government(code):
    # "Kenya" is its government: its ban on a thing is aimed at its own people
    assert acts(code, "Kenya imposed a ban on plastic bags in 2017.") == [("172", "KEN", "KEN")]
    # its ban on another country's goods stays a sanction on that country
    assert acts(code, "Kenya imposed a ban on Ugandan sugar in 2017.") == [("163", "KEN", "UGA")]
    # a company is no state: its ban is aimed at no one named
    assert ("172", "KENBUS", "KEN") not in acts(code, "Safaricom, a Kenyan company, imposed a ban on plastic bags.")


def test_each_state_bans_for_its_own_people(code):
    got = acts(code, "Kenya and Uganda have imposed bans on plastic bags.")
    assert sorted(got) == [("172", "KEN", "KEN"), ("172", "UGA", "UGA")]
    got = acts(code, "The Kenyan and Ugandan governments have imposed bans on plastic bags.")
    assert sorted(got) == [("172", "KENGOV", "KEN"), ("172", "UGAGOV", "UGA")]


def test_cosponsoring_a_bill_endorses_it(code):
    assert [a[:2] for a in acts(code, "Kenyan Senator Amos Kiprono cosponsored the government's bill.")] == [("051", "KENLEG")]
    assert acts(code, "Kenyan Senator Amos Kiprono sponsored the football team.") == []
