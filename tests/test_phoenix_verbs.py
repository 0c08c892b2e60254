"""newsgraph.phoenix on PETRARCH verb dictionaries -> triggers-phoenix.yaml (docs/kb.md, "Verb dictionaries")."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
import yaml

from newsgraph.events import load_triggers
from newsgraph.phoenix import TRIGGERS_FILE, import_phoenix

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
PETR_VERBS = SHARED / "benchmarks" / "openeventdata-petrarch2" / "PETR.Validate.verbs.txt"
UP_VERBS = SHARED / "benchmarks" / "openeventdata-UniversalPetrarch" / "validate_2_02" / "PETR_Validate_verbs_2_02.txt"

# an invented dictionary: every case of the mapping once (line numbers matter for the warnings test)
TOY = """\
<!-- TOY VERBS DICTIONARY -->
&MONEY_
+DOLLARS
+SWISS FRANCS

&TALKSYN
+NEGOTIATIONS
+&INNER

&INNER
+CONSULTATIONS

--- SERENADE  [042:043] ---
SERENADE {SERENADES SERENADED}   # irregular forms are dropped
+WAVE_OFF [120]
- * WITH +  [036]
- * TOWARDS [040]
- * PLEDGE [057]
- * &MONEY  [071]
- * {PEACE OVERTURES} [050]
- * DOWN  [044]
- SAID *  [010]
- * FOR ASYLUM [0233]
- * SONG [903]
- * CARD [---]
- * &NOPE [010]
- * PLEDGE [057]
- * PLEDGE [051]

--- PONDER [---] ---
PONDER
WIRE_+TAP
- * TALKS [031]
- * &TALKSYN [046]

--- SNUB [1717] ---
SNUB
"""


def entries(out: Path) -> list[dict]:
    """The written entries without their notes."""
    data = yaml.safe_load((out / TRIGGERS_FILE).read_text(encoding="utf-8"))
    return [{k: v for k, v in e.items() if k != "note"} for e in data]


@pytest.fixture
def toy(tmp_path):
    src = tmp_path / "toy.verbs.txt"
    src.write_text(TOY, encoding="utf-8")
    out = tmp_path / "kb"
    return import_phoenix([src], out), out


OBJ_TARGETS = ["dative", "prep:with", "prep:to", "prep:against", "prep:on", "prep:for", "prep:of"]


def test_toy_counts(toy):
    counts, _ = toy
    assert counts[TRIGGERS_FILE] == 18
    assert counts["verbs"] == 5 and counts["verbs_skipped"] == 1  # WIRE_+TAP: a word before the verb
    assert counts["verb_patterns"] == 15
    assert counts["verb_patterns_skipped"] == 3  # SAID *, * FOR ASYLUM, * &NOPE
    assert counts["not_cameo"] == 2  # [903] and SNUB [1717]
    assert counts["verb_null_code"] == 2  # * CARD [---] and PONDER's [---]
    assert counts["verb_duplicates"] == 2 and counts["verb_conflicts"] == 2  # the two repeats of PLEDGE, per verb
    assert "people-phoenix.tsv" not in counts  # no actor dictionary among the files


def test_toy_loads_with_load_triggers(toy):
    _, out = toy
    table = load_triggers([out / TRIGGERS_FILE])
    assert sum(len(v) for v in table.values()) == 18
    assert {lemma for lemma, _ in table} == {"serenade", "wave", "ponder"}


def test_default_codes_and_paired_code(toy):
    _, out = toy
    es = entries(out)
    assert {"lemma": "serenade", "pos": "verb", "cameo": "042", "pair": "043"} in es
    # a verb's own code replaces the block's; a multiword verb gives its particle
    assert {"lemma": "wave", "pos": "verb", "cameo": "120", "particle": "off"} in es
    assert not [e for e in es if e["lemma"] == "ponder" and set(e) == {"lemma", "pos", "cameo"}]  # [---]


def test_prep_patterns(toy):
    es = entries(toy[1])
    assert {"lemma": "serenade", "pos": "verb", "cameo": "036", "prep": ["with"], "target": ["prep:with"]} in es
    assert {"lemma": "serenade", "pos": "verb", "cameo": "040", "prep": ["towards"],
            "target": ["dobj", "prep:towards"]} in es
    # the pattern applies to every verb of the block, the multiword one too
    assert {"lemma": "wave", "pos": "verb", "cameo": "036", "particle": "off", "prep": ["with"],
            "target": ["prep:with"]} in es


def test_object_and_particle_patterns(toy):
    es = entries(toy[1])
    assert {"lemma": "serenade", "pos": "verb", "cameo": "057", "object": ["pledge"], "target": OBJ_TARGETS} in es
    assert {"lemma": "serenade", "pos": "verb", "cameo": "050", "object": ["overture", "overtures"],
            "target": OBJ_TARGETS} in es  # {PEACE OVERTURES}: its head
    assert {"lemma": "ponder", "pos": "verb", "cameo": "031", "object": ["talk", "talks"], "target": OBJ_TARGETS} in es
    assert {"lemma": "serenade", "pos": "verb", "cameo": "044", "particle": "down"} in es
    # "* DOWN" on "wave off": two particles cannot be, that combination is left out
    assert not [e for e in es if e["lemma"] == "wave" and e["cameo"] == "044"]
    # the repeated PLEDGE with another code lost to the first
    assert not [e for e in es if e["cameo"] == "051"]


def test_synset_expansion(toy):
    es = entries(toy[1])
    money = [e["object"] for e in es if e["lemma"] == "serenade" and e["cameo"] == "071"]
    assert money == [["dollar", "dollars"], ["franc", "francs"]]  # SWISS FRANCS: the last word
    talks = [e["object"] for e in es if e["lemma"] == "ponder" and e["cameo"] == "046"]
    assert talks == [["negotiation", "negotiations"], ["consultation", "consultations"]]  # nested &INNER


def test_skips_are_logged_with_file_and_line(tmp_path, caplog):
    src = tmp_path / "toy.verbs.txt"
    src.write_text(TOY, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="newsgraph.phoenix"):
        import_phoenix([src], tmp_path / "kb")
    text = caplog.text
    assert "toy.verbs.txt:22: pattern '- SAID *  [010]': words or actors before the verb" in text
    assert "toy.verbs.txt:24: pattern '- * SONG [903]': [903] is no CAMEO code" in text
    assert "toy.verbs.txt:26: pattern '- * &NOPE [010]': synset &NOPE is not defined" in text
    assert "toy.verbs.txt:32: verb line 'WIRE_+TAP'" in text


def test_header_names_the_source(toy):
    head = (toy[1] / TRIGGERS_FILE).read_text(encoding="utf-8").splitlines()[:3]
    assert any("toy.verbs.txt" in line for line in head) and all(line.startswith("#") for line in head)


def test_yaml_keeps_particles_as_strings(tmp_path):
    """YAML reads a bare off/on/no as a boolean: the writer quotes every value."""
    src = tmp_path / "x.verbs.txt"
    src.write_text("--- CALL [020] ---\n+CALL_OFF [191]\n- * ON [020]\n- * NO [013]\n", encoding="utf-8")
    import_phoenix([src], tmp_path)
    es = entries(tmp_path)
    assert {"lemma": "call", "pos": "verb", "cameo": "191", "particle": "off"} in es
    assert {"lemma": "call", "pos": "verb", "cameo": "020", "particle": "off", "prep": ["on"],
            "target": ["dobj", "prep:on"]} in es
    assert all(isinstance(v, str) for e in es for v in e.values() if not isinstance(v, list))
    load_triggers([tmp_path / TRIGGERS_FILE])


def test_verbs_file_is_not_read_as_actors(tmp_path):
    src = tmp_path / "mine.verbs.txt"
    src.write_text("--- MEET [040] ---\nMEET\n", encoding="utf-8")
    counts = import_phoenix([src], tmp_path)
    assert counts[TRIGGERS_FILE] == 1 and "orgs-phoenix.tsv" not in counts
    assert not (tmp_path / "orgs-phoenix.tsv").exists()


def test_toy_codes_a_sentence_end_to_end(tmp_path):
    src = tmp_path / "toy.verbs.txt"
    src.write_text(TOY, encoding="utf-8")
    import_phoenix([src], tmp_path)
    from newsgraph.nlp import build_pipeline
    from newsgraph.pipeline import code_article

    nlp = build_pipeline(kb_dirs=[str(tmp_path)])
    text = "Norway serenaded Chile on Monday. Sweden pondered talks with Finland."
    res = code_article(text, date="2024-03-05", nlp=nlp)
    got = {(e.source["code"], (e.target or {}).get("code"), e.cameo) for e in res.events}
    assert ("NOR", "CHL", "042") in got  # the default code ...
    assert ("CHL", "NOR", "043") in got  # ... and its pair
    assert ("SWE", "FIN", "031") in got  # an object pattern, target from "with"


# ------------------------------------------------------------------ the shared PETRARCH files


def _need(path: Path) -> None:
    if not SHARED.is_dir() or not path.is_file():
        pytest.skip(f"shared benchmark file absent: {path}")


def test_petrarch_validate_verbs(tmp_path):
    _need(PETR_VERBS)
    counts = import_phoenix([PETR_VERBS], tmp_path)
    table = load_triggers([tmp_path / TRIGGERS_FILE])
    assert sum(len(v) for v in table.values()) == counts[TRIGGERS_FILE] > 200
    assert counts["not_cameo"] > 50 and counts["verb_null_code"] > 30 and counts["verb_patterns_skipped"] > 100
    es = entries(tmp_path)
    assert {"lemma": "arrive", "pos": "verb", "cameo": "032", "pair": "033"} in es  # --- ARRIVE [032:033] ---
    assert {"lemma": "cordon", "pos": "verb", "cameo": "1721", "particle": "off"} in es  # EXCLUDE [1721]: +CORDON_OFF
    assert {"lemma": "restore", "pos": "verb", "cameo": "064", "object": ["tie", "ties"], "target": OBJ_TARGETS} in es
    assert {"lemma": "turn", "pos": "verb", "cameo": "111", "particle": "down"} in es  # TURN [---]: - * DOWN [111]
    assert {"lemma": "lash", "pos": "verb", "cameo": "122", "particle": "out"} in es  # LASH OUT [122]
    assert not [e for e in es if e["lemma"] in ("abandon", "accord")]  # [345] is no CAMEO code; [---]


def test_up_validate_verbs(tmp_path):
    _need(UP_VERBS)
    counts = import_phoenix([UP_VERBS], tmp_path)
    load_triggers([tmp_path / TRIGGERS_FILE])
    es = entries(tmp_path)
    assert {"lemma": "agree", "pos": "verb", "cameo": "030", "prep": ["with"], "target": ["dobj", "prep:with"]} in es
    assert {"lemma": "arrive", "pos": "verb", "cameo": "042", "pair": "043"} in es
    assert counts["verb_conflicts"] > 0 and counts["verbs_skipped"] == 2
