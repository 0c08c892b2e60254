"""The CAMEO ontology tables and the trigger files that point into them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsgraph import cameo
from newsgraph.events import RULES_DIR, RuleError, load_triggers

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
CROSSWALK = SHARED / "benchmarks" / "openeventdata-PLOVER" / "CAMEO2PLOVER-2021.txt"
PLOVER_CATEGORIES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
    "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}


@pytest.fixture(scope="module")
def codes():
    return cameo.codes()


def test_table_has_every_root_and_plausible_size(codes):
    assert {c.root for c in codes.values()} == {f"{i:02d}" for i in range(1, 21)}
    assert all(r in codes for r in (f"{i:02d}" for i in range(1, 21)))
    assert 250 < len(codes) < 400


def test_codes_are_digit_strings_with_leading_zero(codes):
    for key, c in codes.items():
        assert key == c.code
        assert re.fullmatch(r"\d{2,4}", c.code), c.code
    assert "042" in codes and "42" not in codes


def test_root_is_first_two_digits(codes):
    for c in codes.values():
        assert c.root == c.code[:2], c


def test_parent_codes_exist(codes):
    for c in codes.values():
        if len(c.code) == 4:
            assert c.code[:3] in codes, c.code
        if len(c.code) == 3:
            assert c.code[:2] in codes, c.code


@pytest.mark.parametrize("root, quad", [("01", 1), ("05", 1), ("06", 2), ("08", 2), ("09", 3), ("13", 3),
                                        ("14", 4), ("20", 4)])
def test_quad_class_boundaries(codes, root, quad):
    assert codes[root].quad_class == quad


def test_quad_class_from_root(codes):
    for c in codes.values():
        r = int(c.root)
        assert c.quad_class == (1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4), c


def test_goldstein_in_range_and_known_values(codes):
    for c in codes.values():
        assert -10 <= c.goldstein <= 10
    assert codes["042"].goldstein == pytest.approx(1.9)
    assert codes["190"].goldstein == pytest.approx(-10)
    assert codes["111"].goldstein == pytest.approx(-2)


def test_names_present(codes):
    assert all(c.name.strip() for c in codes.values())
    assert codes["042"].name == "Make a visit"
    assert codes["040"].name == "Consult"


def test_plover_for_roots_03_to_20(codes):
    for c in codes.values():
        if int(c.root) >= 3:
            assert c.plover in PLOVER_CATEGORIES, c


def test_plover_root_01_and_02(codes):
    assert all(c.plover is None for c in codes.values() if c.root == "01")
    assert all(c.plover == "REQUEST" for c in codes.values() if c.root == "02")


def test_plover_known_values(codes):
    assert codes["042"].plover == "CONSULT"
    assert codes["161"].plover == "SANCTION"
    assert codes["163"].plover == "COERCE"  # the crosswalk's choice for "impose sanctions"
    assert codes["190"].plover == "ASSAULT"
    assert codes["111"].plover == "ACCUSE"


@pytest.mark.skipif(not CROSSWALK.exists(), reason="shared crosswalk not available")
def test_plover_agrees_with_the_crosswalk(codes):
    listed: dict[str, set[str]] = {}
    for line in CROSSWALK.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if m:
            listed.setdefault(m.group(1), set()).add(m.group(2))
    assert len(listed) > 250
    for code, cats in listed.items():
        if code in codes:
            assert codes[code].plover in cats, (code, cats)
    # the crosswalk splits root 08 between CONCEDE (080-083) and RETREAT (084-087)
    assert listed["08"] == {"CONCEDE", "RETREAT"}
    assert codes["080"].plover == "CONCEDE" and codes["084"].plover == "RETREAT"


def test_lookup(codes):
    assert cameo.lookup("042") is codes["042"]
    with pytest.raises(KeyError, match="'42'"):
        cameo.lookup("42")


# -- trigger files -------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def triggers():
    paths = sorted(RULES_DIR.glob("triggers-*.yaml"))
    assert {p.name for p in paths} >= {"triggers-verbs.yaml", "triggers-nouns.yaml"}
    return load_triggers(paths)


def test_every_trigger_names_an_existing_code(triggers, codes):
    entries = [t for ts in triggers.values() for t in ts]
    assert len(entries) > 300
    for t in entries:
        assert t.cameo in codes or t.cameo == "none", t.origin  # "none": a veto entry


def test_triggers_reach_the_roots(triggers, codes):
    roots = {t.cameo[:2] for ts in triggers.values() for t in ts}
    assert {"04", "11", "17", "19"} <= roots
    assert len(roots) >= 18


def test_trigger_table_has_verbs_and_nouns(triggers):
    assert ("visit", "verb") in triggers and ("visit", "noun") in triggers
    assert ("invasion", "noun") in triggers
    assert any(t.cameo == "042" for t in triggers[("arrive", "verb")])


def test_most_specific_entry_first(triggers):
    for ts in triggers.values():
        spec = [t.specificity for t in ts]
        assert spec == sorted(spec, reverse=True)


def test_unknown_code_is_rejected_with_file_and_entry(tmp_path):
    path = tmp_path / "triggers-bad.yaml"
    path.write_text('- {lemma: parley, cameo: "040"}\n- {lemma: smite, cameo: "199"}\n', encoding="utf-8")
    with pytest.raises(RuleError, match=r"triggers-bad\.yaml:2: entry 2 \(smite\): unknown CAMEO code '199'"):
        load_triggers([path])


def test_code_without_leading_zero_is_rejected(tmp_path):
    path = tmp_path / "triggers-bad.yaml"
    path.write_text("- {lemma: parley, cameo: 40}\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"triggers-bad\.yaml:1: entry 1 \(parley\): unknown CAMEO code '40'"):
        load_triggers([path])


def test_bad_target_form_is_rejected(tmp_path):
    path = tmp_path / "triggers-bad.yaml"
    path.write_text('- {lemma: parley, cameo: "040", target: [iobj]}\n', encoding="utf-8")
    with pytest.raises(RuleError, match="iobj"):
        load_triggers([path])


def test_defaults(tmp_path):
    path = tmp_path / "triggers-ok.yaml"
    path.write_text('- {lemma: parley, cameo: "040"}\n- {lemma: parley, pos: noun, cameo: "040"}\n',
                    encoding="utf-8")
    table = load_triggers([path])
    [verb] = table[("parley", "verb")]
    [noun] = table[("parley", "noun")]
    assert verb.target == ("dobj",)
    assert noun.target == ("prep:of", "prep:to", "prep:against", "prep:on", "prep:with")
