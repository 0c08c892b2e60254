"""A headline's passive written without "was" (events/misparsed_verbs.py `_headline_passive`):
a verb of a legal act that is never active without an object ("sentenced", "jailed",
"arrested") with a subject and no object is that subject's passive, so the one sentenced is the
target and the court or police the implied doer. Sentences are invented; each positive has
negatives beside it (an active verb with its object, a verb that is often intransitive)."""

from __future__ import annotations

from tests.event_rows import coded

PERU = "Peru's former president Salas sentenced to 14 years for bribery\n\nLIMA - Prosecutors declined to comment.\n"
ZIM = "Zimbabwe opposition leader arrested in Harare\n\nHARARE - Police declined to comment.\n"


def first(code, text: str) -> tuple[str, str, str | None, str | None, str]:
    return coded(code, text)[0]


def test_headline_sentenced_is_a_passive(code):
    trigger, cameo, source, target, modality = first(code, PERU)
    assert (trigger, cameo[:2], modality) == ("sentenced", "17", "actual")
    assert source is not None and source.endswith("JUD")
    assert target is not None and target.startswith("PER")


def test_headline_participle_on_a_noun_is_a_passive(code):
    trigger, cameo, source, target, _ = first(code, ZIM)
    assert (trigger, cameo[:2], source, target) == ("arrested", "17", "ZWECOP", "ZWEOPP")


def test_active_verbs_with_objects_keep_their_subject(code):
    rows = coded(code, "The court sentenced Salas to 14 years on Monday.")
    assert rows and rows[0][2].endswith("JUD")
    rows = coded(code, "Kenyan police arrested the opposition leader on Monday.")
    assert rows and rows[0][2] == "KENCOP" and rows[0][3] != "KENCOP"


def test_other_verbs_without_objects_stay_active(code):
    # "charged" and "protested" are active without an object: no passive is read into them
    rows = coded(code, "Kenyan students protested in Nairobi on Monday.")
    assert rows and rows[0][2].startswith("KEN")
