"""A claim of responsibility names the doer of the attack it claims.

News reports an attack first without its doer ("oil facilities were hit by drone strikes") and
then who claimed it ("The Houthi movement claimed responsibility for the attacks"). Claiming an
act is saying one did it (CAMEO 015), and the claim is aimed where the claimed act was
(elsewhere.py: the earlier act's target), so the acts of force coded before it with no source and
that same target are the claimer's (GUIDELINE: the source is null only for unidentified
attackers); a claim aimed at no one ("The Taliban have claimed responsibility."), or at the
country only, claims the source-less acts of force (in that country) of the last sentence before it
that told one. Nothing changes when the doer stays disputed: claims by claimers of two countries,
or an accusation of another side anywhere in the piece ("but both X and Y alleged Iranian
involvement", "officials blamed Iran for the attack"); nor for a claim that is not actual ("may
claim", "did not claim"), nor for acts after the claim or on another target (another attack).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ...model import Event
from ...rulefile import load_rules
from ...ruleschemas import EventRules
from .casualties import FORCE_ROOTS
from .ids import event_id

_CLAIMS = tuple(load_rules(EventRules).claim_codes)
_BLAME = "112"  # an accusation (CAMEO 112x): blaming someone for an act


def claimed_doers(doc: Doc, events: list[Event]) -> list[Event]:
    """The piece's events, its source-less acts of force given the one claimer of the claims
    aimed at their target after them, or of a claim aimed at no one that follows them as the
    last act of force told."""
    claims = [e for e in events if _claim(e)]
    bare = [e for e in events if _claim(e, bare=True)]
    if len({(c.source or {}).get("code") for c in claims + bare}) != 1:
        return events  # none, or two claimers: disputed
    claims += bare
    country = (claims[0].source or {}).get("country")
    if any(e.cameo.startswith(_BLAME) and (e.target or {}).get("country") != country for e in events):
        return events  # another side blamed ("but X alleged Iranian involvement"): disputed
    out = list(events)
    # a claim that names no target ("The Taliban have claimed responsibility."), or only the
    # country the act was in, claims the act of force told last before it (its sentence's verbs)
    last = {c.span[0]: _last_force_sentence(events, c) for c in claims}
    for i, e in enumerate(out):
        if e.source is not None or e.cameo_root not in FORCE_ROOTS or e.modality != "actual" or e.target is None:
            continue
        claim = next(
            (
                c
                for c in claims
                if c.span[0] > e.span[0]
                and (
                    _same(c.target, e.target)
                    or ((c.target is None or _within(c.target, e.target)) and e.sentence_index == last[c.span[0]])
                )
            ),
            None,
        )
        if claim is not None:
            source = dict(claim.source or {})
            at = doc._.offset + e.span[0]
            out[i] = replace(
                e, source=source, event_id=event_id(doc._.article_id, at, source, e.target), rule=e.rule + "+claimed"
            )
    return out


def _last_force_sentence(events: list[Event], claim: Event) -> int | None:
    """The sentence of the last actual act of force told before the claim, by anyone."""
    told = [e.sentence_index for e in events if e.span[0] < claim.span[0] and _force(e)]
    return max(told) if told else None


def _force(e: Event) -> bool:
    return e.cameo_root in FORCE_ROOTS and e.modality == "actual"


def _claim(e: Event, bare: bool = False) -> bool:
    """An actual claim of responsibility by an actor with a country, aimed at someone (`bare`:
    at no one, "X claimed responsibility.")."""
    return (
        e.cameo.startswith(_CLAIMS)
        and e.modality == "actual"
        and bool((e.source or {}).get("country"))
        and (e.target is None) == bare
    )


def _within(claimed: dict | None, hit: dict | None) -> bool:
    """Is the claim aimed at a country only (where the claimed act was: "Afghanistan"), the one
    the act hit a body or people of ("the Afghan army")?"""
    if (
        claimed is None
        or hit is None
        or claimed.get("sector")
        or claimed.get("kb_id", "") != f"country:{claimed.get('country')}"
    ):
        return False
    return claimed.get("country") is not None and claimed.get("country") == hit.get("country")


def _same(a: dict | None, b: dict | None) -> bool:
    """The same actor: its KB id, else its code ("the army base" and "nine Afghan soldiers" a
    bombing hit are one side, AFGMIL, whom a claim of it is aimed at)."""
    if a is None or b is None:
        return False
    if a.get("kb_id") or b.get("kb_id"):
        return a.get("kb_id") == b.get("kb_id")
    return a.get("code") is not None and a.get("code") == b.get("code")
