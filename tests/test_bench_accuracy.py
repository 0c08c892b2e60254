"""bench/accuracy.py: the scoring functions on hand-made gold/produced lists, and the record parser."""

from __future__ import annotations

import importlib.util
import io
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("bench_accuracy", ROOT / "bench" / "accuracy.py")
assert _spec and _spec.loader
acc = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("bench_accuracy", acc)  # dataclasses look their module up there
_spec.loader.exec_module(acc)

Gold, Record = acc.Gold, acc.Record


def actor(code, text=""):
    return {"code": code, "text": text, "country": None, "sector": None}


def ev(src, tgt, cameo, modality="actual", src_text="", tgt_text=""):
    return {
        "source": actor(src, src_text),
        "target": None if tgt is None else actor(tgt, tgt_text),
        "cameo": cameo, "cameo_root": cameo[:2], "modality": modality, "trigger": "t", "rule": "r",
    }


# ------------------------------------------------------------------ actor codes


@pytest.mark.parametrize("gold, ours, ok", [
    ("USAGOV", "USAGOV", True),
    ("USAGOVMIL", "USAGOV", True),          # compared on the first 6 characters
    ("PSEREBHMS", "PSEREBHMS", True),
    ("PSEREBHMS", "PSEREB", True),
    ("usagov", "USAGOV", True),              # case ignored
    ("ARN", "ARN", True),
    ("ARN", "ARNGOV", False),                # the country as a whole is not its government
    ("ARNGOV", "ARN", False),
    ("ARNGOV", "ARNMIL", False),
    ("GON", "ARN", False),
    ("IGOUNO", "IGOUNOPKO", True),
    ("---GOV", "GOV", True),                 # no country: our sector-only code
    ("---GOV", "ARNGOV", False),
    ("---", None, True),                     # null code: an actor without a code
    ("---", "ARN", False),
    ("###", None, True),
    ("+++", "", True),
    ("FRO/BIL/SAM", "BIL", True),            # alternatives
    ("FRO/BIL/SAM", "GON", False),
    ("ARN", None, False),
])
def test_actor_code_comparison(gold, ours, ok):
    assert acc.actor_matches(gold, actor(ours)) is ok


def test_missing_target_matches_only_a_null_gold_code():
    assert acc.actor_matches("---", None)
    assert not acc.actor_matches("GON", None)


def test_quoted_gold_actor_matches_the_actor_text():
    g = '"GRYFFINDOR HEAD MINERVA MCGONAGALL"'
    assert acc.actor_matches(g, actor(None, "Minerva McGonagall"))
    assert acc.actor_matches(g, actor("GRYGOV", "Gryffindor  head Minerva McGonagall"))  # blanks collapsed
    assert not acc.actor_matches(g, actor(None, "Gondor"))
    assert not acc.actor_matches(g, actor(None, ""))


def test_country_width_is_looser():
    assert acc.actor_matches("ARNGOV", actor("ARN"), width=3)
    assert not acc.actor_matches("ARNGOV", actor("GON"), width=3)


# ------------------------------------------------------------------ events


def test_root_versus_full_code():
    g = Gold("ARN", "GON", "064")
    assert acc.event_matches(g, ev("ARN", "GON", "064"), "code")
    assert acc.event_matches(g, ev("ARN", "GON", "061"), "root")
    assert not acc.event_matches(g, ev("ARN", "GON", "061"), "code")
    assert not acc.event_matches(g, ev("ARN", "GON", "050"), "root")
    assert not acc.event_matches(g, ev("GON", "ARN", "064"), "root")   # direction matters
    assert acc.event_matches(g, ev("XYZ", None, "061"), "event_root")  # actors ignored


def test_petrarch_letter_codes_match_on_root_only():
    g = Gold("HOB", "GON", "174K")
    assert acc.event_matches(g, ev("HOB", "GON", "174"), "root")
    assert not acc.event_matches(g, ev("HOB", "GON", "174"), "code")


def test_matching_is_one_to_one():
    gold = [Gold("ARN", "GON", "042"), Gold("ARN", "GON", "042")]
    one = [ev("ARN", "GON", "042")]
    assert len(acc.match(gold, one, acc.event_matches)) == 1
    two = [ev("ARN", "GON", "042"), ev("ARN", "GON", "043")]
    assert len(acc.match(gold, two, acc.event_matches)) == 2  # same root 04
    assert len(acc.match(gold, two, lambda a, b: acc.event_matches(a, b, "code"))) == 1


def test_matching_is_maximum_not_greedy():
    # gold 0 can take either event, gold 1 only the first: a greedy pass would pair one
    gold = [Gold("FRO/BIL", "GON", "050"), Gold("FRO", "GON", "050")]
    produced = [ev("FRO", "GON", "050"), ev("BIL", "GON", "050")]
    assert acc.match(gold, produced, acc.event_matches) == {0: 1, 1: 0}


def test_actual_events_are_paired_first():
    gold = [Gold("ARN", "GON", "111")]
    produced = [ev("ARN", "GON", "111", "planned"), ev("ARN", "GON", "111")]
    assert acc.match(gold, produced, acc.event_matches) == {0: 1}


# ------------------------------------------------------------------ figures


def test_summary_figures():
    r1 = Record("A-1", "x", codings=[Gold("ARN", "GON", "064"), Gold("GON", "ARN", "033")])
    r2 = Record("A-2", "y", codings=[Gold("ARNGOV", "OSG", "111")])
    r3 = Record("A-3", "z", no_event=True)
    scored = [
        acc.score_record(r1, [ev("ARN", "GON", "061"), ev("ARN", "GON", "190")]),       # root match + extra
        acc.score_record(r2, [ev("ARNGOV", "OSG", "111", "negated")]),                   # non-actual match
        acc.score_record(r3, [ev("OSG", None, "190"), ev("GON", "OSG", "042", "planned")]),  # no-event: extras
    ]
    s = acc.summarize("t", scored, Counter({"evaluate_false": 2}))
    assert s["sentences"] == 3 and s["no_event_records"] == 1
    assert s["gold"] == 3
    assert s["matched_root"] == 2 and s["matched_code"] == 1
    assert s["matched_root_rate"] == round(2 / 3, 3) and s["matched_code_rate"] == round(1 / 3, 3)
    assert s["produced"] == 5
    assert s["extra"] == 3 and s["extra_in_no_event_records"] == 2
    assert s["overcoding_ratio"] == round(5 / 3, 3)
    assert s["gold_per_sentence"] == 1.0 and s["produced_per_sentence"] == round(5 / 3, 3)
    assert s["non_actual_produced"] == 2 and s["non_actual_matching_gold"] == 1
    assert s["matched_root_ignoring_actors"] == 2
    assert s["excluded"] == {"evaluate_false": 2}


def test_summary_of_nothing_has_no_rates():
    s = acc.summarize("t", [])
    assert s["gold"] == 0 and s["matched_root_rate"] is None and s["overcoding_ratio"] is None


def test_select_excludes_and_limits():
    recs = [Record("a", "t"), Record("b", "t", evaluate=False), Record("c", "t", error="bad_input_parse"),
            Record("d", "t", error="storydiscard", no_event=True), Record("e", "t")]
    keep, excluded = acc.select(recs, 2)
    assert [r.id for r in keep] == ["a", "d"]
    assert excluded == Counter({"evaluate_false": 1, "bad_input_parse": 1})
    keep, _ = acc.select(recs, None)
    assert [r.id for r in keep] == ["a", "d", "e"]


def test_detail_report_names_misses_and_extras():
    r = Record("DEMO-9", "Arnor condemned Gondor.", date="1995-01-01",
               codings=[Gold("ARN", "GON", "111"), Gold("ARN", "OSG", "111")])
    s = acc.score_record(r, [ev("ARN", "GON", "112"), ev("GON", None, "042")])
    out = io.StringIO()
    acc.write_detail(out, acc.summarize("t", [s]), [s])
    text = out.getvalue()
    assert "DEMO-9" in text and "Arnor condemned Gondor." in text
    assert "ARN -> GON 111" in text and "root" in text and "MISS" in text and "EXTRA" in text


# ------------------------------------------------------------------ parsing

SAMPLE_XML = """<Validation>
<!-- a header that mentions <Sentence ... evaluate="false"> and nests <!-- ... --> comments -->
<Sentences>
<Sentence category="DEMO" date="19950101" id="T-01" evaluate="true">
<!-- Last update -->
<EventCoding eventcode="050" sourcecode="ARN" targetcode="GON" />
<EventCoding eventcode="042" sourcecode="&quot;THE HEAD&quot;" targetcode='"GON"' />
<PLEvent {"event": "050", "source": [{"code": "ARN"}], "target": [{"code": "GON"}]}>
<Text>
Arnor is about to restore
   ties with Gondor.
</Text>
<Parse>
1	Arnor	Arnor	PROPN	NNP	_	3	nsubj	_	_
</Parse></Sentence>
<!--
<Sentence date="19950101" id="COMMENTED-OUT" category="DEMO"><Text>x</Text></Sentence>
-->
<Sentence date = "19950102" id ="T-02" category="ERROR"  sentence="true">
<EventCoding error="storydiscard"></EventCoding>
<Text>A typhoon hit Gondor.</Text>
</Sentence>
<Sentence date="19950103" id="T-03" category="ERROR" sentence="true">
<EventCoding error="bad_input_parse"></EventCoding>
<Text>Arnor met Gondor.</Text>
</Sentence>
<Sentence category="ACTOR" date="19950104" id="T-04" evaluate="false">
<EventCoding noevents="True" />
<Text>Nobody did anything.</Text>
</Sentence>
</Sentences>
</Validation>
"""


def test_parse_records_handles_both_dialects(tmp_path):
    p = tmp_path / "records.xml"
    p.write_text(SAMPLE_XML, encoding="utf-8")
    recs = acc.parse_records(p)
    assert [r.id for r in recs] == ["T-01", "T-02", "T-03", "T-04"]
    r1, r2, r3, r4 = recs
    assert r1.text == "Arnor is about to restore ties with Gondor."
    assert r1.date == "1995-01-01" and r1.category == "DEMO" and r1.evaluate
    assert r1.codings == [Gold("ARN", "GON", "050"), Gold('"THE HEAD"', '"GON"', "042")]
    assert not r1.no_event and r1.excluded is None
    assert r2.no_event and r2.error == "storydiscard" and r2.codings == [] and r2.excluded is None
    assert r2.date == "1995-01-02"
    assert r3.excluded == "bad_input_parse"
    assert r4.no_event and not r4.evaluate and r4.excluded == "evaluate_false"


PETR = acc.SETS["petrarch_unit"]["records"]
UP = acc.SETS["up_validate_2_02"]["records"]


@pytest.mark.skipif(not PETR.is_file(), reason="shared benchmarks absent")
def test_petrarch_unit_records():
    recs = acc.parse_records(PETR)
    first = recs[:3]
    assert [r.id for r in first] == ["DEMO-00", "DEMO-01", "DEMO-02"]
    assert first[0].codings == [Gold("ARN", "GON", "064")]
    assert first[0].text.startswith("Arnor is about to restore full diplomatic ties with Gondor almost five years")
    assert first[0].date == "1995-01-01"
    assert first[1].text.endswith("a senior official said on Saturday.")
    assert first[2].codings == [Gold("DAGGOV", "GON", "032"), Gold("GON", "DAGGOV", "033")]
    assert first[2].date == "1995-01-03"
    # SOURCE.txt: 284 sentences, 385 EventCoding of which 19 noevents (and 7 error codings)
    assert len(recs) == 284
    assert sum(len(r.codings) for r in recs) + 19 + 7 == 385
    assert sum(1 for r in recs if r.error) == 7
    assert all(r.text for r in recs)


@pytest.mark.skipif(not UP.is_file(), reason="shared benchmarks absent")
def test_up_validate_records():
    recs = acc.parse_records(UP)
    first = recs[:3]
    assert [r.id for r in first] == ["DEMO-01", "DEMO-02", "DEMO-03"]
    assert first[0].codings == [Gold("ARN", "GON", "050")]
    assert first[2].codings == [Gold("DAGGOV", "GON", "042"), Gold("GON", "DAGGOV", "043")]
    assert all(r.evaluate for r in first)
    # SOURCE.txt: 349 EventCoding (20 noevents); 10 records evaluate="false" (the 11th
    # occurrence of the attribute is in the header comment)
    assert len(recs) == 274
    assert sum(len(r.codings) for r in recs) + 20 + 7 == 349
    assert sum(1 for r in recs if not r.evaluate) == 10
    assert all(r.text for r in recs)


# ------------------------------------------------------------------ --verbs


def test_sets_name_their_verb_dictionary():
    from newsgraph.phoenix import _is_verbs_file

    for name, files in acc.SETS.items():
        assert _is_verbs_file(files["verbs"]), name  # import_phoenix reads it as a verb dictionary
        assert files["verbs"].parent == files["actors"].parent


@pytest.mark.parametrize("flag", [False, True])
def test_verbs_flag_reaches_each_set(monkeypatch, capsys, flag):
    if not (PETR.is_file() and UP.is_file()):
        pytest.skip("shared benchmarks absent")
    calls = []

    def fake_run(name, limit, detail=None, verbs=False):
        calls.append((name, limit, verbs))
        return {"set": name, "verbs": verbs}

    monkeypatch.setattr(acc, "run_petrarch_set", fake_run)
    acc.main(["--sets", "petrarch_unit,up_validate_2_02", "--limit", "3"] + (["--verbs"] if flag else []))
    assert calls == [("petrarch_unit", 3, flag), ("up_validate_2_02", 3, flag)]
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["verbs"] for x in lines] == [flag, flag]
