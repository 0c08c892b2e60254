"""Doers and targets an article gives in an earlier sentence (issue 13, events/earlier.py): a
refusal or yielding of a definite thing answers the latest earlier act that asked for it (the
asker is its target); an agentless passive undoing a definite thing is done by whoever the text
says put it in place, and an undoing is aimed at whom that act was aimed at. Only a definite
noun points back, only the same thing matches, only the latest earlier act of it counts, and a
response's own target is kept. Each with a near-identical negative. Sentences are invented."""

from __future__ import annotations

DAY = "2023-10-16"


def events(code, text: str, trigger: str):
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return [e for e in c.events if e.trigger.lower() == trigger]


def target(e) -> str | None:
    return e.target.get("country") if e.target else None


def source(e) -> str | None:
    return e.source.get("country") if e.source else None


# -- a response answers the act that asked for its thing ---------------------------------
SUBPOENA = "The Kenyan parliament issued subpoenas for documents from the finance ministry on Monday. "


def test_refusing_the_things_a_subpoena_asked_for_is_aimed_at_its_issuer(code):
    (e,) = events(code, SUBPOENA + "The ministry refused to hand over the documents.", "refused")
    assert e.cameo.startswith("12") and target(e) == "KEN" and e.target["sector"] == "LEG"


def test_an_indefinite_thing_does_not_point_back(code):
    (e,) = events(code, SUBPOENA + "The ministry refused to hand over some documents.", "refused")
    assert e.target is None


def test_a_different_thing_does_not_match(code):
    (e,) = [e for e in events(code, SUBPOENA + "The ministry refused to hand over the weapons.", "refused")]
    assert e.target is None


ASKED = "Britain asked Germany to extradite the suspect. "


def test_declining_the_request_is_aimed_at_the_asker(code):
    (e,) = events(code, ASKED + "The German government declined the request.", "declined")
    assert target(e) == "GBR"


def test_declining_a_request_names_no_one(code):
    (e,) = events(code, ASKED + "The German government declined a request.", "declined")
    assert e.target is None


def test_a_passive_rejection_of_the_request(code):
    (e,) = events(code, ASKED + "The request was rejected by the German government.", "rejected")
    assert source(e) == "DEU" and target(e) == "GBR"


def test_a_refusal_with_its_own_target_keeps_it(code):
    (e,) = events(code, ASKED + "The German government rejected France's request.", "rejected")
    assert target(e) == "FRA"


def test_the_latest_asker_is_answered(code):
    text = ASKED + "France asked Germany to extradite the suspect too. The German government declined the request."
    (e,) = events(code, text, "declined")
    assert target(e) == "FRA"


DEMANDED = "The Kenyan parliament demanded that the ministry hand over the documents. "


def test_refusing_such_demands(code):
    (e,) = events(code, DEMANDED + "The ministry refused such demands.", "refused")
    assert target(e) == "KEN" and e.target["sector"] == "LEG"


def test_acceding_to_the_demand_yields_to_the_demander(code):
    (e,) = events(code, DEMANDED + "The ministry acceded to the demand.", "acceded")
    assert e.cameo.startswith("08") and target(e) == "KEN" and e.target["sector"] == "LEG"


def test_meeting_demands_of_unknown_origin(code):
    (e,) = events(code, DEMANDED + "The ministry met some demands.", "met")
    assert e.target is None


# -- an undoing is done by who put the thing in place, aimed where that was -------------
def test_a_suspended_bill_is_suspended_by_its_introducer(code):
    text = "The Kenyan government introduced a bill on land reform in March. The bill was suspended after protests."
    (e,) = events(code, text, "suspended")
    assert e.cameo.startswith("08") and source(e) == "KEN" and e.source["sector"] == "GOV"


def implied(evs) -> list[tuple[str | None, str | None, str | None]]:
    """The doers of the events as the government a state's act implies (events.yaml state_acts,
    issue 14): its text, country and where the country came from."""
    return [(e.source["text"], source(e), e.source["resolved_by"]) for e in evs if e.source]


def test_a_bill_introduced_by_no_one_named_gives_no_doer(code):
    # no doer from the earlier act; since issue 14, a bill suspended (a state's act, events.yaml
    # state_acts) is the government's of the setting's country instead (tests/test_state_doers.py)
    text = "A bill on land reform was introduced in Kenya in March. The bill was suspended after protests."
    assert implied(events(code, text, "suspended")) == [("(government)", "KEN", "paragraph")]


def test_a_different_thing_has_no_doer(code):
    # not the bill's introducer; since issue 14, the setting's government (state_acts)
    text = "The Kenyan government introduced a bill on land reform in March. The ban was lifted after protests."
    assert implied(events(code, text, "lifted")) == [("(government)", "KEN", "paragraph")]


BAN = "Uganda imposed a ban on opposition rallies in 2015. "


def test_a_mention_in_between_does_not_count(code):
    (e,) = events(code, BAN + "Protesters opposed the ban. The ban was lifted in 2021.", "lifted")
    assert source(e) == "UGA" and target(e) == "UGA"


def test_the_latest_act_decides_even_with_no_doer(code):
    # the ban lifted is the one imposed in 2018 by no one named, not Uganda's of 2015: no doer
    # from that act; since issue 14, the setting's government (state_acts)
    evs = events(code, BAN + "Another ban was imposed in 2018. The ban was lifted in 2021.", "lifted")
    assert implied(evs) == [("(government)", "UGA", "paragraph")]


SANCTIONS = "The United States imposed sanctions on Iran in 2018. "


def test_eased_sanctions_are_eased_by_their_imposer_on_their_target(code):
    (e,) = events(code, SANCTIONS + "The sanctions were eased in 2021.", "eased")
    assert source(e) == "USA" and target(e) == "IRN"


def test_some_sanctions_eased_names_no_one(code):
    assert events(code, SANCTIONS + "Some sanctions were eased in 2021.", "eased") == []


def test_an_active_undoing_is_aimed_at_the_earlier_target(code):
    (e,) = events(code, SANCTIONS + "The European Union eased the sanctions in 2021.", "eased")
    assert e.source["code"].startswith("IGOEU") and target(e) == "IRN"


def test_an_active_undoing_of_other_sanctions(code):
    (e,) = events(code, SANCTIONS + "The European Union eased its sanctions in 2021.", "eased")
    assert target(e) != "IRN"


RELEASE = "The Kenyan opposition demanded the release of the prisoners. "


def test_refusing_the_thing_a_demand_named_is_aimed_at_the_demander(code):
    (e,) = events(code, RELEASE + "The government refused to release the prisoners.", "refused")
    assert e.cameo.startswith("12") and target(e) == "KEN" and e.target["sector"] == "OPP"


def test_giving_what_was_demanded_is_aimed_at_what_it_gives(code):
    # a yielding answers the ask itself ("met the demands"), not the thing it acts on
    (e,) = events(code, RELEASE + "The government released the prisoners.", "released")
    assert e.cameo.startswith("08") and e.target is None


def test_meeting_the_demands_yields_to_the_demander(code):
    (e,) = events(code, RELEASE + "The government met the demands.", "met")
    assert e.cameo.startswith("08") and target(e) == "KEN" and e.target["sector"] == "OPP"
