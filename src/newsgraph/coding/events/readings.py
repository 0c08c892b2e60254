"""What a trigger word was read as (`Reading`) and the events it gives before they are written
out (`Dyad`): the plain records the coder hands to the steps that reshape its dyads (meetings.py,
accusations.py), in a module of their own so those steps need not import the coder."""

from __future__ import annotations

from dataclasses import dataclass

from ...kb.cameo import CameoCode
from ...model import Actor, Location, TimeRef
from .lexicon import Trigger
from .syntax import Phrase


@dataclass(slots=True)
class Reading:
    """What one trigger word was read as; every event it gives shares it."""

    trigger: Trigger
    code: CameoCode
    modality: str
    refused: str | None  # the refusal code, when "will not lift" made the act a refusal
    time: TimeRef | None
    location: Location | None


@dataclass(slots=True)
class Dyad:
    """One event before it is written out: source, target, code and modality, and the noun
    phrases the actors were found in. A pair, intent or demand reading is a dyad of its own."""

    source: Actor | None  # None: an attack or threat whose doer the text leaves unnamed
    target: Actor | None
    code: CameoCode
    modality: str
    source_phrase: Phrase | None
    target_phrase: Phrase | None
