"""Agentless passives of acts only a state performs (events.yaml state_acts): "a curfew was
imposed in X", "the ban was lifted", "the bill was suspended" are the government's of the
place's country, else of the setting's, aimed at its people when no target is named; never for
acts a court, a company or a person could do alone, never when an agent or another state body
is named in the sentence, never with no country. Invented sentences, each with a negative."""

from __future__ import annotations

DAY = "2023-10-16"  # a Monday


def events(code, text: str):
    c = code(text, DAY)
    assert c.article.status == "ok", c.article.error
    return c.events


def src(e) -> str | None:
    return (e.source or {}).get("code")


def tgt(e) -> str | None:
    return (e.target or {}).get("code")


def on(evs, trigger: str):
    return [(e.cameo, src(e), tgt(e)) for e in evs if e.trigger == trigger]


def test_a_curfew_imposed_in_a_city_is_its_countrys_government(code):
    evs = events(code, "A curfew was imposed in Colombo on Tuesday.")
    # the city as in the active "Sri Lankan authorities imposed a curfew in Colombo" (the passive
    # subject is the entry's own object, the curfew, not the one acted on)
    assert on(evs, "imposed") == [("1723", "LKAGOV", "LKA")]
    doer = next(e for e in evs if e.trigger == "imposed").source
    assert doer["text"] == "(government)" and doer["resolved_by"] == "place"
    # negative: no place and no setting, no country: no doer to imply
    assert on(events(code, "A curfew was imposed on Tuesday."), "imposed") == []


def test_a_state_of_emergency_declared_is_the_governments(code):
    evs = events(code, "A state of emergency was declared in Colombo on Tuesday.")
    assert on(evs, "declared") == [("1724", "LKAGOV", "LKACVL")]


def test_a_named_agent_is_the_doer(code):
    evs = events(code, "A curfew was imposed in Colombo by the army on Tuesday.")
    assert [(c, (s or "").endswith("MIL")) for c, s, _ in on(evs, "imposed")] == [("1723", True)]


def test_a_state_body_named_in_the_sentence_is_a_doer_of_its_own(code):
    # negative: the army speaks of the curfew; the government is not implied beside it
    assert on(events(code, "The Sri Lankan army said a curfew was imposed in Colombo on Tuesday."), "imposed") == []


def test_the_setting_gives_the_country_when_the_sentence_has_no_place(code):
    text = (
        "Thousands of people protested in Colombo on Saturday against a new security bill. "
        "The bill was suspended after the protests."
    )
    evs = events(code, text)
    assert on(evs, "suspended") == [("080", "LKAGOV", "LKACVL")]
    doer = next(e for e in evs if e.trigger == "suspended").source
    assert doer["resolved_by"] == "paragraph"
    # negative: no country anywhere in the text, no doer implied
    assert on(events(code, "The bill was suspended after the protests."), "suspended") == []


def test_acts_a_court_a_company_or_a_person_could_do_are_not_the_states(code):
    # negatives: a suspension of a player or of a flight is no state measure
    assert on(events(code, "The player was suspended in Colombo on Tuesday."), "suspended") == []
    assert on(events(code, "The flights were suspended in Colombo on Tuesday."), "suspended") == []
    # an arrest stays the police's (implied_agents), not the government's
    assert [s for _, s, _ in on(events(code, "A man was arrested in Colombo on Tuesday."), "arrested")] == ["LKACOP"]
    for text in ("A man was fined in Colombo on Tuesday.", "The shop was closed in Colombo on Tuesday."):
        assert all(src(e) != "LKAGOV" for e in events(code, text)), text


def test_a_ban_lifted_in_a_country_named_as_a_place(code):
    evs = events(code, "In Sri Lanka, the ban was lifted in 2011.")
    assert [(c, s) for c, s, _ in on(evs, "lifted")] == [("081", "LKAGOV")]
    # negative: a country named as the subject of saying is a doer of its own
    evs = events(code, "Sri Lanka said the ban was lifted in 2011.")
    assert all(e.source is None or e.source["text"] != "(government)" for e in evs)


def test_a_relative_pronoun_stands_for_the_measure(code):
    evs = events(code, "Residents defied the curfew, which was imposed in Colombo on Tuesday.")
    assert ("1723", "LKAGOV", "LKACVL") in on(evs, "imposed")
