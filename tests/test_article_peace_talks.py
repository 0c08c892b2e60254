"""Two invented whole articles (tests/data/articles/peace-talks-1.txt: Colombia and the ELN agree
a ceasefire at talks in Mexico City mediated by a Norwegian envoy; -2.txt: a UN Security Council
resolution demanding humanitarian access in Sudan), hand-coded by GUIDELINE.md before the coder ran
(peace-talks-1.hand.tsv, -2.hand.tsv). They are read as the command line reads a text file (the
first line as the title), so a story filed from a venue abroad is set in the country it is about
(actors/setting.py). The events the coder gets right that matter are asserted (source/target code,
CAMEO root, modality, date), with things it must not code."""

from __future__ import annotations

import pytest

from tests.event_rows import ARTICLES, Row, has_row


def events(nlp, name: str, day: str) -> list[Row]:
    """(trigger, source code, target code, root, modality, date) of an article read from its file."""
    from newsgraph.pipeline import code_article

    from newsgraph.read import iter_articles

    (article,) = list(iter_articles([ARTICLES / name], day))
    c = code_article(article, nlp=nlp)
    assert c.article.status == "ok", c.article.error
    return [
        (e.trigger, (e.source or {}).get("code"), (e.target or {}).get("code"), e.cameo_root, e.modality, e.date)
        for e in c.events
    ]


@pytest.fixture(scope="module")
def talks(nlp):
    return events(nlp, "peace-talks-1.txt", "2026-03-12")


@pytest.fixture(scope="module")
def council(nlp):
    return events(nlp, "peace-talks-2.txt", "2026-05-22")


has = has_row


def test_talks_ceasefire_release_and_accusations(talks):
    # the ceasefire each side's; a title naming Mexico City only as the venue keeps the story Colombia's
    assert has(talks, "agreed", "COLGOV", "COLREB", "08", date="2026-03-12")
    assert has(talks, "agreed", "COLREB", "COLGOV", "08", date="2026-03-12")
    assert has(talks, "freed", "COLREB", "COLMIL", "08")
    assert has(talks, "freed", "COLREB", "COLCOP", "08")
    assert has(talks, "release", "COLGOV", "COLREB", "08", modality="planned")
    assert has(talks, "urged", "COLGOV", "COLREB", "02")
    # "Rebel commander X ... accused the army": the rebels', not the army's own
    assert has(talks, "accused", "COLREB", "COLMIL", "11")
    # troops "came under fire from ELN fighters": the ELN's fire
    assert has(talks, "come", "COLREB", "COLMIL", "19")


def test_talks_reactions_and_background(talks):
    assert has(talks, "welcomed", "MEXGOV", "COLGOV", "05")
    # "praised the accord" after Mexico "welcomed the agreement": the parties', not Mexico's
    assert has(talks, "praised", "VEN", "COLGOV", "05")
    assert has(talks, "praised", "VEN", "COLREB", "05")
    # an offer to host talks "in May" is made now; May is the talks'
    assert has(talks, "offered", "VEN", None, "03", date="2026-03-12")
    # the offensive of January 2025, by the ELN
    assert any(r[0] == "launched" and r[1] == "COLREB" and r[3] == "19" and r[5] == "2025-01-01" for r in talks)
    # "Petro suspended the negotiations days later": still January 2025
    assert any(r[0] == "suspended" and r[1] == "COLGOV" and r[3] == "16" and r[5] == "2025-01-01" for r in talks)
    assert has(talks, "signed", "COLREB", "COLGOV", "05", date="2016-01-01")
    assert has(talks, "welcomed", "IGOUNO", "COLGOV", "05")


def test_talks_not_coded(talks):
    # the venue's country is no side: no Mexican rebels, soldiers or parties
    assert not any((r[1] or "").startswith("MEX") and r[1] != "MEXGOV" for r in talks)
    assert not any((r[2] or "").startswith("MEX") for r in talks)
    # "urged the rebels to stop kidnapping civilians": no kidnapping reported
    assert not any(r[3] == "18" for r in talks)
    # the US "lists" the ELN and is "following the process": nothing
    assert not any(r[0] in ("lists", "following") for r in talks)


def test_council_demand_statements_and_veto(council):
    assert has(council, "demanding", "IGOUNO", "SDNPTY", "10", date="2026-05-22") or any(
        r[0] == "demanding" and r[1] == "IGOUNO" and (r[2] or "").startswith("SDN") and r[3] == "10" for r in council
    )
    assert has(council, "accused", "GBRGOV", "SDNREB", "11")
    assert any(
        r[0] == "criticised" and r[1] == "RUSGOV" and (r[2] or "").startswith("GBR") and r[3] == "11" for r in council
    )
    assert has(council, "welcomed", "SDNGOV", "IGOUNO", "05")
    assert has(council, "besieged", "SDNREB", "SDN", "19", date="2024-05-01")
    assert has(council, "accused", "SDNREB", "SDNMIL", "11")
    assert has(council, "called", "SLEGOV", "SDNMIL", "02")
    assert has(council, "called", "SLEGOV", "SDNREB", "02")
    assert has(council, "urged", "USAGOV", "ARE", "02")
    assert any(r[0] == "vetoed" and r[1] == "RUS" and r[2] == "GBR" and r[3] == "12" for r in council)
    assert has(council, "condemned", "GBR", "RUS", "11")


def test_council_not_coded(council):
    # "The British-drafted text was approved, with Russia and China abstaining. It calls on ...":
    # the text's call, not China's
    assert not any(r[0] == "calls" and (r[1] or "").startswith(("CHN", "RUS")) for r in council)
    # abstaining is no event; co-hosts of the Jeddah talks are no visit to each other
    assert not any(r[0] in ("abstaining", "abstain", "abstained") for r in council)
    assert not any(r[0] == "hosted" and r[2] in ("SAU", "USA") for r in council)
    # "urged the UAE to use its influence to end the siege": no siege ended
    assert not any(r[0] == "end" for r in council)
    # "The council will meet again in June": a body's own session
    assert not any(r[0] == "meet" for r in council)
