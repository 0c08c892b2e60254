"""Kin nouns and namesakes (actors/kin.py, actors/surnames.py `namesakes`, kb/agents.tsv kin
terms, actors/held.py `argument`). A relative named by a tie ("his sister", "the parents") is a private
person (CVL) of the country the text gives the one they are related to, else of the setting; a
kin noun beside a name is no title of that person. Two people the KB lacks who share a surname
are two people; a name put beside the one police or a court hold is that one. Sentences are
invented; each positive has a negative."""

from __future__ import annotations

from tests.event_rows import coded


def _pairs(code, text: str, trigger: str):
    return [(e[2], e[3]) for e in coded(code, text) if e[0] == trigger]


def test_a_possessed_kin_noun_is_a_private_person_of_the_possessor(code):
    text = "NAIROBI - Kenyan police arrested a man on Monday. His sister condemned the police."
    assert _pairs(code, text, "condemned") == [("KENCVL", "KENCOP")]


def test_unnamed_parents_take_the_setting(code):
    text = "NAIROBI - Police arrested the parents of the missing girl on Monday."
    assert _pairs(code, text, "arrested") == [("KENCOP", "KENCVL")]


def test_the_parents_of_a_foreign_child_are_of_the_childs_country(code):
    text = "The parents of a Canadian student criticised the Kenyan police in Nairobi on Monday."
    assert _pairs(code, text, "criticised") == [("CANCVL", "KENCOP")]
    text = "The Ugandan student's parents criticised the Kenyan police in Nairobi on Monday."
    assert _pairs(code, text, "criticised") == [("UGACVL", "KENCOP")]
    # a child the text gives no country: the parents are of the place
    text = "The parents of a student criticised the Kenyan police in Nairobi on Monday."
    assert _pairs(code, text, "criticised") == [("KENCVL", "KENCOP")]


def test_a_kin_noun_beside_a_name_is_no_title(code):
    # "son of X" says whose son he is: no sector, and so no country from the sentence
    text = "Gunmen killed Peter Otieno, son of a Kenyan businessman, on Monday."
    assert _pairs(code, text, "killed") == [("UAF", None)]
    # (in a story its dateline sets in one country he is a private person of it: residents.py)
    text = "NAIROBI - Gunmen killed Peter Otieno, son of a Kenyan businessman, on Monday."
    assert _pairs(code, text, "killed") == [("KENUAF", "KENCVL")]
    # a real title beside the name still codes him
    text = "NAIROBI - Gunmen killed Peter Otieno, a Kenyan businessman, on Monday."
    assert _pairs(code, text, "killed") == [("KENUAF", "KENBUS")]


def test_two_people_of_one_surname_are_two_people(code):
    # (Peter is not the businessman: a private person of the story's one country, residents.py)
    text = "NAIROBI - Gunmen killed Peter Otieno and the businessman Samuel Otieno on Monday."
    assert _pairs(code, text, "killed") == [("KENUAF", "KENCVL"), ("KENUAF", "KENBUS")]
    # one person named twice is still one: the title of the first mention codes the second
    text = "NAIROBI - The businessman Peter Otieno was freed on Monday. Gunmen later killed Peter Otieno."
    assert _pairs(code, text, "killed") == [("KENUAF", "KENBUS")]



def test_the_accused_is_a_held_person_named_beside_a_demonym(code):
    # "A Briton, X, appeared in court, charged with ...": X is the one held (actors/held.py
    # `argument`: an apposition is its head's argument), so "the accused" is X, a Briton
    text = (
        "A Briton, John Carter, appeared in a Nairobi court on Monday, charged with murder. "
        "Police arrested the accused in Mombasa last week."
    )
    assert _pairs(code, text, "arrested") == [("KENCOP", "GBR")]
    # not held by anyone: "the accused" is not he
    text = "A Briton, John Carter, spoke to reporters in Nairobi on Monday. Police arrested the accused in Mombasa."
    assert ("KENCOP", "GBR") not in _pairs(code, text, "arrested")


def test_a_surname_alone_is_the_kb_person_named_in_full_before(code):
    # the KB knows two Clintons, so a lone "Clinton" is neither; named in full first, it is he
    text = "WASHINGTON - Two presidents were impeached: Andrew Johnson and Bill Clinton. In 1998, the House impeached Clinton."
    assert ("USALEG", "USAGOV") in _pairs(code, text, "impeached")
    # two of that surname named before: neither
    text = "WASHINGTON - Bill Clinton and Hillary Clinton visited Kenya on Monday. In 1998, the House impeached Clinton."
    assert _pairs(code, text, "impeached") == [("USALEG", None)]


def test_a_capitalised_kin_word_is_a_title_of_address(code):
    # "Mother Teresa", "Father X": no relation, so no private person of the setting
    text = "On Monday, Mother Teresa criticised the Italian government in Rome."
    assert ("ITACVL", "ITAGOV") not in _pairs(code, text, "criticised")
    text = "On Monday, the mother criticised the Italian government in Rome."
    assert _pairs(code, text, "criticised") == [("ITACVL", "ITAGOV")]
