"""The founding article must always code well (issue 2's list, one test per check)."""

from __future__ import annotations


def events(coded, source=None, target=None, roots=None, modality=None):
    out = []
    for e in coded.events:
        if source and e.source["country"] != source:
            continue
        if target and (e.target or {}).get("country") != target:
            continue
        if roots and e.cameo_root not in roots:
            continue
        if modality and e.modality != modality:
            continue
        out.append(e)
    return out


def test_lavrov_is_russian_never_american(founding):
    lavrov = [a for a in founding.actors if "Lavrov" in a.text]
    assert lavrov, "Lavrov is not among the actors"
    for a in lavrov:
        assert (a.country, a.sector, a.code) == ("RUS", "GOV", "RUSGOV")
    assert not [e for e in founding.events if e.source["country"] == "USA"]


def test_lavrov_arrival_in_beijing(founding):
    found = [e for e in events(founding, "RUS", "CHN", {"03", "04"}, "actual") if e.trigger == "arrived"]
    assert found
    e = found[0]
    assert e.source["kb_id"] == "sergey_lavrov"
    assert e.date == "2023-10-16"
    assert e.location and e.location["name"] == "Beijing" and e.location["country"] == "CHN"


def test_lavrov_north_korea_trip_is_planned(founding):
    trips = events(founding, "RUS", "PRK", {"03", "04"})
    assert trips
    assert all(e.modality == "planned" for e in trips)
    assert any(e.date == "2023-10-18" and e.date_end == "2023-10-19" for e in trips)


def test_putin_expected_meeting_is_planned(founding):
    meet = [e for e in events(founding, "RUS", "CHN", {"03", "04"}, "planned") if e.source["kb_id"] == "vladimir_putin"]
    assert meet


def test_invasion_of_ukraine(founding):
    assert events(founding, "RUS", "UKR", {str(r) for r in range(17, 21)})


def test_china_condemned_sanctions(founding):
    assert events(founding, "CHN", None, {"11"})


def test_unrestricted_friendship(founding):
    roots = {"01", "03", "05", "06"}
    found = events(founding, "RUS", "CHN", roots) + events(founding, "CHN", "RUS", roots)
    assert [e for e in found if "unrestricted" in e.sentence and e.modality == "actual"]


def test_quotes(founding):
    by = [q.speaker["name"] for q in founding.quotes if q.speaker]
    assert sum(1 for n in by if "Gabuev" in n) >= 2
    assert "Vladimir Putin" in by


def test_two_flags(founding):
    kinds = {f.kind: f for f in founding.flags}
    assert len(founding.flags) == 2
    office = kinds["office_country"]
    assert "US diplomacy" in office.text and "Lavrov" in office.message
    credit = kinds["credit_country"]
    assert "Belt and Road" in credit.message and "Russia" in credit.claim and "China" in credit.kb_fact


def test_spans_point_at_their_text(founding):
    from tests.conftest import SAMPLE

    text = SAMPLE.read_text(encoding="utf-8")
    for a in founding.actors:
        assert text[a.span[0] : a.span[1]] == a.text
    for e in founding.events:
        assert text[e.span[0] : e.span[1]] == e.trigger
    for q in founding.quotes:
        assert text[q.span[0] : q.span[1]].strip() == q.text
    for f in founding.flags:
        assert text[f.span[0] : f.span[1]] == f.text


def test_argument_phrases_stay_inside_their_phrase(founding):
    (inv,) = [e for e in founding.events if e.cameo == "192"]
    assert inv.target_phrase["text"] == "Ukraine"
