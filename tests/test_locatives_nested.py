"""Named places no gazetteer knows and the place of what was hit (issue 14, items 1-2): `locate`.

Invented sentences, each beside a negative; the village names are made up so that no gazetteer
knows them. A clearly named place is kept with its text, the country of a known place its phrase
nests it in and no coordinates (see `locatives._named_place`).
"""

from __future__ import annotations

import pytest

from newsgraph.where import locate


def where(nlp, gaz, text: str, trigger: str):
    doc = nlp(text)
    sent = next(iter(doc.sents))
    tok = next(t for t in sent if t.text == trigger)
    return locate(sent, tok, gaz)


CASES = [
    # an unknown village under a place noun
    ("Gunmen stormed the village of Qarwazeh on Sunday, killing nine people.", "stormed", "Qarwazeh"),
    ("Gunmen stormed the house of Qarwazeh on Sunday.", "stormed", None),
    # the object of a verb of force named as a place; a bare known city is the target
    ("Rebels shelled the town of Tell Barwaqa on Friday.", "shelled", "Tell Barwaqa"),
    ("Putin said that troops attacked Kyiv.", "attacked", None),
    # what the act was meant to hit: a purpose clause, a participle
    ("The army launched an offensive to capture the town of Kafr Zawiyeh.", "launched", "Kafr Zawiyeh"),
    ("The army launched an offensive to capture the rebels.", "launched", None),
]


@pytest.mark.parametrize("text, trigger, expected", CASES)
def test_named_places(nlp, gaz, text, trigger, expected):
    loc = where(nlp, gaz, text, trigger)
    assert (loc.text if loc is not None else None) == expected


def test_unknown_village_has_no_point(nlp, gaz):
    loc = where(nlp, gaz, "Gunmen killed six men in the village of Qarwazeh on Sunday.", "killed")
    assert loc is not None and loc.text == "Qarwazeh" and loc.kind == "place"
    assert loc.country is None and loc.lat is None and loc.lon is None  # nothing nests it


def test_unknown_district_takes_its_citys_country(nlp, gaz):
    loc = where(nlp, gaz, "Gunmen killed an elder in Mogadishu's Qorwaaq district on Sunday.", "killed")
    assert loc is not None and loc.text == "Qorwaaq" and loc.country == "SOM"
