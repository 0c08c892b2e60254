"""bench/accuracy_confli.py: label mapping, scores and token alignment on hand-made examples
(no model), loading of the ConfliBERT files and one small coded run (skipped without /work/shared)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DATA = SHARED / "benchmarks" / "eventdata-ConfliBERT"
CLASS_FILE = DATA / "cameo_class" / "train.tsv"
NER_FILE = DATA / "cameo_ner" / "train.txt"
needs_data = pytest.mark.skipif(not (CLASS_FILE.exists() and NER_FILE.exists()),
                                reason="shared ConfliBERT benchmark files absent")

_spec = importlib.util.spec_from_file_location("accuracy_confli", ROOT / "bench" / "accuracy_confli.py")
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)  # type: ignore[union-attr]


def ev(span, source=None, target=None, root="19"):
    return SimpleNamespace(span=list(span), trigger="x", cameo=root + "0", cameo_root=root, modality="actual",
                           rule="test", source={"text": source} if source else None,
                           target={"text": target} if target else None)


def actor(text, span):
    return SimpleNamespace(text=text, span=list(span))


# ---------------------------------------------------------------- label mapping

@pytest.mark.parametrize("root,cls", [("01", 0), ("02", 1), ("03", 1), ("04", 1), ("05", 1), ("06", 2), ("07", 2),
                                      ("08", 2), ("09", 3), ("10", 3), ("11", 3), ("12", 3), ("13", 3), ("14", 4),
                                      ("15", 4), ("16", 4), ("17", 4), ("18", 4), ("19", 4), ("20", 4)])
def test_penta_class_of_every_root(root, cls):
    assert bench.penta_class(root) == cls


@pytest.mark.parametrize("root", [None, "", "00", "21", "xx"])
def test_penta_class_of_no_root_is_none(root):
    assert bench.penta_class(root) is None


def test_first_event_is_lowest_trigger_offset():
    events = [ev((40, 45), root="19"), ev((3, 8), root="01"), ev((3, 9), root="04")]
    assert bench.first_event(events).cameo_root == "01"
    assert bench.first_event([]) is None


# ---------------------------------------------------------------- scores

def test_prf_and_zero_division():
    assert bench.prf(2, 1, 1) == {"precision": 0.6667, "recall": 0.6667, "f1": 0.6667}
    assert bench.prf(0, 0, 0) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert bench.prf(0, 3, 0)["f1"] == 0.0


def test_class_scores_hand_example():
    gold = [0, 0, 1, 1, 2, 3, 4, 4]
    pred = [0, 1, 1, None, 2, 4, 4, None]
    s = bench.class_scores(gold, pred)
    assert s["accuracy"] == 0.5
    pc = s["per_class"]
    # statement: tp 1, fp 0, fn 1
    assert pc["statement"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667, "support": 2, "predicted": 1}
    # verbal cooperation: tp 1, fp 1 (a statement), fn 1 (no event: a miss, not a false positive)
    assert pc["verbal_cooperation"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "support": 2, "predicted": 2}
    assert pc["material_cooperation"]["f1"] == 1.0
    assert pc["verbal_conflict"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1, "predicted": 0}
    # material conflict: tp 1, fp 1, fn 1
    assert pc["material_conflict"]["f1"] == 0.5
    assert s["macro_f1"] == round((2 / 3 + 0.5 + 1.0 + 0.0 + 0.5) / 5, 4)


def test_class_scores_rejects_unequal_lengths():
    with pytest.raises(ValueError):
        bench.class_scores([0, 1], [0])


def test_gold_roles_from_bio():
    tags = ["B-S", "I-S", "O", "B-T", "I-T", "O", "B-R", "B-R"]
    assert bench.gold_roles(tags) == {"S": {0, 1}, "T": {3, 4}, "R": {6, 7}}


def test_token_score_variants():
    gold = {"S": {0, 1}, "T": {4, 5}, "R": {7}}
    ours = {"S": {1, 7}, "T": {4, 5, 6}}
    first = {"S": {1}, "T": set()}
    sc = bench.TokenScore()
    sc.add(gold, ours, first)
    r = sc.report()
    assert (r["source"]["tp"], r["source"]["fp"], r["source"]["fn"]) == (1, 1, 1)
    assert (r["target"]["tp"], r["target"]["fp"], r["target"]["fn"]) == (2, 1, 0)
    # an R token taken as source is not held against us when R is ignored
    assert r["r_ignored"]["source"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667}
    assert r["first_event"]["target"]["recall"] == 0.0
    # any actor: gold {0,1,4,5,7}, ours {1,4,5,6,7}
    assert r["any_actor"] == bench.prf(4, 1, 1)


# ---------------------------------------------------------------- token alignment

def test_token_offsets_in_original_text():
    text = "Iraqi troops said Baghdad’s forces attacked Pérez."
    tokens = ["Iraqi", "troops", "said", "Baghdad", "’", "s", "forces", "attacked", "P", "é", "rez", "."]
    offs = bench.token_offsets(text, tokens)
    assert [text[s:e] for s, e in offs] == tokens
    # an apostrophe of another kind in the text still aligns; a format-only token is empty
    text2 = "the Croatian governmentʼs\u202a request"
    offs2 = bench.token_offsets(text2, ["the", "Croatian", "government", "'s", "\u202a", "request"])
    assert text2[offs2[3][0]:offs2[3][1]] == "ʼs"
    assert offs2[4][0] == offs2[4][1]


def test_token_offsets_mismatch_is_none():
    assert bench.token_offsets("Putin met Xi.", ["Putin", "met", "Biden", "."]) is None
    assert bench.token_offsets("Putin met Xi.", ["Putin", "met"]) is None  # text left over


def test_detokenize():
    cases = {
        ("Syria", "-", "related", "talks", "(", "NSC", ")", "on", "$", "80", "million", "."):
            "Syria-related talks (NSC) on $80 million.",
        ("Baghdad", "’", "s", "forces", "and", "the", "Kurds", "'", "role"): "Baghdad’s forces and the Kurds' role",
        ("Jos", "é", "Carreras", "and", "P", "é", "rez", "Molina"): "José Carreras and Pérez Molina",
        ("Iran", "'s", "leader", ",", "he", "said", ":", "“", "no", "”", "."): "Iran's leader, he said: “no”.",
    }
    for tokens, want in cases.items():
        text, offs = bench.detokenize(tokens)
        assert text == want
        assert [text[s:e] for s, e in offs] == list(tokens)


def test_ner_text_prefers_the_original_sentence():
    original = "Israel’s air force struck Gaza."
    originals = {bench.canon_key(original): original}
    tokens = ["Israel", "’", "s", "air", "force", "struck", "Gaza", "."]
    text, offs, how = bench.ner_text(tokens, originals)
    assert (text, how) == (original, "class")
    assert text[offs[4][0]:offs[4][1]] == "force"
    text, offs, how = bench.ner_text(["Sudan", "withdrew", "."], originals)
    assert (text, how) == ("Sudan withdrew.", "detok")
    text, offs, how = bench.ner_text(tokens, originals, mode="joined")
    assert how == "joined" and text == " ".join(tokens)
    assert [text[s:e] for s, e in offs] == tokens


def test_place_actor():
    text = "Russia said Russia attacked Ukraine."
    # no coded actor with that text: its occurrence nearest the trigger ("attacked" 19-27)
    assert bench.place_actor("Russia", text, [], (19, 27)) == (12, 18)
    # a coded actor with the text wins over a nearer plain occurrence
    assert bench.place_actor("Russia", text, [actor("Russia", [0, 6])], (19, 27)) == (0, 6)
    assert bench.place_actor("China", text, [], (19, 27)) is None


def test_our_roles_cover_tokens_by_offsets():
    tokens = ["Iraqi", "troops", "attacked", "the", "Kurds", "'", "fighters", "."]
    text, offs = bench.detokenize(tokens)
    assert text == "Iraqi troops attacked the Kurds' fighters."
    actors = [actor("Iraqi troops", [0, 12]), actor("the Kurds' fighters", [22, 41])]
    events = [ev((13, 21), source="Iraqi troops", target="the Kurds' fighters"),
              ev((13, 21), source="Baghdad", target=None)]
    roles, unplaced = bench.our_roles(text, offs, actors, events)
    assert roles == {"S": {0, 1}, "T": {3, 4, 5, 6}}
    assert unplaced == 1


# ---------------------------------------------------------------- the data files

@needs_data
def test_load_first_class_items():
    items = bench.load_class(CLASS_FILE)
    assert len(items) == 1349
    assert [label for _, label in items[:3]] == [4, 3, 4]
    assert items[0][0].startswith("In September, a car bomb in Kiev killed")
    assert not any(t.endswith(("\r", "\t")) for t, _ in items[:20])
    assert {label for _, label in items} == {0, 1, 2, 3, 4}


@needs_data
def test_load_first_ner_items():
    sents = bench.load_ner(NER_FILE)
    assert len(sents) == 1153
    first = sents[0]
    assert first[:4] == [("In", "O"), ("September", "O"), (",", "O"), ("a", "B-S")]
    gold = bench.gold_roles([t for _, t in first])
    assert [first[i][0] for i in sorted(gold["S"])] == ["a", "car", "bomb"]
    assert [first[i][0] for i in sorted(gold["T"])] == ["another", "ethnic", "Chechen"]


@needs_data
def test_every_ner_sentence_gets_text_and_offsets():
    originals = {bench.canon_key(t): t for t, _ in reversed(bench.load_class(CLASS_FILE))}
    used = {"class": 0, "detok": 0}
    for sent in bench.load_ner(NER_FILE):
        tokens = [t for t, _ in sent]
        text, offs, how = bench.ner_text(tokens, originals)
        used[how] += 1
        assert len(offs) == len(tokens)
        for tok, (s, e) in zip(tokens, offs):
            assert bench.canon_key(text[s:e]) == bench.canon_key(tok)
    assert used == {"class": 923, "detok": 230}


@needs_data
def test_small_coded_run(nlp, tmp_path):
    detail = tmp_path / "misses.jsonl"
    with open(detail, "w", encoding="utf-8") as f:
        out = bench.run_class(bench.load_class(CLASS_FILE)[:4], nlp, f)
        ner = bench.run_ner(bench.load_ner(NER_FILE)[:4], nlp, None, "original", f)
    assert out["task"] == "cameo_class" and out["items"] == 4
    assert 0.0 <= out["accuracy"] <= 1.0 and 0.0 <= out["coverage"] <= 1.0
    assert sum(sum(row) for row in out["confusion"]["matrix"]) == 4
    assert ner["task"] == "cameo_ner" and ner["items"] == 4
    assert set(ner) >= {"source", "target", "r_ignored", "first_event", "any_actor", "seconds"}
    assert ner["text_from"] == {"detok": 4}
    json.dumps(out), json.dumps(ner)
    for line in detail.read_text(encoding="utf-8").splitlines():
        assert json.loads(line)["task"] in ("cameo_class", "cameo_ner")


def test_our_roles_use_argument_phrases_unless_told_actors():
    tokens = ["Jets", "struck", "a", "depot", "of", "the", "Syrian", "army", "."]
    text, offs = bench.detokenize(tokens)
    actors = [actor("the Syrian army", [23, 38])]
    e = ev((5, 11), source="Jets", target="the Syrian army")
    e.source_phrase = {"text": "Jets", "span": [0, 4]}
    e.target_phrase = {"text": "a depot of the Syrian army", "span": [12, 38]}
    roles, _ = bench.our_roles(text, offs, actors, [e])
    assert roles == {"S": {0}, "T": {2, 3, 4, 5, 6, 7}}
    roles, _ = bench.our_roles(text, offs, actors, [e], phrases=False)
    assert roles == {"S": {0}, "T": {5, 6, 7}}


@pytest.mark.parametrize("root, issue, labels", [("01", 0, 0), ("02", 1, 0), ("05", 1, 1), ("16", 4, 3), ("17", 4, 4)])
def test_penta_class_schemes(root, issue, labels):
    assert bench.penta_class(root) == issue
    assert bench.penta_class(root, "labels") == labels
