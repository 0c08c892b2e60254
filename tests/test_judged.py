"""Gerunds naming someone else's act (events/judged.py, events.yaml judged_for, protested_against):
the doer of a "for" gerund after a verb of judging, rewarding or punishing is the one judged (the
object, or the passive subject), not the judge; a gerund "against"/"over" after a protest or a
warning is another's act, with no doer unless one is named. Sentences are invented; each positive
has a negative beside it."""

from __future__ import annotations

from tests.event_rows import coded


def doers(code, text: str, trigger: str):
    """(cameo, source, target) of the events on one trigger word."""
    return [e[1:4] for e in coded(code, text) if e[0] == trigger]


def test_the_one_criticised_for_an_act_did_it(code):
    assert doers(code, "Germany criticised Turkey for arresting journalists.", "arresting") == [("173", "TUR", "MED")]
    assert doers(code, "France condemned Russia for bombing the hospital.", "bombing") == [("190", "RUS", "HLH")]
    # the judging itself stays the judge's
    assert doers(code, "Germany criticised Turkey for arresting journalists.", "criticised") == [("111", "DEU", "TUR")]
    # a gerund of means is the subject's own act
    assert doers(code, "Germany helped Turkey by arresting journalists.", "arresting") == [("173", "DEU", "MED")]


def test_the_one_thanked_or_sanctioned_for_an_act_did_it(code):
    assert doers(code, "Japan thanked China for hosting the talks.", "hosting") == [("043", "CHN", None)]
    assert doers(code, "The European Union sanctioned Russia for invading Ukraine.", "invading") == [
        ("192", "RUS", "UKR")
    ]
    # with no judging verb, the subject does the act
    assert doers(code, "Japan asked China about hosting the talks.", "hosting") != [("043", "CHN", None)]


def test_the_passive_subject_of_a_judging_verb_did_the_act(code):
    assert doers(code, "Russia was sanctioned for invading Ukraine.", "invading") == [("192", "RUS", "UKR")]
    text = "Turkey was criticised by Germany for arresting journalists."
    assert doers(code, text, "arresting") == [("173", "TUR", "MED")]
    assert doers(code, text, "criticised") == [("111", "DEU", "TUR")]
    # those arrested for protesting protested; the police did not
    text = "Kenyan protesters were arrested for protesting in Nairobi."
    assert [e[1] for e in doers(code, text, "protesting")] == ["KENCVL"]
    assert doers(code, text, "arrested") == [("173", "KENCOP", "KENCVL")]


def test_a_protest_against_an_act_is_not_the_protesters_act(code):
    text = "Thousands of Pakistani protesters protested against bombing the town."
    assert doers(code, text, "bombing") == []
    assert [e[1] for e in coded(code, text) if e[0] == "protested"] == ["141"]
    # a doer named on the act keeps it
    text = "Thousands of Pakistani protesters protested against Israel's bombing of Gaza."
    assert [e[2] for e in coded(code, text) if e[0] == "bombing"] == ["ISR"]
    # a warning against an act is not the warner's act either
    assert doers(code, "Pakistan warned against attacking Iran.", "attacking") == []
    assert [e[1] for e in coded(code, "Pakistan warned against attacking Iran.")] == ["130"]
    # a gerund after a verb of fighting is the fighter's own act
    assert doers(code, "Pakistan fought against Taliban rebels by bombing the town.", "bombing") == [("190", "PAK", None)]
