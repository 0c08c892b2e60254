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
PREP_OBJ_TARGETS = ["dobj", *OBJ_TARGETS]  # the preposition's noun is no actor: "pleaded with X for a ceasefire"


def test_toy_counts(toy):
    counts, _ = toy
    assert counts[TRIGGERS_FILE] == 22
    assert counts["verbs"] == 5 and counts["verbs_skipped"] == 1  # WIRE_+TAP: a word before the verb
    assert counts["verb_patterns"] == 15
    assert counts["verb_patterns_skipped"] == 2  # SAID *, * &NOPE
    assert counts["not_cameo"] == 2  # [903] and SNUB [1717]
    assert counts["verb_null_code"] == 1  # PONDER's [---]: no entry
    assert counts["verb_vetoes"] == 1  # * CARD [---]: a veto entry for each verb of its block
    assert counts["verb_duplicates"] == 2 and counts["verb_conflicts"] == 2  # the two repeats of PLEDGE, per verb
    assert "people-phoenix.tsv" not in counts  # no actor dictionary among the files


def test_toy_loads_with_load_triggers(toy):
    _, out = toy
    table = load_triggers([out / TRIGGERS_FILE])
    assert sum(len(v) for v in table.values()) == 22
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
    # a preposition and its noun, on the multiword verb too (particle + prep + object)
    assert {"lemma": "serenade", "pos": "verb", "cameo": "0233", "object": ["asylum"], "prep": ["for"],
            "target": PREP_OBJ_TARGETS} in es
    assert {"lemma": "wave", "pos": "verb", "cameo": "0233", "particle": "off", "object": ["asylum"],
            "prep": ["for"], "target": PREP_OBJ_TARGETS} in es


def test_object_and_particle_patterns(toy):
    es = entries(toy[1])
    assert {"lemma": "serenade", "pos": "verb", "cameo": "057", "object": ["pledge"], "target": OBJ_TARGETS} in es
    # PETRARCH's "no event here" pattern: a veto of the verb's default
    assert {"lemma": "serenade", "pos": "verb", "cameo": "none", "object": ["card"], "target": OBJ_TARGETS} in es
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


def test_verb_dictionary_named_without_verbs_is_read_as_verbs(tmp_path):
    # PETRARCH's own CAMEO.2.0.txt says "verb" nowhere in its name: its blocks tell it
    src = tmp_path / "CAMEO.2.0.txt"
    src.write_text("# CAMEO VERB PATTERN DICTIONARY\n---  MEET   [040]  ---\nMEET\n", encoding="utf-8")
    counts = import_phoenix([src], tmp_path / "kb")
    assert counts[TRIGGERS_FILE] == 1 and "orgs-phoenix.tsv" not in counts
    # an actor dictionary without "verb" in its name stays an actor dictionary
    actors = tmp_path / "Mine.actors.txt"
    actors.write_text("KENYA [KEN]\n", encoding="utf-8")
    counts = import_phoenix([actors], tmp_path / "kb2")
    assert "orgs-phoenix.tsv" in counts and TRIGGERS_FILE not in counts


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


# ------------------------------------------------------------------ noun phrases after the verb

# an invented dictionary: a preposition and its noun (`prep` + `object`), a modifier and its
# noun (`object` + `modifier`), both at once, and the shapes that stay skipped
NOUNS = """\
&TRUCE
+CEASEFIRE
+ARMISTICE

--- PLEAD [---] ---
PLEAD
+CRY_OUT
- * (FOR &TRUCE) [0256]
- * FOR {HUMANITARIAN AID} [0233]
- * (TO PEACE TALKS) [036]
- * (FOR THE) [020]
- * FOR AID [023]

--- SEVER [---] ---
SEVER
- * DIPLOMATIC TIES [161]
- * TIES [064]
- * NO EVIDENCE [161]
- * TALKS SUSPENDED [161]
- * DOWN FROM [161]

--- WALK [---] ---
WALK
- * ON HUNGER STRIKE [142]
- * ON STRIKE [143]
"""


@pytest.fixture
def nouns(tmp_path):
    src = tmp_path / "nouns.verbs.txt"
    src.write_text(NOUNS, encoding="utf-8")
    return import_phoenix([src], tmp_path / "kb"), tmp_path / "kb"


def test_noun_phrase_counts(nouns):
    counts, out = nouns
    assert counts[TRIGGERS_FILE] == 12
    assert counts["verb_patterns"] == 12
    assert counts["verb_patterns_skipped"] == 4  # (FOR THE), NO EVIDENCE, TALKS SUSPENDED, DOWN FROM
    assert counts["verb_null_code"] == 4  # the verbs of the [---] blocks
    assert counts["verb_conflicts"] == 2  # FOR AID [023] against FOR {HUMANITARIAN AID} [0233], per verb
    assert sum(len(v) for v in load_triggers([out / TRIGGERS_FILE]).values()) == 12


def test_preposition_and_noun_patterns(nouns):
    es = entries(nouns[1])
    # "* (FOR &TRUCE)": one entry per synset member, on the multiword verb too
    for noun in ("ceasefire", "armistice"):
        assert {"lemma": "plead", "pos": "verb", "cameo": "0256", "object": [noun], "prep": ["for"],
                "target": PREP_OBJ_TARGETS} in es
        assert {"lemma": "cry", "pos": "verb", "cameo": "0256", "particle": "out", "object": [noun],
                "prep": ["for"], "target": PREP_OBJ_TARGETS} in es
    # a preposition and two words: the noun and its modifier
    assert {"lemma": "plead", "pos": "verb", "cameo": "036", "object": ["talk", "talks"], "modifier": ["peace"],
            "prep": ["to"], "target": PREP_OBJ_TARGETS} in es
    assert {"lemma": "walk", "pos": "verb", "cameo": "142", "object": ["strike"], "modifier": ["hunger"],
            "prep": ["on"], "target": PREP_OBJ_TARGETS} in es
    assert {"lemma": "walk", "pos": "verb", "cameo": "143", "object": ["strike"], "prep": ["on"],
            "target": PREP_OBJ_TARGETS} in es
    # "FOR {HUMANITARIAN AID}" is its head "aid": the exact "FOR AID" written later outranks it
    aid = [e for e in es if e["lemma"] == "plead" and e.get("object") == ["aid"]]
    assert aid == [{"lemma": "plead", "pos": "verb", "cameo": "023", "object": ["aid"], "prep": ["for"],
                    "target": PREP_OBJ_TARGETS}]


def test_modifier_and_noun_patterns(nouns):
    es = entries(nouns[1])
    sever = [e for e in es if e["lemma"] == "sever"]
    # the modifier is a condition of its own: "* DIPLOMATIC TIES" and "* TIES" do not conflict
    assert sever == [
        {"lemma": "sever", "pos": "verb", "cameo": "161", "object": ["tie", "ties"], "modifier": ["diplomatic"],
         "target": OBJ_TARGETS},
        {"lemma": "sever", "pos": "verb", "cameo": "064", "object": ["tie", "ties"], "target": OBJ_TARGETS},
    ]


def test_noun_phrase_skips_are_logged(tmp_path, caplog):
    src = tmp_path / "nouns.verbs.txt"
    src.write_text(NOUNS, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="newsgraph.phoenix"):
        import_phoenix([src], tmp_path / "kb")
    text = caplog.text
    assert "nouns.verbs.txt:11: pattern '- * (FOR THE) [020]': 'THE' is a function word" in text
    assert "nouns.verbs.txt:18: pattern '- * NO EVIDENCE [161]': 'NO' is a function word" in text
    assert "nouns.verbs.txt:19: pattern '- * TALKS SUSPENDED [161]': 'suspended' looks like a participle" in text
    assert "nouns.verbs.txt:20: pattern '- * DOWN FROM [161]': words after the verb that are no" in text


def test_noun_phrases_code_sentences_end_to_end(tmp_path):
    src = tmp_path / "nouns.verbs.txt"
    src.write_text(NOUNS, encoding="utf-8")
    import_phoenix([src], tmp_path)
    from newsgraph.nlp import build_pipeline
    from newsgraph.pipeline import code_article

    nlp = build_pipeline(kb_dirs=[str(tmp_path)])

    def coded(text: str) -> set[tuple]:
        res = code_article(text, date="2024-03-05", nlp=nlp)
        return {(e.source["code"], (e.target or {}).get("code"), e.cameo) for e in res.events}

    # prep + object: the bundled "plead" (020) has fewer conditions; the target is in the noun's phrase
    assert ("SWE", "FIN", "0256") in coded("Sweden pleaded for a ceasefire with Finland on Monday.")
    # object + modifier, and the plain object without it
    assert ("NOR", "CHL", "161") in coded("Norway severed diplomatic ties with Chile.")
    assert ("NOR", "CHL", "064") in coded("Norway severed ties with Chile.")
    # prep + object + modifier, and without the modifier
    assert ("CHL", "NOR", "142") in coded("Chilean miners walked on hunger strike against Norway.")
    assert ("CHL", "NOR", "143") in coded("Chilean miners walked on strike against Norway.")


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
    assert {"lemma": "turn", "pos": "verb", "cameo": "142", "object": ["eye"], "modifier": ["blind"],
            "target": OBJ_TARGETS} in es  # TURN: - * BLIND EYE [142]
    assert not [e for e in es if e["lemma"] in ("abandon", "accord")]  # [345] is no CAMEO code; [---]


def test_up_validate_verbs(tmp_path):
    _need(UP_VERBS)
    counts = import_phoenix([UP_VERBS], tmp_path)
    load_triggers([tmp_path / TRIGGERS_FILE])
    es = entries(tmp_path)
    assert {"lemma": "agree", "pos": "verb", "cameo": "030", "prep": ["with"], "target": ["dobj", "prep:with"]} in es
    assert {"lemma": "arrive", "pos": "verb", "cameo": "042", "pair": "043"} in es
    assert {"lemma": "agree", "pos": "verb", "cameo": "0356", "object": ["ceasefire"], "prep": ["to"],
            "target": PREP_OBJ_TARGETS} in es  # AGREE: - * (TO &CEASEFIRE) [0356]
    assert counts["verb_conflicts"] > 0 and counts["verbs_skipped"] == 2


def test_null_code_pattern_vetoes_the_default_end_to_end(tmp_path):
    """ "RECEIVE [033]" with "- * CARD [---]": "received a card" codes nothing, a delegation 033."""
    from newsgraph.nlp import build_pipeline
    from newsgraph.model import ArticleInput
    from newsgraph.pipeline import code_article

    src = tmp_path / "mini.verbs.txt"
    src.write_text("--- RECEIVE [033] ---\nRECEIVE\n- * CARD [---]\n", encoding="utf-8")
    out = tmp_path / "kb"
    import_phoenix([src], out)
    nlp = build_pipeline(kb_dirs=[str(out)])

    def codes(text: str) -> list[str]:
        art = code_article(ArticleInput(text=text, id="v", date="2024-05-06"), nlp=nlp)
        return [e.cameo for e in art.events if e.trigger == "received"]

    assert codes("Kenya received a card from Uganda.") == []
    assert codes("Kenya received Ugandan officials in Nairobi.") == ["033"]
