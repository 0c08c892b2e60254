"""A thing a passive participle says is for or on someone ("aid [slated for] X", "funds that had
been [earmarked for] X") names its target as "aid for X" does: an act on that thing (held back,
frozen, cut) is aimed at X (matching.destined, read by the entry's `prep:` target forms).
Invented sentences, each beside a negative."""

from __future__ import annotations

from tests.event_rows import acts


def test_reduced_passive_participle_gives_the_recipient(code):
    text = "German Chancellor Olaf Scholz delayed $500 million in military aid slated for Moldova."
    assert ("1622", "DEUGOV", "MDA") in acts(code, text)


def test_passive_relative_clause_gives_the_recipient(code):
    text = "German Chancellor Olaf Scholz froze the aid that had been earmarked for Moldova."
    assert ("162", "DEUGOV", "MDA") in acts(code, text)


def test_active_relative_clause_is_its_own_subjects_matter(code):
    # "aid that Romania had asked for": Romania asked; the freeze names no recipient
    text = "German Chancellor Olaf Scholz froze the aid that Romania had asked for."
    assert ("162", "DEUGOV", "ROU") not in acts(code, text)


def test_participle_with_another_preposition_names_no_recipient(code):
    # "aid stored in Moldova": where the aid is, not whom it is for
    text = "German Chancellor Olaf Scholz froze the aid stored in Moldova."
    assert ("162", "DEUGOV", "MDA") not in acts(code, text)
