"""A call for, criticism or praise of an investigation is aimed at the government that holds or
should hold it (events/policy_targets.py, events.yaml policy_nouns: investigation, inquiry,
probe), as a demand about a bill is; an international body (IGO/NGO: no country of its own)
speaks to the government of where the story is, as a domestic source does. Negatives: a
foreign state, an investigation whose owner the text names, an investigation "into" an act
(aimed at its doer, if the text names one), an act no investigation is about.
Sentences are invented."""

from __future__ import annotations

DAY = "2023-10-16"
D = "NAIROBI - "  # a dateline: the article is set in Kenya


def event(code, text: str, trigger: str):
    c = code(D + text, DAY)
    assert c.article.status == "ok", c.article.error
    (e,) = [e for e in c.events if e.trigger.lower() == trigger]
    return e


def target_code(e) -> str | None:
    return e.target.get("code") if e.target else None


def test_an_international_ngo_calls_on_the_government_of_the_setting(code):
    e = event(code, "Amnesty International has called for an independent investigation.", "called")
    assert e.source["code"].startswith("NGO") and e.cameo.startswith("02") and target_code(e) == "KENGOV"


def test_an_international_body_demands_an_inquiry(code):
    e = event(code, "The United Nations demanded an independent inquiry on Monday.", "demanded")
    assert e.source["code"].startswith("IGO") and target_code(e) == "KENGOV"


def test_domestic_criticism_of_the_probe(code):
    e = event(code, "The Kenyan opposition leader criticised the probe on Monday.", "criticised")
    assert e.cameo.startswith("11") and target_code(e) == "KENGOV"


def test_a_foreign_state_calling_for_an_investigation_names_no_one(code):
    e = event(code, "China called for an investigation into the shooting.", "called")
    assert e.source["country"] == "CHN" and e.target is None


def test_an_investigation_whose_owner_is_named_is_that_owners(code):
    e = event(code, "Amnesty International criticised Germany's investigation into the shooting.", "criticised")
    assert e.target["country"] == "DEU"


def test_an_investigation_into_an_act_is_left_to_that_acts_doer(code):
    # "into" names what is looked into: its doer is the target, none here (elsewhere.py _inquired_doer)
    e = event(code, "Amnesty International has called for an investigation into a shooting.", "called")
    assert e.target is None


def test_an_ngo_condemning_violence_names_no_government(code):
    e = event(code, "Amnesty International condemned the violence on Monday.", "condemned")
    assert e.target is None
