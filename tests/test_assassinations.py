"""Assassinations and their attempts (events/assassinations.py, events/attempts.py attempted,
events.yaml assassinated_offices, killing_verbs, attempt_codes, undergoing_objects): the killing
of one political office holder by a doer that is no state's force is CAMEO's assassination
(186); an assassination only tried ("an assassination attempt", "an attempted assassination",
"tried to assassinate") is its attempt (185), actual as the trying is; one who "survived" an
attack underwent it. Soldiers' and police killings, many victims and wounding keep their codes.
Sentences are invented."""

from __future__ import annotations

from tests.event_rows import coded


def codes(code, text: str) -> list[tuple[str, str | None, str]]:
    """(cameo, target, modality) of every event."""
    return [(c, t, m) for _, c, _, t, m in coded(code, text)]


def test_gunmen_shooting_dead_a_mayor_assassinate_him(code):
    assert [c for c, _, _ in codes(code, "Gunmen shot dead the mayor of a town in Guerrero state on Saturday.")] == [
        "186"
    ]
    assert codes(code, "The mayor of Iguala was shot dead on Sunday.") == [("186", "MEXGOV", "actual")]
    got = codes(code, "Gunmen killed a prominent opposition leader in Bujumbura on Friday.")
    assert got == [("186", "BDIOPP", "actual")]


def test_killings_that_are_no_assassination(code):
    # soldiers and police kill in a fight or an arrest; many victims; a soldier is no office holder
    assert codes(code, "The police shot dead a suspect in Nairobi.")[0][0] == "193"
    assert codes(code, "US special forces killed the Islamic State leader in Syria.")[0][0] == "190"
    assert codes(code, "Unknown gunmen killed three Nigerian soldiers in Borno on Monday.")[0][0] == "190"
    # shot, not killed
    assert not any(c == "186" for c, _, _ in codes(code, "Gunmen shot the governor of Kandahar, wounding him."))


def test_an_assassination_attempt_is_185(code):
    got = codes(code, "The governor of Kandahar survived an assassination attempt in Kabul on Tuesday.")
    assert got == [("185", "AFGGOV", "actual")]
    got = codes(code, "An attempted assassination of the Haitian president failed on Sunday.")
    assert got == [("185", "HTIGOV", "actual")]
    got = codes(code, "A gunman tried to assassinate the Slovak prime minister in Handlova on Wednesday.")
    assert got == [("185", "SVKGOV", "actual")]


def test_an_assassination_done_stays_186(code):
    got = codes(code, "The opposition leader was assassinated outside his home in Lagos.")
    assert got == [("186", "NGAOPP", "actual")]
    assert codes(code, "The gunman did not try to assassinate the Slovak prime minister.") in (
        [],
        [("186", "SVKGOV", "negated")],
        [("185", "SVKGOV", "negated")],
    )


def test_a_convoy_that_survived_an_ambush_underwent_it(code):
    got = coded(code, "The Malian army convoy survived an ambush near Gao on Monday.")
    assert [(w, c, t) for w, c, _, t, _ in got] == [("survived", "190", "MLIMIL")]
