"""A state shutting people out of political life (CAMEO 172 administrative sanctions): parties
dissolved, politicians disqualified or barred (1722), newspapers, broadcasters and the internet
shut down (1721), officials purged (172). The doer is an organ of a state and the object makes
the act political; a body of no named country takes the state's (own_people.yaml). Invented
sentences, each with negatives that look alike."""

from __future__ import annotations

from tests.event_rows import acts


def _sanctions(code, text):
    return [row for row in acts(code, text) if row[0].startswith("172")]


def test_a_party_dissolved_or_disbanded_by_a_state(code):
    assert ("1722", "THAGOV", "THA") in _sanctions(code, "Thai authorities dissolved the main opposition party.")
    assert ("1722", "THAJUD", "THA") in _sanctions(
        code, "Thailand's constitutional court ordered the dissolution of the opposition party."
    )


def test_sugar_a_band_or_a_union_dissolving_is_no_ban(code):
    assert _sanctions(code, "The chemist dissolved the sugar in water.") == []
    assert _sanctions(code, "The rebels disbanded their group.") == []
    assert _sanctions(code, "The dissolution of the Soviet Union in 1991 ended the Cold War.") == []


def test_a_politician_disqualified_barred_or_stripped(code):
    got = _sanctions(code, "The Supreme Court of Pakistan disqualified the prime minister.")
    assert ("1722", "PAKJUD", "PAK") in got
    got = _sanctions(code, "Egypt's electoral commission barred the opposition leader from running in the election.")
    assert [c for c, _, t in got] == ["1722"] and got[0][2] == "EGY"
    assert [c for c, _, _ in _sanctions(code, "A Kenyan court stripped the lawmaker of his seat.")] == ["1722"]


def test_an_athlete_disqualified_or_stripped_is_no_ban(code):
    assert _sanctions(code, "The club disqualified the athlete.") == []
    assert _sanctions(code, "The committee stripped the athlete of his medal.") == []
    assert _sanctions(code, "The committee disqualified the mayor from the race.") == []


def test_the_press_and_the_internet_shut_down_by_a_state(code):
    # no outlet named as an actor: the state's own people
    got = _sanctions(code, "The Iranian government shut down the internet across the country.")
    assert ("1721", "IRNGOV", "IRN") in got
    assert ("1721", "MMRGOV", "MMR") in _sanctions(code, "Authorities in Myanmar shut down two TV stations.")
    got = _sanctions(code, "The Indian government imposed an internet shutdown in Kashmir.")
    assert ("1721", "INDGOV", "IND") in got
    assert ("1721", "CHNGOV", "CHN") in _sanctions(code, "Beijing shut down the newspaper Apple Daily.")


def test_a_firm_closing_its_own_papers_or_a_station_closed_is_no_sanction(code):
    assert _sanctions(code, "The company closed its website for maintenance.") == []
    assert _sanctions(code, "Gannett closed 20 newspapers last year.") == []
    assert _sanctions(code, "Police closed the railway station after a bomb threat.") == []
    assert _sanctions(code, "The company shut down the factory for maintenance.") == []
    assert _sanctions(code, "The government shutdown ended after 35 days.") == []


def test_officials_purged_by_a_state(code):
    got = _sanctions(code, "The Turkish government fired thousands of judges after the failed coup.")
    assert ("172", "TURGOV", "TUR") in got


def test_a_minister_or_adviser_sacked_by_the_head_of_government(code):
    # the one dismissed is the target; with only "his minister" to go by, no people are (own_people named_only)
    assert _sanctions(code, "Israeli Prime Minister Benjamin Netanyahu dismissed the finance minister.") == [
        ("172", "ISRGOV", "ISR")
    ]
    assert _sanctions(code, "Brazilian President Jair Bolsonaro sacked his justice minister, Sergio Moro.") == [
        ("172", "BRAGOV", "BRA")
    ]
    assert _sanctions(code, "Brazilian President Jair Bolsonaro fired his finance minister.") == [
        ("172", "BRAGOV", None)
    ]


def test_a_minister_met_appointed_or_a_ministers_claim_dismissed_is_no_purge(code):
    assert _sanctions(code, "Brazilian President Jair Bolsonaro met his finance minister on Friday.") == []
    assert _sanctions(code, "Brazilian President Jair Bolsonaro appointed a new finance minister.") == []
    assert _sanctions(code, "Brazilian President Jair Bolsonaro dismissed the minister's remarks as nonsense.") == []
    assert _sanctions(code, "The Brazilian company fired its finance director.") == []
    assert _sanctions(code, "The club sacked its chief executive after the defeat.") == []
    # the leader's own staff is no state office
    assert _sanctions(code, "Brazilian President Jair Bolsonaro fired his national security adviser.") == []


def test_a_coach_or_workers_fired_is_no_purge_and_charges_dismissed_a_denial(code):
    assert _sanctions(code, "The club fired the coach.") == []
    assert _sanctions(code, "The company fired 200 workers.") == []
    assert _sanctions(code, "The army suspended the soldier after the incident.") == []
    assert _sanctions(code, "The judge dismissed the charges.") == []
    assert [c for c, _, _ in acts(code, "Protesters blocked the road.")] == ["144"]


def test_parliament_suspended_by_a_state_is_its_own(code):
    assert ("172", "TUNGOV", "TUN") in _sanctions(code, "Tunisia's president suspended parliament.")
