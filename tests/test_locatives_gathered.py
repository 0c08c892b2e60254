"""The event's place (issue 14): names a plural place noun gathers ("the X and Y districts"), the
first of which the parser hangs on the noun as "nmod", are places as one name before a place noun
is ("the X district"). Invented sentences, each beside a negative."""

from __future__ import annotations

import pytest
from .place_checks import where

CASES = [
    # names the gazetteer knows, gathered by a noun of division
    ("Militants executed twenty prisoners in the Idlib and Hama governorates on Tuesday.", "executed", "Idlib"),
    # names no gazetteer knows, gathered by a noun of settlement
    ("Gunmen killed ten people in the Kagoro and Bamoli villages.", "killed", "Kagoro"),
    ("Rebels shelled the Kagoro and Bamoli camps overnight.", "shelled", "Kagoro"),
    # not a noun of a place
    ("Gunmen killed ten people in the Kagoro and Bamoli families.", "killed", None),
    # unknown names before a noun of a building are an organisation's
    ("Ten people were killed in the Red Cross and Red Crescent centres.", "killed", None),
    # countries gathered before a noun of a place are the sides, not the place
    ("Gunmen killed two guards outside the US and British bases.", "killed", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CASES)
def test_gathered_places(nlp, gaz, text, trigger, expected):
    assert where(nlp, gaz, text, trigger) == expected
